#include "SphereClient.h"

#include "ApiJob.h"
#include "CustomerListJob.h"
#include "CustomerSubmitJob.h"
#include "HttpTransport.h"
#include "LogCategories.h"
#include "SphereCodec.h"
#include "SphereListDecoder.h"
#include "SphereRequestCodec.h"

#include <memory>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

SphereClient::SphereClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent), m_transport(transport), m_endpoint(std::move(endpoint))
{
    if (m_endpoint.vendor.isEmpty())
        m_endpoint.vendor = u"Sphere"_s;
}

template<typename T>
ApiJob *SphereClient::request(const ApiRequest &req, QObject *context,
                              Result<T> (*decoder)(int, const QByteArray &),
                              std::function<void(const Result<T> &)> done)
{
    ApiJob *job = m_transport->send(m_endpoint, req);
    connect(job, &ApiJob::finished, context, [job, decoder, done = std::move(done)] {
        const Result<ApiResponse> &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        done(decoder(response.value().httpStatus, response.value().body));
    });
    return job;
}

static QString idPath(QStringView collection, const QString &id)
{
    return u"/v1/"_s + collection + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(id));
}

ApiJob *SphereClient::getCustomer(const QString &id, QObject *context,
                                  std::function<void(const Result<Customer> &)> done)
{
    return request<Customer>({ "GET", idPath(u"customer", id), {}, {}, {}, RequestKind::Read }, context,
                             &SphereCodec::decodeCustomerResponse, std::move(done));
}

ApiJob *SphereClient::getWallet(const QString &id, QObject *context,
                                std::function<void(const Result<Wallet> &)> done)
{
    return request<Wallet>({ "GET", idPath(u"wallet", id), {}, {}, {}, RequestKind::Read }, context,
                           &SphereCodec::decodeWalletResponse, std::move(done));
}

ApiJob *SphereClient::getBankAccount(const QString &id, QObject *context,
                                     std::function<void(const Result<BankAccount> &)> done)
{
    return request<BankAccount>({ "GET", idPath(u"bankAccount", id), {}, {}, {}, RequestKind::Read }, context,
                                &SphereCodec::decodeBankAccountResponse, std::move(done));
}

ApiJob *SphereClient::createHostedLink(HostedLinkKind kind, const QString &customerId, QObject *context,
                                       std::function<void(const Result<HostedLink> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path
        = idPath(u"customer", customerId) + (kind == HostedLinkKind::Kyc ? u"/kyc-link"_s : u"/tos-link"_s);
    req.body = "{}";
    req.kind = RequestKind::Submit;
    ApiJob *job = m_transport->send(m_endpoint, req);
    connect(job, &ApiJob::finished, context, [job, kind, done = std::move(done)] {
        const Result<ApiResponse> &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        done(SphereCodec::decodeHostedLinkResponse(kind, response.value().httpStatus, response.value().body));
    });
    return job;
}

static ApiRequest customerListRequest(const CustomerQuery &query, qint64 page)
{
    ApiRequest req;
    req.path = u"/v1/customer"_s;
    req.kind = RequestKind::ListPage;
    req.query = { { u"page"_s, QString::number(page) }, { u"limit"_s, QString::number(query.pageSize) } };
    if (query.kycStatus)
        req.query.append({ u"status"_s, *query.kycStatus });
    if (query.type)
        req.query.append({ u"type"_s, *query.type });
    if (query.search)
        req.query.append({ u"search"_s, *query.search });
    if (query.email)
        req.query.append({ u"email"_s, *query.email });
    return req;
}

ApiJob *SphereClient::listCustomersPage(const CustomerQuery &query, qint64 page, QObject *context,
                                        std::function<void(const Result<CustomerPage> &)> done)
{
    ApiJob *job = m_transport->send(m_endpoint, customerListRequest(query, page));
    QPointer<QObject> guard(context);
    connect(job, &ApiJob::finished, context, [job, guard, context, done = std::move(done)] {
        const Result<ApiResponse> &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        // A page of 1000 customers is about a megabyte of JSON: decode it on the thread pool.
        const ApiResponse copy = response.value();
        QtConcurrent::run([copy] {
            return SphereCodec::decodeCustomerPageResponse(copy.httpStatus, copy.body);
        }).then(context, [guard, done](const Result<CustomerPage> &decoded) {
            if (guard)
                done(decoded);
        });
    });
    return job;
}

ApiJob *SphereClient::listCustomerRowsPage(const CustomerQuery &query, qint64 page, QObject *context,
                                           std::function<void(const Result<CustomerRowPage> &)> done)
{
    ApiJob *job = m_transport->send(m_endpoint, customerListRequest(query, page));
    QPointer<QObject> guard(context);
    connect(job, &ApiJob::finished, context, [job, guard, context, done = std::move(done)] {
        const Result<ApiResponse> &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        const ApiResponse copy = response.value(); // shares the body, no copy of its bytes
        QtConcurrent::run([copy] {
            return SphereListDecoder::decodeTableRows(copy.httpStatus, copy.body);
        }).then(context, [guard, done](const Result<CustomerRowPage> &decoded) {
            if (guard)
                done(decoded);
        });
    });
    return job;
}

CustomerListJob *SphereClient::listAllCustomers(const CustomerQuery &query)
{
    auto *job = new CustomerListJob(this, query, this);
    job->start();
    return job;
}

CustomerSubmitJob *SphereClient::createCustomer(const CustomerRequest &request,
                                                const QByteArray &idempotencyKey, QObject *context,
                                                std::function<void(const Result<Customer> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/v1/customer"_s;
    req.idempotencyKey = idempotencyKey;
    auto *job = new CustomerSubmitJob(m_transport, m_endpoint, req, request, this);
    connect(job, &CustomerSubmitJob::finished, context,
            [job, done = std::move(done)] { done(job->result()); });
    job->start();
    return job;
}

CustomerSubmitJob *SphereClient::updateCustomer(const QString &id, const CustomerRequest &changes,
                                                QObject *context,
                                                std::function<void(const Result<Customer> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = idPath(u"customer", id);
    auto *job = new CustomerSubmitJob(m_transport, m_endpoint, req, changes, this);
    connect(job, &CustomerSubmitJob::finished, context,
            [job, done = std::move(done)] { done(job->result()); });
    if (SphereRequestCodec::isEmpty(changes)) {
        // An empty POST would "succeed" and change nothing; say so instead of pretending to save.
        ApiError error = ApiError::configuration(
            m_endpoint.vendor, tr("there is nothing to update: no field of customer %1 was changed").arg(id));
        error.vendorCode = u"nothing-to-update"_s;
        job->refuse(error);
    } else {
        job->start();
    }
    return job;
}

static bool matchesCustomer(const Customer &c, const CustomerMatch &match)
{
    if (match.email && c.email.value_or(QString()).compare(*match.email, Qt::CaseInsensitive) != 0)
        return false;
    if (match.lookupKey && c.lookupKey != match.lookupKey)
        return false;
    return !match.type || c.type.raw == *match.type;
}

CustomerListJob *SphereClient::findCustomers(const CustomerMatch &match, QObject *context,
                                             std::function<void(const Result<QList<Customer>> &)> done)
{
    const bool hasEmail = match.email && !match.email->trimmed().isEmpty();
    const bool hasLookupKey = match.lookupKey && !match.lookupKey->isEmpty();
    if (!hasEmail && !hasLookupKey) {
        const ApiError error = ApiError::configuration(
            m_endpoint.vendor, tr("a customer lookup needs an email or a lookup key"));
        QTimer::singleShot(0, context, [error, done = std::move(done)] { done(error); });
        return nullptr;
    }
    CustomerMatch wanted = match;
    if (hasEmail)
        wanted.email = match.email->trimmed();
    else
        wanted.email.reset();
    CustomerQuery query;
    query.email = wanted.email;
    query.type = match.type;
    query.pageSize = 1000;
    auto *job = new CustomerListJob(this, query, this);
    auto found = std::make_shared<QList<Customer>>();
    connect(job, &CustomerListJob::pageReady, context, [found, wanted](const QList<Customer> &page) {
        for (const Customer &c : page) {
            if (matchesCustomer(c, wanted))
                found->append(c);
        }
    });
    connect(job, &CustomerListJob::finished, context, [job, found, done = std::move(done)] {
        if (job->error())
            done(*job->error());
        else
            done(*found);
    });
    job->start();
    return job;
}
