#pragma once

#include "ApiEndpoint.h"
#include "ListWalkGuard.h"
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
    const QUrl &baseUrl() const { return m_baseUrl; }

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
    // Every page in order, following the envelope's pagination, ended by ListWalkGuard: after
    // `last_page` (or the page without a next_page_url), at a page that brings no customer not seen
    // before, or failing at kMaxListPages. A customer listed twice is kept once; `warn` hears of
    // every such correction before `done` is called.
    void listAllCustomers(QObject *context, std::function<void(const Result<QList<YativoCustomer>> &)> done,
                          int perPage = kDefaultPerPage, std::function<void(const ListWarning &)> warn = {});

    static constexpr int kDefaultPerPage = 100;
    static constexpr int kMaxListPages = 10000;

    // Deadlines, stall timeout and size caps of every request (kycdesk-cli --timeout, tests);
    // the vendor, URL and credential stay this client's.
    void setLimits(const ApiEndpoint &limits) { m_limits = limits; }

    void login(QObject *context, std::function<void(const std::optional<ApiError> &)> done);

private:
    void send(const ApiRequest &request, bool retryOn401, QObject *context,
              std::function<void(const Result<ApiResponse> &)> done);

    ApiEndpoint endpoint(const QByteArray &authorization) const;

    HttpTransport *m_transport;
    ApiEndpoint m_limits;
    QUrl m_baseUrl;
    QString m_accountId;
    QString m_appSecret;
    QString m_token;
    QDateTime m_tokenExpiry;
    bool m_staticToken = false;
};
