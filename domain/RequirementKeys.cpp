#include "RequirementKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace RequirementKeys {

const QStringList &known()
{
    static const QStringList keys {
        u"customerIdentityDocument"_s,
        u"ssn"_s,
        u"ein"_s,
        u"proofOfAddress"_s,
        u"incorporationDocument"_s,
        u"address.line1"_s,
        u"address.line2"_s,
        u"address.city"_s,
        u"address.state"_s,
        u"address.postalCode"_s,
        u"address.country"_s,
        u"identityDocumentFront"_s,
        u"identityDocumentBack"_s,
        u"proofOfAddressDocument"_s,
        u"dob"_s,
        u"shareholderDocument"_s,
        u"statementOfFunds"_s,
        u"ubos"_s,
        u"tos"_s,
        u"phoneNumber"_s,
        u"email"_s,
        u"ipAddress"_s,
        u"createUser"_s,
        u"createUserIntent"_s,
    };
    static_assert(sizeof(quint32) * 8 > 24, "one bit a key, and kOther");
    return keys;
}

quint32 bitOf(QStringView key)
{
    const QStringList &keys = known();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == key)
            return 1u << i;
    }
    return kOther;
}

quint32 bitOfUtf8(const char *key, qsizetype size)
{
    // Every known key is ASCII, so a byte-for-byte comparison decides.
    const QLatin1StringView bytes(key, size);
    const QStringList &keys = known();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == bytes)
            return 1u << i;
    }
    return kOther;
}

QStringList keysIn(quint32 mask)
{
    QStringList keys;
    const QStringList &all = known();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (mask & (1u << i))
            keys << all.at(i);
    }
    return keys;
}

} // namespace RequirementKeys
