#include "StatusText.h"

#include "EnumTable.h"
#include "StatusColours.h"

#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename E, typename F> QString label(const VendorEnum<E> &e, F &&known)
{
    if (e.null)
        return StatusText::missing();
    if (e.value == E::Unknown)
        return e.raw; // as the vendor sent it
    return known(e.value);
}

// One row per status the vendor documents: its wire spelling, the words an analyst reads and its
// tone. A value without a row (Unknown) has no wire spelling and no label, and a neutral tone.
template<typename E> struct StatusRow
{
    E value;
    const char16_t *wire;
    const char *label;
    StatusText::Tone tone;
};

constexpr StatusRow<KycStatus> kKycRows[] = {
    { KycStatus::Incomplete, u"incomplete", QT_TRANSLATE_NOOP("StatusText", "Incomplete"),
      StatusText::Tone::Neutral },
    { KycStatus::Pending, u"pending", QT_TRANSLATE_NOOP("StatusText", "Pending"),
      StatusText::Tone::Attention },
    { KycStatus::AdditionalReviewRequired, u"additionalReviewRequired",
      QT_TRANSLATE_NOOP("StatusText", "Additional review"), StatusText::Tone::Attention },
    { KycStatus::Approved, u"approved", QT_TRANSLATE_NOOP("StatusText", "Approved"), StatusText::Tone::Good },
    { KycStatus::Rejected, u"rejected", QT_TRANSLATE_NOOP("StatusText", "Rejected"), StatusText::Tone::Bad },
    { KycStatus::Unknown, nullptr, QT_TRANSLATE_NOOP("StatusText", "Other (unknown to KYC Desk)"),
      StatusText::Tone::Neutral },
};
constexpr StatusRow<TosStatus> kTosRows[] = {
    { TosStatus::Incomplete, u"incomplete", QT_TRANSLATE_NOOP("StatusText", "Incomplete"),
      StatusText::Tone::Neutral },
    { TosStatus::Pending, u"pending", QT_TRANSLATE_NOOP("StatusText", "Pending"),
      StatusText::Tone::Attention },
    { TosStatus::Approved, u"approved", QT_TRANSLATE_NOOP("StatusText", "Accepted"), StatusText::Tone::Good },
};
constexpr StatusRow<MsaStatus> kMsaRows[] = {
    { MsaStatus::Incomplete, u"incomplete", QT_TRANSLATE_NOOP("StatusText", "Incomplete"),
      StatusText::Tone::Neutral },
    { MsaStatus::Pending, u"pending", QT_TRANSLATE_NOOP("StatusText", "Pending"),
      StatusText::Tone::Attention },
    { MsaStatus::Approved, u"approved", QT_TRANSLATE_NOOP("StatusText", "Signed"), StatusText::Tone::Good },
    { MsaStatus::Declined, u"declined", QT_TRANSLATE_NOOP("StatusText", "Declined"), StatusText::Tone::Bad },
    { MsaStatus::Voided, u"voided", QT_TRANSLATE_NOOP("StatusText", "Voided"), StatusText::Tone::Bad },
};
constexpr StatusRow<CustomerType> kCustomerTypeRows[] = {
    { CustomerType::Individual, u"individual", QT_TRANSLATE_NOOP("StatusText", "Individual"),
      StatusText::Tone::Neutral },
    { CustomerType::Business, u"business", QT_TRANSLATE_NOOP("StatusText", "Business"),
      StatusText::Tone::Neutral },
};

template<typename E, size_t N> QString labelOf(const StatusRow<E> (&rows)[N], E value)
{
    const StatusRow<E> *row = findRow(rows, value);
    return row && row->label ? QCoreApplication::translate("StatusText", row->label) : QString();
}

template<typename E, size_t N> QString wireOf(const StatusRow<E> (&rows)[N], E value)
{
    const StatusRow<E> *row = findRow(rows, value);
    return row && row->wire ? QString::fromUtf16(row->wire) : QString();
}

template<typename E, size_t N> StatusText::Tone toneOf(const StatusRow<E> (&rows)[N], E value)
{
    const StatusRow<E> *row = findRow(rows, value);
    return row ? row->tone : StatusText::Tone::Neutral;
}
template<typename E, size_t N> QList<E> documented(const StatusRow<E> (&rows)[N])
{
    QList<E> values;
    for (const StatusRow<E> &row : rows) {
        if (row.wire)
            values.append(row.value);
    }
    return values;
}
} // namespace

QList<KycStatus> StatusText::documentedKycStatuses()
{
    return documented(kKycRows);
}

QList<TosStatus> StatusText::documentedTosStatuses()
{
    return documented(kTosRows);
}

QList<MsaStatus> StatusText::documentedMsaStatuses()
{
    return documented(kMsaRows);
}

QString StatusText::kyc(KycStatus status)
{
    return labelOf(kKycRows, status);
}

QString StatusText::kyc(const VendorEnum<KycStatus> &status)
{
    return label(status, [](KycStatus s) { return kyc(s); });
}

QString StatusText::tos(const VendorEnum<TosStatus> &status)
{
    return label(status, [](TosStatus s) { return labelOf(kTosRows, s); });
}

QString StatusText::msa(const VendorEnum<MsaStatus> &status)
{
    return label(status, [](MsaStatus s) { return labelOf(kMsaRows, s); });
}

QString StatusText::operatingResidency(const VendorEnum<OperatingResidencyStatus> &status)
{
    return label(status, [](OperatingResidencyStatus s) {
        switch (s) {
        case OperatingResidencyStatus::Incomplete:
            return tr("Incomplete");
        case OperatingResidencyStatus::Approved:
            return tr("Approved");
        case OperatingResidencyStatus::Rejected:
            return tr("Rejected");
        case OperatingResidencyStatus::Unknown:
            break;
        }
        return QString();
    });
}

QString StatusText::customerType(const VendorEnum<CustomerType> &type)
{
    return label(type, [](CustomerType t) { return labelOf(kCustomerTypeRows, t); });
}

QString StatusText::verificationStatus(const VendorEnum<VerificationStatus> &status)
{
    return label(status, [](VerificationStatus s) {
        switch (s) {
        case VerificationStatus::Approved:
            return tr("Approved");
        case VerificationStatus::Pending:
            return tr("Pending");
        case VerificationStatus::Retry:
            return tr("Retry");
        case VerificationStatus::Document:
            return tr("Document needed");
        case VerificationStatus::Suspended:
            return tr("Suspended");
        case VerificationStatus::Rejected:
            return tr("Rejected");
        case VerificationStatus::Incomplete:
            return tr("Incomplete");
        case VerificationStatus::ConvertedToUser:
            return tr("Converted to user");
        case VerificationStatus::Unknown:
            break;
        }
        return QString();
    });
}

QString StatusText::verificationLevelName(const VendorEnum<VerificationLevelName> &name)
{
    return label(name, [](VerificationLevelName n) {
        return n == VerificationLevelName::AchPull ? tr("ACH pull") : QString();
    });
}

QString StatusText::walletOwner(const VendorEnum<WalletOwner> &owner)
{
    return label(owner, [](WalletOwner o) {
        switch (o) {
        case WalletOwner::Customer:
            return tr("Customer");
        case WalletOwner::Merchant:
            return tr("Merchant");
        case WalletOwner::Bridge:
            return tr("Bridge");
        case WalletOwner::Unknown:
            break;
        }
        return QString();
    });
}

QString StatusText::bankAccountStatus(const VendorEnum<BankAccountStatus> &status)
{
    return label(status, [](BankAccountStatus s) {
        switch (s) {
        case BankAccountStatus::Pending:
            return tr("Pending");
        case BankAccountStatus::Active:
            return tr("Active");
        case BankAccountStatus::Inactive:
            return tr("Inactive");
        case BankAccountStatus::Invalid:
            return tr("Invalid");
        case BankAccountStatus::Unknown:
            break;
        }
        return QString();
    });
}

QString StatusText::bankAccountType(const VendorEnum<BankAccountType> &type)
{
    return label(type, [](BankAccountType t) {
        return t == BankAccountType::Checking ? tr("Checking")
            : t == BankAccountType::Savings   ? tr("Savings")
                                              : QString();
    });
}

QString StatusText::reviewReasonDescription(const QString &raw)
{
    if (raw == u"sanctionsScreening")
        return tr("Possible match on a sanctions list");
    if (raw == u"adverseMedia")
        return tr("Adverse media found");
    if (raw == u"politicallyExposedPerson")
        return tr("Politically exposed person");
    if (raw == u"documentMismatch")
        return tr("Documents do not match the details given");
    if (raw == u"highRiskJurisdiction")
        return tr("High-risk jurisdiction");
    return {};
}

QString StatusText::reviewReason(const QString &raw)
{
    const QString description = reviewReasonDescription(raw);
    return description.isEmpty() ? raw : tr("%1 (%2)").arg(description, raw);
}

QString StatusText::requirement(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { u"address.line1"_s, QT_TR_NOOP("Address — line 1") },
        { u"address.line2"_s, QT_TR_NOOP("Address — line 2") },
        { u"address.city"_s, QT_TR_NOOP("Address — city") },
        { u"address.state"_s, QT_TR_NOOP("Address — state") },
        { u"address.postalCode"_s, QT_TR_NOOP("Address — postal code") },
        { u"address.country"_s, QT_TR_NOOP("Address — country") },
        { u"customerIdentityDocument"_s, QT_TR_NOOP("Identity document") },
        { u"identityDocumentFront"_s, QT_TR_NOOP("Identity document (front)") },
        { u"identityDocumentBack"_s, QT_TR_NOOP("Identity document (back)") },
        { u"proofOfAddress"_s, QT_TR_NOOP("Proof of address") },
        { u"proofOfAddressDocument"_s, QT_TR_NOOP("Proof of address") },
        { u"ssn"_s, QT_TR_NOOP("Social Security Number") },
        { u"dob"_s, QT_TR_NOOP("Date of birth") },
        { u"ein"_s, QT_TR_NOOP("Employer Identification Number") },
        { u"incorporationDocument"_s, QT_TR_NOOP("Incorporation document") },
        { u"shareholderDocument"_s, QT_TR_NOOP("Shareholder document") },
        { u"statementOfFunds"_s, QT_TR_NOOP("Statement of funds") },
        { u"ubos"_s, QT_TR_NOOP("Beneficial owners") },
        { u"tos"_s, QT_TR_NOOP("Terms of service") },
        { u"phoneNumber"_s, QT_TR_NOOP("Phone number") },
        { u"email"_s, QT_TR_NOOP("Email address") },
        { u"ipAddress"_s, QT_TR_NOOP("IP address") },
        { u"createUser"_s, QT_TR_NOOP("Create user") },
        { u"createUserIntent"_s, QT_TR_NOOP("Create user intent") },
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

QString StatusText::yesNo(const std::optional<bool> &value)
{
    if (!value)
        return missing();
    return *value ? tr("Yes") : tr("No");
}

QString StatusText::localDateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : missing();
}

QString StatusText::addressText(const std::optional<Address> &address)
{
    if (!address || address->isEmpty())
        return {};
    QStringList lines;
    for (const auto &part : { address->line1, address->line2 }) {
        if (part && !part->isEmpty())
            lines << *part;
    }
    QStringList cityLine;
    for (const auto &part : { address->city, address->state, address->postalCode, address->country }) {
        if (part && !part->isEmpty())
            cityLine << *part;
    }
    if (!cityLine.isEmpty())
        lines << cityLine.join(u", "_s);
    return lines.join(u'\n');
}

QString StatusText::orDash(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : missing();
}

StatusText::Tone StatusText::toneForWire(const QString &raw)
{
    if (raw == u"approved" || raw == u"active")
        return Tone::Good;
    if (raw == u"rejected" || raw == u"declined" || raw == u"voided" || raw == u"suspended"
        || raw == u"invalid")
        return Tone::Bad;
    if (raw == u"pending" || raw == u"additionalReviewRequired" || raw == u"retry" || raw == u"document")
        return Tone::Attention;
    return Tone::Neutral;
}

QString StatusText::masked(const QString &valueOrLast4)
{
    if (valueOrLast4.isEmpty())
        return missing();
    if (valueOrLast4.size() <= 4)
        return valueOrLast4.size() == 4 ? u"•••• "_s + valueOrLast4 : u"••••"_s;
    return u"•••• "_s + valueOrLast4.right(4);
}

QString StatusText::wire(CustomerType type)
{
    return wireOf(kCustomerTypeRows, type);
}

QString StatusText::wire(KycStatus status)
{
    return wireOf(kKycRows, status);
}

QString StatusText::wire(TosStatus status)
{
    return wireOf(kTosRows, status);
}

QString StatusText::wire(MsaStatus status)
{
    return wireOf(kMsaRows, status);
}

StatusText::Tone StatusText::tone(KycStatus status)
{
    return toneOf(kKycRows, status);
}

StatusText::Tone StatusText::tone(TosStatus status)
{
    return toneOf(kTosRows, status);
}

StatusText::Tone StatusText::tone(MsaStatus status)
{
    return toneOf(kMsaRows, status);
}

StatusText::Tone StatusText::tone(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return Tone::Good;
    case RiskLevel::Medium:
        return Tone::Attention;
    case RiskLevel::High:
    case RiskLevel::VeryHigh:
        return Tone::Bad;
    case RiskLevel::Unknown:
        break;
    }
    return Tone::Neutral;
}

QColor StatusText::color(Tone tone)
{
    return StatusColours::current().text(tone);
}
