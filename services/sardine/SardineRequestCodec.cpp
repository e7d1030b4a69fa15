#include "SardineRequestCodec.h"

#include "SardineFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sardine"_s;
const char *const kContext = "SardineRequestCodec";

const QStringList kRequestKeys { u"flow"_s, u"sessionKey"_s, u"customer"_s };

SardineCustomerRequest readRequest(const QJsonValue &json, const QString &path)
{
    RequestJsonReader::requireObject(json, path.isEmpty() ? u"$"_s : path);
    if (json.toObject().contains(u"transaction"_s))
        RequestJsonReader::failAt(
            path.isEmpty() ? u"transaction"_s : path + u".transaction"_s,
            QCoreApplication::translate(kContext,
                                        "Sardine's document puts the transaction inside the customer: "
                                        "move it to customer.transaction"));
    RequestJsonReader r(json, path, kRequestKeys);
    SardineCustomerRequest req;
    req.flow = r.optString(u"flow");
    req.sessionKey = r.optString(u"sessionKey");
    if (!req.sessionKey)
        RequestJsonReader::failAt(r.pathOf(u"sessionKey"),
                                  QCoreApplication::translate(
                                      kContext, "missing: Sardine identifies each check by its session key"));
    auto c = r.optObject(u"customer", fieldTable<SardineCustomer>().keys());
    if (!c)
        RequestJsonReader::failAt(r.pathOf(u"customer"), QCoreApplication::translate(kContext, "missing"));
    fieldTable<SardineCustomer>().readRequestInto(*c, req.customer);
    return req;
}

} // namespace

namespace SardineRequestCodec {

QJsonObject encode(const SardineCustomerRequest &request)
{
    QJsonObject out { { u"customer"_s,
                        fieldTable<SardineCustomer>().encode(request.customer, AbsentFields::Omit) } };
    putIfSet(out, u"flow"_s, request.flow);
    putIfSet(out, u"sessionKey"_s, request.sessionKey);
    return out;
}

QByteArray encodeBody(const SardineCustomerRequest &request)
{
    return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
}

QJsonObject encodeFeedback(const SardineFeedback &feedback)
{
    return QJsonObject {
        { u"sessionKey"_s, feedback.sessionKey },
        { u"customer"_s, QJsonObject { { u"id"_s, feedback.customerId } } },
        { u"feedback"_s,
          QJsonObject { { u"id"_s, feedback.id },
                        { u"scope"_s, u"user"_s },
                        { u"type"_s, u"onboarding"_s },
                        { u"status"_s, feedback.status },
                        { u"reason"_s, feedback.reason },
                        { u"timeMillis"_s, double(feedback.decidedAt.toMSecsSinceEpoch()) } } },
    };
}

Result<SardineCustomerRequest> decode(const QJsonObject &json, const QString &path)
{
    return decodeOrError<SardineCustomerRequest>(kVendor, [&] { return readRequest(json, path); });
}

Result<SardineCustomerRequest> decodeBody(const QByteArray &body, const QString &path)
{
    return decodeOrError<SardineCustomerRequest>(
        kVendor, [&] { return readRequest(RequestJsonReader::parse(body, path), path); });
}

} // namespace SardineRequestCodec
