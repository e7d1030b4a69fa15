#include "SardineClient.h"

#include "SardineRequestCodec.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

SardineClient::SardineClient(HttpTransport *transport, ApiEndpoint endpoint, QObject *parent)
    : VendorClient(transport, std::move(endpoint), u"Sardine"_s, parent)
{ }

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

ApiJob *SardineClient::sendFeedback(const SardineFeedback &feedback, QObject *context,
                                    std::function<void(const Result<SardineFeedbackReceipt> &)> done)
{
    ApiRequest req;
    req.verb = "POST";
    req.path = u"/v1/feedbacks"_s;
    req.body = QJsonDocument(SardineRequestCodec::encodeFeedback(feedback)).toJson(QJsonDocument::Compact);
    // The feedback's own id makes a resend the same feedback, so a lost answer may be retried.
    req.idempotencyKey = feedback.id.toUtf8();
    return send<SardineFeedbackReceipt>(req, context, &SardineCodec::decodeFeedbackResponse, std::move(done));
}
