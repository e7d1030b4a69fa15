#pragma once

#include "SardineTypes.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Sardine's identity entity: what document KYC gathered about a customer (images, the document's
// data, the consented profile), as SardineCodec reads it.
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
