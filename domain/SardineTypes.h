#pragma once

// Sardine's risk API as typed values (shared/vendor-docs/sardine-*.txt). Levels and decisions are
// open-ended strings on the wire; they are kept as VendorEnum so an unknown level is shown as it
// came, never dropped and never mistaken for "low". Money is in minor units, as Sardine sends it.

#include "VendorEnum.h"

#include <optional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

enum class RiskLevel { Unknown, Low, Medium, High, VeryHigh };
enum class IndemnificationDecision { Unknown, Approved, ConditionallyApproved, Rejected, DecisionUnknown };
enum class SardineActionType {
    Unknown,
    Buy,
    Sell,
    Deposit,
    Exchange,
    Withdraw,
    Refund,
    Payment,
    Topup,
    Transfer
};
enum class SardineAccountType { Unknown, Checking, Savings, Other };
enum class PersonalInfoSource { Unknown, IdVerification, BankVerification, PhoneVerification };

struct SardineAddress
{
    std::optional<QString> street1;
    std::optional<QString> street2;
    std::optional<QString> city;
    std::optional<QString> regionCode; // 2-letter state / province
    std::optional<QString> postalCode;
    std::optional<QString> countryCode; // ISO 3166-1 alpha-2
};

struct SardinePersonalInfo
{
    VendorEnum<PersonalInfoSource> source;
    std::optional<QString> firstName;
    std::optional<QString> middleName;
    std::optional<QString> lastName;
    std::optional<SardineAddress> address;
    std::optional<QString> dateOfBirth; // YYYY-MM-DD
};

struct SardineBankAccount
{
    std::optional<QString> accountNumber; // PII: masked in views and logs
    std::optional<QString> routingNumber;
    VendorEnum<SardineAccountType> accountType;
    std::optional<qint64> balance; // minor units
    std::optional<QString> balanceCurrencyCode;
};

struct SardinePaymentMethod
{
    std::optional<QString> type; // "crypto", "bank", ...
    std::optional<SardineBankAccount> bank;
};

struct SardineTransaction
{
    std::optional<QString> id;
    std::optional<qint64> createdAtMillis;
    std::optional<double> amount;
    std::optional<QString> itemCategory;
    VendorEnum<SardineActionType> actionType;
    std::optional<QString> currencyCode;
    std::optional<SardinePaymentMethod> paymentMethod;
};

struct SardineCustomer
{
    QString id;
    std::optional<QString> taxId; // PII
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> dateOfBirth; // YYYY-MM-DD
    std::optional<SardineAddress> address;
    std::optional<QString> emailAddress;
    std::optional<bool> isEmailVerified;
    std::optional<QString> phone;
    std::optional<bool> isPhoneVerified;
    std::optional<qint64> createdAtMillis;
    // The document's example spells the customer's key `createdAtMills`; a request read with that
    // spelling is sent with it (send exactly what the caller gave).
    bool createdAtSpelledMills = false;
    std::optional<QList<SardinePersonalInfo>> personalInfo;
    std::optional<SardineTransaction> transaction; // where the document's example puts it
};

// Every field is optional and only what is set goes on the wire (SardineRequestCodec); the caller
// supplies sessionKey (SardineMapping makes one per check).
struct SardineCustomerRequest
{
    std::optional<QString> flow;
    std::optional<QString> sessionKey;
    SardineCustomer customer;
};

struct RiskSignal
{
    QString key;
    QJsonValue value; // usually a string level; kept as sent
    QStringList reasonCodes;
    QJsonObject unknownFields;
};

struct Checkpoint
{
    QString name; // "riskLevel", "emailLevel", ... (open-ended)
    QString value;
    QStringList ruleIds; // each rule id as text, for people (an object's "id", else its JSON)
    QJsonArray ruleIdValues; // exactly as sent: documented as objects, seen as strings and numbers
    QJsonObject unknownFields;
};

struct Indemnification
{
    VendorEnum<IndemnificationDecision> decision;
    std::optional<qint64> instantLimit; // minor units
    std::optional<qint64> holdAmount; // minor units
    std::optional<qint64> holdTime; // UNIX time
    std::optional<QString> verificationCode;
    QJsonObject unknownFields;
    // Not on the wire: the currency of the transaction the request carried, which the answer does
    // not repeat (the amounts above are in its minor units). Set by the desk that sent the check;
    // empty for an answer read back later.
    std::optional<QString> currencyCode;
};

struct RiskResult
{
    std::optional<QString> sessionKey;
    VendorEnum<RiskLevel> level;
    std::optional<QString> status; // Success / Failure
    std::optional<double> customerScore;
    VendorEnum<RiskLevel> customerLevel;
    QList<RiskSignal> signals;
    VendorEnum<RiskLevel> transactionLevel;
    VendorEnum<RiskLevel> amlLevel;
    std::optional<Indemnification> indemnification;
    QList<Checkpoint> customerCheckpoints; // checkpoints.customer.*
    QJsonObject otherCheckpoints; // checkpoints.<other>: shown as they came
    QJsonValue rules;
    QJsonObject features;
    QJsonObject unknownFields;
    QJsonObject customerUnknownFields; // customer.<unknown>
    QJsonObject transactionUnknownFields; // transaction.<unknown>
    // The answer exactly as Sardine sent it, kept after strict decoding succeeded: --json, the
    // history and anything that re-encodes the answer use it, so nothing the vendor said is lost
    // (key order, null vs absent, number types, timestamp text). Empty for values built in code.
    QJsonObject raw;
};
