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
    IdentityAddress a {
        r.optString(u"street"), r.optString(u"city"), r.optString(u"region"), r.optString(u"postalCode"), {}
    };
    a.unknownFields = r.unknownFields();
    return a;
}

QJsonObject encodeIdentityAddress(const IdentityAddress &a)
{
    QJsonObject o = a.unknownFields;
    putIfSet(o, u"street"_s, a.street);
    putIfSet(o, u"city"_s, a.city);
    putIfSet(o, u"region"_s, a.region);
    putIfSet(o, u"postalCode"_s, a.postalCode);
    return o;
}

// A required key of an answer: its absence means the body is not the answer that was asked for
// (`{}`, or another vendor's error envelope sent with status 200).
void requireKeys(const QJsonValue &v, const QString &path, std::initializer_list<QStringView> keys)
{
    const QJsonObject o = v.toObject();
    for (QStringView key : keys) {
        if (!o.contains(key))
            JsonObjectReader::failAt(path.isEmpty() ? key.toString() : path + u'.' + key,
                                     QCoreApplication::translate("SardineCodec", "missing from the answer"));
    }
}

RiskSignal readSignal(const QJsonValue &sv, const QString &sp)
{
    JsonObjectReader s(sv, sp);
    RiskSignal signal;
    signal.key = s.requireString(u"key");
    signal.value = s.optRaw(u"value");
    signal.reasonCodes = s.stringList(u"reasonCodes");
    signal.unknownFields = s.unknownFields();
    return signal;
}

Checkpoint readCheckpoint(const QString &name, const QJsonValue &v, const QString &path)
{
    JsonObjectReader c(v, path);
    Checkpoint checkpoint;
    checkpoint.name = name;
    checkpoint.value = c.optString(u"value").value_or(QString());
    const QJsonValue ids = c.optRaw(u"ruleIds");
    if (!ids.isUndefined() && !ids.isNull() && !ids.isArray())
        c.fail(u"ruleIds", ids, u"array"_s);
    checkpoint.ruleIdValues = ids.toArray();
    for (const QJsonValue &id : std::as_const(checkpoint.ruleIdValues))
        checkpoint.ruleIds << SardineCodec::ruleIdText(id);
    checkpoint.unknownFields = c.unknownFields();
    return checkpoint;
}

RiskResult readRisk(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    requireKeys(v, path, { u"sessionKey", u"level", u"status" });
    RiskResult out;
    out.sessionKey = r.requireString(u"sessionKey");
    out.level = enumFromString(kLevels, r.requireString(u"level"));
    out.status = r.requireString(u"status");
    if (auto c = r.optObject(u"customer")) {
        out.customerScore = c->optNumber(u"score");
        out.customerLevel = readEnum(*c, u"level", kLevels);
        out.signals = c->list<RiskSignal>(u"signals", readSignal);
        out.customerUnknownFields = c->unknownFields();
    }
    if (auto t = r.optObject(u"transaction")) {
        out.transactionLevel = readEnum(*t, u"level", kLevels);
        out.amlLevel = readEnum(*t, u"amlLevel", kLevels);
        if (auto ind = t->optObject(u"indemnification")) {
            Indemnification i;
            i.decision = readEnum(*ind, u"decision", kDecisions);
            i.instantLimit = ind->optInteger(u"instantLimit");
            i.holdAmount = ind->optInteger(u"holdAmount");
            // UNIX seconds up to the end of year 9999: QDateTime's range, and any real hold.
            i.holdTime = ind->optInteger(u"holdTime", 0, 253402300799);
            i.verificationCode = ind->optString(u"verificationCode");
            i.unknownFields = ind->unknownFields();
            out.indemnification = i;
        }
        out.transactionUnknownFields = t->unknownFields();
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
            for (auto cp = named.constBegin(); cp != named.constEnd(); ++cp)
                out.customerCheckpoints.append(
                    readCheckpoint(cp.key(), cp.value(), customer.pathOf(cp.key())));
        }
    }
    out.rules = r.optRaw(u"rules");
    out.features = r.optObjectRaw(u"features");
    out.unknownFields = r.unknownFields();
    out.raw = v.toObject();
    return out;
}

QList<RiskResult> readHistory(const QJsonValue &v, const QString &path)
{
    if (!v.isArray())
        JsonObjectReader::failAt(
            path.isEmpty() ? u"$"_s : path,
            QCoreApplication::translate("SardineCodec", "expected an array of past results, got %1")
                .arg(JsonObjectReader::typeName(v)));
    const QJsonArray array = v.toArray();
    QList<RiskResult> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(readRisk(array.at(i), u'[' + QString::number(i) + u']'));
    return out;
}

IdentityEntity readIdentity(const QJsonValue &v, const QString &path)
{
    JsonObjectReader r(v, path);
    const QJsonObject o = v.toObject();
    // A part that is null says nothing: `{"level": null}` is no more an identity than `{}`.
    const auto given = [&o](const QString &key) { return o.contains(key) && !o.value(key).isNull(); };
    if (!given(u"documentKyc"_s) && !given(u"documentData"_s) && !given(u"profile"_s) && !given(u"level"_s)
        && !given(u"customer"_s))
        JsonObjectReader::failAt(
            path.isEmpty() ? u"$"_s : path,
            QCoreApplication::translate("SardineCodec",
                                        "not an identity entity: none of documentKyc, documentData, "
                                        "profile, level, customer is present"));
    IdentityEntity e;
    if (auto d = r.optObject(u"documentKyc")) {
        e.documentKyc = IdentityDocumentImages {
            d->optString(u"front"), d->optString(u"back"), d->optString(u"selfie"), {}
        };
        e.documentKyc->unknownFields = d->unknownFields();
    }
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
        data.unknownFields = d->unknownFields();
        e.documentData = data;
    }
    if (auto p = r.optObject(u"profile")) {
        IdentityProfile profile;
        profile.clientId = p->optString(u"clientId");
        profile.userId = p->optString(u"userId");
        profile.consentId = p->optString(u"consentId");
        profile.consentedAt = p->optTimestamp(u"consentedAt", &profile.consentedAtText);
        profile.revokedAt = p->optTimestamp(u"revokedAt", &profile.revokedAtText);
        profile.primaryIdentity = p->optBool(u"primaryIdentity");
        profile.clientName = p->optString(u"clientName");
        profile.fullName = p->optString(u"fullName");
        profile.dateOfBirth = p->optString(u"dateOfBirth");
        profile.emailAddress = p->optString(u"emailAddress");
        profile.phoneNumber = p->optString(u"phoneNumber");
        if (auto a = p->optObject(u"address"))
            profile.address = readIdentityAddress(*a);
        profile.unknownFields = p->unknownFields();
        e.profile = profile;
    }
    e.level = readEnum(r, u"level", kLevels);
    if (const QJsonObject customer = r.optObjectRaw(u"customer"); o.value(u"customer"_s).isObject())
        e.customer = customer;
    e.unknownFields = r.unknownFields();
    e.raw = o;
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

Result<QList<RiskResult>> decodeHistoryResponse(int httpStatus, const QByteArray &body)
{
    return decodeBare<QList<RiskResult>>(httpStatus, body, readHistory);
}

QString ruleIdText(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    if (id.isObject()) {
        const QJsonObject o = id.toObject();
        for (const QString &key : { u"id"_s, u"name"_s }) {
            if (o.value(key).isString())
                return o.value(key).toString();
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (id.isBool())
        return id.toBool() ? u"true"_s : u"false"_s;
    return u"null"_s;
}

QJsonObject encode(const RiskResult &r)
{
    return r.raw.isEmpty() ? encodeFields(r) : r.raw;
}

QJsonObject encode(const IdentityEntity &e)
{
    return e.raw.isEmpty() ? encodeFields(e) : e.raw;
}

QJsonObject encodeFields(const RiskResult &r)
{
    QJsonObject out = r.unknownFields;
    putIfSet(out, u"sessionKey"_s, r.sessionKey);
    putEnum(out, u"level"_s, r.level);
    putIfSet(out, u"status"_s, r.status);
    QJsonObject customer = r.customerUnknownFields;
    putIfSet(customer, u"score"_s, r.customerScore);
    putEnum(customer, u"level"_s, r.customerLevel);
    if (!r.signals.isEmpty()) {
        QJsonArray signals;
        for (const RiskSignal &s : r.signals) {
            QJsonObject o = s.unknownFields;
            o.insert(u"key"_s, s.key);
            if (!s.value.isUndefined())
                o.insert(u"value"_s, s.value);
            if (!s.reasonCodes.isEmpty())
                o.insert(u"reasonCodes"_s, QJsonArray::fromStringList(s.reasonCodes));
            signals.append(o);
        }
        customer.insert(u"signals"_s, signals);
    }
    if (!customer.isEmpty())
        out.insert(u"customer"_s, customer);
    QJsonObject tx = r.transactionUnknownFields;
    putEnum(tx, u"level"_s, r.transactionLevel);
    putEnum(tx, u"amlLevel"_s, r.amlLevel);
    if (r.indemnification) {
        const Indemnification &i = *r.indemnification;
        QJsonObject ind = i.unknownFields;
        putEnum(ind, u"decision"_s, i.decision);
        for (const auto &[key, amount] :
             { std::pair { u"instantLimit"_s, i.instantLimit }, std::pair { u"holdAmount"_s, i.holdAmount },
               std::pair { u"holdTime"_s, i.holdTime } }) {
            if (amount)
                ind.insert(key, double(*amount));
        }
        putIfSet(ind, u"verificationCode"_s, i.verificationCode);
        tx.insert(u"indemnification"_s, ind);
    }
    if (!tx.isEmpty())
        out.insert(u"transaction"_s, tx);
    QJsonObject checkpoints = r.otherCheckpoints;
    QJsonObject customerCheckpoints;
    for (const Checkpoint &c : r.customerCheckpoints) {
        QJsonObject o = c.unknownFields;
        o.insert(u"value"_s, c.value);
        o.insert(u"ruleIds"_s,
                 c.ruleIdValues.isEmpty() && !c.ruleIds.isEmpty() ? QJsonArray::fromStringList(c.ruleIds)
                                                                  : c.ruleIdValues);
        customerCheckpoints.insert(c.name, o);
    }
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

QJsonObject encodeFields(const IdentityEntity &e)
{
    QJsonObject out = e.unknownFields;
    if (e.documentKyc) {
        QJsonObject d = e.documentKyc->unknownFields;
        putIfSet(d, u"front"_s, e.documentKyc->front);
        putIfSet(d, u"back"_s, e.documentKyc->back);
        putIfSet(d, u"selfie"_s, e.documentKyc->selfie);
        out.insert(u"documentKyc"_s, d);
    }
    if (e.documentData) {
        const IdentityDocumentData &dd = *e.documentData;
        QJsonObject d = dd.unknownFields;
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
        QJsonObject o = p.unknownFields;
        putIfSet(o, u"clientId"_s, p.clientId);
        putIfSet(o, u"userId"_s, p.userId);
        putIfSet(o, u"consentId"_s, p.consentId);
        if (p.consentedAt)
            o.insert(u"consentedAt"_s,
                     p.consentedAtText.isEmpty() ? toIsoTimestamp(*p.consentedAt) : p.consentedAtText);
        if (p.revokedAt)
            o.insert(u"revokedAt"_s,
                     p.revokedAtText.isEmpty() ? toIsoTimestamp(*p.revokedAt) : p.revokedAtText);
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
    if (e.customer)
        out.insert(u"customer"_s, *e.customer);
    return out;
}

} // namespace SardineCodec
