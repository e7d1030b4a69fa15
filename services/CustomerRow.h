#pragma once

#include "SphereTypes.h"

#include <limits>
#include <QList>
#include <QString>

// One compact row per customer, as the customer table keeps it. An analyst's book reaches 100 000
// customers, so the table keeps only what its columns and filters need (measured ≈ 450 bytes of heap
// a row, id index and search text included, on 100 000 synthetic rows) and the detail pane fetches
// the full customer on demand. It lives in services because the list decoder builds these rows
// straight from the page's JSON on the thread pool: going through a full Customer value (dozens of
// fields) and converting it on the UI thread cost more than the decoding itself.
struct CustomerRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); // created/updated missing

    QString id;
    QString name;
    QString email;
    QString rawUnknownStatus; // "kyc=…;tos=…" only when a status is unknown to this build
    // The precomputed lowercase haystack "name\nemail\nid" lives in a buffer shared by the rows of
    // one page (a CustomerRowBatch's; the model keeps each page's buffer as it came, number
    // searchChunk in its list): a keystroke scans 100 000 of them, and a thousand rows' texts read
    // front to back are several times faster than 100 000 scattered heap strings.
    int searchChunk = 0;
    int searchOffset = 0;
    int searchLength = 0;
    // hashId(id), computed by CustomerRowBatch::append on the decoder's thread while the id is in cache;
    // the table's id index (CustomerIdIndex) uses it instead of reading every id again.
    quint32 idHash = 0;
    qint64 createdMs = NoTime;
    qint64 updatedMs = NoTime;
    int openRequirements = 0;
    CustomerType type = CustomerType::Unknown;
    KycStatus kyc = KycStatus::Unknown;
    TosStatus tos = TosStatus::Unknown;
    MsaStatus msa = MsaStatus::Unknown;
    bool typeNull = true;
    bool kycNull = true;
    bool tosNull = true;
    bool msaNull = true;

    static CustomerRow fromCustomer(const Customer &customer); // searchOffset/Length left at 0
    static quint32 hashId(QStringView id);
    static QString searchTextOf(const Customer &customer); // lowercase name + email + id
    // The vendor's string for an unknown status ("type", "kyc", "tos", "msa"); empty otherwise.
    QString unknownRaw(QStringView field) const;
};
Q_DECLARE_TYPEINFO(CustomerRow, Q_RELOCATABLE_TYPE);

// Rows decoded together (a page, or several pages waiting for the table), their search texts back to
// back in `haystack`; each row's searchOffset is relative to it.
struct CustomerRowBatch
{
    QList<CustomerRow> rows;
    QString haystack;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    void clear() { *this = {}; }
    QStringView searchText(const CustomerRow &row) const
    {
        return QStringView(haystack).mid(row.searchOffset, row.searchLength);
    }
    // Appends `row`, with `name`, `email` and `id` set, and its lowercase search text.
    void append(CustomerRow row);
    void append(const Customer &customer);
    void append(const CustomerRowBatch &other);
};

// One page of the customer list as table rows (SphereListDecoder::decodeTableRows).
struct CustomerRowPage
{
    CustomerRowBatch rows;
    Pagination pagination;
};
