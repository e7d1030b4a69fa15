#pragma once

#include <functional>
#include <limits>
#include <optional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Beyond 2^53 a JSON number (a double) no longer names one integer: 2^53 + 1 reads as 2^53.
inline constexpr qint64 kMaxExactJsonInteger = qint64(1) << 53;

// Thrown inside a codec only, and caught at its boundary (JsonReader::run), where it becomes an
// ApiError::Decode. Keeps the codecs linear instead of checking a result after every field.
struct JsonDecodeFailure
{
    QString path;
    QString message;
};

// Strict, path-aware reading of one JSON object: wrong types fail with the field's JSON path;
// fields that are read are remembered so the rest can be kept as "unknown fields".
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonValue &value, QString path);

    const QString &path() const { return m_path; }
    QString pathOf(QStringView key) const;
    bool isGiven(QStringView key) const; // present and not null (does not count as reading it)

    QString requireString(QStringView key);
    std::optional<QString> optString(QStringView key);
    std::optional<bool> optBool(QStringView key);
    bool boolOr(QStringView key, bool fallbackWhenAbsent);
    std::optional<double> optNumber(QStringView key);
    // Whole numbers within [min, max] (by default every integer a JSON number names exactly);
    // anything else fails naming the field and the range.
    std::optional<qint64> optInteger(QStringView key, qint64 min = -kMaxExactJsonInteger,
                                     qint64 max = kMaxExactJsonInteger);
    qint64 requireInteger(QStringView key, qint64 min = -kMaxExactJsonInteger,
                          qint64 max = kMaxExactJsonInteger);
    std::optional<int> optInt(QStringView key, int min = std::numeric_limits<int>::min(),
                              int max = std::numeric_limits<int>::max());
    int requireInt(QStringView key, int min = std::numeric_limits<int>::min(),
                   int max = std::numeric_limits<int>::max());
    QDateTime requireTimestamp(QStringView key);
    // `text`, when given, receives the vendor's own text (fractional digits as sent).
    std::optional<QDateTime> optTimestamp(QStringView key, QString *text = nullptr);
    QStringList stringList(QStringView key); // null or absent -> empty
    QJsonObject optObjectRaw(QStringView key); // null or absent -> empty
    QJsonValue optRaw(QStringView key); // any type, for fields the vendor leaves untyped
    std::optional<JsonObjectReader> optObject(QStringView key);

    template<typename T>
    QList<T> list(QStringView key, const std::function<T(const QJsonValue &, const QString &)> &decodeElement)
    {
        const QJsonArray array = takeArray(key, QStringLiteral("array"));
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            out.append(decodeElement(array.at(i), elementPath(key, i)));
        return out;
    }

    // Everything not read so far. Reading marks keys in a small bitset indexed by their position
    // in the object, so decoding a field costs no allocation (a page holds 1 000 customers).
    QJsonObject unknownFields() const;

    [[noreturn]] void fail(QStringView key, const QJsonValue &got, const QString &expected) const;
    [[noreturn]] static void failAt(const QString &path, const QString &message);
    static QString typeName(const QJsonValue &value);

private:
    // The array under `key`, empty when it is null or absent; anything else fails as not `expected`.
    QJsonArray takeArray(QStringView key, const QString &expected);
    QString elementPath(QStringView key, qsizetype index) const;

    QJsonValue take(QStringView key);
    // Absent or null is "not set"; any other value must pass isExpected, or the read fails.
    std::optional<QJsonValue> takeOptional(QStringView key, bool (QJsonValue::*isExpected)() const,
                                           const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QList<QString> m_keys; // the object's keys, in its order
    quint64 m_readMask = 0; // bit i: m_keys[i] was read (objects of more than 64 keys fall back)
    QList<bool> m_readMore;
};

// The one place a JSON number becomes an integer: a double outside the target type is undefined
// behaviour in C++ (1e19 → int64 printed as -9223372036854776000), so every conversion checks that
// `value` is whole and within [min, max] (which must lie within ±kMaxExactJsonInteger) and throws a
// JsonDecodeFailure at `path` naming the range otherwise.
qint64 checkedJsonInteger(double value, const QString &path, qint64 min = -kMaxExactJsonInteger,
                          qint64 max = kMaxExactJsonInteger);

// Encoding helpers shared by the codecs that omit absent optional fields (Sardine, Yativo).
template<typename T> void putIfSet(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

// A timestamp as the decoders accept it (ISO 8601, with or without milliseconds); invalid otherwise.
QDateTime parseJsonTimestamp(const QString &text);

// Timestamps as Sphere writes them: ISO 8601 UTC with milliseconds.
QString toIsoTimestamp(const QDateTime &dt);
