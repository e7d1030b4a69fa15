#include "ThirdPartyComponents.h"

#include <QCoreApplication>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

QList<ThirdPartyComponent> ThirdPartyComponents::all()
{
    return {
        { u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s,
          QCoreApplication::translate(
              "ThirdPartyComponents",
              "Application framework: windows, networking, SQL, charts, PDF previews"),
          u"https://www.qt.io/"_s },
        // QtKeychain's header carries no usable version, so CMake passes the packages' versions.
        { u"QtKeychain"_s, QStringLiteral(KYCDESK_QTKEYCHAIN_VERSION), u"BSD-3-Clause"_s,
          QCoreApplication::translate("ThirdPartyComponents", "Vendor credentials in the system keychain"),
          u"https://github.com/frankosterfeld/qtkeychain"_s },
        { u"libsodium"_s, QString::fromLatin1(sodium_version_string()), u"ISC"_s,
          QCoreApplication::translate("ThirdPartyComponents", "Encryption of form drafts at rest"),
          u"https://libsodium.org/"_s },
        { u"simdjson"_s, QStringLiteral(KYCDESK_SIMDJSON_VERSION), u"Apache-2.0"_s,
          QCoreApplication::translate("ThirdPartyComponents", "Fast decoding of the customer book's pages"),
          u"https://simdjson.org/"_s },
    };
}
