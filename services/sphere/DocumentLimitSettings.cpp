#include "DocumentLimitSettings.h"

#include "CustomerRequestValidator.h"
#include "SettingsNumber.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

QString DocumentLimitSettings::key()
{
    return u"documents/maxDocumentMiB"_s;
}

qint64 DocumentLimitSettings::maxDocumentBytes(const QSettings &settings, QStringList *problems)
{
    constexpr qint64 kMiB = 1024 * 1024;
    const qint64 fallback = CustomerRequestValidator::kDefaultMaxDocumentBytes;
    const auto mib = readSettingFromOneTo(
        settings, key(), kMaxMiB, SettingNumber::Whole, fallback / kMiB,
        QCoreApplication::translate("DocumentLimitSettings",
                                    "Setting %1 is \"%2\", not a number of MiB from 1 to %3: the "
                                    "default (%4 MiB) is used."),
        problems);
    return mib ? qint64(*mib) * kMiB : fallback;
}
