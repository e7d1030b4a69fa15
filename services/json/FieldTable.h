#pragma once

// One description per vendor object, from which its codecs are derived. A FieldTable<T> lists T's
// fields in the vendor's documented order: the JSON name, the member it lives in (a pointer to
// member of the domain struct), whether the vendor always sends it, and the documented rule the
// request validator applies. Every operation walks the same list:
//
//   decode         a vendor answer (JsonObjectReader: JSON-path errors, unknown keys kept)
//   decodeRequest  a request file or draft (RequestJsonReader: unknown keys and nulls refused)
//   encode         every field, absent ones as null (Sphere's answers) or left out (requests)
//   changed        the update diff: only what differs, nested objects field by field
//   cleared        the paths of values an edit removed (vendors document no way to clear one)
//
// Reading follows the table's order, so the first offender named in an error is the first field
// of the table that is wrong, as the hand-written readers did. How a member of one C++ type is
// read and written is FieldCodec<M> (FieldCodecs.h); a vendor adds its own value types (a date of
// birth, a base64 document) by specialising FieldCodec in its own folder. A nested object's table
// is found by its type: fieldTable<N>(), defined next to the vendor's other tables.

#include "JsonReader.h"
#include "RequestJsonReader.h"
#include "Result.h"

#include <initializer_list>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <type_traits>
#include <typeinfo>

// Unscoped: every table row names one (`field<&Wallet::id>(u"id"_s, Required)`).
enum FieldPresence { Optional, Required };

// How encode() writes a field that is not set: Sphere's answers spell it out as null; requests and
// the other vendors' answers leave the key out.
enum class AbsentFields { Null, Omit };

// The JSON a field holds, for a reader that checks it without the codec (SphereListDecoder's fast
// path must accept exactly what the strict decoder accepts).
enum class FieldWire : quint8 {
    Text, // a string (null allowed unless required)
    Boolean,
    Number,
    Integer,
    TextList, // null or an array of strings
    Object, // null or any object, kept as sent
    Any, // anything, kept as sent
    Timestamp, // an ISO 8601 string
    Nested, // null or an object with its own table (nestedFields)
    NestedList, // null or an array of such objects
};

struct FieldDescription;
using FieldDescriptions = QList<FieldDescription>;

// What a codec needs to know about one field, whatever the struct it belongs to.
struct FieldDescription
{
    QString key; // the vendor's JSON name
    FieldPresence presence = FieldPresence::Optional;
    bool writtenWhenEmpty = false; // an empty list or object is still written under AbsentFields::Omit
    qint64 min = -kMaxExactJsonInteger; // whole numbers: the accepted range
    qint64 max = kMaxExactJsonInteger;
    int rule = 0; // the vendor's documented rule for this field (its validator's enum)
    quint32 tags = 0; // the vendor's flags for this field (e.g. "update only", "business only")
    const char *message = nullptr; // untranslated text the rule reports, in the validator's context
    FieldWire wire = FieldWire::Any;
    const FieldDescriptions &(*nestedFields)() = nullptr; // Nested, NestedList: the object's fields

    bool required() const { return presence == FieldPresence::Required; }
};

template<typename T> struct FieldSpec : FieldDescription
{
    void (*read)(const FieldDescription &, JsonObjectReader &, T &) = nullptr;
    void (*readRequest)(const FieldDescription &, RequestJsonReader &, T &) = nullptr;
    void (*write)(const FieldDescription &, QJsonObject &, const T &, AbsentFields) = nullptr;
    void (*diff)(T &out, const T &before, const T &after) = nullptr;
    void (*cleared)(QStringList &, const QString &path, const T &before, const T &after) = nullptr;
    bool (*isSet)(const T &) = nullptr;
    const void *(*member)(const T &) = nullptr;
    const std::type_info *memberType = nullptr;
    // What reportsCleared() and sentWhole() switch on (cleared is off by default).
    void (*reportCleared)(QStringList &, const QString &, const T &, const T &) = nullptr;
    void (*diffWhole)(T &, const T &, const T &) = nullptr;

    // The member, when it is of type M (a rule that knows its type asks for it); nullptr otherwise.
    template<typename M> const M *valueIn(const T &object) const
    {
        return *memberType == typeid(M) ? static_cast<const M *>(member(object)) : nullptr;
    }

    FieldSpec &inRange(qint64 lowest, qint64 highest)
    {
        min = lowest;
        max = highest;
        return *this;
    }
    FieldSpec &alwaysWritten()
    {
        writtenWhenEmpty = true;
        return *this;
    }
    FieldSpec &withRule(int documentedRule, const char *text = nullptr)
    {
        rule = documentedRule;
        message = text;
        return *this;
    }
    FieldSpec &tagged(quint32 flags)
    {
        tags |= flags;
        return *this;
    }
    // Replaces the update diff of this field (a list whose positions matter, a value sent whole).
    FieldSpec &diffedBy(void (*customDiff)(T &, const T &, const T &))
    {
        diff = customDiff;
        return *this;
    }
    // cleared() names this field when an edit removed its value (a form shows such fields).
    FieldSpec &reportsCleared()
    {
        cleared = reportCleared;
        return *this;
    }
    // The update sends it whole when any part changed (a date of birth is one value).
    FieldSpec &sentWhole()
    {
        diff = diffWhole;
        return *this;
    }
};

namespace FieldTableDetail {
// A struct's `unknownFields` and `raw` members, when it has them (nullptr otherwise).
template<typename T, typename = void> struct UnknownFieldsOf
{
    static constexpr QJsonObject T::*member = nullptr;
};
template<typename T> struct UnknownFieldsOf<T, std::void_t<decltype(&T::unknownFields)>>
{
    static constexpr QJsonObject T::*member = &T::unknownFields;
};
template<typename T, typename = void> struct RawOf
{
    static constexpr QJsonObject T::*member = nullptr;
};
template<typename T> struct RawOf<T, std::void_t<decltype(&T::raw)>>
{
    static constexpr QJsonObject T::*member = &T::raw;
};
} // namespace FieldTableDetail

// A struct with a member `QJsonObject unknownFields` gets the keys its table does not list there
// (and encode() writes them back); one with `QJsonObject raw` gets the object as sent.
template<typename T> class FieldTable
{
public:
    FieldTable(std::initializer_list<FieldSpec<T>> fields)
        : m_fields(fields)
        , m_unknownFields(FieldTableDetail::UnknownFieldsOf<T>::member)
        , m_raw(FieldTableDetail::RawOf<T>::member)
    {
        for (const FieldSpec<T> &field : m_fields) {
            m_keys.append(field.key);
            m_descriptions.append(field);
        }
    }

    const QList<FieldSpec<T>> &fields() const { return m_fields; }
    const FieldDescriptions &descriptions() const { return m_descriptions; }
    // The keys a request object may hold, in the table's order (RequestJsonReader's typo hints).
    const QStringList &keys() const { return m_keys; }
    const FieldSpec<T> *find(QStringView key) const
    {
        for (const FieldSpec<T> &field : m_fields) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }

    // Answers: every field of the table, then what is left as unknown fields, and the object as sent.
    void readInto(JsonObjectReader &reader, T &out) const
    {
        for (const FieldSpec<T> &field : m_fields)
            field.read(field, reader, out);
        if (m_unknownFields)
            out.*m_unknownFields = reader.unknownFields();
    }
    T decode(const QJsonValue &value, const QString &path) const
    {
        JsonObjectReader reader(value, path);
        T out;
        readInto(reader, out);
        if (m_raw)
            out.*m_raw = value.toObject();
        return out;
    }

    // Requests: only the table's keys, each of its documented type.
    void readRequestInto(RequestJsonReader &reader, T &out) const
    {
        for (const FieldSpec<T> &field : m_fields)
            field.readRequest(field, reader, out);
    }
    T decodeRequest(const QJsonValue &value, const QString &path,
                    RequestJsonReader::NullPolicy nulls = RequestJsonReader::NullPolicy::Refuse) const
    {
        RequestJsonReader reader(value, path, m_keys, nulls);
        T out;
        readRequestInto(reader, out);
        return out;
    }

    // Unknown fields first, so a known key always carries this build's value.
    QJsonObject encode(const T &value, AbsentFields absent) const
    {
        QJsonObject out = m_unknownFields ? value.*m_unknownFields : QJsonObject();
        for (const FieldSpec<T> &field : m_fields)
            field.write(field, out, value, absent);
        return out;
    }

    T changed(const T &before, const T &after) const
    {
        T out;
        for (const FieldSpec<T> &field : m_fields)
            field.diff(out, before, after);
        return out;
    }

    void cleared(QStringList &out, const QString &prefix, const T &before, const T &after) const
    {
        for (const FieldSpec<T> &field : m_fields) {
            if (field.cleared)
                field.cleared(out, prefix + field.key, before, after);
        }
    }

    bool isEmpty(const T &value) const
    {
        for (const FieldSpec<T> &field : m_fields) {
            if (field.isSet(value))
                return false;
        }
        return true;
    }

private:
    QList<FieldSpec<T>> m_fields;
    FieldDescriptions m_descriptions;
    QStringList m_keys;
    QJsonObject T::*m_unknownFields;
    QJsonObject T::*m_raw;
};

// The table of a nested object's type; each vendor defines its own types' (SphereFields.cpp, …).
template<typename T> const FieldTable<T> &fieldTable();

// Runs a reader that throws JsonDecodeFailure, as a Result with the vendor's name on the error.
template<typename T, typename Read> Result<T> decodeOrError(const QString &vendor, Read &&read)
{
    try {
        return read();
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(vendor, failure.path, failure.message);
    }
}
