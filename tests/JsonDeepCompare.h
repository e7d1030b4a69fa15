#pragma once

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The first place where two JSON values differ — same keys, same types, same values, at every
// depth — as "path: what differs", or an empty string when they are equal. Numbers compare
// exactly (an integer that became a string, or 1.5 that became 1, is a difference).
namespace JsonDeepCompare {

// The decoders' names for JSON types, so a difference reads like their errors; a value that is
// not there at all is "absent".
inline QString typeName(const QJsonValue &v)
{
    return v.isUndefined() ? QStringLiteral("absent") : JsonObjectReader::typeName(v);
}

inline QString firstDifference(const QJsonValue &expected, const QJsonValue &actual,
                               const QString &path = QStringLiteral("$"))
{
    if (expected.type() != actual.type())
        return path + QStringLiteral(": expected ") + typeName(expected) + QStringLiteral(", got ")
            + typeName(actual);
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            const QString sub = path + u'.' + it.key();
            if (!a.contains(it.key()))
                return sub + QStringLiteral(": missing");
            const QString d = firstDifference(it.value(), a.value(it.key()), sub);
            if (!d.isEmpty())
                return d;
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!e.contains(it.key()))
                return path + u'.' + it.key() + QStringLiteral(": not in the answer (invented)");
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return path + QStringLiteral(": expected %1 elements, got %2").arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = firstDifference(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected != actual)
        return path + QStringLiteral(": expected ") + expected.toVariant().toString()
            + QStringLiteral(", got ") + actual.toVariant().toString();
    return {};
}

} // namespace JsonDeepCompare
