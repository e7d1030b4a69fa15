#include "SardineClient.h"

#include "ApiCall.h"
#include "HttpTransport.h"
#include "SardineRequestCodec.h"

using namespace Qt::Literals::StringLiterals;

SardineClient::SardineClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent), m_transport(transport), m_endpoint(std::move(endpoint))
{
    if (m_endpoint.vendor.isEmpty())
        m_endpoint.vendor = u"Sardine"_s;
}

template<typename T>
ApiJob *SardineClient::send(const ApiRequest &request, QObject *context,
                            Result<T> (*decode)(int, const QByteArray &),
                            std::function<void(const Result<T> &)> done)
{
    return ApiCall::deliver(m_transport->send(m_endpoint, request), context, decode, std::move(done));
}

ApiJob *SardineClient::checkCustomer(SardineCustomerRequest request, QObject *context,
                                     std::function<void(const Result<RiskResult> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/v1/customers"_s;
    req.body = SardineRequestCodec::encodeBody(request);
    req.kind = RequestKind::RiskCheck;
    return send<RiskResult>(req, context, &SardineCodec::decodeRiskResponse, std::move(done));
}

ApiJob *SardineClient::identity(const QString &customerId, QObject *context,
                                std::function<void(const Result<IdentityEntity> &)> done)
{
    ApiRequest req;
    req.path = u"/v1/identity/entities/"_s + QString::fromUtf8(QUrl::toPercentEncoding(customerId));
    return send<IdentityEntity>(req, context, &SardineCodec::decodeIdentityResponse, std::move(done));
}

ApiJob *SardineClient::history(const QString &customerId, QObject *context,
                               std::function<void(const Result<QList<RiskResult>> &)> done)
{
    ApiRequest req;
    req.path = u"/v1/customers"_s;
    req.query = { { u"customer_id"_s, customerId } };
    req.kind = RequestKind::ListPage; // every past result, a list
    return send<QList<RiskResult>>(req, context, &SardineCodec::decodeHistoryResponse, std::move(done));
}
