#pragma once

// Yativo's onboarding API (shared/vendor-docs/yativo-add-customer.txt + vendor-notes): add a
// customer, get back the KYC and TOS links to send them.

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct YativoCustomerRequest
{
    QString customerName;
    QString customerEmail;
    QString customerPhone; // E.164
    QString customerCountry; // ISO 3166-1 alpha-3, as in the example ("USA")
    QString customerType = QStringLiteral("individual"); // or business
    bool sendKycMail = true;
};

struct YativoCustomer
{
    QString id;
    std::optional<QString> fullName;
    std::optional<QString> email;
    std::optional<QString> type;
    std::optional<QString> kycLink;
    std::optional<QString> tosLink;
    std::optional<QString> kycStatus;
    QStringList rejectionReasons;
    std::optional<QString> tosStatus;
    std::optional<QDateTime> createdAt;
    std::optional<QString> customerId;
    std::optional<QString> personaInquiryType;
    QJsonObject unknownFields;
};
