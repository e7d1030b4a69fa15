#include "RequestJsonReader.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const char *const kContext = "RequestJsonReader";

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closestKey(const QString &key, const QStringList &known)
{
    QString best;
    int bestDistance = 3; // at most two edits away, or it is not a typo of that key
    for (const QString &candidate : known) {
        const int d = editDistance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace

RequestJsonReader::RequestJsonReader(const QJsonValue &value, QString path, const QStringList &knownKeys,
                                     NullPolicy nulls)
    : m_path(std::move(path)), m_nulls(nulls)
{
    requireObject(value, m_path);
    m_object = value.toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (knownKeys.contains(it.key()))
            continue;
        const QString best = closestKey(it.key(), knownKeys);
        failAt(pathOf(it.key()),
               best.isEmpty()
                   ? QCoreApplication::translate(kContext, "unknown field \"%1\"").arg(it.key())
                   : QCoreApplication::translate(kContext, "unknown field \"%1\"; did you mean \"%2\"?")
                         .arg(it.key(), best));
    }
}

QString RequestJsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

QString RequestJsonReader::elementPath(QStringView key, qsizetype index) const
{
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

bool RequestJsonReader::has(QStringView key) const
{
    return m_object.contains(key);
}

void RequestJsonReader::fail(QStringView key, const QJsonValue &got, const QString &expected) const
{
    failAt(pathOf(key),
           QCoreApplication::translate(kContext, "expected %1, got %2")
               .arg(expected, JsonObjectReader::typeName(got)));
}

void RequestJsonReader::failAt(const QString &path, const QString &message)
{
    JsonObjectReader::failAt(path, message);
}

QJsonValue RequestJsonReader::parse(const QByteArray &body, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        failAt(path.isEmpty() ? QStringLiteral("$") : path,
               QCoreApplication::translate(kContext, "not JSON: %1 at offset %2")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void RequestJsonReader::requireObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        failAt(path,
               QCoreApplication::translate(kContext, "expected an object, got %1")
                   .arg(JsonObjectReader::typeName(value)));
}

QJsonValue RequestJsonReader::present(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isNull())
        return v;
    if (m_nulls == NullPolicy::Absent)
        return QJsonValue(QJsonValue::Undefined);
    failAt(pathOf(key),
           QCoreApplication::translate(kContext,
                                       "null is not accepted: the vendor documents no way to clear a field "
                                       "with it; leave the key out to send nothing for it"));
}

QJsonValue RequestJsonReader::presentAs(QStringView key, bool (QJsonValue::*is)() const,
                                        const QString &expected) const
{
    const QJsonValue v = present(key);
    if (!v.isUndefined() && !(v.*is)())
        fail(key, v, expected);
    return v;
}

std::optional<QString> RequestJsonReader::optString(QStringView key)
{
    const QJsonValue v = presentAs(key, &QJsonValue::isString, QStringLiteral("string"));
    return v.isUndefined() ? std::nullopt : std::optional(v.toString());
}

std::optional<bool> RequestJsonReader::optBool(QStringView key)
{
    const QJsonValue v = presentAs(key, &QJsonValue::isBool, QStringLiteral("boolean"));
    return v.isUndefined() ? std::nullopt : std::optional(v.toBool());
}

std::optional<double> RequestJsonReader::optNumber(QStringView key)
{
    const QJsonValue v = presentAs(key, &QJsonValue::isDouble, QStringLiteral("number"));
    return v.isUndefined() ? std::nullopt : std::optional(v.toDouble());
}

std::optional<qint64> RequestJsonReader::optInteger(QStringView key, qint64 min, qint64 max)
{
    const auto n = optNumber(key);
    if (!n)
        return std::nullopt;
    // Beyond 2^53 a JSON number no longer names one integer, so it could not be sent back as given.
    return checkedJsonInteger(*n, pathOf(key), min, max);
}

std::optional<QJsonObject> RequestJsonReader::optObjectValue(QStringView key)
{
    const QJsonValue v = presentAs(key, &QJsonValue::isObject, QStringLiteral("object"));
    return v.isUndefined() ? std::nullopt : std::optional(v.toObject());
}

std::optional<QStringList> RequestJsonReader::optStringList(QStringView key)
{
    const QJsonValue v = presentAs(key, &QJsonValue::isArray, QStringLiteral("array of strings"));
    if (v.isUndefined())
        return std::nullopt;
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            failAt(elementPath(key, i),
                   QCoreApplication::translate(kContext, "expected string, got %1")
                       .arg(JsonObjectReader::typeName(array.at(i))));
        out.append(array.at(i).toString());
    }
    return out;
}

std::optional<RequestJsonReader> RequestJsonReader::optObject(QStringView key, const QStringList &knownKeys)
{
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return std::nullopt;
    return RequestJsonReader(v, pathOf(key), knownKeys, m_nulls);
}
