#pragma once

// Strict reading of a request body the caller wrote (`kycdesk-cli … --from-json FILE`, drafts), for
// every vendor: each object may hold only the keys the vendor documents for it, each value must
// have the documented type, and a key that is absent stays absent, so the encoder can send exactly
// what was given. Failures throw JsonDecodeFailure (JsonReader.h) with the JSON path of the first
// offender; the codec turns it into an ApiError::Decode at its boundary.
//
// `null` is refused by default: no vendor document defines it as "clear this field", and sending
// something undefined is worse than saying so. Drafts written by older builds carried padding
// nulls; they are read with NullPolicy::Absent.

#include "JsonReader.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class RequestJsonReader
{
public:
    enum class NullPolicy { Refuse, Absent };

    // Fails when `value` is not an object or holds a key that `knownKeys` does not list (the first
    // such key in sorted order, with the closest known key when it looks like a typo).
    RequestJsonReader(const QJsonValue &value, QString path, const QStringList &knownKeys,
                      NullPolicy nulls = NullPolicy::Refuse);

    const QString &path() const { return m_path; }
    QString pathOf(QStringView key) const;
    NullPolicy nullPolicy() const { return m_nulls; }
    bool has(QStringView key) const; // present (null counts as present)

    std::optional<QString> optString(QStringView key);
    std::optional<bool> optBool(QStringView key); // true/false only: "false" is a string
    std::optional<double> optNumber(QStringView key);
    // A whole number within [min, max] (checkedJsonInteger): by default any exactly representable one.
    std::optional<qint64> optInteger(QStringView key, qint64 min = -kMaxExactJsonInteger,
                                     qint64 max = kMaxExactJsonInteger);
    std::optional<QJsonObject> optObjectValue(QStringView key); // any object, kept as given
    std::optional<QStringList> optStringList(QStringView key);
    std::optional<RequestJsonReader> optObject(QStringView key, const QStringList &knownKeys);

    template<typename T>
    std::optional<QList<T>>
    optList(QStringView key, const std::function<T(const QJsonValue &, const QString &)> &decodeElement)
    {
        const QJsonValue v = presentAs(key, &QJsonValue::isArray, QStringLiteral("array"));
        if (v.isUndefined())
            return std::nullopt;
        QList<T> out;
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            out.append(decodeElement(array.at(i), elementPath(key, i)));
        return out;
    }

    QString elementPath(QStringView key, qsizetype index) const;
    [[noreturn]] void fail(QStringView key, const QJsonValue &got, const QString &expected) const;
    [[noreturn]] static void failAt(const QString &path, const QString &message);
    // A request file's bytes as JSON (object or array: the reader says which it wanted); throws
    // "not JSON" with the parser's offset at `path` ("$" when empty).
    static QJsonValue parse(const QByteArray &body, const QString &path);
    // Throws unless `value` is an object, for elements read by a caller's lambda.
    static void requireObject(const QJsonValue &value, const QString &path);

private:
    // The value, or Undefined when absent (or null under NullPolicy::Absent); throws on a refused null.
    QJsonValue present(QStringView key) const;
    // The same, failing unless a present value is of the type `is` tests for (named `expected`).
    QJsonValue presentAs(QStringView key, bool (QJsonValue::*is)() const, const QString &expected) const;

    QJsonObject m_object;
    QString m_path;
    NullPolicy m_nulls;
};
