#include "SphereClient.h"

#include "ApiJob.h"
#include "CustomerListJob.h"
#include "HttpTransport.h"
#include "LogCategories.h"
#include "SphereCodec.h"
#include "SphereListDecoder.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

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
    return request<Customer>({ "GET", idPath(u"customer", id), {}, {}, {} }, context,
                             &SphereCodec::decodeCustomerResponse, std::move(done));
}

ApiJob *SphereClient::getWallet(const QString &id, QObject *context,
                                std::function<void(const Result<Wallet> &)> done)
{
    return request<Wallet>({ "GET", idPath(u"wallet", id), {}, {}, {} }, context,
                           &SphereCodec::decodeWalletResponse, std::move(done));
}

ApiJob *SphereClient::getBankAccount(const QString &id, QObject *context,
                                     std::function<void(const Result<BankAccount> &)> done)
{
    return request<BankAccount>({ "GET", idPath(u"bankAccount", id), {}, {}, {} }, context,
                                &SphereCodec::decodeBankAccountResponse, std::move(done));
}

ApiJob *SphereClient::listCustomersPage(const CustomerQuery &query, int page, QObject *context,
                                        std::function<void(const Result<CustomerPage> &)> done)
{
    ApiRequest req;
    req.path = u"/v1/customer"_s;
    req.query = { { u"page"_s, QString::number(page) }, { u"limit"_s, QString::number(query.pageSize) } };
    if (query.kycStatus)
        req.query.append({ u"status"_s, *query.kycStatus });
    if (query.type)
        req.query.append({ u"type"_s, *query.type });
    if (query.search)
        req.query.append({ u"search"_s, *query.search });
    if (query.email)
        req.query.append({ u"email"_s, *query.email });

    ApiJob *job = m_transport->send(m_endpoint, req);
    QPointer<QObject> guard(context);
    const bool tableOnly = query.tableFieldsOnly;
    connect(job, &ApiJob::finished, context, [job, guard, context, tableOnly, done = std::move(done)] {
        const Result<ApiResponse> &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        // A page of 1000 customers is about a megabyte of JSON: decode it on the thread pool.
        const ApiResponse copy = response.value();
        QtConcurrent::run([copy, tableOnly] {
            return tableOnly ? SphereListDecoder::decodeTablePage(copy.httpStatus, copy.body)
                             : SphereCodec::decodeCustomerPageResponse(copy.httpStatus, copy.body);
        }).then(context, [guard, done](const Result<CustomerPage> &decoded) {
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
