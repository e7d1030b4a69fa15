#pragma once

#include "ApiEndpoint.h"
#include "Result.h"
#include "SphereTypes.h"

#include <functional>
#include <QObject>
#include <QPointer>

class ApiJob;
class CustomerListJob;
class HttpTransport;

// Sphere's v1 customer API. Each call returns the job (for progress or abort) and reports its
// typed result to `done`, which is called on `context`'s thread and only while it is alive.
class SphereClient : public QObject
{
    Q_OBJECT

public:
    SphereClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent = nullptr);

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const ApiEndpoint &endpoint) { m_endpoint = endpoint; }
    HttpTransport *transport() const { return m_transport; }

    ApiJob *getCustomer(const QString &id, QObject *context,
                        std::function<void(const Result<Customer> &)> done);
    ApiJob *getWallet(const QString &id, QObject *context, std::function<void(const Result<Wallet> &)> done);
    ApiJob *getBankAccount(const QString &id, QObject *context,
                           std::function<void(const Result<BankAccount> &)> done);
    // One page (1-based); decoding runs off the calling thread because pages are large.
    ApiJob *listCustomersPage(const CustomerQuery &query, int page, QObject *context,
                              std::function<void(const Result<CustomerPage> &)> done);
    // Every page of the query, delivered in order; see CustomerListJob.
    CustomerListJob *listAllCustomers(const CustomerQuery &query);

private:
    template<typename T>
    ApiJob *request(const ApiRequest &request, QObject *context,
                    Result<T> (*decoder)(int, const QByteArray &),
                    std::function<void(const Result<T> &)> done);

    HttpTransport *m_transport;
    ApiEndpoint m_endpoint;
};
