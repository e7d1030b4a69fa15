#include "YativoClient.h"

#include "ApiCall.h"
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

ApiEndpoint YativoClient::endpoint(const QByteArray &authorization) const
{
    ApiEndpoint e = m_limits;
    e.vendor = u"Yativo"_s;
    e.baseUrl = m_baseUrl;
    e.authorization = authorization;
    return e;
}

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
    req.kind = RequestKind::Submit;
    QPointer<YativoClient> self(this);
    ApiCall::deliver(m_transport->send(endpoint({}), req), context, &YativoCodec::decodeLoginResponse,
                     [self, done = std::move(done)](const Result<YativoCodec::Token> &token) {
                         if (!self)
                             return;
                         if (!token) {
                             done(token.error());
                             return;
                         }
                         self->m_token = token.value().accessToken;
                         // Refresh a little early so a request never leaves with a token about to lapse.
                         self->m_tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(
                             std::max(30, token.value().expiresInSeconds - 30));
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
    ApiJob *job = m_transport->send(endpoint(ApiEndpoint::bearer(m_token)), request);
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
    req.kind = RequestKind::Submit;
    send(req, true, context, ApiCall::decoding(&YativoCodec::decodeCustomerResponse, std::move(done)));
}

void YativoClient::kycStatus(const QString &customerId, QObject *context,
                             std::function<void(const Result<YativoKycStatus> &)> done)
{
    ApiRequest req;
    req.path = u"/customer/kyc/"_s + QString::fromUtf8(QUrl::toPercentEncoding(customerId));
    send(req, true, context, ApiCall::decoding(&YativoCodec::decodeKycStatusResponse, std::move(done)));
}

void YativoClient::listCustomersPage(int page, int perPage, QObject *context,
                                     std::function<void(const Result<YativoCustomerPage> &)> done)
{
    ApiRequest req;
    req.path = u"/customer"_s;
    req.query = { { u"per_page"_s, QString::number(perPage) }, { u"page"_s, QString::number(page) } };
    req.kind = RequestKind::ListPage;
    send(req, true, context, ApiCall::decoding(&YativoCodec::decodeCustomerPageResponse, std::move(done)));
}

namespace {
struct YativoListWalk
{
    explicit YativoListWalk(qint64 maxPages) : guard(u"Yativo"_s, maxPages) { }
    ListWalkGuard guard;
    QList<YativoCustomer> customers;
    std::function<void(const Result<QList<YativoCustomer>> &)> done;
    std::function<void(const ListWarning &)> warn;

    void finish(const Result<QList<YativoCustomer>> &result)
    {
        if (warn) {
            for (const ListWarning &w : guard.warnings())
                warn(w);
        }
        done(result);
    }
};
} // namespace

void YativoClient::listAllCustomers(QObject *context,
                                    std::function<void(const Result<QList<YativoCustomer>> &)> done,
                                    int perPage, std::function<void(const ListWarning &)> warn)
{
    auto walk = std::make_shared<YativoListWalk>(kMaxListPages);
    walk->done = std::move(done);
    walk->warn = std::move(warn);
    auto next = std::make_shared<std::function<void(int)>>();
    QPointer<YativoClient> self(this);
    *next = [self, context, perPage, walk, next](int page) {
        if (!self)
            return;
        self->listCustomersPage(
            page, perPage, context, [walk, next, page](const Result<YativoCustomerPage> &r) {
                if (!r) {
                    walk->finish(r.error());
                    *next = nullptr; // breaks the walk's reference cycle
                    return;
                }
                for (const YativoCustomer &c : r.value().customers) {
                    if (walk->guard.admit(c.id))
                        walk->customers.append(c);
                }
                const YativoPagination &p = r.value().pagination;
                const bool more = p.nextPageUrl.has_value() ? !p.nextPageUrl->isEmpty() : page < p.lastPage;
                switch (walk->guard.afterPage(page, more, p.lastPage)) {
                case ListWalkGuard::Step::Continue:
                    (*next)(page + 1);
                    return;
                case ListWalkGuard::Step::Done:
                    walk->finish(walk->customers);
                    break;
                case ListWalkGuard::Step::Failed:
                    walk->finish(*walk->guard.error());
                    break;
                }
                *next = nullptr;
            });
    };
    (*next)(1);
}
