#pragma once

#include "SardineTypes.h"
#include "SphereTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Words an analyst reads for vendor enums. A value this build does not know is shown exactly as
// the vendor sent it; a missing one as an em dash.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString kyc(KycStatus status);
    static QString kyc(const VendorEnum<KycStatus> &status);
    static QString tos(const VendorEnum<TosStatus> &status);
    static QString msa(const VendorEnum<MsaStatus> &status);
    static QString operatingResidency(const VendorEnum<OperatingResidencyStatus> &status);
    static QString customerType(const VendorEnum<CustomerType> &type);
    static QString verificationStatus(const VendorEnum<VerificationStatus> &status);
    static QString verificationLevelName(const VendorEnum<VerificationLevelName> &name);
    static QString walletOwner(const VendorEnum<WalletOwner> &owner);
    static QString bankAccountStatus(const VendorEnum<BankAccountStatus> &status);
    static QString bankAccountType(const VendorEnum<BankAccountType> &type);
    static QString requirement(const QString &key); // "address.line1" -> "Address — line 1"
    // Sphere's additionalReviewRequiredReason. The vendor documents it as an enum without listing
    // its values; the catalogue holds those the embedded sandbox sends (sandbox/README.md). The
    // description, or an empty string for any other value.
    static QString reviewReasonDescription(const QString &raw);
    // "Description (rawValue)" for a value in the catalogue, the raw value alone otherwise.
    static QString reviewReason(const QString &raw);
    static QString yesNo(const std::optional<bool> &value);
    static QString orDash(const std::optional<QString> &value);
    // The local short date and time; a dash when missing.
    static QString localDateTime(const QDateTime &when);
    // "line 1\nline 2\ncity, state, postal code, country", leaving out what is missing; empty for
    // no address.
    static QString addressText(const std::optional<Address> &address);
    static QString missing() { return QStringLiteral("—"); }

    // PII shown in a view: "•••• 1234" from the last four characters (or from a precomputed
    // last4); never more than four characters of the value.
    static QString masked(const QString &valueOrLast4);

    // The statuses the vendor documents, in its order (Unknown is not one).
    static QList<KycStatus> documentedKycStatuses();
    static QList<TosStatus> documentedTosStatuses();
    static QList<MsaStatus> documentedMsaStatuses();

    // The vendor's wire spelling of a known value (tooltips); empty for Unknown. Kept here so the
    // models do not depend on the codec.
    static QString wire(CustomerType type);
    static QString wire(KycStatus status);
    static QString wire(TosStatus status);
    static QString wire(MsaStatus status);

    // Where a status sits for colouring: approved, needs attention, blocked, or neutral. The one
    // mapping for the table's text colours and the detail pane's badges.
    enum class Tone { Neutral, Good, Attention, Bad };
    static Tone toneForWire(const QString &raw);
    static Tone tone(KycStatus status);
    static Tone tone(TosStatus status);
    static Tone tone(MsaStatus status);
    static Tone tone(RiskLevel level);
    static QColor color(Tone tone); // invalid for Neutral: the view's own text colour
};
