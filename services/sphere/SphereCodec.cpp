#include "SphereCodec.h"

#include "JsonReader.h"
#include "SphereFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sphere"_s;

template<typename T> T readObject(const QJsonValue &v, const QString &path)
{
    return fieldTable<T>().decode(v, path);
}

Pagination readPagination(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    Pagination p;
    // Counts: never negative, pages and limits within an int (a page number past 2^31 must not wrap).
    p.page = r.requireInt(u"page", 0);
    p.limit = r.requireInt(u"limit", 0);
    p.total = r.requireInteger(u"total", 0);
    p.totalPages = r.requireInt(u"totalPages", 0);
    const auto hasNext = r.optBool(u"hasNext");
    if (!hasNext)
        JsonObjectReader::failAt(r.pathOf(u"hasNext"),
                                 QCoreApplication::translate("SphereCodec", "expected boolean"));
    p.hasNext = *hasNext;
    p.hasPrevious = r.optBool(u"hasPrevious").value_or(p.page > 1);
    return p;
}

CustomerPage readCustomerPage(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    if (!v.toObject().contains(u"customers"_s))
        JsonObjectReader::failAt(r.pathOf(u"customers"),
                                 QCoreApplication::translate("SphereCodec", "missing from the answer"));
    CustomerPage page;
    page.customers = r.list<Customer>(u"customers", readObject<Customer>);
    page.pagination
        = readPagination(QJsonValue(v.toObject().value(u"pagination"_s)), r.pathOf(u"pagination"));
    return page;
}

template<typename T, typename F>
Result<T> runDecoder(F &&decoder, const QJsonValue &json, const QString &path)
{
    return decodeOrError<T>(kVendor, [&] { return decoder(json, path); });
}

// Picks the first human message out of either error shape (v1 envelope or v2 problem).
void fillVendorError(ApiError &error, const QJsonObject &o)
{
    const auto str
        = [&o](const QString &k) { return o.value(k).isString() ? o.value(k).toString() : QString(); };
    QString message = str(u"message"_s);
    if (message.isEmpty())
        message = str(u"detail"_s);
    const QJsonArray details = o.value(u"errors"_s).toArray();
    QStringList detailTexts;
    for (const QJsonValue &d : details) {
        const QJsonObject dobj = d.toObject();
        QString text = dobj.value(u"detail"_s).toString();
        const QString pointer = dobj.value(u"pointer"_s).toString();
        if (!pointer.isEmpty())
            text = pointer + u": "_s + text;
        if (!text.isEmpty())
            detailTexts.append(text);
    }
    if (!detailTexts.isEmpty())
        message = message.isEmpty() ? detailTexts.join(u"; "_s)
                                    : message + u" ("_s + detailTexts.join(u"; "_s) + u')';
    if (!message.isEmpty())
        error.message = message;
    const QJsonValue errorField = o.value(u"error"_s);
    if (errorField.isString())
        error.vendorCode = errorField.toString();
    else if (errorField.isObject())
        error.vendorCode = errorField.toObject().value(u"code"_s).toString();
    if (error.vendorCode.isEmpty())
        error.vendorCode = str(u"code"_s);
    error.requestId = str(u"request"_s);
    if (error.requestId.isEmpty())
        error.requestId = str(u"correlationId"_s);
}

// The envelope's `request` id, so a decode failure of an answer names it like a vendor error does.
QString envelopeRequestId(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"request"_s).toString();
}

template<typename T> Result<T> withRequestId(Result<T> decoded, const QByteArray &body)
{
    if (decoded.ok() || !decoded.error().requestId.isEmpty())
        return decoded;
    ApiError error = decoded.error();
    error.requestId = envelopeRequestId(body);
    return error;
}

template<typename T>
Result<T> decodeData(int httpStatus, const QByteArray &body, QStringView key,
                     T (*decoder)(const QJsonValue &, const QString &))
{
    const Result<QJsonValue> data = SphereCodec::unwrapEnvelope(httpStatus, body);
    if (!data)
        return withRequestId<T>(data.error(), body);
    if (!data.value().isObject())
        return withRequestId<T>(
            ApiError::decode(kVendor, u"data"_s,
                             QCoreApplication::translate("SphereCodec", "expected an object, got %1")
                                 .arg(JsonObjectReader::typeName(data.value()))),
            body);
    const QString path = u"data."_s + key;
    const QJsonObject object = data.value().toObject();
    if (!object.contains(key))
        return withRequestId<T>(
            ApiError::decode(kVendor, path,
                             QCoreApplication::translate("SphereCodec", "missing from the answer")),
            body);
    return withRequestId(runDecoder<T>(decoder, object.value(key.toString()), path), body);
}

} // namespace

namespace SphereCodec {

Result<Customer> decodeCustomer(const QJsonValue &json, const QString &path)
{
    return runDecoder<Customer>(readObject<Customer>, json, path);
}

Result<CustomerPage> decodeCustomerPage(const QJsonValue &data, const QString &path)
{
    return runDecoder<CustomerPage>(readCustomerPage, data, path);
}

Result<Wallet> decodeWallet(const QJsonValue &json, const QString &path)
{
    return runDecoder<Wallet>(readObject<Wallet>, json, path);
}

Result<BankAccount> decodeBankAccount(const QJsonValue &json, const QString &path)
{
    return runDecoder<BankAccount>(readObject<BankAccount>, json, path);
}

Result<QJsonValue> unwrapEnvelope(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool httpFailed = httpStatus >= 400;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpFailed) {
            // A proxy or load balancer answered, not the API: keep the status, show the start of the body.
            return ApiError::http(kVendor, httpStatus, QString::fromUtf8(body.left(200)).simplified());
        }
        return ApiError::decode(
            kVendor, u"$"_s,
            parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("SphereCodec", "the body is not JSON (%1 at offset %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("SphereCodec", "the body is not a JSON object"));
    }
    const QJsonObject o = doc.object();
    const QJsonValue ok = o.value(u"ok"_s);
    const bool v1Envelope = o.contains(u"ok"_s) && o.contains(u"data"_s);
    if (httpFailed || (ok.isBool() && !ok.toBool())) {
        int status = httpStatus;
        if (!httpFailed && o.value(u"statusCode"_s).isDouble())
            status = o.value(u"statusCode"_s).toInt();
        ApiError error
            = ApiError::http(kVendor, status, QCoreApplication::translate("SphereCodec", "no message"));
        fillVendorError(error, o);
        return error;
    }
    if (!v1Envelope) {
        if (!ok.isUndefined() && !ok.isBool())
            return ApiError::decode(kVendor, u"ok"_s,
                                    QCoreApplication::translate("SphereCodec", "expected boolean"));
        return ApiError::decode(
            kVendor, o.contains(u"ok"_s) ? u"data"_s : u"ok"_s,
            QCoreApplication::translate("SphereCodec", "missing from the response envelope"));
    }
    if (!ok.isBool())
        return ApiError::decode(kVendor, u"ok"_s,
                                QCoreApplication::translate("SphereCodec", "expected boolean, got %1")
                                    .arg(JsonObjectReader::typeName(ok)));
    return o.value(u"data"_s);
}

Result<Customer> decodeCustomerResponse(int httpStatus, const QByteArray &body)
{
    return decodeData<Customer>(httpStatus, body, u"customer", readObject<Customer>);
}

Result<CustomerPage> decodeCustomerPageResponse(int httpStatus, const QByteArray &body)
{
    const Result<QJsonValue> data = unwrapEnvelope(httpStatus, body);
    if (!data)
        return withRequestId<CustomerPage>(data.error(), body);
    return withRequestId(decodeCustomerPage(data.value(), u"data"_s), body);
}

Result<Wallet> decodeWalletResponse(int httpStatus, const QByteArray &body)
{
    return decodeData<Wallet>(httpStatus, body, u"wallet", readObject<Wallet>);
}

Result<BankAccount> decodeBankAccountResponse(int httpStatus, const QByteArray &body)
{
    return decodeData<BankAccount>(httpStatus, body, u"bankAccount", readObject<BankAccount>);
}

Result<HostedLink> decodeHostedLinkResponse(HostedLinkKind kind, int httpStatus, const QByteArray &body)
{
    return decodeData<HostedLink>(httpStatus, body, kind == HostedLinkKind::Kyc ? u"kycLink" : u"tosLink",
                                  readObject<HostedLink>);
}

// Answers built in code (or decoded before `raw` was kept) are written in full, absent values as null.
QJsonObject encode(const HostedLink &link)
{
    return link.raw.isEmpty() ? fieldTable<HostedLink>().encode(link, AbsentFields::Omit) : link.raw;
}

QJsonObject encode(const Address &a)
{
    return fieldTable<Address>().encode(a, AbsentFields::Null);
}

QJsonObject encode(const Ubo &u)
{
    return fieldTable<Ubo>().encode(u, AbsentFields::Null);
}

QJsonObject encode(const VerificationLevel &l)
{
    return fieldTable<VerificationLevel>().encode(l, AbsentFields::Null);
}

QJsonObject encode(const Customer &c)
{
    return c.raw.isEmpty() ? fieldTable<Customer>().encode(c, AbsentFields::Null) : c.raw;
}

QJsonObject encode(const Wallet &w)
{
    return w.raw.isEmpty() ? fieldTable<Wallet>().encode(w, AbsentFields::Null) : w.raw;
}

QJsonObject encode(const BankAccount &b)
{
    return b.raw.isEmpty() ? fieldTable<BankAccount>().encode(b, AbsentFields::Null) : b.raw;
}

VendorEnum<CustomerType> customerTypeFromWire(const QString &raw)
{
    return enumFromWire<CustomerType>(raw);
}
VendorEnum<KycStatus> kycStatusFromWire(const QString &raw)
{
    return enumFromWire<KycStatus>(raw);
}

} // namespace SphereCodec
