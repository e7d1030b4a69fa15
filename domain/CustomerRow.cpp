#include "CustomerRow.h"

#include "RequirementKeys.h"

#include <QHashFunctions>

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
    row.textChunk = 0;
    row.textOffset = int(text.size());
    row.searchOffset = int(haystack.size());
    row.nameLength = int(name.size());
    row.emailLength = int(email.size());
    row.idLength = int(id.size());
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
    constexpr qsizetype kMax = CustomerRow::kMaxUnknownStatusText;
    if (unknownStatuses.size() > kMax)
        text.append(unknownStatuses.first(kMax - 1)).append(QChar(0x2026)); // …
    else
        text.append(unknownStatuses);
    row.unknownLength = quint16(std::min(unknownStatuses.size(), kMax));
    if (!searchExtras.isEmpty())
        appendLowercase(haystack, searchExtras);
    row.searchLength = int(haystack.size() - row.searchOffset);
    row.idHash = CustomerRow::hashId(id);
    rows.append(std::move(row));
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
