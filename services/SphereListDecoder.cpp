#include "SphereListDecoder.h"

#include "SphereCodec.h"

#include <QDateTime>
#include <simdjson.h>

namespace {

std::optional<QString> optionalString(simdjson::ondemand::value value)
{
    if (value.is_null())
        return std::nullopt;
    const std::string_view text = value.get_string(); // throws on a non-string: full decoder takes over
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

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

QDateTime timestamp(simdjson::ondemand::value value)
{
    const std::string_view text = value.get_string();
    if (const auto ms = SphereListDecoder::parseIsoUtcMillis(text))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    const QDateTime dt
        = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    if (!dt.isValid())
        throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE); // let the full decoder name the path
    return dt;
}

Customer readRow(simdjson::ondemand::object object)
{
    Customer c;
    bool haveId = false;
    bool haveCreated = false;
    bool haveUpdated = false;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        simdjson::ondemand::value value = field.value();
        if (key == "id") {
            const std::string_view id = value.get_string();
            c.id = QString::fromUtf8(id.data(), qsizetype(id.size()));
            haveId = true;
        } else if (key == "type") {
            if (auto s = optionalString(value))
                c.type = SphereCodec::customerTypeFromWire(*s);
        } else if (key == "kyc") {
            if (auto s = optionalString(value))
                c.kyc = SphereCodec::kycStatusFromWire(*s);
        } else if (key == "tos") {
            if (auto s = optionalString(value))
                c.tos = SphereCodec::tosStatusFromWire(*s);
        } else if (key == "msa") {
            if (auto s = optionalString(value))
                c.msa = SphereCodec::msaStatusFromWire(*s);
        } else if (key == "firstName") {
            c.firstName = optionalString(value);
        } else if (key == "lastName") {
            c.lastName = optionalString(value);
        } else if (key == "email") {
            c.email = optionalString(value);
        } else if (key == "requirements") {
            if (!value.is_null()) {
                for (auto item : value.get_array()) {
                    const std::string_view r = item.get_string();
                    c.requirements.append(QString::fromUtf8(r.data(), qsizetype(r.size())));
                }
            }
        } else if (key == "created") {
            c.created = timestamp(value);
            haveCreated = true;
        } else if (key == "updated") {
            c.updated = timestamp(value);
            haveUpdated = true;
        }
        // Every other field is skipped unread: the detail view fetches the full customer.
    }
    // The full decoder requires these; so does the table. Missing ones: take the strict path.
    if (!haveId || !haveCreated || !haveUpdated || c.type.null || c.kyc.null)
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
    return c;
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
        || day > QDate(year, month, 1).daysInMonth())
        return std::nullopt;
    return ((daysFromCivil(year, unsigned(month), unsigned(day)) * 24 + hour) * 60 + minute) * 60000LL
        + second * 1000LL + millis;
}

Result<CustomerPage> decodeTablePage(int httpStatus, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        try {
            // One parser per thread: pages are decoded on the thread pool, in parallel.
            thread_local simdjson::ondemand::parser parser;
            const simdjson::padded_string json(body.constData(), size_t(body.size()));
            simdjson::ondemand::document doc = parser.iterate(json);
            simdjson::ondemand::object root = doc.get_object();
            CustomerPage page;
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
                                page.customers.append(readRow(item.get_object()));
                        } else if (name == "pagination") {
                            simdjson::ondemand::object p = part.value().get_object();
                            page.pagination.page = int(int64_t(p["page"]));
                            page.pagination.limit = int(int64_t(p["limit"]));
                            page.pagination.total = int64_t(p["total"]);
                            page.pagination.totalPages = int(int64_t(p["totalPages"]));
                            page.pagination.hasNext = bool(p["hasNext"]);
                            page.pagination.hasPrevious = bool(p["hasPrevious"]);
                            sawPagination = true;
                        }
                    }
                    if (!sawPagination)
                        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
                }
            }
            if (ok && sawData)
                return page;
        } catch (const simdjson::simdjson_error &) {
            // Fall through: the strict decoder says precisely what is wrong (or accepts a shape
            // this fast path is too narrow for).
        }
    }
    return SphereCodec::decodeCustomerPageResponse(httpStatus, body);
}

} // namespace SphereListDecoder
