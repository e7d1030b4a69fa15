#include "YativoClient.h"

#include "ApiJob.h"
#include "HttpTransport.h"

#include <memory>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

YativoClient::YativoClient(HttpTransport *transport, QUrl baseUrl, QString accountId, QString appSecret,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_baseUrl(std::move(baseUrl))
    , m_accountId(std::move(accountId))
    , m_appSecret(std::move(appSecret))
{ }

void YativoClient::setStaticToken(const QString &token)
{
    m_token = token;
    m_staticToken = true;
}

void YativoClient::login(QObject *context, std::function<void(const std::optional<ApiError> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/auth/login"_s;
    req.body
        = QJsonDocument(QJsonObject { { u"account_id"_s, m_accountId }, { u"app_secret"_s, m_appSecret } })
              .toJson(QJsonDocument::Compact);
    ApiJob *job = m_transport->send({ u"Yativo"_s, m_baseUrl, {}, std::chrono::seconds(30) }, req);
    QPointer<YativoClient> self(this);
    connect(job, &ApiJob::finished, context, [self, job, done = std::move(done)] {
        if (!self)
            return;
        const auto &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        const auto token
            = YativoCodec::decodeLoginResponse(response.value().httpStatus, response.value().body);
        if (!token) {
            done(token.error());
            return;
        }
        self->m_token = token.value().accessToken;
        // Refresh a little early so a request never leaves with a token about to lapse.
        self->m_tokenExpiry
            = QDateTime::currentDateTimeUtc().addSecs(std::max(30, token.value().expiresInSeconds - 30));
        done(std::nullopt);
    });
}

void YativoClient::send(const ApiRequest &request, bool retryOn401, QObject *context,
                        std::function<void(const Result<ApiResponse> &)> done)
{
    const bool tokenValid
        = !m_token.isEmpty() && (m_staticToken || QDateTime::currentDateTimeUtc() < m_tokenExpiry);
    if (!tokenValid) {
        login(context, [this, request, context, done](const std::optional<ApiError> &error) {
            if (error) {
                done(*error);
                return;
            }
            send(request, false, context, done);
        });
        return;
    }
    ApiJob *job = m_transport->send(
        { u"Yativo"_s, m_baseUrl, ApiEndpoint::bearer(m_token), std::chrono::seconds(30) }, request);
    QPointer<YativoClient> self(this);
    connect(job, &ApiJob::finished, context, [self, job, request, retryOn401, context, done] {
        if (!self)
            return;
        const auto &response = job->result();
        if (response && response.value().httpStatus == 401 && retryOn401 && !self->m_staticToken) {
            self->m_token.clear(); // expired early or revoked: log in once more
            self->send(request, false, context, done);
            return;
        }
        done(response);
    });
}

void YativoClient::createCustomer(const YativoCustomerRequest &request, QObject *context,
                                  std::function<void(const Result<YativoCustomer> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/customer"_s;
    req.body = QJsonDocument(YativoCodec::encode(request)).toJson(QJsonDocument::Compact);
    req.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    send(req, true, context, [done = std::move(done)](const Result<ApiResponse> &response) {
        if (!response) {
            done(response.error());
            return;
        }
        done(YativoCodec::decodeCustomerResponse(response.value().httpStatus, response.value().body));
    });
}

template<typename T>
static std::function<void(const Result<ApiResponse> &)> decoded(Result<T> (*decode)(int, const QByteArray &),
                                                                std::function<void(const Result<T> &)> done)
{
    return [decode, done = std::move(done)](const Result<ApiResponse> &response) {
        if (!response) {
            done(response.error());
            return;
        }
        done(decode(response.value().httpStatus, response.value().body));
    };
}

void YativoClient::kycStatus(const QString &customerId, QObject *context,
                             std::function<void(const Result<YativoKycStatus> &)> done)
{
    ApiRequest req;
    req.path = u"/customer/kyc/"_s + QString::fromUtf8(QUrl::toPercentEncoding(customerId));
    send(req, true, context,
         decoded<YativoKycStatus>(&YativoCodec::decodeKycStatusResponse, std::move(done)));
}

void YativoClient::listCustomersPage(int page, int perPage, QObject *context,
                                     std::function<void(const Result<YativoCustomerPage> &)> done)
{
    ApiRequest req;
    req.path = u"/customer"_s;
    req.query = { { u"per_page"_s, QString::number(perPage) }, { u"page"_s, QString::number(page) } };
    send(req, true, context,
         decoded<YativoCustomerPage>(&YativoCodec::decodeCustomerPageResponse, std::move(done)));
}

namespace {
struct YativoListWalk
{
    QList<YativoCustomer> customers;
    QSet<QString> ids;
    std::function<void(const Result<QList<YativoCustomer>> &)> done;
};
} // namespace

void YativoClient::listAllCustomers(QObject *context,
                                    std::function<void(const Result<QList<YativoCustomer>> &)> done,
                                    int perPage)
{
    auto walk = std::make_shared<YativoListWalk>();
    walk->done = std::move(done);
    auto next = std::make_shared<std::function<void(int)>>();
    QPointer<YativoClient> self(this);
    *next = [self, context, perPage, walk, next](int page) {
        if (!self)
            return;
        self->listCustomersPage(page, perPage, context,
                                [walk, next, page](const Result<YativoCustomerPage> &r) {
                                    if (!r) {
                                        walk->done(r.error());
                                        *next = nullptr; // breaks the walk's reference cycle
                                        return;
                                    }
                                    int fresh = 0;
                                    for (const YativoCustomer &c : r.value().customers) {
                                        if (walk->ids.contains(c.id))
                                            continue;
                                        walk->ids.insert(c.id);
                                        walk->customers.append(c);
                                        ++fresh;
                                    }
                                    const YativoPagination &p = r.value().pagination;
                                    if (fresh == 0 || page >= p.lastPage || page >= kMaxListPages) {
                                        walk->done(walk->customers);
                                        *next = nullptr;
                                        return;
                                    }
                                    (*next)(page + 1);
                                });
    };
    (*next)(1);
}
