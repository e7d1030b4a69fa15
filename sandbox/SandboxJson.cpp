#include "SandboxJson.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace SandboxJson {

QByteArray string(const QString &text)
{
    // Hand-written rather than borrowed from QJsonDocument: seeding serialises millions of small
    // strings and a document per string would dominate the seeding time.
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        QByteArray out("{");
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out.append(',');
            out.append(string(it.key()));
            out.append(':');
            out.append(value(it.value()));
        }
        out.append('}');
        return out;
    }
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        QByteArray out("[");
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            out.append(value(array.at(i)));
        }
        out.append(']');
        return out;
    }
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double:
        if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            return QByteArray::number(v.toInteger());
        return QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return string(v.toString());
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        break;
    }
    return QByteArrayLiteral("null");
}

QByteArray orderedObject(const QJsonObject &object, const QList<QLatin1String> &keys)
{
    return orderedObject(object, keys, {});
}

QByteArray orderedObject(const QJsonObject &object, const QList<QLatin1String> &keys,
                         const std::function<QByteArray(QLatin1String key, const QJsonValue &value)> &nested)
{
    QByteArray out;
    out.reserve(256);
    out.append('{');
    bool first = true;
    auto emitKey = [&](const QString &key, const QByteArray &text) {
        if (!first)
            out.append(',');
        first = false;
        out.append(string(key));
        out.append(':');
        out.append(text);
    };
    qsizetype known = 0;
    for (const QLatin1String &key : keys) {
        const QJsonValue v = object.value(key);
        known += v.isUndefined() ? 0 : 1;
        QByteArray text = nested ? nested(key, v) : QByteArray();
        emitKey(key, text.isNull() ? value(v) : text);
    }
    // Extra keys are rare (vendor additions, never our own output): only then pay for the lookup.
    if (known != object.size()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                emitKey(it.key(), value(it.value()));
        }
    }
    out.append('}');
    return out;
}

namespace {

const QList<QLatin1String> &addressKeys()
{
    static const QList<QLatin1String> keys { "line1"_L1,      "line2"_L1, "city"_L1,
                                             "postalCode"_L1, "state"_L1, "country"_L1 };
    return keys;
}

QByteArray address(const QJsonValue &v)
{
    return v.isObject() ? orderedObject(v.toObject(), addressKeys()) : QByteArrayLiteral("null");
}

QByteArray ubo(const QJsonObject &u)
{
    static const QList<QLatin1String> keys { "id"_L1,        "requirements"_L1, "email"_L1,
                                             "firstName"_L1, "lastName"_L1,     "phoneNumber"_L1,
                                             "address"_L1,   "created"_L1,      "updated"_L1 };
    return orderedObject(u, keys, [](QLatin1String key, const QJsonValue &v) {
        return key == "address"_L1 ? address(v) : QByteArray();
    });
}

} // namespace

QByteArray customer(const QJsonObject &c)
{
    static const QList<QLatin1String> keys {
        "id"_L1,
        "meta"_L1,
        "description"_L1,
        "sourceOfFunds"_L1,
        "thirdParty"_L1,
        "thirdPartyMessage"_L1,
        "lookupKey"_L1,
        "type"_L1,
        "kyc"_L1,
        "tos"_L1,
        "msa"_L1,
        "euAccountTos"_L1,
        "operatingResidency"_L1,
        "isProhibitedBusinessType"_L1,
        "website"_L1,
        "additionalReviewRequiredReason"_L1,
        "requirements"_L1,
        "address"_L1,
        "ubos"_L1,
        "email"_L1,
        "firstName"_L1,
        "lastName"_L1,
        "phoneNumber"_L1,
        "mock"_L1,
        "wallets"_L1,
        "bankAccounts"_L1,
        "achPullUserIntentId"_L1,
        "verificationLevels"_L1,
        "created"_L1,
        "updated"_L1,
    };
    return orderedObject(c, keys, [](QLatin1String key, const QJsonValue &v) {
        if (key == "address"_L1)
            return address(v);
        if (key != "ubos"_L1 || !v.isArray())
            return QByteArray();
        QByteArray list("[");
        const QJsonArray ubos = v.toArray();
        for (qsizetype i = 0; i < ubos.size(); ++i) {
            if (i)
                list.append(',');
            list.append(ubo(ubos.at(i).toObject()));
        }
        list.append(']');
        return list;
    });
}

QByteArray wallet(const QJsonObject &w)
{
    static const QList<QLatin1String> keys { "id"_L1,        "address"_L1, "network"_L1,  "nickname"_L1,
                                             "customer"_L1,  "owner"_L1,   "risk"_L1,     "primary"_L1,
                                             "feePayer"_L1,  "signed"_L1,  "exported"_L1, "mock"_L1,
                                             "lookupKey"_L1, "created"_L1, "updated"_L1 };
    return orderedObject(w, keys);
}

QByteArray bankAccount(const QJsonObject &b)
{
    static const QList<QLatin1String> keys { "id"_L1,
                                             "status"_L1,
                                             "customer"_L1,
                                             "bankName"_L1,
                                             "accountName"_L1,
                                             "accountHolderName"_L1,
                                             "accountType"_L1,
                                             "currency"_L1,
                                             "accountNumber"_L1,
                                             "routingNumber"_L1,
                                             "last4"_L1,
                                             "created"_L1,
                                             "updated"_L1 };
    return orderedObject(b, keys);
}

} // namespace SandboxJson
