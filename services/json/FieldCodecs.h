#pragma once

// How a member of each C++ type is read, written and compared for a FieldTable (FieldTable.h);
// FieldBuilders.h turns a pointer to member into a FieldSpec with these.
//
// A codec is FieldCodec<M> with static read (answers), readRequest (request files), write, isSet,
// diff (the update: what `after` changed) and cleared (a value `after` removed). Absent optional
// values are std::nullopt; plain members (QString, lists, objects) are "set" when not empty.
// Vendor enums need EnumWire<E>::names (the wire names, defined next to the vendor's tables).

#include "FieldTable.h"
#include "VendorEnum.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <type_traits>
#include <utility>

template<typename E> struct EnumWire; // static constexpr EnumNames<E, N> names

// An enum's value from its wire name and back, through its EnumWire table.
template<typename E> VendorEnum<E> enumFromWire(const QString &raw)
{
    return enumFromString(EnumWire<E>::names, raw);
}
template<typename E> QString enumToWire(E value)
{
    return enumFromValue(EnumWire<E>::names, value).raw;
}

template<typename E> QStringList enumWireNames()
{
    QStringList out;
    for (const auto &[value, name] : EnumWire<E>::names)
        out << name.toString();
    return out;
}

namespace FieldCodecDetail {

template<typename M, typename = void> struct HasEquality : std::false_type
{
};
template<typename M>
struct HasEquality<M, std::void_t<decltype(std::declval<const M &>() == std::declval<const M &>())>>
    : std::true_type
{
};

inline void writeAbsent(const FieldDescription &f, QJsonObject &o, AbsentFields absent)
{
    if (absent == AbsentFields::Null)
        o.insert(f.key, QJsonValue(QJsonValue::Null));
}

// An empty list or object: Sphere's answers write it ([] or {}), the others only when the field says so.
inline bool writesEmpty(const FieldDescription &f, AbsentFields absent)
{
    return absent == AbsentFields::Null || f.writtenWhenEmpty;
}

[[noreturn]] inline void failMissing(const RequestJsonReader &r, const FieldDescription &f, const char *what)
{
    RequestJsonReader::failAt(r.pathOf(f.key), QCoreApplication::translate("FieldTable", what));
}

} // namespace FieldCodecDetail

// Shared behaviour: a member is taken into the update when it changed, and counts as cleared when
// it had a value and no longer has one.
template<typename M> struct FieldCodecBase
{
    static bool isSet(const M &v)
    {
        if constexpr (std::is_arithmetic_v<M>)
            return v != M();
        else
            return !v.isEmpty();
    }
    static void diff(M &out, const M &before, const M &after)
    {
        if constexpr (FieldCodecDetail::HasEquality<M>::value) {
            if (!(after == before))
                out = after;
        }
    }
    static void cleared(QStringList &, const QString &, const M &, const M &) { }
};

template<typename V> struct OptionalCodecBase
{
    using M = std::optional<V>;
    static bool isSet(const M &v) { return v.has_value(); }
    // A value emptied is not "changed": the vendors document no way to clear one (see cleared()).
    static void diff(M &out, const M &before, const M &after)
    {
        if constexpr (FieldCodecDetail::HasEquality<V>::value) {
            if (after && !(before && *before == *after))
                out = after;
        }
    }
    static void cleared(QStringList &out, const QString &path, const M &before, const M &after)
    {
        if (before && !after)
            out.append(path);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v)
            o.insert(f.key, QJsonValue(*v));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

template<typename M> struct FieldCodec;

// A JSON scalar both readers read with one call each (optString, optBool, optNumber).
template<typename V, FieldWire Wire, std::optional<V> (JsonObjectReader::*Read)(QStringView),
         std::optional<V> (RequestJsonReader::*ReadRequest)(QStringView)>
struct ScalarCodec : OptionalCodecBase<V>
{
    using M = std::optional<V>;
    static constexpr FieldWire wire = Wire;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out) { out = (r.*Read)(f.key); }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        out = (r.*ReadRequest)(f.key);
    }
};
template<>
struct FieldCodec<std::optional<QString>>
    : ScalarCodec<QString, FieldWire::Text, &JsonObjectReader::optString, &RequestJsonReader::optString>
{
};
template<>
struct FieldCodec<std::optional<bool>>
    : ScalarCodec<bool, FieldWire::Boolean, &JsonObjectReader::optBool, &RequestJsonReader::optBool>
{
};
template<>
struct FieldCodec<std::optional<double>>
    : ScalarCodec<double, FieldWire::Number, &JsonObjectReader::optNumber, &RequestJsonReader::optNumber>
{
};

// Whole numbers go out as JSON integers, never with an exponent or a fraction.
template<> struct FieldCodec<std::optional<qint64>> : OptionalCodecBase<qint64>
{
    static constexpr FieldWire wire = FieldWire::Integer;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        out = r.optInteger(f.key, f.min, f.max);
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        out = r.optInteger(f.key, f.min, f.max);
    }
};

template<> struct FieldCodec<std::optional<QStringList>> : OptionalCodecBase<QStringList>
{
    static constexpr FieldWire wire = FieldWire::TextList;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        out = r.isGiven(f.key) ? std::optional(r.stringList(f.key)) : std::nullopt;
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        out = r.optStringList(f.key);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v)
            o.insert(f.key, QJsonArray::fromStringList(*v));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

// An object of the caller's or the vendor's own keys, kept as given.
template<> struct FieldCodec<std::optional<QJsonObject>> : OptionalCodecBase<QJsonObject>
{
    static constexpr FieldWire wire = FieldWire::Object;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        const bool given = r.isGiven(f.key);
        const QJsonObject object = r.optObjectRaw(f.key);
        out = given ? std::optional(object) : std::nullopt;
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        out = r.optObjectValue(f.key);
    }
};

template<> struct FieldCodec<std::optional<QDateTime>> : OptionalCodecBase<QDateTime>
{
    static constexpr FieldWire wire = FieldWire::Timestamp;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out) { out = r.optTimestamp(f.key); }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        const auto text = r.optString(f.key);
        out = text ? std::optional(parseJsonTimestamp(*text)) : std::nullopt;
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v && (v->isValid() || absent == AbsentFields::Omit))
            o.insert(f.key, toIsoTimestamp(*v));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

// A string the vendor always sends (an id); read as empty when optional and absent.
template<> struct FieldCodec<QString> : FieldCodecBase<QString>
{
    static constexpr FieldWire wire = FieldWire::Text;
    static void read(const FieldDescription &f, JsonObjectReader &r, QString &out)
    {
        out = f.required() ? r.requireString(f.key) : r.optString(f.key).value_or(QString());
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, QString &out)
    {
        const auto text = r.optString(f.key);
        if (!text && f.required())
            FieldCodecDetail::failMissing(r, f, "missing");
        out = text.value_or(QString());
    }
    static void write(const FieldDescription &f, QJsonObject &o, const QString &v, AbsentFields)
    {
        o.insert(f.key, v);
    }
};

template<typename N> struct IntegerCodec : FieldCodecBase<N>
{
    static constexpr FieldWire wire = FieldWire::Integer;
    static void read(const FieldDescription &f, JsonObjectReader &r, N &out)
    {
        out = N(f.required() ? r.requireInteger(f.key, f.min, f.max)
                             : r.optInteger(f.key, f.min, f.max).value_or(0));
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, N &out)
    {
        const auto n = r.optInteger(f.key, f.min, f.max);
        if (!n && f.required())
            FieldCodecDetail::failMissing(r, f, "missing number");
        out = N(n.value_or(0));
    }
    static void write(const FieldDescription &f, QJsonObject &o, const N &v, AbsentFields)
    {
        o.insert(f.key, qint64(v));
    }
};
template<> struct FieldCodec<int> : IntegerCodec<int>
{
};
template<> struct FieldCodec<qint64> : IntegerCodec<qint64>
{
};

// A list of strings or an object kept as sent: null or absent reads as empty; Sphere's answers write
// an empty one as [] or {} either way.
template<typename M, FieldWire Wire, M (JsonObjectReader::*Read)(QStringView),
         std::optional<M> (RequestJsonReader::*ReadRequest)(QStringView)>
struct EmptyWhenAbsentCodec : FieldCodecBase<M>
{
    static constexpr FieldWire wire = Wire;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out) { out = (r.*Read)(f.key); }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        out = (r.*ReadRequest)(f.key).value_or(M());
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (!v.isEmpty() || FieldCodecDetail::writesEmpty(f, absent))
            o.insert(f.key, jsonValue(v));
    }

private:
    static QJsonValue jsonValue(const QStringList &list) { return QJsonArray::fromStringList(list); }
    static QJsonValue jsonValue(const QJsonObject &object) { return object; }
};
template<>
struct FieldCodec<QStringList>
    : EmptyWhenAbsentCodec<QStringList, FieldWire::TextList, &JsonObjectReader::stringList,
                           &RequestJsonReader::optStringList>
{
};
template<>
struct FieldCodec<QJsonObject>
    : EmptyWhenAbsentCodec<QJsonObject, FieldWire::Object, &JsonObjectReader::optObjectRaw,
                           &RequestJsonReader::optObjectValue>
{
};

// A value the vendor leaves untyped, kept as sent (undefined when absent).
template<> struct FieldCodec<QJsonValue> : FieldCodecBase<QJsonValue>
{
    static constexpr FieldWire wire = FieldWire::Any;
    static bool isSet(const QJsonValue &v) { return !v.isUndefined(); }
    static void read(const FieldDescription &f, JsonObjectReader &r, QJsonValue &out)
    {
        out = r.optRaw(f.key);
    }
    // No request documents an untyped value.
    static void readRequest(const FieldDescription &, RequestJsonReader &, QJsonValue &out)
    {
        out = QJsonValue(QJsonValue::Undefined);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const QJsonValue &v, AbsentFields absent)
    {
        if (!v.isUndefined())
            o.insert(f.key, v);
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

// A timestamp; invalid when an optional one was absent.
template<> struct FieldCodec<QDateTime> : FieldCodecBase<QDateTime>
{
    static constexpr FieldWire wire = FieldWire::Timestamp;
    static bool isSet(const QDateTime &v) { return v.isValid(); }
    static void read(const FieldDescription &f, JsonObjectReader &r, QDateTime &out)
    {
        if (f.required())
            out = r.requireTimestamp(f.key);
        else if (auto t = r.optTimestamp(f.key))
            out = *t;
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, QDateTime &out)
    {
        out = parseJsonTimestamp(r.optString(f.key).value_or(QString()));
    }
    static void write(const FieldDescription &f, QJsonObject &o, const QDateTime &v, AbsentFields absent)
    {
        if (v.isValid())
            o.insert(f.key, toIsoTimestamp(v));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

// Answers keep any string (an unknown value is shown as it came); a request may hold only the
// values the vendor documents.
template<typename E> struct FieldCodec<VendorEnum<E>> : FieldCodecBase<VendorEnum<E>>
{
    static constexpr FieldWire wire = FieldWire::Text;
    static bool isSet(const VendorEnum<E> &v) { return !v.null; }
    static void read(const FieldDescription &f, JsonObjectReader &r, VendorEnum<E> &out)
    {
        if (f.required()) {
            out = enumFromWire<E>(r.requireString(f.key));
            return;
        }
        const auto raw = r.optString(f.key);
        out = raw ? enumFromWire<E>(*raw) : VendorEnum<E> {};
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, VendorEnum<E> &out)
    {
        const auto raw = r.optString(f.key);
        out = {};
        if (!raw)
            return;
        const QStringList documented = enumWireNames<E>();
        if (!documented.contains(*raw))
            RequestJsonReader::failAt(
                r.pathOf(f.key),
                QCoreApplication::translate("FieldTable", "expected one of %1, got \"%2\"")
                    .arg(documented.join(QLatin1String(", ")), *raw));
        out = enumFromWire<E>(*raw);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const VendorEnum<E> &v, AbsentFields absent)
    {
        if (!v.null)
            o.insert(f.key, v.raw);
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

// A nested object with its own table (fieldTable<N>()).
template<typename N> struct FieldCodec<std::optional<N>> : OptionalCodecBase<N>
{
    static constexpr FieldWire wire = FieldWire::Nested;
    static const FieldDescriptions &nestedFields() { return fieldTable<N>().descriptions(); }
    using M = std::optional<N>;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        auto sub = r.optObject(f.key);
        out.reset();
        if (!sub)
            return;
        N value;
        fieldTable<N>().readInto(*sub, value);
        out = std::move(value);
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        auto sub = r.optObject(f.key, fieldTable<N>().keys());
        out.reset();
        if (!sub)
            return;
        N value;
        fieldTable<N>().readRequestInto(*sub, value);
        out = std::move(value);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v)
            o.insert(f.key, fieldTable<N>().encode(*v, absent));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
    // Field by field: only the parts that differ; nothing when none does.
    static void diff(M &out, const M &before, const M &after)
    {
        if (!after)
            return;
        const FieldTable<N> &table = fieldTable<N>();
        N changed = table.changed(before.value_or(N()), *after);
        if (!table.isEmpty(changed))
            out = std::move(changed);
    }
    static void cleared(QStringList &out, const QString &path, const M &before, const M &after)
    {
        if (before)
            fieldTable<N>().cleared(out, path + u'.', *before, after.value_or(N()));
    }
};

template<typename N> struct FieldCodec<QList<N>> : FieldCodecBase<QList<N>>
{
    static constexpr FieldWire wire = FieldWire::NestedList;
    static const FieldDescriptions &nestedFields() { return fieldTable<N>().descriptions(); }
    using M = QList<N>;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        out = r.list<N>(f.key,
                        [](const QJsonValue &v, const QString &p) { return fieldTable<N>().decode(v, p); });
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        const RequestJsonReader::NullPolicy nulls = r.nullPolicy();
        out = r.optList<N>(f.key, [nulls](const QJsonValue &v, const QString &p) {
                   return fieldTable<N>().decodeRequest(v, p, nulls);
               }).value_or(M());
    }
    static QJsonArray array(const M &v, AbsentFields absent)
    {
        QJsonArray out;
        for (const N &item : v)
            out.append(fieldTable<N>().encode(item, absent));
        return out;
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (!v.isEmpty() || FieldCodecDetail::writesEmpty(f, absent))
            o.insert(f.key, array(v, absent));
    }
};

template<typename N> struct FieldCodec<std::optional<QList<N>>> : OptionalCodecBase<QList<N>>
{
    static constexpr FieldWire wire = FieldWire::NestedList;
    static const FieldDescriptions &nestedFields() { return fieldTable<N>().descriptions(); }
    using M = std::optional<QList<N>>;
    static void read(const FieldDescription &f, JsonObjectReader &r, M &out)
    {
        const bool given = r.isGiven(f.key);
        QList<N> list;
        FieldCodec<QList<N>>::read(f, r, list);
        out = given ? std::optional(list) : std::nullopt;
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        const RequestJsonReader::NullPolicy nulls = r.nullPolicy();
        out = r.optList<N>(f.key, [nulls](const QJsonValue &v, const QString &p) {
            return fieldTable<N>().decodeRequest(v, p, nulls);
        });
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v)
            o.insert(f.key, FieldCodec<QList<N>>::array(*v, absent));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};
