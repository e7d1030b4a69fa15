#include "SphereClient.h"

#include "ApiCall.h"
#include "CustomerListJob.h"
#include "CustomerPageRequest.h"
#include "CustomerSubmitJob.h"
#include "HttpTransport.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"

#include <memory>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

SphereClient::SphereClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent)
    : VendorClient(transport, std::move(endpoint), u"Sphere"_s, parent)
{ }

static QString idPath(QStringView collection, const QString &id)
{
    return u"/v1/"_s + collection + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(id));
}

ApiJob *SphereClient::getCustomer(const QString &id, QObject *context,
                                  std::function<void(const Result<Customer> &)> done)
{
    return send<Customer>({ "GET", idPath(u"customer", id), {}, {}, {}, RequestKind::Read }, context,
                          &SphereCodec::decodeCustomerResponse, std::move(done));
}

ApiJob *SphereClient::getWallet(const QString &id, QObject *context,
                                std::function<void(const Result<Wallet> &)> done)
{
    return send<Wallet>({ "GET", idPath(u"wallet", id), {}, {}, {}, RequestKind::Read }, context,
                        &SphereCodec::decodeWalletResponse, std::move(done));
}

ApiJob *SphereClient::getBankAccount(const QString &id, QObject *context,
                                     std::function<void(const Result<BankAccount> &)> done)
{
    return send<BankAccount>({ "GET", idPath(u"bankAccount", id), {}, {}, {}, RequestKind::Read }, context,
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
    return ApiCall::deliver(
        m_transport->send(m_endpoint, req), context,
        [kind](int httpStatus, const QByteArray &body) {
            return SphereCodec::decodeHostedLinkResponse(kind, httpStatus, body);
        },
        std::move(done));
}

ApiJob *SphereClient::listCustomersPage(const CustomerQuery &query, qint64 page, QObject *context,
                                        std::function<void(const Result<CustomerPage> &)> done)
{
    return CustomerPageRequest::fetch(m_transport, m_endpoint, query, page, context, std::move(done));
}

ApiJob *SphereClient::listCustomerRowsPage(const CustomerQuery &query, qint64 page, QObject *context,
                                           std::function<void(const Result<CustomerRowPage> &)> done)
{
    return CustomerPageRequest::fetchRows(m_transport, m_endpoint, query, page, context, std::move(done));
}

CustomerListJob *SphereClient::listAllCustomers(const CustomerQuery &query)
{
    auto *job = new CustomerListJob(m_transport, m_endpoint, query, this);
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
    auto *job = new CustomerListJob(m_transport, m_endpoint, query, this);
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
