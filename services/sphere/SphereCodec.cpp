#include "SphereCodec.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sphere"_s;

constexpr EnumNames<CustomerType, 2> kCustomerTypes { { { CustomerType::Individual, u"individual" },
                                                        { CustomerType::Business, u"business" } } };
constexpr EnumNames<KycStatus, 5> kKycStatuses { { { KycStatus::Incomplete, u"incomplete" },
                                                   { KycStatus::Pending, u"pending" },
                                                   { KycStatus::AdditionalReviewRequired,
                                                     u"additionalReviewRequired" },
                                                   { KycStatus::Approved, u"approved" },
                                                   { KycStatus::Rejected, u"rejected" } } };
constexpr EnumNames<TosStatus, 3> kTosStatuses { { { TosStatus::Incomplete, u"incomplete" },
                                                   { TosStatus::Pending, u"pending" },
                                                   { TosStatus::Approved, u"approved" } } };
constexpr EnumNames<MsaStatus, 5> kMsaStatuses { { { MsaStatus::Incomplete, u"incomplete" },
                                                   { MsaStatus::Pending, u"pending" },
                                                   { MsaStatus::Approved, u"approved" },
                                                   { MsaStatus::Declined, u"declined" },
                                                   { MsaStatus::Voided, u"voided" } } };
constexpr EnumNames<OperatingResidencyStatus, 3> kResidencyStatuses {
    { { OperatingResidencyStatus::Incomplete, u"incomplete" },
      { OperatingResidencyStatus::Approved, u"approved" },
      { OperatingResidencyStatus::Rejected, u"rejected" } }
};
constexpr EnumNames<VerificationLevelName, 1> kLevelNames { { { VerificationLevelName::AchPull,
                                                                u"ach_pull" } } };
constexpr EnumNames<VerificationStatus, 8> kVerificationStatuses {
    { { VerificationStatus::Approved, u"approved" },
      { VerificationStatus::Pending, u"pending" },
      { VerificationStatus::Retry, u"retry" },
      { VerificationStatus::Document, u"document" },
      { VerificationStatus::Suspended, u"suspended" },
      { VerificationStatus::Rejected, u"rejected" },
      { VerificationStatus::Incomplete, u"incomplete" },
      { VerificationStatus::ConvertedToUser, u"convereted_to_user" } }
};
constexpr EnumNames<WalletOwner, 3> kWalletOwners { { { WalletOwner::Customer, u"customer" },
                                                      { WalletOwner::Merchant, u"merchant" },
                                                      { WalletOwner::Bridge, u"bridge" } } };
constexpr EnumNames<BankAccountStatus, 4> kBankStatuses { { { BankAccountStatus::Pending, u"pending" },
                                                            { BankAccountStatus::Active, u"active" },
                                                            { BankAccountStatus::Inactive, u"inactive" },
                                                            { BankAccountStatus::Invalid, u"invalid" } } };
constexpr EnumNames<BankAccountType, 2> kBankTypes { { { BankAccountType::Checking, u"checking" },
                                                       { BankAccountType::Savings, u"savings" } } };

template<typename E, std::size_t N>
VendorEnum<E> readEnum(JsonObjectReader &r, QStringView key, const EnumNames<E, N> &names, bool required)
{
    if (required)
        return enumFromString(names, r.requireString(key));
    const auto raw = r.optString(key);
    return raw ? enumFromString(names, *raw) : VendorEnum<E> {};
}

template<typename E> QJsonValue enumJson(const VendorEnum<E> &e)
{
    return e.null ? QJsonValue(QJsonValue::Null) : QJsonValue(e.raw);
}

QJsonValue optJson(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestampJson(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(toIsoTimestamp(dt)) : QJsonValue(QJsonValue::Null);
}

void mergeUnknown(QJsonObject &out, const QJsonObject &unknown)
{
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it)
        out.insert(it.key(), it.value());
}

Address readAddress(JsonObjectReader &r)
{
    Address a;
    a.line1 = r.optString(u"line1");
    a.line2 = r.optString(u"line2");
    a.city = r.optString(u"city");
    a.postalCode = r.optString(u"postalCode");
    a.state = r.optString(u"state");
    a.country = r.optString(u"country");
    return a;
}

std::optional<Address> readOptAddress(JsonObjectReader &parent)
{
    auto r = parent.optObject(u"address");
    if (!r)
        return std::nullopt;
    return readAddress(*r);
}

Ubo readUbo(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    Ubo u;
    u.id = r.requireString(u"id");
    u.requirements = r.stringList(u"requirements");
    u.email = r.optString(u"email");
    u.firstName = r.optString(u"firstName");
    u.lastName = r.optString(u"lastName");
    u.phoneNumber = r.optString(u"phoneNumber");
    u.address = readOptAddress(r);
    if (auto c = r.optTimestamp(u"created"))
        u.created = *c;
    if (auto c = r.optTimestamp(u"updated"))
        u.updated = *c;
    u.unknownFields = r.unknownFields();
    return u;
}

VerificationLevel readLevel(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    VerificationLevel l;
    l.name = readEnum(r, u"name", kLevelNames, true);
    l.status = readEnum(r, u"status", kVerificationStatuses, true);
    l.requirements = r.stringList(u"requirements");
    l.unknownFields = r.unknownFields();
    return l;
}

Customer readCustomer(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    Customer c;
    c.id = r.requireString(u"id");
    c.meta = r.optObjectRaw(u"meta");
    c.description = r.optString(u"description");
    c.sourceOfFunds = r.optString(u"sourceOfFunds");
    c.thirdParty = r.optBool(u"thirdParty");
    c.thirdPartyMessage = r.optString(u"thirdPartyMessage");
    c.lookupKey = r.optString(u"lookupKey");
    c.type = readEnum(r, u"type", kCustomerTypes, true);
    c.kyc = readEnum(r, u"kyc", kKycStatuses, true);
    c.tos = readEnum(r, u"tos", kTosStatuses, false);
    c.msa = readEnum(r, u"msa", kMsaStatuses, false);
    c.euAccountTos = readEnum(r, u"euAccountTos", kTosStatuses, false);
    c.operatingResidency = readEnum(r, u"operatingResidency", kResidencyStatuses, false);
    c.isProhibitedBusinessType = r.optBool(u"isProhibitedBusinessType");
    c.website = r.optString(u"website");
    c.additionalReviewRequiredReason = r.optString(u"additionalReviewRequiredReason");
    c.requirements = r.stringList(u"requirements");
    c.address = readOptAddress(r);
    c.ubos = r.list<Ubo>(u"ubos", readUbo);
    c.email = r.optString(u"email");
    c.firstName = r.optString(u"firstName");
    c.lastName = r.optString(u"lastName");
    c.phoneNumber = r.optString(u"phoneNumber");
    c.mock = r.optBool(u"mock");
    c.wallets = r.stringList(u"wallets");
    c.bankAccounts = r.stringList(u"bankAccounts");
    c.achPullUserIntentId = r.optString(u"achPullUserIntentId");
    c.verificationLevels = r.list<VerificationLevel>(u"verificationLevels", readLevel);
    c.created = r.requireTimestamp(u"created");
    c.updated = r.requireTimestamp(u"updated");
    c.unknownFields = r.unknownFields();
    c.raw = v.toObject();
    return c;
}

Wallet readWallet(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    Wallet w;
    w.id = r.requireString(u"id");
    w.address = r.optString(u"address");
    w.network = r.optString(u"network");
    w.nickname = r.optString(u"nickname");
    w.customer = r.optString(u"customer");
    w.owner = readEnum(r, u"owner", kWalletOwners, false);
    w.risk = r.optRaw(u"risk");
    w.primary = r.optBool(u"primary");
    w.feePayer = r.optBool(u"feePayer");
    w.isSigned = r.optBool(u"signed");
    w.exported = r.optTimestamp(u"exported");
    w.mock = r.optBool(u"mock");
    w.lookupKey = r.optString(u"lookupKey");
    w.created = r.requireTimestamp(u"created");
    w.updated = r.requireTimestamp(u"updated");
    w.unknownFields = r.unknownFields();
    w.raw = v.toObject();
    return w;
}

BankAccount readBankAccount(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    BankAccount b;
    b.id = r.requireString(u"id");
    b.status = readEnum(r, u"status", kBankStatuses, false);
    b.customer = r.optString(u"customer");
    b.bankName = r.optString(u"bankName");
    b.accountName = r.optString(u"accountName");
    b.accountHolderName = r.optString(u"accountHolderName");
    b.accountType = readEnum(r, u"accountType", kBankTypes, false);
    b.currency = r.optString(u"currency");
    b.accountNumber = r.optString(u"accountNumber");
    b.routingNumber = r.optString(u"routingNumber");
    b.last4 = r.optString(u"last4");
    b.created = r.requireTimestamp(u"created");
    b.updated = r.requireTimestamp(u"updated");
    b.unknownFields = r.unknownFields();
    b.raw = v.toObject();
    return b;
}

HostedLink readHostedLink(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    HostedLink link;
    link.url = r.requireString(u"url");
    link.customer = r.optString(u"customer");
    link.expiresAt = r.optTimestamp(u"expiresAt");
    link.unknownFields = r.unknownFields();
    link.raw = v.toObject();
    return link;
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
    page.customers = r.list<Customer>(u"customers", readCustomer);
    page.pagination
        = readPagination(QJsonValue(v.toObject().value(u"pagination"_s)), r.pathOf(u"pagination"));
    return page;
}

template<typename T, typename F>
Result<T> runDecoder(F &&decoder, const QJsonValue &json, const QString &path)
{
    try {
        return decoder(json, path);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
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
    return runDecoder<Customer>(readCustomer, json, path);
}

Result<CustomerPage> decodeCustomerPage(const QJsonValue &data, const QString &path)
{
    return runDecoder<CustomerPage>(readCustomerPage, data, path);
}

Result<Wallet> decodeWallet(const QJsonValue &json, const QString &path)
{
    return runDecoder<Wallet>(readWallet, json, path);
}

Result<BankAccount> decodeBankAccount(const QJsonValue &json, const QString &path)
{
    return runDecoder<BankAccount>(readBankAccount, json, path);
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
    return decodeData<Customer>(httpStatus, body, u"customer", readCustomer);
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
    return decodeData<Wallet>(httpStatus, body, u"wallet", readWallet);
}

Result<BankAccount> decodeBankAccountResponse(int httpStatus, const QByteArray &body)
{
    return decodeData<BankAccount>(httpStatus, body, u"bankAccount", readBankAccount);
}

Result<HostedLink> decodeHostedLinkResponse(HostedLinkKind kind, int httpStatus, const QByteArray &body)
{
    return decodeData<HostedLink>(httpStatus, body, kind == HostedLinkKind::Kyc ? u"kycLink" : u"tosLink",
                                  readHostedLink);
}

QJsonObject encode(const HostedLink &link)
{
    if (!link.raw.isEmpty())
        return link.raw;
    QJsonObject o = link.unknownFields;
    o.insert(u"url"_s, link.url);
    putIfSet(o, u"customer"_s, link.customer);
    if (link.expiresAt)
        o.insert(u"expiresAt"_s, toIsoTimestamp(*link.expiresAt));
    return o;
}

QJsonObject encode(const Address &a)
{
    return QJsonObject { { u"line1"_s, optJson(a.line1) }, { u"line2"_s, optJson(a.line2) },
                         { u"city"_s, optJson(a.city) },   { u"postalCode"_s, optJson(a.postalCode) },
                         { u"state"_s, optJson(a.state) }, { u"country"_s, optJson(a.country) } };
}

static QJsonValue addressJson(const std::optional<Address> &a)
{
    return a ? QJsonValue(encode(*a)) : QJsonValue(QJsonValue::Null);
}

QJsonObject encode(const Ubo &u)
{
    QJsonObject o { { u"id"_s, u.id },
                    { u"requirements"_s, QJsonArray::fromStringList(u.requirements) },
                    { u"email"_s, optJson(u.email) },
                    { u"firstName"_s, optJson(u.firstName) },
                    { u"lastName"_s, optJson(u.lastName) },
                    { u"phoneNumber"_s, optJson(u.phoneNumber) },
                    { u"address"_s, addressJson(u.address) },
                    { u"created"_s, timestampJson(u.created) },
                    { u"updated"_s, timestampJson(u.updated) } };
    mergeUnknown(o, u.unknownFields);
    return o;
}

QJsonObject encode(const VerificationLevel &l)
{
    QJsonObject o { { u"name"_s, enumJson(l.name) },
                    { u"status"_s, enumJson(l.status) },
                    { u"requirements"_s, QJsonArray::fromStringList(l.requirements) } };
    mergeUnknown(o, l.unknownFields);
    return o;
}

QJsonObject encode(const Customer &c)
{
    if (!c.raw.isEmpty())
        return c.raw;
    QJsonArray ubos;
    for (const Ubo &u : c.ubos)
        ubos.append(encode(u));
    QJsonArray levels;
    for (const VerificationLevel &l : c.verificationLevels)
        levels.append(encode(l));
    QJsonObject o { { u"id"_s, c.id },
                    { u"meta"_s, c.meta },
                    { u"description"_s, optJson(c.description) },
                    { u"sourceOfFunds"_s, optJson(c.sourceOfFunds) },
                    { u"thirdParty"_s, optJson(c.thirdParty) },
                    { u"thirdPartyMessage"_s, optJson(c.thirdPartyMessage) },
                    { u"lookupKey"_s, optJson(c.lookupKey) },
                    { u"type"_s, enumJson(c.type) },
                    { u"kyc"_s, enumJson(c.kyc) },
                    { u"tos"_s, enumJson(c.tos) },
                    { u"msa"_s, enumJson(c.msa) },
                    { u"euAccountTos"_s, enumJson(c.euAccountTos) },
                    { u"operatingResidency"_s, enumJson(c.operatingResidency) },
                    { u"isProhibitedBusinessType"_s, optJson(c.isProhibitedBusinessType) },
                    { u"website"_s, optJson(c.website) },
                    { u"additionalReviewRequiredReason"_s, optJson(c.additionalReviewRequiredReason) },
                    { u"requirements"_s, QJsonArray::fromStringList(c.requirements) },
                    { u"address"_s, addressJson(c.address) },
                    { u"ubos"_s, ubos },
                    { u"email"_s, optJson(c.email) },
                    { u"firstName"_s, optJson(c.firstName) },
                    { u"lastName"_s, optJson(c.lastName) },
                    { u"phoneNumber"_s, optJson(c.phoneNumber) },
                    { u"mock"_s, optJson(c.mock) },
                    { u"wallets"_s, QJsonArray::fromStringList(c.wallets) },
                    { u"bankAccounts"_s, QJsonArray::fromStringList(c.bankAccounts) },
                    { u"achPullUserIntentId"_s, optJson(c.achPullUserIntentId) },
                    { u"verificationLevels"_s, levels },
                    { u"created"_s, timestampJson(c.created) },
                    { u"updated"_s, timestampJson(c.updated) } };
    mergeUnknown(o, c.unknownFields);
    return o;
}

QJsonObject encode(const Wallet &w)
{
    if (!w.raw.isEmpty())
        return w.raw;
    QJsonObject o { { u"id"_s, w.id },
                    { u"address"_s, optJson(w.address) },
                    { u"network"_s, optJson(w.network) },
                    { u"nickname"_s, optJson(w.nickname) },
                    { u"customer"_s, optJson(w.customer) },
                    { u"owner"_s, enumJson(w.owner) },
                    { u"risk"_s, w.risk.isUndefined() ? QJsonValue(QJsonValue::Null) : w.risk },
                    { u"primary"_s, optJson(w.primary) },
                    { u"feePayer"_s, optJson(w.feePayer) },
                    { u"signed"_s, optJson(w.isSigned) },
                    { u"exported"_s, w.exported ? timestampJson(*w.exported) : QJsonValue(QJsonValue::Null) },
                    { u"mock"_s, optJson(w.mock) },
                    { u"lookupKey"_s, optJson(w.lookupKey) },
                    { u"created"_s, timestampJson(w.created) },
                    { u"updated"_s, timestampJson(w.updated) } };
    mergeUnknown(o, w.unknownFields);
    return o;
}

QJsonObject encode(const BankAccount &b)
{
    if (!b.raw.isEmpty())
        return b.raw;
    QJsonObject o { { u"id"_s, b.id },
                    { u"status"_s, enumJson(b.status) },
                    { u"customer"_s, optJson(b.customer) },
                    { u"bankName"_s, optJson(b.bankName) },
                    { u"accountName"_s, optJson(b.accountName) },
                    { u"accountHolderName"_s, optJson(b.accountHolderName) },
                    { u"accountType"_s, enumJson(b.accountType) },
                    { u"currency"_s, optJson(b.currency) },
                    { u"accountNumber"_s, optJson(b.accountNumber) },
                    { u"routingNumber"_s, optJson(b.routingNumber) },
                    { u"last4"_s, optJson(b.last4) },
                    { u"created"_s, timestampJson(b.created) },
                    { u"updated"_s, timestampJson(b.updated) } };
    mergeUnknown(o, b.unknownFields);
    return o;
}

QString toWire(CustomerType v)
{
    return enumFromValue(kCustomerTypes, v).raw;
}
QString toWire(KycStatus v)
{
    return enumFromValue(kKycStatuses, v).raw;
}
QString toWire(TosStatus v)
{
    return enumFromValue(kTosStatuses, v).raw;
}
QString toWire(MsaStatus v)
{
    return enumFromValue(kMsaStatuses, v).raw;
}
VendorEnum<CustomerType> customerTypeFromWire(const QString &raw)
{
    return enumFromString(kCustomerTypes, raw);
}
VendorEnum<KycStatus> kycStatusFromWire(const QString &raw)
{
    return enumFromString(kKycStatuses, raw);
}
VendorEnum<TosStatus> tosStatusFromWire(const QString &raw)
{
    return enumFromString(kTosStatuses, raw);
}
VendorEnum<MsaStatus> msaStatusFromWire(const QString &raw)
{
    return enumFromString(kMsaStatuses, raw);
}

} // namespace SphereCodec
