#include "SardineCodec.h"

#include "JsonReader.h"
#include "SardineFields.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sardine"_s;

template<typename E> VendorEnum<E> readEnum(JsonObjectReader &r, QStringView key)
{
    const auto raw = r.optString(key);
    return raw ? enumFromWire<E>(*raw) : VendorEnum<E> {};
}

template<typename E> void putEnum(QJsonObject &o, const QString &key, const VendorEnum<E> &e)
{
    if (!e.null)
        o.insert(key, e.raw);
}

template<typename T> T readObject(const QJsonValue &v, const QString &path)
{
    return fieldTable<T>().decode(v, path);
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
    out.level = enumFromWire<RiskLevel>(r.requireString(u"level"));
    out.status = r.requireString(u"status");
    if (auto c = r.optObject(u"customer")) {
        out.customerScore = c->optNumber(u"score");
        out.customerLevel = readEnum<RiskLevel>(*c, u"level");
        out.signals = c->list<RiskSignal>(u"signals", readObject<RiskSignal>);
        out.customerUnknownFields = c->unknownFields();
    }
    if (auto t = r.optObject(u"transaction")) {
        out.transactionLevel = readEnum<RiskLevel>(*t, u"level");
        out.amlLevel = readEnum<RiskLevel>(*t, u"amlLevel");
        if (auto ind = t->optObject(u"indemnification")) {
            Indemnification i;
            fieldTable<Indemnification>().readInto(*ind, i);
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
    // A part that is null says nothing: `{"level": null}` is no more an identity than `{}`.
    const QStringList &parts = fieldTable<IdentityEntity>().keys();
    if (std::none_of(parts.cbegin(), parts.cend(), [&r](const QString &key) { return r.isGiven(key); }))
        JsonObjectReader::failAt(
            path.isEmpty() ? u"$"_s : path,
            QCoreApplication::translate("SardineCodec",
                                        "not an identity entity: none of documentKyc, documentData, "
                                        "profile, level, customer is present"));
    IdentityEntity e;
    fieldTable<IdentityEntity>().readInto(r, e);
    e.raw = v.toObject();
    return e;
}

SardineFeedbackReceipt readFeedbackReceipt(const QJsonValue &v, const QString &path)
{
    // Only Sardine's own acknowledgement counts: `{}` or another vendor's envelope with a 200 is not
    // a feedback taken, and the outbox must keep it.
    JsonObjectReader r(v, path);
    requireKeys(v, path, { u"status" });
    SardineFeedbackReceipt receipt;
    receipt.status = r.requireString(u"status");
    if (receipt.status.compare(u"success"_s, Qt::CaseInsensitive) != 0)
        JsonObjectReader::failAt(
            path.isEmpty() ? u"status"_s : path + u".status"_s,
            QCoreApplication::translate("SardineCodec", "expected \"Success\", got \"%1\"")
                .arg(receipt.status));
    receipt.raw = v.toObject();
    return receipt;
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

VendorEnum<SardineActionType> actionTypeFromWire(const QString &raw)
{
    return enumFromWire<SardineActionType>(raw);
}

QStringList actionTypes()
{
    return enumWireNames<SardineActionType>();
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

Result<SardineFeedbackReceipt> decodeFeedbackResponse(int httpStatus, const QByteArray &body)
{
    return decodeBare<SardineFeedbackReceipt>(httpStatus, body, readFeedbackReceipt);
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
        for (const RiskSignal &signal : r.signals)
            signals.append(fieldTable<RiskSignal>().encode(signal, AbsentFields::Omit));
        customer.insert(u"signals"_s, signals);
    }
    if (!customer.isEmpty())
        out.insert(u"customer"_s, customer);
    QJsonObject tx = r.transactionUnknownFields;
    putEnum(tx, u"level"_s, r.transactionLevel);
    putEnum(tx, u"amlLevel"_s, r.amlLevel);
    if (r.indemnification)
        tx.insert(u"indemnification"_s,
                  fieldTable<Indemnification>().encode(*r.indemnification, AbsentFields::Omit));
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
    return fieldTable<IdentityEntity>().encode(e, AbsentFields::Omit);
}

} // namespace SardineCodec
