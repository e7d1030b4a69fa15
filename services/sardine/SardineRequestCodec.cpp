#include "SardineRequestCodec.h"

#include "SardineCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sardine"_s;
const char *const kContext = "SardineRequestCodec";

// The keys the document's example and field reference give each object.
const QStringList kRequestKeys { u"flow"_s, u"sessionKey"_s, u"customer"_s };
const QStringList kCustomerKeys { u"id"_s,
                                  u"taxId"_s,
                                  u"firstName"_s,
                                  u"lastName"_s,
                                  u"dateOfBirth"_s,
                                  u"address"_s,
                                  u"transaction"_s,
                                  u"emailAddress"_s,
                                  u"isEmailVerified"_s,
                                  u"phone"_s,
                                  u"isPhoneVerified"_s,
                                  u"createdAtMillis"_s,
                                  u"createdAtMills"_s,
                                  u"personalInfo"_s };
const QStringList kAddressKeys { u"street1"_s,    u"street2"_s,    u"city"_s,
                                 u"regionCode"_s, u"postalCode"_s, u"countryCode"_s };
const QStringList kPersonalInfoKeys { u"source"_s,   u"firstName"_s, u"middleName"_s,
                                      u"lastName"_s, u"address"_s,   u"dateOfBirth"_s };
const QStringList kTransactionKeys { u"id"_s,           u"createdAtMillis"_s, u"amount"_s,
                                     u"itemCategory"_s, u"actionType"_s,      u"currencyCode"_s,
                                     u"paymentMethod"_s };
const QStringList kPaymentMethodKeys { u"type"_s, u"bank"_s };
const QStringList kBankKeys { u"accountNumber"_s, u"routingNumber"_s, u"accountType"_s, u"balance"_s,
                              u"balanceCurrencyCode"_s };

constexpr EnumNames<SardineAccountType, 3> kAccountTypes { { { SardineAccountType::Checking, u"checking" },
                                                             { SardineAccountType::Savings, u"savings" },
                                                             { SardineAccountType::Other, u"other" } } };
constexpr EnumNames<PersonalInfoSource, 3> kSources {
    { { PersonalInfoSource::IdVerification, u"id_verification" },
      { PersonalInfoSource::BankVerification, u"bank_verification" },
      { PersonalInfoSource::PhoneVerification, u"phone_verification" } }
};

template<typename E, std::size_t N> QStringList namesOf(const EnumNames<E, N> &names)
{
    QStringList out;
    for (const auto &[value, name] : names)
        out << name.toString();
    return out;
}

// A documented enum: the value must be one the document lists.
template<typename E>
VendorEnum<E> readEnum(RequestJsonReader &r, QStringView key, const QStringList &documented,
                       VendorEnum<E> (*fromWire)(const QString &))
{
    const auto raw = r.optString(key);
    if (!raw)
        return {};
    if (!documented.contains(*raw))
        RequestJsonReader::failAt(r.pathOf(key),
                                  QCoreApplication::translate(kContext, "expected one of %1, got \"%2\"")
                                      .arg(documented.join(u", "_s), *raw));
    return fromWire(*raw);
}

VendorEnum<SardineAccountType> accountTypeFromWire(const QString &raw)
{
    return enumFromString(kAccountTypes, raw);
}

VendorEnum<PersonalInfoSource> sourceFromWire(const QString &raw)
{
    return enumFromString(kSources, raw);
}

std::optional<SardineAddress> readAddress(RequestJsonReader &parent)
{
    auto r = parent.optObject(u"address", kAddressKeys);
    if (!r)
        return std::nullopt;
    SardineAddress a;
    a.street1 = r->optString(u"street1");
    a.street2 = r->optString(u"street2");
    a.city = r->optString(u"city");
    a.regionCode = r->optString(u"regionCode");
    a.postalCode = r->optString(u"postalCode");
    a.countryCode = r->optString(u"countryCode");
    return a;
}

std::optional<SardineBankAccount> readBank(RequestJsonReader &parent)
{
    auto b = parent.optObject(u"bank", kBankKeys);
    if (!b)
        return std::nullopt;
    SardineBankAccount bank;
    bank.accountNumber = b->optString(u"accountNumber");
    bank.routingNumber = b->optString(u"routingNumber");
    bank.accountType = readEnum(*b, u"accountType", namesOf(kAccountTypes), accountTypeFromWire);
    bank.balance = b->optInteger(u"balance");
    bank.balanceCurrencyCode = b->optString(u"balanceCurrencyCode");
    return bank;
}

std::optional<SardineTransaction> readTransaction(RequestJsonReader &customer)
{
    auto t = customer.optObject(u"transaction", kTransactionKeys);
    if (!t)
        return std::nullopt;
    SardineTransaction tx;
    tx.id = t->optString(u"id");
    tx.createdAtMillis = t->optInteger(u"createdAtMillis");
    tx.amount = t->optNumber(u"amount");
    tx.itemCategory = t->optString(u"itemCategory");
    tx.actionType
        = readEnum(*t, u"actionType", SardineCodec::actionTypes(), SardineCodec::actionTypeFromWire);
    tx.currencyCode = t->optString(u"currencyCode");
    if (auto pm = t->optObject(u"paymentMethod", kPaymentMethodKeys)) {
        SardinePaymentMethod method;
        method.type = pm->optString(u"type");
        method.bank = readBank(*pm);
        tx.paymentMethod = method;
    }
    return tx;
}

SardinePersonalInfo readPersonalInfo(const QJsonValue &value, const QString &path)
{
    RequestJsonReader p(value, path, kPersonalInfoKeys);
    SardinePersonalInfo info;
    info.source = readEnum(p, u"source", namesOf(kSources), sourceFromWire);
    info.firstName = p.optString(u"firstName");
    info.middleName = p.optString(u"middleName");
    info.lastName = p.optString(u"lastName");
    info.address = readAddress(p);
    info.dateOfBirth = p.optString(u"dateOfBirth");
    return info;
}

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
    auto c = r.optObject(u"customer", kCustomerKeys);
    if (!c)
        RequestJsonReader::failAt(r.pathOf(u"customer"), QCoreApplication::translate(kContext, "missing"));
    SardineCustomer &customer = req.customer;
    const auto id = c->optString(u"id");
    if (!id)
        RequestJsonReader::failAt(c->pathOf(u"id"), QCoreApplication::translate(kContext, "missing"));
    customer.id = *id;
    customer.taxId = c->optString(u"taxId");
    customer.firstName = c->optString(u"firstName");
    customer.lastName = c->optString(u"lastName");
    customer.dateOfBirth = c->optString(u"dateOfBirth");
    customer.address = readAddress(*c);
    customer.transaction = readTransaction(*c);
    customer.emailAddress = c->optString(u"emailAddress");
    customer.isEmailVerified = c->optBool(u"isEmailVerified");
    customer.phone = c->optString(u"phone");
    customer.isPhoneVerified = c->optBool(u"isPhoneVerified");
    if (c->has(u"createdAtMillis") && c->has(u"createdAtMills"))
        RequestJsonReader::failAt(c->pathOf(u"createdAtMills"),
                                  QCoreApplication::translate(kContext,
                                                              "give the creation time once: createdAtMillis "
                                                              "or createdAtMills (the document's spelling)"));
    customer.createdAtSpelledMills = c->has(u"createdAtMills");
    customer.createdAtMillis
        = c->optInteger(customer.createdAtSpelledMills ? u"createdAtMills" : u"createdAtMillis");
    customer.personalInfo = c->optList<SardinePersonalInfo>(u"personalInfo", readPersonalInfo);
    return req;
}

template<typename E> void putEnum(QJsonObject &o, const QString &key, const VendorEnum<E> &e)
{
    if (!e.null)
        o.insert(key, e.raw);
}

// Whole numbers as JSON integers, never with an exponent or a fraction.
void putInteger(QJsonObject &o, const QString &key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, *v);
}

QJsonObject encodeAddress(const SardineAddress &a)
{
    QJsonObject o;
    putIfSet(o, u"street1"_s, a.street1);
    putIfSet(o, u"street2"_s, a.street2);
    putIfSet(o, u"city"_s, a.city);
    putIfSet(o, u"regionCode"_s, a.regionCode);
    putIfSet(o, u"postalCode"_s, a.postalCode);
    putIfSet(o, u"countryCode"_s, a.countryCode);
    return o;
}

QJsonObject encodeTransaction(const SardineTransaction &t)
{
    QJsonObject tx;
    putIfSet(tx, u"id"_s, t.id);
    putInteger(tx, u"createdAtMillis"_s, t.createdAtMillis);
    putIfSet(tx, u"amount"_s, t.amount);
    putIfSet(tx, u"itemCategory"_s, t.itemCategory);
    putEnum(tx, u"actionType"_s, t.actionType);
    putIfSet(tx, u"currencyCode"_s, t.currencyCode);
    if (t.paymentMethod) {
        QJsonObject pm;
        putIfSet(pm, u"type"_s, t.paymentMethod->type);
        if (t.paymentMethod->bank) {
            const SardineBankAccount &b = *t.paymentMethod->bank;
            QJsonObject bank;
            putIfSet(bank, u"accountNumber"_s, b.accountNumber);
            putIfSet(bank, u"routingNumber"_s, b.routingNumber);
            putEnum(bank, u"accountType"_s, b.accountType);
            putInteger(bank, u"balance"_s, b.balance);
            putIfSet(bank, u"balanceCurrencyCode"_s, b.balanceCurrencyCode);
            pm.insert(u"bank"_s, bank);
        }
        tx.insert(u"paymentMethod"_s, pm);
    }
    return tx;
}

} // namespace

namespace SardineRequestCodec {

QJsonObject encode(const SardineCustomerRequest &request)
{
    const SardineCustomer &c = request.customer;
    QJsonObject customer { { u"id"_s, c.id } };
    putIfSet(customer, u"taxId"_s, c.taxId);
    putIfSet(customer, u"firstName"_s, c.firstName);
    putIfSet(customer, u"lastName"_s, c.lastName);
    putIfSet(customer, u"dateOfBirth"_s, c.dateOfBirth);
    if (c.address)
        customer.insert(u"address"_s, encodeAddress(*c.address));
    if (c.transaction)
        customer.insert(u"transaction"_s, encodeTransaction(*c.transaction));
    putIfSet(customer, u"emailAddress"_s, c.emailAddress);
    putIfSet(customer, u"isEmailVerified"_s, c.isEmailVerified);
    putIfSet(customer, u"phone"_s, c.phone);
    putIfSet(customer, u"isPhoneVerified"_s, c.isPhoneVerified);
    putInteger(customer, c.createdAtSpelledMills ? u"createdAtMills"_s : u"createdAtMillis"_s,
               c.createdAtMillis);
    if (c.personalInfo) {
        QJsonArray infos;
        for (const SardinePersonalInfo &p : *c.personalInfo) {
            QJsonObject info;
            putEnum(info, u"source"_s, p.source);
            putIfSet(info, u"firstName"_s, p.firstName);
            putIfSet(info, u"middleName"_s, p.middleName);
            putIfSet(info, u"lastName"_s, p.lastName);
            if (p.address)
                info.insert(u"address"_s, encodeAddress(*p.address));
            putIfSet(info, u"dateOfBirth"_s, p.dateOfBirth);
            infos.append(info);
        }
        customer.insert(u"personalInfo"_s, infos);
    }
    QJsonObject out { { u"customer"_s, customer } };
    putIfSet(out, u"flow"_s, request.flow);
    putIfSet(out, u"sessionKey"_s, request.sessionKey);
    return out;
}

QByteArray encodeBody(const SardineCustomerRequest &request)
{
    return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
}

Result<SardineCustomerRequest> decode(const QJsonObject &json, const QString &path)
{
    try {
        return readRequest(json, path);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

Result<SardineCustomerRequest> decodeBody(const QByteArray &body, const QString &path)
{
    try {
        return readRequest(RequestJsonReader::parse(body, path), path);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

} // namespace SardineRequestCodec
