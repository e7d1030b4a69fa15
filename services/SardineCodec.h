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
};

struct IdentityDocumentImages
{
    std::optional<QString> front; // base64 images: PII, shown only on request
    std::optional<QString> back;
    std::optional<QString> selfie;
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
};

struct IdentityProfile
{
    std::optional<QString> clientId;
    std::optional<QString> userId;
    std::optional<QString> consentId;
    std::optional<QDateTime> consentedAt;
    std::optional<QDateTime> revokedAt; // consent withdrawn when set
    std::optional<bool> primaryIdentity;
    std::optional<QString> clientName;
    std::optional<QString> fullName;
    std::optional<QString> dateOfBirth;
    std::optional<QString> emailAddress;
    std::optional<QString> phoneNumber;
    std::optional<IdentityAddress> address;
};

struct IdentityEntity
{
    std::optional<IdentityDocumentImages> documentKyc;
    std::optional<IdentityDocumentData> documentData;
    std::optional<IdentityProfile> profile;
    VendorEnum<RiskLevel> level;
    QJsonObject customer;
    QJsonObject unknownFields;
};

namespace SardineCodec {

Result<RiskResult> decodeRiskResponse(int httpStatus, const QByteArray &body);
Result<IdentityEntity> decodeIdentityResponse(int httpStatus, const QByteArray &body);
QJsonObject encode(const RiskResult &result);
QJsonObject encode(const IdentityEntity &entity);

VendorEnum<RiskLevel> riskLevelFromWire(const QString &raw);
VendorEnum<IndemnificationDecision> decisionFromWire(const QString &raw);
VendorEnum<SardineActionType> actionTypeFromWire(const QString &raw);
QStringList actionTypes(); // the documented list, in order

} // namespace SardineCodec
