#include "YativoCodec.h"

#include "JsonReader.h"
#include "RequestJsonReader.h"
#include "YativoFields.h"

#include <functional>
#include <limits>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kVendor = u"Yativo"_s;

template<typename T> T readObject(const QJsonValue &v, const QString &path)
{
    return fieldTable<T>().decode(v, path);
}

template<typename T, typename Read> Result<T> decodeStrict(Read &&read)
{
    return decodeOrError<T>(kVendor, std::forward<Read>(read));
}
} // namespace

namespace YativoCodec {

QJsonObject encode(const YativoCustomerRequest &r)
{
    return fieldTable<YativoCustomerRequest>().encode(r, AbsentFields::Omit);
}

Result<YativoCustomerRequest> decodeRequestBody(const QByteArray &body, const QString &path)
{
    return decodeStrict<YativoCustomerRequest>([&] {
        return fieldTable<YativoCustomerRequest>().decodeRequest(RequestJsonReader::parse(body, path), path);
    });
}

QJsonObject encode(const YativoCustomer &c)
{
    return c.raw.isEmpty() ? fieldTable<YativoCustomer>().encode(c, AbsentFields::Omit) : c.raw;
}

QJsonObject encode(const YativoKycStatus &k)
{
    return k.raw.isEmpty() ? fieldTable<YativoKycStatus>().encode(k, AbsentFields::Omit) : k.raw;
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
    return decodeStrict<YativoCustomer>([&] { return readObject<YativoCustomer>(data.value(), u"data"_s); });
}

Result<YativoKycStatus> decodeKycStatusResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    return decodeStrict<YativoKycStatus>(
        [&] { return readObject<YativoKycStatus>(data.value(), u"data"_s); });
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
        page.customers = top.list<YativoCustomer>(u"data", readObject<YativoCustomer>);
        if (!data.value().isArray())
            top.fail(u"data", data.value(), u"array"_s);
        page.pagination = readObject<YativoPagination>(envelope.value(u"pagination"_s), u"pagination"_s);
        return page;
    });
}

Result<Token> decodeLoginResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return data.error();
    return decodeStrict<Token>([&] {
        JsonObjectReader r(data.value(), u"data"_s);
        Token token;
        token.accessToken = r.requireString(u"access_token");
        token.expiresInSeconds = r.optInt(u"expires_in", 0).value_or(600);
        return token;
    });
}

} // namespace YativoCodec
