#include "SardineCodec.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sardine"_s;

constexpr EnumNames<RiskLevel, 4> kLevels { { { RiskLevel::Low, u"low" },
                                              { RiskLevel::Medium, u"medium" },
                                              { RiskLevel::High, u"high" },
                                              { RiskLevel::VeryHigh, u"very_high" } } };
constexpr EnumNames<IndemnificationDecision, 4> kDecisions {
    { { IndemnificationDecision::Approved, u"approved" },
      { IndemnificationDecision::ConditionallyApproved, u"conditionally_approved" },
      { IndemnificationDecision::Rejected, u"rejected" },
      { IndemnificationDecision::DecisionUnknown, u"unknown" } }
};
constexpr EnumNames<SardineActionType, 9> kActions { { { SardineActionType::Buy, u"buy" },
                                                       { SardineActionType::Sell, u"sell" },
                                                       { SardineActionType::Deposit, u"deposit" },
                                                       { SardineActionType::Exchange, u"exchange" },
                                                       { SardineActionType::Withdraw, u"withdraw" },
                                                       { SardineActionType::Refund, u"refund" },
                                                       { SardineActionType::Payment, u"payment" },
                                                       { SardineActionType::Topup, u"topup" },
                                                       { SardineActionType::Transfer, u"transfer" } } };
template<typename E, std::size_t N>
VendorEnum<E> readEnum(JsonObjectReader &r, QStringView key, const EnumNames<E, N> &names)
{
    const auto raw = r.optString(key);
    return raw ? enumFromString(names, *raw) : VendorEnum<E> {};
}

template<typename E> void putEnum(QJsonObject &o, const QString &key, const VendorEnum<E> &e)
{
    if (!e.null)
        o.insert(key, e.raw);
}

IdentityAddress readIdentityAddress(JsonObjectReader &r)
{
    return { r.optString(u"street"), r.optString(u"city"), r.optString(u"region"),
             r.optString(u"postalCode") };
}

QJsonObject encodeIdentityAddress(const IdentityAddress &a)
{
    QJsonObject o;
    putIfSet(o, u"street"_s, a.street);
    putIfSet(o, u"city"_s, a.city);
    putIfSet(o, u"region"_s, a.region);
    putIfSet(o, u"postalCode"_s, a.postalCode);
    return o;
}

RiskResult readRisk(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    RiskResult out;
    out.sessionKey = r.optString(u"sessionKey");
    out.level = readEnum(r, u"level", kLevels);
    out.status = r.optString(u"status");
    if (auto c = r.optObject(u"customer")) {
        out.customerScore = c->optNumber(u"score");
        out.customerLevel = readEnum(*c, u"level", kLevels);
        out.signals = c->list<RiskSignal>(u"signals", [](const QJsonValue &sv, const QString &sp) {
            JsonObjectReader s(sv, sp);
            RiskSignal signal;
            signal.key = s.requireString(u"key");
            signal.value = s.optRaw(u"value");
            signal.reasonCodes = s.stringList(u"reasonCodes");
            return signal;
        });
    }
    if (auto t = r.optObject(u"transaction")) {
        out.transactionLevel = readEnum(*t, u"level", kLevels);
        out.amlLevel = readEnum(*t, u"amlLevel", kLevels);
        if (auto ind = t->optObject(u"indemnification")) {
            Indemnification i;
            i.decision = readEnum(*ind, u"decision", kDecisions);
            i.instantLimit = ind->optInteger(u"instantLimit");
            i.holdAmount = ind->optInteger(u"holdAmount");
            i.holdTime = ind->optInteger(u"holdTime");
            i.verificationCode = ind->optString(u"verificationCode");
            out.indemnification = i;
        }
    }
    if (auto cps = r.optObject(u"checkpoints")) {
        const QJsonObject all = v.toObject().value(u"checkpoints"_s).toObject();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (it.key() != u"customer") {
                out.otherCheckpoints.insert(it.key(), it.value());
                continue;
            }
            JsonObjectReader customer(it.value(), cps->pathOf(u"customer"));
            const QJsonObject named = it.value().toObject();
            for (auto cp = named.constBegin(); cp != named.constEnd(); ++cp) {
                JsonObjectReader c(cp.value(), customer.pathOf(cp.key()));
                Checkpoint checkpoint;
                checkpoint.name = cp.key();
                checkpoint.value = c.optString(u"value").value_or(QString());
                // ruleIds are documented as an array of objects in one place and of ids in practice:
                // accept strings and numbers, show objects as their JSON text.
                const QJsonArray ids = c.optRaw(u"ruleIds").toArray();
                for (const QJsonValue &id : ids) {
                    if (id.isString())
                        checkpoint.ruleIds << id.toString();
                    else if (id.isDouble())
                        checkpoint.ruleIds << QString::number(id.toDouble(), 'g', 15);
                    else if (id.isObject() && !id.toObject().isEmpty())
                        checkpoint.ruleIds
                            << QString::fromUtf8(QJsonDocument(id.toObject()).toJson(QJsonDocument::Compact));
                }
                out.customerCheckpoints.append(checkpoint);
            }
        }
    }
    out.rules = r.optRaw(u"rules");
    out.features = r.optObjectRaw(u"features");
    out.unknownFields = r.unknownFields();
    return out;
}

IdentityEntity readIdentity(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    IdentityEntity e;
    if (auto d = r.optObject(u"documentKyc"))
        e.documentKyc = IdentityDocumentImages { d->optString(u"front"), d->optString(u"back"),
                                                 d->optString(u"selfie") };
    if (auto d = r.optObject(u"documentData")) {
        IdentityDocumentData data;
        data.documentType = d->optString(u"documentType");
        data.documentNumber = d->optString(u"documentNumber");
        data.dateOfBirth = d->optString(u"dateOfBirth");
        data.expiryDate = d->optString(u"expiryDate");
        data.issuingCountry = d->optString(u"issuingCountry");
        data.firstName = d->optString(u"firstName");
        data.lastName = d->optString(u"lastName");
        data.gender = d->optString(u"gender");
        if (auto a = d->optObject(u"address"))
            data.address = readIdentityAddress(*a);
        e.documentData = data;
    }
    if (auto p = r.optObject(u"profile")) {
        IdentityProfile profile;
        profile.clientId = p->optString(u"clientId");
        profile.userId = p->optString(u"userId");
        profile.consentId = p->optString(u"consentId");
        profile.consentedAt = p->optTimestamp(u"consentedAt");
        profile.revokedAt = p->optTimestamp(u"revokedAt");
        profile.primaryIdentity = p->optBool(u"primaryIdentity");
        profile.clientName = p->optString(u"clientName");
        profile.fullName = p->optString(u"fullName");
        profile.dateOfBirth = p->optString(u"dateOfBirth");
        profile.emailAddress = p->optString(u"emailAddress");
        profile.phoneNumber = p->optString(u"phoneNumber");
        if (auto a = p->optObject(u"address"))
            profile.address = readIdentityAddress(*a);
        e.profile = profile;
    }
    e.level = readEnum(r, u"level", kLevels);
    e.customer = r.optObjectRaw(u"customer");
    e.unknownFields = r.unknownFields();
    return e;
}

template<typename T>
Result<T> decodeBare(int httpStatus, const QByteArray &body, T (*reader)(const QJsonValue &, const QString &))
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (httpStatus >= 400) {
        QString message = QString::fromUtf8(body.left(200)).simplified();
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (const QString &k : { u"message"_s, u"error"_s, u"detail"_s }) {
                if (o.value(k).isString()) {
                    message = o.value(k).toString();
                    break;
                }
            }
        }
        return ApiError::http(kVendor, httpStatus,
                              message.isEmpty() ? QCoreApplication::translate("SardineCodec", "no message")
                                                : message);
    }
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::decode(kVendor, u"$"_s,
                                QCoreApplication::translate("SardineCodec", "the body is not JSON (%1)")
                                    .arg(parseError.errorString()));
    try {
        return reader(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString());
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path.isEmpty() ? u"$"_s : failure.path, failure.message);
    }
}

} // namespace

namespace SardineCodec {

VendorEnum<RiskLevel> riskLevelFromWire(const QString &raw)
{
    return enumFromString(kLevels, raw);
}
VendorEnum<IndemnificationDecision> decisionFromWire(const QString &raw)
{
    return enumFromString(kDecisions, raw);
}
VendorEnum<SardineActionType> actionTypeFromWire(const QString &raw)
{
    return enumFromString(kActions, raw);
}

QStringList actionTypes()
{
    QStringList out;
    for (const auto &[value, name] : kActions)
        out << name.toString();
    return out;
}

Result<RiskResult> decodeRiskResponse(int httpStatus, const QByteArray &body)
{
    return decodeBare<RiskResult>(httpStatus, body, readRisk);
}

Result<IdentityEntity> decodeIdentityResponse(int httpStatus, const QByteArray &body)
{
    return decodeBare<IdentityEntity>(httpStatus, body, readIdentity);
}

QJsonObject encode(const RiskResult &r)
{
    QJsonObject out = r.unknownFields;
    putIfSet(out, u"sessionKey"_s, r.sessionKey);
    putEnum(out, u"level"_s, r.level);
    putIfSet(out, u"status"_s, r.status);
    QJsonObject customer;
    putIfSet(customer, u"score"_s, r.customerScore);
    putEnum(customer, u"level"_s, r.customerLevel);
    QJsonArray signals;
    for (const RiskSignal &s : r.signals) {
        QJsonObject o { { u"key"_s, s.key }, { u"value"_s, s.value } };
        if (!s.reasonCodes.isEmpty())
            o.insert(u"reasonCodes"_s, QJsonArray::fromStringList(s.reasonCodes));
        signals.append(o);
    }
    customer.insert(u"signals"_s, signals);
    out.insert(u"customer"_s, customer);
    QJsonObject tx;
    putEnum(tx, u"level"_s, r.transactionLevel);
    putEnum(tx, u"amlLevel"_s, r.amlLevel);
    if (r.indemnification) {
        QJsonObject ind;
        putEnum(ind, u"decision"_s, r.indemnification->decision);
        if (r.indemnification->instantLimit)
            ind.insert(u"instantLimit"_s, double(*r.indemnification->instantLimit));
        if (r.indemnification->holdAmount)
            ind.insert(u"holdAmount"_s, double(*r.indemnification->holdAmount));
        if (r.indemnification->holdTime)
            ind.insert(u"holdTime"_s, double(*r.indemnification->holdTime));
        putIfSet(ind, u"verificationCode"_s, r.indemnification->verificationCode);
        tx.insert(u"indemnification"_s, ind);
    }
    if (!tx.isEmpty())
        out.insert(u"transaction"_s, tx);
    QJsonObject checkpoints = r.otherCheckpoints;
    QJsonObject customerCheckpoints;
    for (const Checkpoint &c : r.customerCheckpoints)
        customerCheckpoints.insert(
            c.name,
            QJsonObject { { u"value"_s, c.value }, { u"ruleIds"_s, QJsonArray::fromStringList(c.ruleIds) } });
    if (!customerCheckpoints.isEmpty())
        checkpoints.insert(u"customer"_s, customerCheckpoints);
    if (!checkpoints.isEmpty())
        out.insert(u"checkpoints"_s, checkpoints);
    if (!r.rules.isUndefined())
        out.insert(u"rules"_s, r.rules);
    if (!r.features.isEmpty())
        out.insert(u"features"_s, r.features);
    return out;
}

QJsonObject encode(const IdentityEntity &e)
{
    QJsonObject out = e.unknownFields;
    if (e.documentKyc) {
        QJsonObject d;
        putIfSet(d, u"front"_s, e.documentKyc->front);
        putIfSet(d, u"back"_s, e.documentKyc->back);
        putIfSet(d, u"selfie"_s, e.documentKyc->selfie);
        out.insert(u"documentKyc"_s, d);
    }
    if (e.documentData) {
        const IdentityDocumentData &dd = *e.documentData;
        QJsonObject d;
        putIfSet(d, u"documentType"_s, dd.documentType);
        putIfSet(d, u"documentNumber"_s, dd.documentNumber);
        putIfSet(d, u"dateOfBirth"_s, dd.dateOfBirth);
        putIfSet(d, u"expiryDate"_s, dd.expiryDate);
        putIfSet(d, u"issuingCountry"_s, dd.issuingCountry);
        putIfSet(d, u"firstName"_s, dd.firstName);
        putIfSet(d, u"lastName"_s, dd.lastName);
        putIfSet(d, u"gender"_s, dd.gender);
        if (dd.address)
            d.insert(u"address"_s, encodeIdentityAddress(*dd.address));
        out.insert(u"documentData"_s, d);
    }
    if (e.profile) {
        const IdentityProfile &p = *e.profile;
        QJsonObject o;
        putIfSet(o, u"clientId"_s, p.clientId);
        putIfSet(o, u"userId"_s, p.userId);
        putIfSet(o, u"consentId"_s, p.consentId);
        if (p.consentedAt)
            o.insert(u"consentedAt"_s, p.consentedAt->toUTC().toString(Qt::ISODate));
        o.insert(u"revokedAt"_s,
                 p.revokedAt ? QJsonValue(p.revokedAt->toUTC().toString(Qt::ISODate)) : QJsonValue());
        putIfSet(o, u"primaryIdentity"_s, p.primaryIdentity);
        putIfSet(o, u"clientName"_s, p.clientName);
        putIfSet(o, u"fullName"_s, p.fullName);
        putIfSet(o, u"dateOfBirth"_s, p.dateOfBirth);
        putIfSet(o, u"emailAddress"_s, p.emailAddress);
        putIfSet(o, u"phoneNumber"_s, p.phoneNumber);
        if (p.address)
            o.insert(u"address"_s, encodeIdentityAddress(*p.address));
        out.insert(u"profile"_s, o);
    }
    putEnum(out, u"level"_s, e.level);
    out.insert(u"customer"_s, e.customer);
    return out;
}

} // namespace SardineCodec
