#include "CustomerRow.h"

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

// Appends "name\nemail\nid" in lowercase. Nearly every row is ASCII, lowered in place here; any
// other text goes through QString::toLower(), whose special cases may change its length.
void appendSearchText(QString &haystack, const CustomerRow &row)
{
    const qsizetype from = haystack.size();
    haystack.append(row.name).append(u'\n').append(row.email).append(u'\n').append(row.id);
    char16_t *text = reinterpret_cast<char16_t *>(haystack.data()) + from;
    const qsizetype length = haystack.size() - from;
    bool ascii = true;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text[i];
        if (c >= 0x80)
            ascii = false;
        else if (c >= u'A' && c <= u'Z')
            text[i] = char16_t(c + (u'a' - u'A'));
    }
    if (!ascii) {
        const QString lowered = QStringView(haystack).mid(from).toString().toLower();
        haystack.truncate(from);
        haystack += lowered;
    }
}
} // namespace

CustomerRow CustomerRow::fromCustomer(const Customer &c)
{
    CustomerRow row;
    row.id = c.id;
    row.name = c.displayName();
    row.email = c.email.value_or(QString());
    row.createdMs = msecs(c.created);
    row.updatedMs = msecs(c.updated);
    row.openRequirements = int(c.requirements.size());
    row.type = c.type.null ? CustomerType::Unknown : c.type.value;
    row.kyc = c.kyc.null ? KycStatus::Unknown : c.kyc.value;
    row.tos = c.tos.null ? TosStatus::Unknown : c.tos.value;
    row.msa = c.msa.null ? MsaStatus::Unknown : c.msa.value;
    row.typeNull = c.type.null;
    row.kycNull = c.kyc.null;
    row.tosNull = c.tos.null;
    row.msaNull = c.msa.null;
    noteUnknown(row.rawUnknownStatus, u"type", c.type);
    noteUnknown(row.rawUnknownStatus, u"kyc", c.kyc);
    noteUnknown(row.rawUnknownStatus, u"tos", c.tos);
    noteUnknown(row.rawUnknownStatus, u"msa", c.msa);
    row.rawUnknownStatus.squeeze();
    return row;
}

QString CustomerRow::searchTextOf(const Customer &c)
{
    return (c.displayName() + u'\n' + c.email.value_or(QString()) + u'\n' + c.id).toLower();
}

QString CustomerRow::unknownRaw(QStringView field) const
{
    if (rawUnknownStatus.isEmpty())
        return {};
    for (QStringView part : QStringView(rawUnknownStatus).split(u';')) {
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

void CustomerRowBatch::append(CustomerRow row)
{
    const qsizetype from = haystack.size();
    appendSearchText(haystack, row);
    row.searchChunk = 0;
    row.searchOffset = int(from);
    row.searchLength = int(haystack.size() - from);
    row.idHash = CustomerRow::hashId(row.id);
    rows.append(std::move(row));
}

void CustomerRowBatch::append(const Customer &customer)
{
    append(CustomerRow::fromCustomer(customer));
}

void CustomerRowBatch::append(const CustomerRowBatch &other)
{
    if (rows.isEmpty() && haystack.isEmpty()) {
        *this = other; // shares both lists: nothing copied
        return;
    }
    const qsizetype shift = haystack.size();
    haystack += other.haystack;
    // No reserve(): pages are appended one after another, and an exact reserve each time would copy
    // the whole batch again and again; appends grow the list geometrically (by realloc, the rows being
    // relocatable).
    for (CustomerRow row : other.rows) {
        row.searchOffset += int(shift);
        rows.append(std::move(row));
    }
}
