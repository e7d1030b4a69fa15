#pragma once

// Yativo's onboarding API (shared/vendor-docs/yativo-add-customer.txt + vendor-notes): add a
// customer, get back the KYC and TOS links to send them.

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Only what is set goes on the wire: the vendor's own defaults (type individual, KYC mail sent)
// apply when a field is left out, so none is filled in here.
struct YativoCustomerRequest
{
    std::optional<QString> customerName;
    std::optional<QString> customerEmail;
    std::optional<QString> customerPhone; // E.164
    std::optional<QString> customerCountry; // ISO 3166-1 alpha-3, as in the example ("USA")
    std::optional<QString> customerType; // individual | business
    std::optional<bool> sendKycMail;
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
