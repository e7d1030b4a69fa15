#include "JsonReader.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
const char *const kContext = "JsonReader";
}

JsonObjectReader::JsonObjectReader(const QJsonValue &value, QString path) : m_path(std::move(path))
{
    if (!value.isObject())
        failAt(m_path,
               QCoreApplication::translate(kContext, "expected an object, got %1").arg(typeName(value)));
    m_object = value.toObject();
    m_keys = m_object.keys();
    if (m_keys.size() > 64)
        m_readMore.resize(m_keys.size());
}

QString JsonObjectReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

bool JsonObjectReader::isGiven(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return {};
}

void JsonObjectReader::fail(QStringView key, const QJsonValue &got, const QString &expected) const
{
    failAt(pathOf(key),
           QCoreApplication::translate(kContext, "expected %1, got %2").arg(expected, typeName(got)));
}

void JsonObjectReader::failAt(const QString &path, const QString &message)
{
    throw JsonDecodeFailure { path, message };
}

QJsonValue JsonObjectReader::take(QStringView key)
{
    // keys() is sorted; a binary search finds the position without building a QString.
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key,
                                     [](const QString &a, QStringView b) { return QStringView(a) < b; });
    if (it == m_keys.cend() || QStringView(*it) != key)
        return QJsonValue(QJsonValue::Undefined);
    const qsizetype index = it - m_keys.cbegin();
    if (index < 64)
        m_readMask |= quint64(1) << index;
    else
        m_readMore[index] = true;
    return m_object.value(*it);
}

std::optional<QJsonValue> JsonObjectReader::takeOptional(QStringView key,
                                                         bool (QJsonValue::*isExpected)() const,
                                                         const QString &expected)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!(v.*isExpected)())
        fail(key, v, expected);
    return v;
}

QString JsonObjectReader::requireString(QStringView key)
{
    const QJsonValue v = take(key);
    if (!v.isString())
        fail(key, v, QStringLiteral("string"));
    return v.toString();
}

std::optional<QString> JsonObjectReader::optString(QStringView key)
{
    const auto v = takeOptional(key, &QJsonValue::isString, QStringLiteral("string or null"));
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

std::optional<bool> JsonObjectReader::optBool(QStringView key)
{
    const auto v = takeOptional(key, &QJsonValue::isBool, QStringLiteral("boolean or null"));
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

bool JsonObjectReader::boolOr(QStringView key, bool fallbackWhenAbsent)
{
    return optBool(key).value_or(fallbackWhenAbsent);
}

std::optional<double> JsonObjectReader::optNumber(QStringView key)
{
    const auto v = takeOptional(key, &QJsonValue::isDouble, QStringLiteral("number or null"));
    return v ? std::optional<double>(v->toDouble()) : std::nullopt;
}

std::optional<qint64> JsonObjectReader::optInteger(QStringView key, qint64 min, qint64 max)
{
    const auto n = optNumber(key);
    if (!n)
        return std::nullopt;
    return checkedJsonInteger(*n, pathOf(key), min, max);
}

qint64 JsonObjectReader::requireInteger(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(key);
    const auto n = optInteger(key, min, max);
    if (!n)
        fail(key, v, QStringLiteral("number"));
    return *n;
}

std::optional<int> JsonObjectReader::optInt(QStringView key, int min, int max)
{
    const auto n = optInteger(key, min, max);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

int JsonObjectReader::requireInt(QStringView key, int min, int max)
{
    return int(requireInteger(key, min, max));
}

qint64 checkedJsonInteger(double value, const QString &path, qint64 min, qint64 max)
{
    Q_ASSERT(min >= -kMaxExactJsonInteger && max <= kMaxExactJsonInteger && min <= max);
    // min and max are exact as doubles (|x| <= 2^53), so these comparisons are exact; NaN fails both.
    const bool inRange = value >= double(min) && value <= double(max);
    if (!inRange || std::trunc(value) != value)
        throw JsonDecodeFailure { path,
                                  QCoreApplication::translate(kContext,
                                                              "expected a whole number from %1 to %2, got %3")
                                      .arg(min)
                                      .arg(max)
                                      .arg(QString::number(value, 'g', 17)) };
    return qint64(value);
}

QDateTime parseJsonTimestamp(const QString &s)
{
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt;
}

QDateTime JsonObjectReader::requireTimestamp(QStringView key)
{
    const QString s = requireString(key);
    const QDateTime dt = parseJsonTimestamp(s);
    if (!dt.isValid())
        failAt(pathOf(key),
               QCoreApplication::translate(kContext, "expected an ISO 8601 timestamp, got \"%1\"").arg(s));
    return dt;
}

std::optional<QDateTime> JsonObjectReader::optTimestamp(QStringView key, QString *text)
{
    const auto s = optString(key);
    if (!s)
        return std::nullopt;
    if (text)
        *text = *s;
    const QDateTime dt = parseJsonTimestamp(*s);
    if (!dt.isValid())
        failAt(pathOf(key),
               QCoreApplication::translate(kContext, "expected an ISO 8601 timestamp, got \"%1\"").arg(*s));
    return dt;
}

QJsonArray JsonObjectReader::takeArray(QStringView key, const QString &expected)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(key, v, expected);
    return v.toArray();
}

QString JsonObjectReader::elementPath(QStringView key, qsizetype index) const
{
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

QStringList JsonObjectReader::stringList(QStringView key)
{
    const QJsonArray array = takeArray(key, QStringLiteral("array of strings"));
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString())
            failAt(elementPath(key, i),
                   QCoreApplication::translate(kContext, "expected string, got %1").arg(typeName(item)));
        out.append(item.toString());
    }
    return out;
}

QJsonObject JsonObjectReader::optObjectRaw(QStringView key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(key, v, QStringLiteral("object or null"));
    return v.toObject();
}

QJsonValue JsonObjectReader::optRaw(QStringView key)
{
    return take(key);
}

std::optional<JsonObjectReader> JsonObjectReader::optObject(QStringView key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return JsonObjectReader(v, pathOf(key));
}

QJsonObject JsonObjectReader::unknownFields() const
{
    QJsonObject out;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const bool read = i < 64 ? (m_readMask & (quint64(1) << i)) != 0 : m_readMore.at(i);
        if (!read)
            out.insert(m_keys.at(i), m_object.value(m_keys.at(i)));
    }
    return out;
}

QString toIsoTimestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}
