#pragma once

// Compares what went over the wire with what the caller gave, key by key, type by type, at every
// depth, and says each difference in words ("customer.address.street2: added", "dob.day: 23 →
// 24"). Key order is not compared: JSON objects have none. Numbers compare as JSON numbers (1000
// and 1000.0 are one number).

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace JsonWireDiff {

inline QString typeName(const QJsonValue &v)
{
    return JsonObjectReader::typeName(v);
}

inline QString text(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

inline QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

inline void collect(const QJsonValue &given, const QJsonValue &sent, const QString &path, QStringList &out)
{
    const QString where = path.isEmpty() ? QStringLiteral("$") : path;
    if (given.type() != sent.type()) {
        out.append(where
                   + QStringLiteral(": %1 %2 became %3 %4")
                         .arg(typeName(given), text(given), typeName(sent), text(sent)));
        return;
    }
    if (given.isObject()) {
        const QJsonObject a = given.toObject();
        const QJsonObject b = sent.toObject();
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!b.contains(it.key()))
                out.append(join(path, it.key()) + QStringLiteral(": dropped"));
            else
                collect(it.value(), b.value(it.key()), join(path, it.key()), out);
        }
        for (auto it = b.constBegin(); it != b.constEnd(); ++it)
            if (!a.contains(it.key()))
                out.append(join(path, it.key()) + QStringLiteral(": added (%1)").arg(text(it.value())));
        return;
    }
    if (given.isArray()) {
        const QJsonArray a = given.toArray();
        const QJsonArray b = sent.toArray();
        if (a.size() != b.size())
            out.append(where + QStringLiteral(": %1 elements became %2").arg(a.size()).arg(b.size()));
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            collect(a.at(i), b.at(i), where + u'[' + QString::number(i) + u']', out);
        return;
    }
    if (given != sent)
        out.append(where + QStringLiteral(": %1 became %2").arg(text(given), text(sent)));
}

// Empty when `sent` is exactly `given`.
inline QStringList differences(const QJsonValue &given, const QJsonValue &sent)
{
    QStringList out;
    collect(given, sent, QString(), out);
    return out;
}

// Every null and every empty string in `value`, by path: nothing a caller left out may be padded.
inline QStringList padding(const QJsonValue &value, const QString &path = QString())
{
    QStringList out;
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        out.append((path.isEmpty() ? QStringLiteral("$") : path) + QStringLiteral(": ") + text(value));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out += padding(it.value(), join(path, it.key()));
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            out += padding(a.at(i), path + u'[' + QString::number(i) + u']');
    }
    return out;
}

} // namespace JsonWireDiff
