#include "YativoCodec.h"

#include "JsonReader.h"
#include "RequestJsonReader.h"

#include <functional>
#include <limits>
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
    c.createdAt = r.optTimestamp(u"created_at", &c.createdAtText);
    c.customerId = r.optString(u"customer_id");
    c.personaInquiryType = r.optString(u"persona_inquiry_type");
    c.unknownFields = r.unknownFields();
    c.raw = v.toObject();
    return c;
}

YativoKycStatus readKycStatus(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    YativoKycStatus k;
    k.status = r.requireString(u"status");
    k.rejectionReasons = r.stringList(u"kyc_rejection_reasons");
    k.requirementsDue = r.stringList(u"kyc_requirements_due");
    k.kycLink = r.optString(u"kyc_link");
    k.isVaApproved = r.optBool(u"is_va_approved");
    k.unknownFields = r.unknownFields();
    k.raw = v.toObject();
    return k;
}


YativoPagination readPagination(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    YativoPagination p;
    p.total = r.requireInteger(u"total", 0);
    p.perPage = r.requireInt(u"per_page", 0);
    p.currentPage = r.requireInt(u"current_page", 0);
    p.lastPage = r.requireInt(u"last_page", 0);
    p.nextPageUrl = r.optString(u"next_page_url");
    p.prevPageUrl = r.optString(u"prev_page_url");
    return p;
}

template<typename T> Result<T> decodeStrict(const std::function<T()> &decode)
{
    try {
        return decode();
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
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
    if (!c.raw.isEmpty())
        return c.raw;
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
        o.insert(u"created_at"_s, c.createdAtText.isEmpty() ? toIsoTimestamp(*c.createdAt) : c.createdAtText);
    putIfSet(o, u"customer_id"_s, c.customerId);
    putIfSet(o, u"persona_inquiry_type"_s, c.personaInquiryType);
    return o;
}

QJsonObject encode(const YativoKycStatus &k)
{
    if (!k.raw.isEmpty())
        return k.raw;
    QJsonObject o = k.unknownFields;
    o.insert(u"status"_s, k.status);
    o.insert(u"kyc_rejection_reasons"_s, QJsonArray::fromStringList(k.rejectionReasons));
    o.insert(u"kyc_requirements_due"_s, QJsonArray::fromStringList(k.requirementsDue));
    putIfSet(o, u"kyc_link"_s, k.kycLink);
    putIfSet(o, u"is_va_approved"_s, k.isVaApproved);
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
    if (httpStatus < 400 && !o.value(u"status"_s).isString())
        // `{}` or another vendor's envelope with 200 is not a Yativo answer.
        return ApiError::decode(kVendor, u"status"_s,
                                o.contains(u"status"_s)
                                    ? QCoreApplication::translate("YativoCodec", "expected string, got %1")
                                          .arg(JsonObjectReader::typeName(o.value(u"status"_s)))
                                    : QCoreApplication::translate("YativoCodec", "missing from the answer"));
    if (httpStatus >= 400 || status != u"success") {
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
    return decodeStrict<YativoCustomer>([&] { return readCustomer(data.value(), u"data"_s); });
}

Result<YativoKycStatus> decodeKycStatusResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    return decodeStrict<YativoKycStatus>([&] { return readKycStatus(data.value(), u"data"_s); });
}

Result<YativoCustomerPage> decodeCustomerPageResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    return decodeStrict<YativoCustomerPage>([&] {
        const QJsonObject envelope = QJsonDocument::fromJson(body).object();
        JsonObjectReader top(envelope, QString());
        YativoCustomerPage page;
        page.customers = top.list<YativoCustomer>(u"data", readCustomer);
        if (!data.value().isArray())
            top.fail(u"data", data.value(), u"array"_s);
        page.pagination = readPagination(envelope.value(u"pagination"_s), u"pagination"_s);
        return page;
    });
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
        token.expiresInSeconds = r.optInt(u"expires_in", 0).value_or(600);
        return token;
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

} // namespace YativoCodec
