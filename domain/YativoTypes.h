#pragma once

// Yativo's onboarding API (shared/vendor-docs/yativo-add-customer.txt + vendor-notes): add a
// customer, get back the KYC and TOS links to send them.

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
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
    QString createdAtText; // the vendor's own text of created_at
    QJsonObject raw; // `data` exactly as sent, kept once strict decoding succeeded
};

// GET /customer/kyc/{id} (vendor-notes): where a customer's KYC stands now.
struct YativoKycStatus
{
    QString status;
    QStringList rejectionReasons; // kyc_rejection_reasons
    QStringList requirementsDue; // kyc_requirements_due
    std::optional<QString> kycLink;
    std::optional<bool> isVaApproved;
    QJsonObject unknownFields;
    QJsonObject raw;
};

// The list envelope's `pagination` (vendor-notes).
struct YativoPagination
{
    qint64 total = 0;
    int perPage = 0;
    int currentPage = 0;
    int lastPage = 0;
    std::optional<QString> nextPageUrl;
    std::optional<QString> prevPageUrl;
};

struct YativoCustomerPage
{
    QList<YativoCustomer> customers;
    YativoPagination pagination;
};
