#include "YativoCodec.h"

#include "JsonReader.h"
#include "RequestJsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kVendor = u"Yativo"_s;

YativoCustomer readCustomer(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    YativoCustomer c;
    c.id = r.requireString(u"id");
    c.fullName = r.optString(u"full_name");
    c.email = r.optString(u"email");
    c.type = r.optString(u"type");
    c.kycLink = r.optString(u"kyc_link");
    c.tosLink = r.optString(u"tos_link");
    c.kycStatus = r.optString(u"kyc_status");
    c.rejectionReasons = r.stringList(u"rejection_reasons");
    c.tosStatus = r.optString(u"tos_status");
    c.createdAt = r.optTimestamp(u"created_at");
    c.customerId = r.optString(u"customer_id");
    c.personaInquiryType = r.optString(u"persona_inquiry_type");
    c.unknownFields = r.unknownFields();
    return c;
}
} // namespace

namespace YativoCodec {

QJsonObject encode(const YativoCustomerRequest &r)
{
    QJsonObject o;
    putIfSet(o, u"customer_name"_s, r.customerName);
    putIfSet(o, u"customer_email"_s, r.customerEmail);
    putIfSet(o, u"customer_phone"_s, r.customerPhone);
    putIfSet(o, u"customer_country"_s, r.customerCountry);
    putIfSet(o, u"customer_type"_s, r.customerType);
    putIfSet(o, u"send_kyc_mail"_s, r.sendKycMail);
    return o;
}

Result<YativoCustomerRequest> decodeRequestBody(const QByteArray &body, const QString &path)
{
    static const QStringList keys { u"customer_name"_s,    u"customer_email"_s, u"customer_phone"_s,
                                    u"customer_country"_s, u"customer_type"_s,  u"send_kyc_mail"_s };
    try {
        RequestJsonReader r(RequestJsonReader::parse(body, path), path, keys);
        YativoCustomerRequest request;
        request.customerName = r.optString(u"customer_name");
        request.customerEmail = r.optString(u"customer_email");
        request.customerPhone = r.optString(u"customer_phone");
        request.customerCountry = r.optString(u"customer_country");
        request.customerType = r.optString(u"customer_type");
        request.sendKycMail = r.optBool(u"send_kyc_mail");
        return request;
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

QJsonObject encode(const YativoCustomer &c)
{
    QJsonObject o = c.unknownFields;
    o.insert(u"id"_s, c.id);
    putIfSet(o, u"full_name"_s, c.fullName);
    putIfSet(o, u"email"_s, c.email);
    putIfSet(o, u"type"_s, c.type);
    putIfSet(o, u"kyc_link"_s, c.kycLink);
    putIfSet(o, u"tos_link"_s, c.tosLink);
    putIfSet(o, u"kyc_status"_s, c.kycStatus);
    o.insert(u"rejection_reasons"_s, QJsonArray::fromStringList(c.rejectionReasons));
    putIfSet(o, u"tos_status"_s, c.tosStatus);
    if (c.createdAt)
        o.insert(u"created_at"_s, toIsoTimestamp(*c.createdAt));
    putIfSet(o, u"customer_id"_s, c.customerId);
    putIfSet(o, u"persona_inquiry_type"_s, c.personaInquiryType);
    return o;
}

Result<QJsonValue> unwrapEnvelope(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 400)
            return ApiError::http(kVendor, httpStatus, QString::fromUtf8(body.left(200)).simplified());
        return ApiError::decode(kVendor, u"$"_s,
                                QCoreApplication::translate("YativoCodec", "the body is not a JSON object"));
    }
    const QJsonObject o = doc.object();
    const QString status = o.value(u"status"_s).toString();
    if (httpStatus >= 400 || (!status.isEmpty() && status != u"success")) {
        int code = httpStatus;
        if (httpStatus < 400 && o.value(u"status_code"_s).isDouble())
            code = o.value(u"status_code"_s).toInt();
        QString message = o.value(u"message"_s).toString();
        QString firstField;
        if (o.value(u"errors"_s).isObject()) {
            QStringList details;
            const QJsonObject errors = o.value(u"errors"_s).toObject();
            for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
                if (firstField.isEmpty())
                    firstField = it.key();
                const QJsonValue v = it.value();
                details << it.key() + u": "_s + (v.isArray() ? v.toArray().first().toString() : v.toString());
            }
            message += u" ("_s + details.join(u"; "_s) + u')';
        }
        ApiError error = ApiError::http(
            kVendor, code,
            message.isEmpty() ? QCoreApplication::translate("YativoCodec", "no message") : message);
        error.jsonPath = firstField; // the request field a 422 names, so a form can point at it
        return error;
    }
    if (!o.contains(u"data"_s))
        return ApiError::decode(
            kVendor, u"data"_s,
            QCoreApplication::translate("YativoCodec", "missing from the response envelope"));
    return o.value(u"data"_s);
}

Result<YativoCustomer> decodeCustomerResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    try {
        return readCustomer(data.value(), u"data"_s);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

Result<Token> decodeLoginResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    try {
        JsonObjectReader r(data.value(), u"data"_s);
        Token token;
        token.accessToken = r.requireString(u"access_token");
        token.expiresInSeconds = int(r.optInteger(u"expires_in").value_or(600));
        return token;
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

} // namespace YativoCodec
