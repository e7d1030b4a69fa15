#include "SardineVocabulary.h"

#include "SardineCodec.h"

namespace SardineVocabulary {

namespace {
constexpr EnumNames<SardineAccountType, 3> kAccountTypes { { { SardineAccountType::Checking, u"checking" },
                                                             { SardineAccountType::Savings, u"savings" },
                                                             { SardineAccountType::Other, u"other" } } };
} // namespace

QStringList actionTypes()
{
    return SardineCodec::actionTypes();
}

VendorEnum<SardineActionType> actionType(const QString &name)
{
    return SardineCodec::actionTypeFromWire(name);
}

QStringList accountTypes()
{
    QStringList out;
    for (const auto &[value, name] : kAccountTypes)
        out << name.toString();
    return out;
}

VendorEnum<SardineAccountType> accountType(const QString &name)
{
    return enumFromString(kAccountTypes, name);
}

} // namespace SardineVocabulary
