#pragma once

// Sphere's v1 customer API as typed values. Field names follow
// shared/vendor-docs/sphere-customers.txt; every documented field is carried. Nullable
// fields are std::optional so "null" and "absent" survive a decode/encode round trip.

#include "VendorEnum.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

enum class CustomerType : quint8 { Unknown, Individual, Business };
enum class KycStatus : quint8 { Unknown, Incomplete, Pending, AdditionalReviewRequired, Approved, Rejected };
enum class TosStatus : quint8 { Unknown, Incomplete, Pending, Approved };
enum class MsaStatus : quint8 { Unknown, Incomplete, Pending, Approved, Declined, Voided };
enum class OperatingResidencyStatus { Unknown, Incomplete, Approved, Rejected };
enum class VerificationLevelName { Unknown, AchPull };
enum class VerificationStatus {
    Unknown,
    Approved,
    Pending,
    Retry,
    Document,
    Suspended,
    Rejected,
    Incomplete,
    ConvertedToUser, // the vendor spells it "convereted_to_user"
};
enum class WalletOwner { Unknown, Customer, Merchant, Bridge };
enum class BankAccountStatus { Unknown, Pending, Active, Inactive, Invalid };
enum class BankAccountType { Unknown, Checking, Savings };

struct Address
{
    std::optional<QString> line1;
    std::optional<QString> line2;
    std::optional<QString> city;
    std::optional<QString> postalCode;
    std::optional<QString> state; // ISO 3166-2 subdivision code
    std::optional<QString> country; // ISO 3166-1 alpha-3

    bool isEmpty() const { return !line1 && !line2 && !city && !postalCode && !state && !country; }
    bool operator==(const Address &o) const
    {
        return line1 == o.line1 && line2 == o.line2 && city == o.city && postalCode == o.postalCode
            && state == o.state && country == o.country;
    }
};

struct Ubo
{
    QString id;
    QStringList requirements;
    std::optional<QString> email;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> phoneNumber;
    std::optional<Address> address;
    QDateTime created;
    QDateTime updated;
    QJsonObject unknownFields; // keys this build does not know, kept for display and round trip
};

struct VerificationLevel
{
    VendorEnum<VerificationLevelName> name;
    VendorEnum<VerificationStatus> status;
    QStringList requirements;
    QJsonObject unknownFields;
};

struct Customer
{
    QString id;
    QJsonObject meta;
    std::optional<QString> description;
    std::optional<QString> sourceOfFunds;
    std::optional<bool> thirdParty;
    std::optional<QString> thirdPartyMessage;
    std::optional<QString> lookupKey;
    VendorEnum<CustomerType> type;
    VendorEnum<KycStatus> kyc;
    VendorEnum<TosStatus> tos;
    VendorEnum<MsaStatus> msa;
    VendorEnum<TosStatus> euAccountTos;
    VendorEnum<OperatingResidencyStatus> operatingResidency;
    std::optional<bool> isProhibitedBusinessType;
    std::optional<QString> website;
    std::optional<QString> additionalReviewRequiredReason; // documented as an enum with no values
    QStringList requirements;
    std::optional<Address> address;
    QList<Ubo> ubos;
    std::optional<QString> email;
    std::optional<QString> firstName; // the legal name when the customer is a business
    std::optional<QString> lastName;
    std::optional<QString> phoneNumber;
    std::optional<bool> mock;
    QStringList wallets;
    QStringList bankAccounts;
    std::optional<QString> achPullUserIntentId;
    QList<VerificationLevel> verificationLevels;
    QDateTime created;
    QDateTime updated;
    QJsonObject unknownFields;
    // The object exactly as Sphere sent it, kept once strict decoding succeeded: SphereCodec::encode
    // returns it, so --json keeps null vs absent, number types and the timestamps' own text.
    // Empty for values built in code.
    QJsonObject raw;

    // "John Doe" for a person, the legal name for a business.
    QString displayName() const;
};

struct Wallet
{
    QString id;
    std::optional<QString> address;
    std::optional<QString> network; // sol, ethereum, base, polygon, arbitrum, ... (open-ended)
    std::optional<QString> nickname;
    std::optional<QString> customer;
    VendorEnum<WalletOwner> owner;
    QJsonValue risk; // undocumented type (score or label): kept as sent
    std::optional<bool> primary;
    std::optional<bool> feePayer;
    std::optional<bool> isSigned; // "signed" on the wire
    std::optional<QDateTime> exported;
    std::optional<bool> mock;
    std::optional<QString> lookupKey;
    QDateTime created;
    QDateTime updated;
    QJsonObject unknownFields;
    QJsonObject raw; // as sent (see Customer::raw)
};

struct BankAccount
{
    QString id;
    VendorEnum<BankAccountStatus> status;
    std::optional<QString> customer;
    std::optional<QString> bankName;
    std::optional<QString> accountName;
    std::optional<QString> accountHolderName;
    VendorEnum<BankAccountType> accountType;
    std::optional<QString> currency;
    std::optional<QString> accountNumber; // censored by the vendor on GET; masked in views regardless
    std::optional<QString> routingNumber;
    std::optional<QString> last4;
    QDateTime created;
    QDateTime updated;
    QJsonObject unknownFields;
    QJsonObject raw; // as sent (see Customer::raw)
};

// A hosted page Sphere makes for one customer: KYC (identity verification) or TOS acceptance
// (vendor-notes "Links"; the paths and fields are this project's choice, see sandbox/README.md).
struct HostedLink
{
    QString url;
    std::optional<QString> customer;
    std::optional<QDateTime> expiresAt;
    QJsonObject unknownFields;
    QJsonObject raw; // as sent (see Customer::raw)
};

enum class HostedLinkKind { Kyc, Tos };

// Query parameters of the paginated list (v2 semantics served under /v1, see vendor-notes).
struct CustomerQuery
{
    std::optional<QString> kycStatus;
    std::optional<QString> type;
    std::optional<QString> search;
    std::optional<QString> email;
    int pageSize = 1000;
    // A listing that has not ended after this many pages fails (ListWalkGuard).
    qint64 maxPages = 10000;
    // ... or that brings more than this many customers (they are all held in memory).
    qint64 maxRows = 1000000;
    // Listed as the customer table's compact rows (CustomerListJob::rowsReady, SphereListDecoder).
    bool tableFieldsOnly = false;
};

struct Pagination
{
    qint64 page = 0; // 64-bit: a vendor's page 2^32 + 1 must not read as page 1
    int limit = 0;
    qint64 total = 0;
    qint64 totalPages = 0;
    bool hasNext = false;
    bool hasPrevious = false;
};

struct CustomerPage
{
    QList<Customer> customers;
    Pagination pagination;
};
