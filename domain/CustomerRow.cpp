#include "CustomerRow.h"

#include "RequirementKeys.h"

#include <algorithm>
#include <QHashFunctions>
#ifdef __SSE2__
#    include <emmintrin.h>
#endif

namespace {
qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : CustomerRow::NoTime;
}

template<typename E> void noteUnknown(QString &notes, QStringView field, const VendorEnum<E> &e)
{
    if (e.null || e.isKnown())
        return;
    if (!notes.isEmpty())
        notes += u';';
    notes += field + u'=' + e.raw;
}

// Appends `text` lowercased to `haystack` as UTF-8; returns whether it was lowercase ASCII already.
// Nearly every row is ASCII, lowered as it is copied; any other text goes through
// QString::toLower(), whose special cases may change its length.
bool appendLowercase(QByteArray &haystack, QStringView text)
{
    const qsizetype start = haystack.size();
    haystack.resize(start + text.size());
    char *out = haystack.data() + start;
    bool folded = true;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80) {
            haystack.truncate(start);
            haystack += text.toString().toLower().toUtf8();
            return false;
        }
        if (unit >= u'A' && unit <= u'Z') {
            *out++ = char(unit + (u'a' - u'A'));
            folded = false;
        } else {
            *out++ = char(unit);
        }
    }
    return folded;
}
// The loops below take sixteen bytes at a time, the last sixteen again (overlapping) for what is left
// of a text that long: each output byte depends only on its input byte, so writing one twice is
// harmless. Shorter texts, and CPUs without SSE2, go a byte at a time.

// `n` ASCII bytes lowercased from `in` to `out`; whether none was a capital.
bool lowerAscii(const char *in, qsizetype n, char *out)
{
    const auto lowerOne = [](char c, unsigned &capitals) {
        const unsigned capital = unsigned(static_cast<unsigned char>(c) - 'A') < 26u;
        capitals |= capital;
        return char(c | char(capital << 5));
    };
    unsigned capitals = 0;
#ifdef __SSE2__
    if (n >= 16) {
        const __m128i bias = _mm_set1_epi8(char(0x80 - 'A')); // 'A'..'Z' to -128..-103
        const __m128i belowCapitals = _mm_set1_epi8(char(-128 + 26));
        const __m128i caseBit = _mm_set1_epi8(0x20);
        __m128i seen = _mm_setzero_si128();
        const auto block = [&](qsizetype at) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + at));
            const __m128i capital = _mm_cmplt_epi8(_mm_add_epi8(v, bias), belowCapitals);
            seen = _mm_or_si128(seen, capital);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + at),
                             _mm_or_si128(v, _mm_and_si128(capital, caseBit)));
        };
        for (qsizetype at = 0; at + 16 <= n; at += 16)
            block(at);
        if (n % 16)
            block(n - 16);
        return _mm_movemask_epi8(seen) == 0;
    }
#endif
    for (qsizetype i = 0; i < n; ++i)
        out[i] = lowerOne(in[i], capitals);
    return capitals == 0;
}

void widenAscii(const char *in, qsizetype n, char16_t *out)
{
#ifdef __SSE2__
    if (n >= 16) {
        const __m128i zero = _mm_setzero_si128();
        const auto block = [&](qsizetype at) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + at));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + at), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + at + 8), _mm_unpackhi_epi8(v, zero));
        };
        for (qsizetype at = 0; at + 16 <= n; at += 16)
            block(at);
        if (n % 16)
            block(n - 16);
        return;
    }
#endif
    for (qsizetype i = 0; i < n; ++i)
        out[i] = static_cast<unsigned char>(in[i]);
}
} // namespace

// Every row the table holds: a million of them at the largest books.
static_assert(sizeof(CustomerRow) <= 64, "CustomerRow grew past 64 bytes");

CustomerRow CustomerRow::fromCustomer(const Customer &c)
{
    CustomerRow row;
    row.createdMs = msecs(c.created);
    row.updatedMs = msecs(c.updated);
    row.openRequirements = int(c.requirements.size());
    for (const QString &key : c.requirements)
        row.requirementMask |= RequirementKeys::bitOf(key);
    row.type = c.type.null ? CustomerType::Unknown : c.type.value;
    row.kyc = c.kyc.null ? KycStatus::Unknown : c.kyc.value;
    row.tos = c.tos.null ? TosStatus::Unknown : c.tos.value;
    row.msa = c.msa.null ? MsaStatus::Unknown : c.msa.value;
    row.typeNull = c.type.null;
    row.kycNull = c.kyc.null;
    row.tosNull = c.tos.null;
    row.msaNull = c.msa.null;
    return row;
}

QString CustomerRow::unknownStatuses(const Customer &c)
{
    QString notes;
    noteUnknown(notes, u"type", c.type);
    noteUnknown(notes, u"kyc", c.kyc);
    noteUnknown(notes, u"tos", c.tos);
    noteUnknown(notes, u"msa", c.msa);
    return notes;
}

QString CustomerRow::unknownRaw(QStringView unknownStatuses, QStringView field)
{
    if (unknownStatuses.isEmpty())
        return {};
    for (QStringView part : unknownStatuses.split(u';')) {
        if (part.size() > field.size() && part.startsWith(field) && part.at(field.size()) == u'=')
            return part.mid(field.size() + 1).toString();
    }
    return {};
}

quint32 CustomerRow::hashId(QStringView id)
{
    // Seeded per process like QHash, so ids a vendor sends cannot be chosen to collide.
    return quint32(qHash(id, QHashSeed::globalSeed()));
}

QString CustomerRow::searchExtras(const Customer &c)
{
    QString extras;
    if (c.phoneNumber)
        appendPhoneDigits(extras, *c.phoneNumber);
    for (const Ubo &ubo : c.ubos) {
        const QString owner
            = QStringList { ubo.firstName.value_or(QString()), ubo.lastName.value_or(QString()) }
                  .join(u' ')
                  .trimmed();
        if (!owner.isEmpty()) {
            extras += u'\n';
            extras += owner;
        }
    }
    return extras;
}

void CustomerRow::appendPhoneDigits(QString &extras, QStringView phone)
{
    const qsizetype start = extras.size();
    extras += u'\n';
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            extras += c;
    }
    if (extras.size() == start + 1)
        extras.truncate(start); // no digits: nothing to find
}

void CustomerRowBatch::append(CustomerRow row, QStringView name, QStringView email, QStringView id,
                              QStringView searchExtras, QStringView unknownStatuses)
{
    placeRow(row, name.size(), email.size(), id.size());
    text.append(name).append(email);
    appendLowercase(haystack, name);
    haystack.append('\n');
    appendLowercase(haystack, email);
    haystack.append('\n');
    // The id's place in the haystack follows from the lengths only if name and e-mail took a byte
    // a character there.
    const bool placeFollows = haystack.size() - row.searchOffset == name.size() + email.size() + 2;
    row.idFolded = appendLowercase(haystack, id) && placeFollows;
    if (!row.idFolded)
        text.append(id);
    appendUnknownStatuses(row, unknownStatuses);
    if (!searchExtras.isEmpty())
        appendLowercase(haystack, searchExtras);
    row.searchLength = int(haystack.size() - row.searchOffset);
    row.idHash = CustomerRow::hashId(id);
    rows.append(std::move(row));
}

void CustomerRowBatch::placeRow(CustomerRow &row, qsizetype name, qsizetype email, qsizetype id) const
{
    row.textChunk = 0;
    row.textOffset = int(text.size());
    row.searchOffset = int(haystack.size());
    row.nameLength = int(name);
    row.emailLength = int(email);
    row.idLength = int(id);
}

bool CustomerRowBatch::isAscii(QLatin1StringView text)
{
    const char *p = text.data();
    const qsizetype n = text.size();
#ifdef __SSE2__
    if (n >= 16) {
        __m128i seen = _mm_setzero_si128();
        for (qsizetype at = 0; at + 16 <= n; at += 16)
            seen = _mm_or_si128(seen, _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at)));
        seen = _mm_or_si128(seen, _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n - 16)));
        return _mm_movemask_epi8(seen) == 0;
    }
#endif
    return std::all_of(p, p + n, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void CustomerRowBatch::appendAscii(CustomerRow row, QLatin1StringView name, QLatin1StringView email,
                                   QLatin1StringView id, QLatin1StringView searchExtras,
                                   QStringView unknownStatuses)
{
    Q_ASSERT(isAscii(name) && isAscii(email) && isAscii(id) && isAscii(searchExtras));
    placeRow(row, name.size(), email.size(), id.size());

    // "name\nemail\nid" then the extras, lowercased; a byte a character, so the id's place follows.
    const qsizetype search = name.size() + email.size() + id.size() + 2 + searchExtras.size();
    haystack.resize(row.searchOffset + search);
    char *out = haystack.data() + row.searchOffset;
    lowerAscii(name.data(), name.size(), out);
    out += name.size();
    *out++ = '\n';
    lowerAscii(email.data(), email.size(), out);
    out += email.size();
    *out++ = '\n';
    row.idFolded = lowerAscii(id.data(), id.size(), out);
    out += id.size();
    lowerAscii(searchExtras.data(), searchExtras.size(), out);
    row.searchLength = int(search);

    // Name, e-mail and id as UTF-16; the id stays only if the haystack cannot stand for it, but its
    // hash is that of its UTF-16 text either way, as append() computes it.
    const qsizetype idStart = row.textOffset + name.size() + email.size();
    text.resize(idStart + id.size());
    char16_t *wide = reinterpret_cast<char16_t *>(text.data()) + row.textOffset;
    widenAscii(name.data(), name.size(), wide);
    widenAscii(email.data(), email.size(), wide + name.size());
    widenAscii(id.data(), id.size(), wide + name.size() + email.size());
    row.idHash = CustomerRow::hashId(QStringView(text).sliced(idStart));
    if (row.idFolded)
        text.truncate(idStart);
    appendUnknownStatuses(row, unknownStatuses);
    rows.append(std::move(row));
}

void CustomerRowBatch::appendUnknownStatuses(CustomerRow &row, QStringView unknownStatuses)
{
    constexpr qsizetype kMax = CustomerRow::kMaxUnknownStatusText;
    if (unknownStatuses.size() > kMax)
        text.append(unknownStatuses.first(kMax - 1)).append(QChar(0x2026)); // …
    else
        text.append(unknownStatuses);
    row.unknownLength = quint16(std::min(unknownStatuses.size(), kMax));
}

void CustomerRowBatch::appendCopy(CustomerRow row, const CustomerRowBatch &from)
{
    const QStringView rowText = QStringView(from.text).sliced(row.textOffset, row.textLength());
    const QByteArrayView rowSearch = from.searchText(row);
    row.textChunk = 0;
    row.textOffset = int(text.size());
    row.searchOffset = int(haystack.size());
    text.append(rowText);
    haystack.append(rowSearch);
    rows.append(std::move(row));
}

void CustomerRowBatch::append(const Customer &customer)
{
    append(CustomerRow::fromCustomer(customer), customer.displayName(), customer.email.value_or(QString()),
           customer.id, CustomerRow::searchExtras(customer), CustomerRow::unknownStatuses(customer));
}
