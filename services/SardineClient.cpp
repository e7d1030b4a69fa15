#include "SardineClient.h"

#include "ApiJob.h"
#include "HttpTransport.h"
#include "SardineRequestCodec.h"

using namespace Qt::Literals::StringLiterals;

SardineClient::SardineClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent), m_transport(transport), m_endpoint(std::move(endpoint))
{
    if (m_endpoint.vendor.isEmpty())
        m_endpoint.vendor = u"Sardine"_s;
}

ApiJob *SardineClient::checkCustomer(SardineCustomerRequest request, QObject *context,
                                     std::function<void(const Result<RiskResult> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/v1/customers"_s;
    req.body = SardineRequestCodec::encodeBody(request);
    ApiJob *job = m_transport->send(m_endpoint, req);
    connect(job, &ApiJob::finished, context, [job, done = std::move(done)] {
        const auto &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        done(SardineCodec::decodeRiskResponse(response.value().httpStatus, response.value().body));
    });
    return job;
}

ApiJob *SardineClient::identity(const QString &customerId, QObject *context,
                                std::function<void(const Result<IdentityEntity> &)> done)
{
    ApiRequest req;
    req.path = u"/v1/identity/entities/"_s + QString::fromUtf8(QUrl::toPercentEncoding(customerId));
    ApiJob *job = m_transport->send(m_endpoint, req);
    connect(job, &ApiJob::finished, context, [job, done = std::move(done)] {
        const auto &response = job->result();
        if (!response) {
            done(response.error());
            return;
        }
        done(SardineCodec::decodeIdentityResponse(response.value().httpStatus, response.value().body));
    });
    return job;
}
