// Over 500 lines on purpose: the fast path for a customer page has to check exactly what the strict
// decoder checks (dates, statuses, every field of the table, unknown keys) before it may skip it, and
// splitting those checks from the row filling would put the two halves of one guarantee in two files.
#include "SphereListDecoder.h"

#include "JsonReader.h"
#include "RequirementKeys.h"
#include "SphereCodec.h"
#include "SphereFields.h"
#include "WireShape.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <QDateTime>
#include <QtEndian>
#include <simdjson.h>
#include <string>
#include <vector>

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month != 2)
        return kDays[month - 1];
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
}

using simdjson::dom::element;
using simdjson::dom::element_type;

// Where the fast path stops and hands the page to the strict decoder, which then says precisely
// what is wrong (or accepts a shape this path is too narrow for).
[[noreturn]] void handOver()
{
    throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE);
}

bool isNull(element value)
{
    return value.type() == element_type::NULL_VALUE;
}

std::string_view requireString(element value)
{
    if (value.type() != element_type::STRING)
        handOver();
    const std::string_view text = value.get_string().value_unsafe();
    // A string that starts with U+FEFF: Qt's parser drops it when raw and keeps it when escaped
    // (\ufeff), and simdjson's unescaped text cannot tell which it was.
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        handOver();
    return text;
}

void checkOptional(element value, element_type type)
{
    if (!isNull(value) && value.type() != type)
        handOver();
}

// By value: a range-for over get_object().value_unsafe() would iterate a destroyed temporary.
simdjson::dom::object requireObject(element value)
{
    if (value.type() != element_type::OBJECT)
        handOver();
    return value.get_object().value_unsafe();
}

simdjson::dom::array requireArray(element value)
{
    if (value.type() != element_type::ARRAY)
        handOver();
    return value.get_array().value_unsafe();
}

// Any value the strict decoder keeps without reading (unknown keys, meta): valid JSON is all it
// asks, and simdjson has checked that, except for one thing: Qt refuses a number that underflows
// (1e-400), which simdjson reads as 0. A zero written as a double is rare enough to hand over.
void checkUnread(element value)
{
    switch (value.type()) {
    case element_type::DOUBLE:
        if (value.get_double().value_unsafe() == 0)
            handOver();
        return;
    case element_type::ARRAY:
        for (element item : requireArray(value))
            checkUnread(item);
        return;
    case element_type::OBJECT:
        for (const simdjson::dom::key_value_pair field : requireObject(value))
            checkUnread(field.value);
        return;
    default:
        return;
    }
}

// JsonObjectReader::stringList: null or an array of strings. Returns how many.
int stringListSize(element value)
{
    if (isNull(value))
        return 0;
    int count = 0;
    for (element item : requireArray(value)) {
        (void)requireString(item);
        ++count;
    }
    return count;
}

// A customer's `requirements`: how many, and their RequirementKeys bits.
int requirementsOf(element value, quint32 *mask)
{
    if (isNull(value))
        return 0;
    int count = 0;
    for (element item : requireArray(value)) {
        const std::string_view key = requireString(item);
        *mask |= RequirementKeys::bitOfUtf8(key.data(), qsizetype(key.size()));
        ++count;
    }
    return count;
}

// The strict decoder's timestamp (parseJsonTimestamp) as msecs since the epoch; the common form
// without QDateTime's general parser.
qint64 timestampMs(element value)
{
    const std::string_view text = requireString(value);
    if (const auto ms = SphereListDecoder::parseIsoUtcMillis(text))
        return *ms;
    const QDateTime dt = parseJsonTimestamp(QString::fromUtf8(text.data(), qsizetype(text.size())));
    if (!dt.isValid())
        handOver();
    return dt.toMSecsSinceEpoch();
}

void checkOptionalTimestamp(element value)
{
    if (!isNull(value))
        (void)timestampMs(value);
}

template<typename Check> void checkList(element value, Check &&check)
{
    if (isNull(value))
        return;
    for (element item : requireArray(value))
        check(item);
}

void checkObject(const WireShape &shape, element value);
void checkField(const WireShape::Field &field, element value);

// checkField, with the common optional strings and booleans checked in place (most of a
// customer's keys): a call per key showed in the page's profile.
inline void checkFieldQuickly(const WireShape::Field &field, element value)
{
    if (field.wire == FieldWire::Text && !field.required)
        checkOptional(value, element_type::STRING);
    else if (field.wire == FieldWire::Boolean)
        checkOptional(value, element_type::BOOL);
    else
        checkField(field, value);
}

// One value as the field's codec reads it (FieldCodecs.h); numbers are left to the strict decoder
// (a customer has none).
void checkField(const WireShape::Field &field, element value)
{
    switch (field.wire) {
    case FieldWire::Text:
        if (field.required)
            (void)requireString(value);
        else
            checkOptional(value, element_type::STRING);
        return;
    case FieldWire::Boolean:
        checkOptional(value, element_type::BOOL);
        return;
    case FieldWire::TextList:
        (void)stringListSize(value);
        return;
    case FieldWire::Object:
        checkOptional(value, element_type::OBJECT);
        checkUnread(value);
        return;
    case FieldWire::Any:
        checkUnread(value);
        return;
    case FieldWire::Timestamp:
        if (field.required)
            (void)timestampMs(value);
        else
            checkOptionalTimestamp(value);
        return;
    case FieldWire::Nested:
        if (!isNull(value))
            checkObject(*field.nested, value);
        return;
    case FieldWire::NestedList:
        checkList(value, [&field](element item) { checkObject(*field.nested, item); });
        return;
    case FieldWire::Number:
    case FieldWire::Integer:
        break;
    }
    handOver();
}

// An object as FieldTable::readInto reads it: every field of its table checked, required ones
// present, the rest kept as unknown fields.
void checkObject(const WireShape &shape, element value)
{
    quint64 seen = 0;
    size_t expected = 0;
    for (const simdjson::dom::key_value_pair field : requireObject(value)) {
        const WireShape::Field *known = shape.find(field.key, expected);
        if (!known) {
            checkUnread(field.value);
            continue;
        }
        expected = size_t(known->index) + 1;
        checkFieldQuickly(*known, field.value);
        seen |= quint64(1) << known->index;
    }
    if ((seen & shape.requiredMask()) != shape.requiredMask())
        handOver();
}

// UTF-8 (simdjson has validated it) appended to `out` as UTF-16. ASCII, nearly every name, e-mail and
// id, is widened in place without a temporary string; anything else goes through QString::fromUtf8,
// as in the strict decoder (which, among other things, drops a leading byte order mark).
void appendUtf8(QString &out, std::string_view utf8)
{
    const qsizetype from = out.size();
    out.resize(from + qsizetype(utf8.size()));
    char16_t *to = reinterpret_cast<char16_t *>(out.data()) + from;
    unsigned char seen = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        seen |= byte;
        to[i] = byte;
    }
    if (seen >= 0x80) {
        out.truncate(from);
        out += QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
}

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A status as the table keeps it: the enum and, for a value this build does not know, the vendor's
// string. The wire names come from SphereFields.h (one table of names for both decoders), compared as
// UTF-8 so a known status costs no string allocation.
template<typename E, int Count> class WireNames
{
public:
    WireNames()
    {
        for (int i = 0; i < Count; ++i)
            m_names[size_t(i)] = enumToWire(E(i)).toStdString();
    }
    // E::Unknown for a name this build does not know.
    E find(std::string_view name) const
    {
        for (int i = 1; i < Count; ++i) {
            if (m_names[size_t(i)] == name)
                return E(i);
        }
        return E::Unknown;
    }

private:
    std::array<std::string, Count> m_names;
};

// Returns whether the status is null.
template<typename E, int Count>
bool readStatus(element value, const WireNames<E, Count> &names, QStringView field, E *out, QString *unknown)
{
    // A repeated key: the last one counts, as in the strict decoder (QJsonObject keeps the last).
    *out = E::Unknown;
    unknown->clear();
    if (isNull(value))
        return true;
    const std::string_view text = requireString(value);
    *out = names.find(text);
    if (*out == E::Unknown) { // noteUnknown() in CustomerRow::fromCustomer, in the same order
        if (!unknown->isEmpty())
            *unknown += u';';
        *unknown += field + u'=' + qstring(text);
    }
    return false;
}

std::optional<std::string_view> optionalString(element value)
{
    if (isNull(value))
        return std::nullopt;
    return requireString(value);
}

// The customer's fields the table shows; every other one is only checked.
enum class Column : quint8 {
    None,
    Id,
    FirstName,
    LastName,
    Email,
    Type,
    Kyc,
    Tos,
    Msa,
    Created,
    Updated,
    Requirements,
    Phone,
    Ubos
};

WireShape customerShape()
{
    WireShape shape(fieldTable<Customer>().descriptions());
    const std::pair<const char *, Column> named[] = {
        { "id", Column::Id },
        { "firstName", Column::FirstName },
        { "lastName", Column::LastName },
        { "email", Column::Email },
        { "type", Column::Type },
        { "kyc", Column::Kyc },
        { "tos", Column::Tos },
        { "msa", Column::Msa },
        { "created", Column::Created },
        { "updated", Column::Updated },
        { "requirements", Column::Requirements },
        { "phoneNumber", Column::Phone },
        { "ubos", Column::Ubos },
    };
    for (const auto &[key, column] : named)
        shape.setRole(key, quint8(column));
    return shape;
}

// An owner's (checked already) first and last name, empty where null or missing. The last of a
// repeated key counts, as in the strict decoder.
std::pair<std::string_view, std::string_view> ownerNameOf(element owner)
{
    std::string_view first;
    std::string_view last;
    for (const simdjson::dom::key_value_pair field : requireObject(owner)) {
        if (field.key == "firstName")
            first = isNull(field.value) ? std::string_view() : requireString(field.value);
        else if (field.key == "lastName")
            last = isNull(field.value) ? std::string_view() : requireString(field.value);
    }
    return { first, last };
}

// "\nfirst last" of an owner (checked already) for the search text, as UboTableModel names it: the
// parts that are there, trimmed; nothing for an owner without a name.
void appendOwnerName(QString &extras, element owner)
{
    const auto [first, last] = ownerNameOf(owner);
    thread_local QString name;
    name.resize(0);
    appendUtf8(name, first);
    name += u' ';
    appendUtf8(name, last);
    const QStringView trimmed = QStringView(name).trimmed();
    if (trimmed.isEmpty())
        return;
    extras += u'\n';
    extras += trimmed;
}

// appendOwnerName for an owner whose names are ASCII, onto UTF-8 extras: false (nothing appended)
// for any other, whose trimming needs Unicode's idea of a space.
bool appendOwnerNameAscii(std::string &extras, element owner)
{
    const auto [first, last] = ownerNameOf(owner);
    if (!CustomerRowBatch::isAscii(latin1(first)) || !CustomerRowBatch::isAscii(latin1(last)))
        return false;
    // QStringView::trimmed() on ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    thread_local std::string name;
    name.assign(first);
    name += ' ';
    name.append(last);
    const auto begin = std::find_if_not(name.begin(), name.end(), isSpace);
    const auto end = std::find_if_not(name.rbegin(), name.rend(), isSpace).base();
    if (begin < end) {
        extras += '\n';
        extras.append(begin, end);
    }
    return true;
}

// The table's fields of one customer, straight into `rows`; see CustomerRow::fromCustomer for the
// meaning of each (this must give the same row). Every other field of the customer's table is
// checked as its codec reads it (checkField), so this accepts exactly what the strict decoder does.
void readTableRow(element value, CustomerRowBatch &rows)
{
    static const WireShape kCustomer = customerShape();
    static const WireNames<CustomerType, 3> types;
    static const WireNames<KycStatus, 6> kycs;
    static const WireNames<TosStatus, 4> toses;
    static const WireNames<MsaStatus, 6> msas;

    CustomerRow row;
    // Views into the parser's string buffer, valid until the next page: the name needs both parts
    // and the type, which may come in any order.
    std::string_view id;
    std::optional<std::string_view> firstName;
    std::optional<std::string_view> lastName;
    std::optional<std::string_view> email;
    std::optional<std::string_view> phone;
    std::optional<element> ubos;
    bool haveId = false;
    bool haveCreated = false;
    bool haveUpdated = false;
    QString unknownType, unknownKyc, unknownTos, unknownMsa;
    size_t expected = 0;
    for (const simdjson::dom::key_value_pair field : requireObject(value)) {
        const element v = field.value;
        const WireShape::Field *known = kCustomer.find(field.key, expected);
        if (!known) {
            checkUnread(v); // kept as an unknown field by the strict decoder
            continue;
        }
        expected = size_t(known->index) + 1;
        switch (Column(known->role)) {
        case Column::Id:
            id = requireString(v);
            haveId = true;
            break;
        case Column::FirstName:
            firstName = optionalString(v);
            break;
        case Column::LastName:
            lastName = optionalString(v);
            break;
        case Column::Email:
            email = optionalString(v);
            break;
        case Column::Type:
            row.typeNull = readStatus(v, types, u"type", &row.type, &unknownType);
            break;
        case Column::Kyc:
            row.kycNull = readStatus(v, kycs, u"kyc", &row.kyc, &unknownKyc);
            break;
        case Column::Tos:
            row.tosNull = readStatus(v, toses, u"tos", &row.tos, &unknownTos);
            break;
        case Column::Msa:
            row.msaNull = readStatus(v, msas, u"msa", &row.msa, &unknownMsa);
            break;
        case Column::Created:
            row.createdMs = timestampMs(v);
            haveCreated = true;
            break;
        case Column::Updated:
            row.updatedMs = timestampMs(v);
            haveUpdated = true;
            break;
        case Column::Requirements:
            row.openRequirements = requirementsOf(v, &row.requirementMask);
            break;
        case Column::Phone:
            phone = optionalString(v);
            break;
        case Column::Ubos:
            checkFieldQuickly(*known, v); // every owner checked as the strict decoder reads it
            ubos = isNull(v) ? std::nullopt : std::optional<element>(v);
            break;
        case Column::None:
            checkFieldQuickly(*known, v);
            break;
        }
    }
    if (!haveId || !haveCreated || !haveUpdated || row.typeNull || row.kycNull)
        handOver();

    // Customer::displayName(): the legal name of a business, "First Last" of a person. Made in buffers
    // this thread keeps, then copied into the page's text: no string allocated per row.
    const std::string_view first = firstName.value_or(std::string_view());
    const std::string_view last = lastName.value_or(std::string_view());
    const std::string_view mailBytes = email.value_or(std::string_view());
    const bool firstOnly = row.type == CustomerType::Business || last.empty();
    // CustomerRow::searchExtras: "\n" and the phone's digits, then "\n" and each owner's "first last".
    thread_local std::string phoneDigits;
    phoneDigits.clear();
    if (phone) {
        for (const char c : *phone) {
            if (c >= '0' && c <= '9')
                phoneDigits += c;
        }
    }
    thread_local std::string extrasAscii;
    extrasAscii.clear();
    if (!phoneDigits.empty()) {
        extrasAscii += '\n';
        extrasAscii.append(phoneDigits);
    }
    bool ascii = CustomerRowBatch::isAscii(latin1(first)) && CustomerRowBatch::isAscii(latin1(last))
        && CustomerRowBatch::isAscii(latin1(mailBytes)) && CustomerRowBatch::isAscii(latin1(id));
    if (ascii && ubos) {
        for (element owner : requireArray(*ubos))
            ascii = ascii && appendOwnerNameAscii(extrasAscii, owner);
    }
    thread_local QString unknownStatuses;
    unknownStatuses.resize(0);
    for (QString *unknown : { &unknownType, &unknownKyc, &unknownTos, &unknownMsa }) {
        if (unknown->isEmpty())
            continue;
        if (!unknownStatuses.isEmpty())
            unknownStatuses += u';';
        unknownStatuses += *unknown;
    }
    if (ascii) {
        thread_local std::string name;
        name.clear(); // keeps the buffer
        if (firstOnly)
            name.append(first);
        else if (first.empty())
            name.append(last);
        else {
            name.append(first);
            name += ' ';
            name.append(last);
        }
        rows.appendAscii(std::move(row), latin1(name), latin1(mailBytes), latin1(id), latin1(extrasAscii),
                         unknownStatuses);
        return;
    }
    thread_local QString name;
    thread_local QString mail;
    thread_local QString ident;
    name.resize(0); // keeps the buffer, unlike clear()
    if (firstOnly) {
        appendUtf8(name, first);
    } else if (first.empty()) {
        appendUtf8(name, last);
    } else {
        appendUtf8(name, first);
        name += u' ';
        appendUtf8(name, last);
    }
    mail.resize(0);
    appendUtf8(mail, mailBytes);
    ident.resize(0);
    appendUtf8(ident, id);
    thread_local QString extras;
    extras.resize(0);
    if (!phoneDigits.empty()) {
        extras += u'\n';
        extras += QLatin1StringView(phoneDigits.data(), qsizetype(phoneDigits.size()));
    }
    if (ubos) {
        for (element owner : requireArray(*ubos))
            appendOwnerName(extras, owner);
    }
    rows.append(std::move(row), name, mail, ident, extras, unknownStatuses);
}

// A page count as readPagination reads it: a whole number from 0 to `max`. Anything else (a
// double such as 1.0, which the strict decoder takes) is handed over.
qint64 pageCount(element value, qint64 max)
{
    if (value.type() != element_type::INT64)
        handOver();
    const int64_t n = value.get_int64().value_unsafe();
    if (n < 0 || n > max)
        handOver();
    return n;
}

// readPagination in SphereCodec.
Pagination readPagination(element value)
{
    Pagination pagination;
    bool seen[4] = {};
    bool haveHasNext = false;
    bool haveHasPrevious = false; // false for null too: then page > 1 says it, as in the strict path
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    for (const simdjson::dom::key_value_pair field : requireObject(value)) {
        const std::string_view key = field.key;
        if (key == "page") {
            pagination.page = int(pageCount(field.value, kIntMax));
            seen[0] = true;
        } else if (key == "limit") {
            pagination.limit = int(pageCount(field.value, kIntMax));
            seen[1] = true;
        } else if (key == "total") {
            pagination.total = pageCount(field.value, kMaxExactJsonInteger);
            seen[2] = true;
        } else if (key == "totalPages") {
            pagination.totalPages = int(pageCount(field.value, kIntMax));
            seen[3] = true;
        } else if (key == "hasNext") {
            if (field.value.type() != element_type::BOOL)
                handOver();
            pagination.hasNext = field.value.get_bool().value_unsafe();
            haveHasNext = true;
        } else if (key == "hasPrevious") {
            checkOptional(field.value, element_type::BOOL);
            haveHasPrevious = !isNull(field.value);
            if (haveHasPrevious)
                pagination.hasPrevious = field.value.get_bool().value_unsafe();
        } else {
            checkUnread(field.value);
        }
    }
    if (!seen[0] || !seen[1] || !seen[2] || !seen[3] || !haveHasNext)
        handOver();
    if (!haveHasPrevious)
        pagination.hasPrevious = pagination.page > 1;
    return pagination;
}

// A parser and what the last page it read looked like. simdjson's parser keeps buffers sized to the
// largest page it has parsed (about 3 MB touched for a page of 1 000 customers).
struct PageParser
{
    simdjson::dom::parser parser;
    qsizetype lastRows = 0; // the previous page's sizes, so the next page's buffers are not grown
    qsizetype lastText = 0; // (and copied) row by row
    qsizetype lastHaystack = 0;
};

// Parsers outlive the threads that use them: a parser per pool thread would go with its thread (an
// idle pool thread goes after 30 s), and the next load would pay again for every page of the
// parser's buffers, fresh memory that is dear to touch on a VM that maps pages lazily. Only parsers
// sized for ordinary pages are kept (a parser holds about 2-3 times the largest page it read), no
// more of them than pages are decoded at once on a desktop's cores; one that read a huge body is let
// go.
class PageParserPool
{
public:
    struct Return
    {
        void operator()(PageParser *parser) const { PageParserPool::instance().release(parser); }
    };
    using Lease = std::unique_ptr<PageParser, Return>;

    static PageParserPool &instance()
    {
        // Never destroyed: a decoding task that outlived the application's statics would otherwise
        // hand its parser back to a pool already gone.
        static auto *pool = new PageParserPool;
        return *pool;
    }

    // Empty if a new parser cannot get its buffers.
    Lease acquire()
    {
        std::unique_ptr<PageParser> parser;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_idle.empty()) {
                parser = std::move(m_idle.back());
                m_idle.pop_back();
            }
        }
        if (!parser) {
            parser = std::make_unique<PageParser>();
            // Its nesting limit is well inside Qt's (1 024), so nothing this accepts is too deep for
            // the strict path.
            if (parser->parser.allocate(64 * 1024, 512) != simdjson::SUCCESS)
                return {};
        }
        return Lease(parser.release());
    }

private:
    static constexpr size_t kKeptCapacity = 4 * 1024 * 1024; // a page of 1 000 customers: 1.2 MB
    static constexpr size_t kKeptParsers = 4;

    void release(PageParser *returned)
    {
        std::unique_ptr<PageParser> parser(returned);
        if (parser->parser.capacity() > kKeptCapacity)
            return;
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_idle.size() < kKeptParsers)
            m_idle.push_back(std::move(parser));
    }

    std::mutex m_mutex;
    std::vector<std::unique_ptr<PageParser>> m_idle;
};

// Parses a 2xx list body with simdjson's DOM parser, which validates all of it (structure,
// literals, numbers, strings and their UTF-8, nothing after the root), then reads the envelope
// {ok, data: {customers, pagination}} as SphereCodec's strict decoder does, handing each customer
// to `readCustomer`. False (or a simdjson_error thrown by a reader) hands the page to the strict
// decoder. Duplicated "data", "customers" or "pagination" keys are handed over too: QJsonObject
// keeps the last, and rows already read from the first could not be taken back.
template<typename ReadCustomer>
bool walkPage(simdjson::dom::parser &parser, const QByteArray &body, Pagination &pagination,
              ReadCustomer &&readCustomer)
{
    try {
        // simdjson reads up to SIMDJSON_PADDING bytes past the end. A body with that much room left in
        // its buffer is parsed where it is (a reply's readAll() leaves its growth slack); any other is
        // copied once by the parser.
        const bool padded = size_t(body.capacity() - body.size()) >= simdjson::SIMDJSON_PADDING;
        const element root = parser.parse(body.constData(), size_t(body.size()), !padded);
        std::optional<bool> ok;
        bool sawData = false;
        for (const simdjson::dom::key_value_pair field : requireObject(root)) {
            const std::string_view key = field.key;
            if (key == "ok") {
                if (field.value.type() != element_type::BOOL)
                    handOver();
                ok = field.value.get_bool().value_unsafe();
            } else if (key == "data") {
                if (sawData)
                    handOver();
                sawData = true;
                bool sawCustomers = false;
                bool sawPagination = false;
                for (const simdjson::dom::key_value_pair part : requireObject(field.value)) {
                    const std::string_view name = part.key;
                    if (name == "customers") {
                        if (sawCustomers)
                            handOver();
                        sawCustomers = true;
                        checkList(part.value, readCustomer);
                    } else if (name == "pagination") {
                        if (sawPagination)
                            handOver();
                        sawPagination = true;
                        pagination = readPagination(part.value);
                    } else {
                        checkUnread(part.value);
                    }
                }
                if (!sawCustomers || !sawPagination)
                    return false;
            } else {
                checkUnread(field.value);
            }
        }
        return ok.value_or(false) && sawData;
    } catch (const simdjson::simdjson_error &) {
        return false;
    }
}

} // namespace

namespace SphereListDecoder {

std::optional<qint64> parseIsoUtcMillis(std::string_view s)
{
    // Exactly YYYY-MM-DDTHH:MM:SS.mmmZ, the form Sphere and the sandbox send, read as three words of
    // eight characters (byte i of word w is character 8w + i) whose separators and digits are each
    // checked with one mask: every row has two of these, and a character at a time they were 4 % of
    // decoding a page.
    if (s.size() != 24)
        return std::nullopt;
    const quint64 w0 = qFromLittleEndian<quint64>(s.data()); // YYYY-MM-
    const quint64 w1 = qFromLittleEndian<quint64>(s.data() + 8); // DDTHH:MM
    const quint64 w2 = qFromLittleEndian<quint64>(s.data() + 16); // :SS.mmmZ
    constexpr quint64 kDigits0 = 0x00ffff00ffffffffULL;
    constexpr quint64 kDigits1 = 0xffff00ffff00ffffULL;
    constexpr quint64 kDigits2 = 0x00ffffff00ffff00ULL;
    constexpr quint64 kZeros = 0x3030303030303030ULL;
    constexpr quint64 kHighNibbles = 0xf0f0f0f0f0f0f0f0ULL;
    // Separators read as '0', so that every byte is checked alike: a digit is 0x3N with N <= 9, that
    // is 0x3N before and after adding 6 (a byte of 0xfa or more, which would carry into the next one,
    // fails the first test already).
    const quint64 p0 = (w0 & kDigits0) | (kZeros & ~kDigits0);
    const quint64 p1 = (w1 & kDigits1) | (kZeros & ~kDigits1);
    const quint64 p2 = (w2 & kDigits2) | (kZeros & ~kDigits2);
    const auto digitsOnly = [](quint64 p) {
        return ((p & kHighNibbles) ^ kZeros) | (((p + 0x0606060606060606ULL) & kHighNibbles) ^ kZeros);
    };
    if (((w0 & ~kDigits0) ^ (quint64('-') << 32 | quint64('-') << 56))
        | ((w1 & ~kDigits1) ^ (quint64('T') << 16 | quint64(':') << 40))
        | ((w2 & ~kDigits2) ^ (quint64(':') | quint64('.') << 24 | quint64('Z') << 56)) | digitsOnly(p0)
        | digitsOnly(p1) | digitsOnly(p2))
        return std::nullopt;
    // Digit values, a byte each; then byte k of v * 10 + (v >> 8) is the two-digit number that starts
    // at byte k (at most 99: nothing carries into the next byte).
    const quint64 v0 = p0 - kZeros;
    const quint64 v1 = p1 - kZeros;
    const quint64 v2 = p2 - kZeros;
    const quint64 t0 = v0 * 10 + (v0 >> 8);
    const quint64 t1 = v1 * 10 + (v1 >> 8);
    const quint64 t2 = v2 * 10 + (v2 >> 8);
    const int year = int(t0 & 0xff) * 100 + int((t0 >> 16) & 0xff);
    const int month = int((t0 >> 40) & 0xff);
    const int day = int(t1 & 0xff);
    const int hour = int((t1 >> 24) & 0xff);
    const int minute = int((t1 >> 48) & 0xff);
    const int second = int((t2 >> 8) & 0xff);
    const int millis = int((t2 >> 32) & 0xff) * 10 + int((v2 >> 48) & 0xff);
    // Year 0 is no year for QDate: handed to the general parser, which refuses it like the strict path.
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
        || day > daysInMonth(year, month)) // arithmetic: QDate's calendar took 5 % of decoding a page
        return std::nullopt;
    return ((daysFromCivil(year, unsigned(month), unsigned(day)) * 24 + hour) * 60 + minute) * 60000LL
        + second * 1000LL + millis;
}

std::optional<CustomerRowPage> decodeTableRowsFast(const QByteArray &body)
{
    const PageParserPool::Lease parser = PageParserPool::instance().acquire();
    if (!parser)
        return std::nullopt; // the strict decoder reads the page
    CustomerRowPage page;
    // Pages come in one size: the previous page this parser read sizes the buffers.
    page.rows.rows.reserve(parser->lastRows);
    page.rows.text.reserve(parser->lastText);
    page.rows.haystack.reserve(parser->lastHaystack);
    if (!walkPage(parser->parser, body, page.pagination,
                  [&](element customer) { readTableRow(customer, page.rows); }))
        return std::nullopt;
    parser->lastRows = page.rows.rows.size();
    parser->lastText = page.rows.text.size() + page.rows.text.size() / 16;
    parser->lastHaystack = page.rows.haystack.size() + page.rows.haystack.size() / 16;
    // The table keeps these buffers as they are (CustomerTableModel): without slack.
    page.rows.rows.squeeze();
    page.rows.text.squeeze();
    page.rows.haystack.squeeze();
    return page;
}

Result<CustomerRowPage> decodeTableRows(int httpStatus, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        if (std::optional<CustomerRowPage> page = decodeTableRowsFast(body))
            return std::move(*page);
    }
    const Result<CustomerPage> strict = SphereCodec::decodeCustomerPageResponse(httpStatus, body);
    if (!strict)
        return strict.error();
    CustomerRowPage page;
    page.pagination = strict.value().pagination;
    page.rows.rows.reserve(strict.value().customers.size());
    for (const Customer &customer : strict.value().customers)
        page.rows.append(customer);
    return page;
}

} // namespace SphereListDecoder
