#pragma once

#include "CustomerRow.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"
#include "VendorClient.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

class CustomerListJob;
class CustomerSubmitJob;

// What findCustomers() looks for; every field that is set has to match.
struct CustomerMatch
{
    std::optional<QString> email; // exact, case-insensitive (the list endpoint's email parameter)
    std::optional<QString> lookupKey; // exact; the list endpoint cannot filter by it (see findCustomers)
    std::optional<QString> type; // "individual" | "business"
};

// Sphere's v1 customer API. Each call returns the job (for progress or abort) and reports its
// typed result to `done`, which is called on `context`'s thread and only while it is alive.
class SphereClient : public VendorClient
{
    Q_OBJECT

public:
    SphereClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent = nullptr);

    ApiJob *getCustomer(const QString &id, QObject *context,
                        std::function<void(const Result<Customer> &)> done);
    ApiJob *getWallet(const QString &id, QObject *context, std::function<void(const Result<Wallet> &)> done);
    ApiJob *getBankAccount(const QString &id, QObject *context,
                           std::function<void(const Result<BankAccount> &)> done);
    // POST /v1/customer/:id/kyc-link or …/tos-link: a hosted page for the customer to verify their
    // identity or accept the terms of service (vendor-notes "Links").
    ApiJob *createHostedLink(HostedLinkKind kind, const QString &customerId, QObject *context,
                             std::function<void(const Result<HostedLink> &)> done);
    // One page (1-based); decoding runs off the calling thread because pages are large.
    ApiJob *listCustomersPage(const CustomerQuery &query, qint64 page, QObject *context,
                              std::function<void(const Result<CustomerPage> &)> done);
    // The same page as the customer table's rows (SphereListDecoder::decodeTableRows).
    ApiJob *listCustomerRowsPage(const CustomerQuery &query, qint64 page, QObject *context,
                                 std::function<void(const Result<CustomerRowPage> &)> done);
    // Every page of the query, delivered in order; see CustomerListJob.
    CustomerListJob *listAllCustomers(const CustomerQuery &query);

    // POST /v1/customer with the given Idempotency-Key (callers keep the key across retries of one
    // logical submission; see CustomerSubmitter). The body is encoded on the thread pool when the
    // request carries documents; the returned job exists at once for uploadProgress() and abort().
    CustomerSubmitJob *createCustomer(const CustomerRequest &request, const QByteArray &idempotencyKey,
                                      QObject *context, std::function<void(const Result<Customer> &)> done);
    // POST /v1/customer/:id with exactly the fields set in `changes` (the vendor leaves the others
    // as they are). An empty `changes` is refused locally (ApiError::Kind::Configuration, vendorCode
    // "nothing-to-update") without a request.
    CustomerSubmitJob *updateCustomer(const QString &id, const CustomerRequest &changes, QObject *context,
                                      std::function<void(const Result<Customer> &)> done);
    // Customers matching `match`, over every page. With an email the list endpoint filters
    // (exact, case-insensitive); lookupKey and type are checked here as well, because the list
    // endpoint has no lookupKey filter. Without an email that means reading the whole book, page
    // after page — fine for a rare recovery, not for a search box. A match with neither email nor
    // lookupKey is refused (Configuration error on the next event-loop turn, returns nullptr).
    CustomerListJob *findCustomers(const CustomerMatch &match, QObject *context,
                                   std::function<void(const Result<QList<Customer>> &)> done);
};
