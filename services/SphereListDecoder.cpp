#include "SphereListDecoder.h"

#include "SphereCodec.h"

#include <array>
#include <cstring>
#include <optional>
#include <QDateTime>
#include <simdjson.h>
#include <string>

namespace {

int digits(std::string_view s, size_t from, size_t count, bool *ok)
{
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

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
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

qint64 timestampMs(simdjson::ondemand::value value)
{
    const std::string_view text = value.get_string();
    if (const auto ms = SphereListDecoder::parseIsoUtcMillis(text))
        return *ms;
    const QDateTime dt
        = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    if (!dt.isValid())
        throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE); // let the full decoder name the path
    return dt.toMSecsSinceEpoch();
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

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A status as the table keeps it: the enum and, for a value this build does not know, the vendor's
// string. The wire names come from SphereCodec (one table of names for both decoders), compared as
// UTF-8 so a known status costs no string allocation.
template<typename E, int Count> class WireNames
{
public:
    WireNames()
    {
        for (int i = 0; i < Count; ++i)
            m_names[size_t(i)] = SphereCodec::toWire(E(i)).toStdString();
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

template<typename E, int Count>
void readStatus(simdjson::ondemand::value value, const WireNames<E, Count> &names, QStringView field, E *out,
                bool *null, QString *unknown)
{
    // A repeated key: the last one counts, as in the strict decoder.
    *out = E::Unknown;
    *null = true;
    unknown->clear();
    if (value.is_null())
        return;
    const std::string_view text = value.get_string(); // throws on a non-string: full decoder takes over
    *null = false;
    *out = names.find(text);
    if (*out == E::Unknown) { // noteUnknown() in CustomerRow::fromCustomer, in the same order
        if (!unknown->isEmpty())
            *unknown += u';';
        *unknown += field + u'=' + qstring(text);
    }
}

// Whether the raw (still escaped) key starting at `raw`, just past its opening quote, is `name`.
// Exact for the plain ASCII names the readers look for, as long as the key has no escape sequence;
// no serializer escapes a plain letter, and a key that does is handed to the strict decoder (the
// readers throw when a key that could hide one of their names has a backslash). The comparison may
// read past a short key: simdjson's padding keeps that inside the buffer.
bool rawKeyIs(const char *raw, std::string_view name)
{
    return std::memcmp(raw, name.data(), name.size()) == 0 && raw[name.size()] == '"';
}

bool rawKeyHasEscape(const char *raw)
{
    for (; *raw != '"'; ++raw) {
        if (*raw == '\\')
            return true;
    }
    return false;
}

// The table's fields of one customer, straight into `rows`; see CustomerRow::fromCustomer for the
// meaning of each (this must give the same row).
void readTableRow(simdjson::ondemand::object object, CustomerRowBatch &rows)
{
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
    bool haveId = false;
    bool haveCreated = false;
    bool haveUpdated = false;
    QString unknownType, unknownKyc, unknownTos, unknownMsa;
    const auto optionalView = [](simdjson::ondemand::value value) -> std::optional<std::string_view> {
        if (value.is_null())
            return std::nullopt;
        return std::string_view(value.get_string());
    };
    for (auto field : object) {
        // Keys are compared as they are on the wire, not unescaped: unescaping each of a customer's
        // thirty-odd keys into the parser's buffer was a sixth of decoding a page. See rawKeyIs.
        const char *key = field.key().raw();
        simdjson::ondemand::value value = field.value();
        switch (key[0]) {
        case 'i':
            if (rawKeyIs(key, "id")) {
                id = value.get_string();
                haveId = true;
                continue;
            }
            break;
        case 't':
            if (rawKeyIs(key, "type")) {
                readStatus(value, types, u"type", &row.type, &row.typeNull, &unknownType);
                continue;
            }
            if (rawKeyIs(key, "tos")) {
                readStatus(value, toses, u"tos", &row.tos, &row.tosNull, &unknownTos);
                continue;
            }
            break;
        case 'k':
            if (rawKeyIs(key, "kyc")) {
                readStatus(value, kycs, u"kyc", &row.kyc, &row.kycNull, &unknownKyc);
                continue;
            }
            break;
        case 'm':
            if (rawKeyIs(key, "msa")) {
                readStatus(value, msas, u"msa", &row.msa, &row.msaNull, &unknownMsa);
                continue;
            }
            break;
        case 'f':
            if (rawKeyIs(key, "firstName")) {
                firstName = optionalView(value);
                continue;
            }
            break;
        case 'l':
            if (rawKeyIs(key, "lastName")) {
                lastName = optionalView(value);
                continue;
            }
            break;
        case 'e':
            if (rawKeyIs(key, "email")) {
                email = optionalView(value);
                continue;
            }
            break;
        case 'r':
            if (rawKeyIs(key, "requirements")) {
                row.openRequirements = 0;
                if (!value.is_null()) {
                    for (auto item : value.get_array()) {
                        (void)std::string_view(item.get_string()); // strings only, like the strict decoder
                        ++row.openRequirements;
                    }
                }
                continue;
            }
            break;
        case 'c':
            if (rawKeyIs(key, "created")) {
                row.createdMs = timestampMs(value);
                haveCreated = true;
                continue;
            }
            break;
        case 'u':
            if (rawKeyIs(key, "updated")) {
                row.updatedMs = timestampMs(value);
                haveUpdated = true;
                continue;
            }
            break;
        case '\\':
            throw simdjson::simdjson_error(simdjson::STRING_ERROR); // an escaped key: see rawKeyIs
        default:
            continue; // no name of ours starts with this letter
        }
        // Starts like one of ours without being it: it could still be one spelled with an escape.
        if (rawKeyHasEscape(key))
            throw simdjson::simdjson_error(simdjson::STRING_ERROR);
        // Every other field is skipped unread: the detail view fetches the full customer.
    }
    if (!haveId || !haveCreated || !haveUpdated || row.typeNull || row.kycNull)
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);

    // Customer::displayName(): the legal name of a business, "First Last" of a person. Converted into
    // buffers this thread keeps, then copied into the page's text (CustomerRowBatch::append): no
    // string allocated per row.
    thread_local QString name;
    thread_local QString mail;
    thread_local QString ident;
    const std::string_view first = firstName.value_or(std::string_view());
    const std::string_view last = lastName.value_or(std::string_view());
    name.resize(0); // keeps the buffer, unlike clear()
    if (row.type == CustomerType::Business || last.empty()) {
        appendUtf8(name, first);
    } else if (first.empty()) {
        appendUtf8(name, last);
    } else {
        appendUtf8(name, first);
        name += u' ';
        appendUtf8(name, last);
    }
    mail.resize(0);
    appendUtf8(mail, email.value_or(std::string_view()));
    ident.resize(0);
    appendUtf8(ident, id);
    for (QString *unknown : { &unknownType, &unknownKyc, &unknownTos, &unknownMsa }) {
        if (unknown->isEmpty())
            continue;
        if (!row.rawUnknownStatus.isEmpty())
            row.rawUnknownStatus += u';';
        row.rawUnknownStatus += *unknown;
    }
    rows.append(std::move(row), name, mail, ident);
}

// Walks a 2xx list body, handing each customer object to `readCustomer`. False (or a
// simdjson_error thrown by a reader) when the body is not what the fast path expects: the caller then
// takes the strict path, which says precisely what is wrong (or accepts a shape this fast path is too
// narrow for).
template<typename ReadCustomer>
bool walkPage(const QByteArray &body, Pagination &pagination, ReadCustomer &&readCustomer)
{
    try {
        // One parser per thread: pages are decoded on the thread pool, in parallel.
        thread_local simdjson::ondemand::parser parser;
        // simdjson reads up to SIMDJSON_PADDING bytes past the end. A body with that much room left in
        // its buffer is parsed where it is (a reply's readAll() leaves its growth slack: none of the
        // bench's 100 pages is copied); any other is copied once.
        std::optional<simdjson::padded_string> copy;
        simdjson::padded_string_view json;
        if (size_t(body.capacity() - body.size()) >= simdjson::SIMDJSON_PADDING) {
            json = simdjson::padded_string_view(body.constData(), size_t(body.size()),
                                                size_t(body.capacity()));
        } else {
            copy.emplace(body.constData(), size_t(body.size()));
            json = *copy;
        }
        simdjson::ondemand::document doc = parser.iterate(json);
        simdjson::ondemand::object root = doc.get_object();
        bool ok = false;
        bool sawData = false;
        for (auto field : root) {
            const std::string_view key = field.unescaped_key();
            if (key == "ok") {
                ok = field.value().get_bool();
            } else if (key == "data") {
                sawData = true;
                simdjson::ondemand::object data = field.value().get_object();
                bool sawPagination = false;
                for (auto part : data) {
                    const std::string_view name = part.unescaped_key();
                    if (name == "customers") {
                        for (auto item : part.value().get_array())
                            readCustomer(item.get_object());
                    } else if (name == "pagination") {
                        simdjson::ondemand::object p = part.value().get_object();
                        pagination.page = int64_t(p["page"]);
                        pagination.limit = int(int64_t(p["limit"]));
                        pagination.total = int64_t(p["total"]);
                        pagination.totalPages = int64_t(p["totalPages"]);
                        pagination.hasNext = bool(p["hasNext"]);
                        pagination.hasPrevious = bool(p["hasPrevious"]);
                        sawPagination = true;
                    }
                }
                if (!sawPagination)
                    return false;
            }
        }
        return ok && sawData;
    } catch (const simdjson::simdjson_error &) {
        return false;
    }
}

} // namespace

namespace SphereListDecoder {

std::optional<qint64> parseIsoUtcMillis(std::string_view s)
{
    // Exactly YYYY-MM-DDTHH:MM:SS.mmmZ, the form Sphere and the sandbox send.
    if (s.size() != 24 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
        || s[19] != '.' || s[23] != 'Z')
        return std::nullopt;
    bool ok = true;
    const int year = digits(s, 0, 4, &ok);
    const int month = digits(s, 5, 2, &ok);
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    const int millis = digits(s, 20, 3, &ok);
    if (!ok || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
        || day > daysInMonth(year, month)) // arithmetic: QDate's calendar took 5 % of decoding a page
        return std::nullopt;
    return ((daysFromCivil(year, unsigned(month), unsigned(day)) * 24 + hour) * 60 + minute) * 60000LL
        + second * 1000LL + millis;
}

std::optional<CustomerRowPage> decodeTableRowsFast(const QByteArray &body)
{
    CustomerRowPage page;
    // Pages come in one size: the previous page's on this thread sizes the buffers, so they are not
    // grown (and copied) row by row.
    thread_local qsizetype lastRows = 0;
    thread_local qsizetype lastText = 0;
    thread_local qsizetype lastHaystack = 0;
    page.rows.rows.reserve(lastRows);
    page.rows.text.reserve(lastText);
    page.rows.haystack.reserve(lastHaystack);
    if (!walkPage(body, page.pagination,
                  [&](simdjson::ondemand::object customer) { readTableRow(customer, page.rows); }))
        return std::nullopt;
    lastRows = page.rows.rows.size();
    lastText = page.rows.text.size() + page.rows.text.size() / 16;
    lastHaystack = page.rows.haystack.size() + page.rows.haystack.size() / 16;
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
