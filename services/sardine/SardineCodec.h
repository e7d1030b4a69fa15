#pragma once

// Strict JSON codecs for Sardine's risk API (shared/vendor-docs/sardine-*.txt). Responses are bare
// objects (no envelope); errors are read from whatever JSON the error body carries.

#include "Result.h"
#include "SardineTypes.h"

#include <QByteArray>
#include <QJsonObject>

struct IdentityAddress
{
    std::optional<QString> street;
    std::optional<QString> city;
    std::optional<QString> region;
    std::optional<QString> postalCode;
    QJsonObject unknownFields;
};

struct IdentityDocumentImages
{
    std::optional<QString> front; // base64 images: PII, shown only on request
    std::optional<QString> back;
    std::optional<QString> selfie;
    QJsonObject unknownFields;
};

struct IdentityDocumentData
{
    std::optional<QString> documentType;
    std::optional<QString> documentNumber; // PII
    std::optional<QString> dateOfBirth;
    std::optional<QString> expiryDate;
    std::optional<QString> issuingCountry;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> gender;
    std::optional<IdentityAddress> address;
    QJsonObject unknownFields;
};

struct IdentityProfile
{
    std::optional<QString> clientId;
    std::optional<QString> userId;
    std::optional<QString> consentId;
    std::optional<QDateTime> consentedAt;
    std::optional<QDateTime> revokedAt; // consent withdrawn when set
    QString consentedAtText; // the vendor's own text of each timestamp (fractional digits kept)
    QString revokedAtText;
    std::optional<bool> primaryIdentity;
    std::optional<QString> clientName;
    std::optional<QString> fullName;
    std::optional<QString> dateOfBirth;
    std::optional<QString> emailAddress;
    std::optional<QString> phoneNumber;
    std::optional<IdentityAddress> address;
    QJsonObject unknownFields;
};

struct IdentityEntity
{
    std::optional<IdentityDocumentImages> documentKyc;
    std::optional<IdentityDocumentData> documentData;
    std::optional<IdentityProfile> profile;
    VendorEnum<RiskLevel> level;
    std::optional<QJsonObject> customer; // as sent, {} included; absent when Sardine sent none or null
    QJsonObject unknownFields;
    QJsonObject raw; // the answer as sent, kept after strict decoding (see RiskResult::raw)
};

namespace SardineCodec {

Result<RiskResult> decodeRiskResponse(int httpStatus, const QByteArray &body);
Result<IdentityEntity> decodeIdentityResponse(int httpStatus, const QByteArray &body);
// GET /v1/customers?customer_id=: a bare array of past results, oldest first as Sardine sends them.
Result<QList<RiskResult>> decodeHistoryResponse(int httpStatus, const QByteArray &body);
// What Sardine said: the kept raw answer when there is one, else the fields re-encoded (only
// those that are set; unknown keys at every level kept).
QJsonObject encode(const RiskResult &result);
QJsonObject encode(const IdentityEntity &entity);
// The same fields without looking at `raw`: what the decoded value itself holds.
QJsonObject encodeFields(const RiskResult &result);
QJsonObject encodeFields(const IdentityEntity &entity);
// One rule id as text for people: a string or number as sent, an object's "id" (or "name"),
// else its compact JSON.
QString ruleIdText(const QJsonValue &ruleId);

VendorEnum<RiskLevel> riskLevelFromWire(const QString &raw);
VendorEnum<IndemnificationDecision> decisionFromWire(const QString &raw);
VendorEnum<SardineActionType> actionTypeFromWire(const QString &raw);
QStringList actionTypes(); // the documented list, in order

} // namespace SardineCodec
