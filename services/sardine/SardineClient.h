#pragma once

#include "SardineCodec.h"
#include "SardineTypes.h"
#include "VendorClient.h"

// Sardine's risk API (HTTP Basic: clientId / clientSecret): a risk check for a customer and the
// identity entity gathered through document KYC.
class SardineClient : public VendorClient
{
    Q_OBJECT

public:
    SardineClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent = nullptr);

    // POST /v1/customers, exactly the fields set in `request` (SardineRequestCodec).
    ApiJob *checkCustomer(SardineCustomerRequest request, QObject *context,
                          std::function<void(const Result<RiskResult> &)> done);
    // GET /v1/identity/entities/{customerId}
    ApiJob *identity(const QString &customerId, QObject *context,
                     std::function<void(const Result<IdentityEntity> &)> done);

    // GET /v1/customers?customer_id=: the customer's past results as Sardine keeps them (a bare
    // array), so an analyst on a new computer sees the checks made elsewhere.
    ApiJob *history(const QString &customerId, QObject *context,
                    std::function<void(const Result<QList<RiskResult>> &)> done);

    // POST /v1/feedbacks: the outcome of a case whose session Sardine scored.
    ApiJob *sendFeedback(const SardineFeedback &feedback, QObject *context,
                         std::function<void(const Result<SardineFeedbackReceipt> &)> done);
};
