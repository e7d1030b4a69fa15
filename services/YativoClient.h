#pragma once

#include "ApiEndpoint.h"
#include "Result.h"
#include "YativoCodec.h"

#include <functional>
#include <QDateTime>
#include <QObject>

class ApiJob;
class HttpTransport;

// Yativo's onboarding API. The keychain holds the account id and app secret; this client logs in
// (POST /auth/login), keeps the short-lived bearer token in memory only, and logs in again when
// it expires or a request comes back 401.
class YativoClient : public QObject
{
    Q_OBJECT

public:
    YativoClient(HttpTransport *transport, QUrl baseUrl, QString accountId, QString appSecret,
                 QObject *parent = nullptr);

    // For a ready-made token (KYCDESK_YATIVO_TOKEN): no login, no refresh.
    void setStaticToken(const QString &token);

    void createCustomer(const YativoCustomerRequest &request, QObject *context,
                        std::function<void(const Result<YativoCustomer> &)> done);
    // GET /customer/kyc/{id}: where the customer's KYC stands now (status, reasons, link).
    void kycStatus(const QString &customerId, QObject *context,
                   std::function<void(const Result<YativoKycStatus> &)> done);
    // GET /customer?per_page=&page= (1-based).
    void listCustomersPage(int page, int perPage, QObject *context,
                           std::function<void(const Result<YativoCustomerPage> &)> done);
    // Every page in order, following the envelope's pagination: stops after `last_page`, at
    // kMaxListPages, or at a page that brings no customer not seen before (a vendor that repeats
    // itself must not keep the walk going). A customer listed twice is kept once.
    void listAllCustomers(QObject *context, std::function<void(const Result<QList<YativoCustomer>> &)> done,
                          int perPage = kDefaultPerPage);

    static constexpr int kDefaultPerPage = 100;
    static constexpr int kMaxListPages = 10000;

    void login(QObject *context, std::function<void(const std::optional<ApiError> &)> done);

private:
    void send(const ApiRequest &request, bool retryOn401, QObject *context,
              std::function<void(const Result<ApiResponse> &)> done);

    HttpTransport *m_transport;
    QUrl m_baseUrl;
    QString m_accountId;
    QString m_appSecret;
    QString m_token;
    QDateTime m_tokenExpiry;
    bool m_staticToken = false;
};
