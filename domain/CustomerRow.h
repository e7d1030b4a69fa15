#pragma once

#include "SphereTypes.h"

#include <limits>
#include <QAnyStringView>
#include <QByteArray>
#include <QList>
#include <QString>

// One compact row per customer, as the customer table keeps it. An analyst's book reaches 100 000
// customers, so the table keeps only what its columns and filters need and the detail pane fetches
// the full customer on demand. It lives in services because the list decoder builds these rows
// straight from the page's JSON on the thread pool: going through a full Customer value (dozens of
// fields) and converting it on the UI thread cost more than the decoding itself.
struct CustomerRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); // created/updated missing

    // The row's texts live in two buffers shared by the rows of one page (a CustomerRowBatch's `text`
    // and `haystack`; the model keeps each page's buffers as they came, number textChunk in its
    // list). At searchOffset in `haystack`: "name\nemail\nid" in lowercase, then the search extras
    // (see searchExtras), as UTF-8, which a keystroke scans: at a million rows a keystroke is bound
    // by the memory it reads, and UTF-16 read twice as much. At textOffset in `text`: name and e-mail
    // as the vendor sent them, then the id too unless it is already lowercase ASCII (idFolded), as
    // nearly every id is: that one is read from the haystack. Last in `text`, and nearly always empty,
    // the raw text of the statuses this build does not know ("kyc=…;tos=…", unknownStatuses()): a
    // QString of its own in every row would take 24 of its 64 bytes. Three strings a row were three
    // allocations to make on the decoder's thread and to free on a reload, and ≈ 100 bytes of
    // headers a row; a keystroke reads a thousand rows' haystacks front to back, several times
    // faster than 100 000 scattered strings.
    int textChunk = 0;
    int textOffset = 0;
    int nameLength = 0;
    int emailLength = 0;
    int idLength = 0;
    int searchOffset = 0;
    int searchLength = 0;
    // hashId(id), computed when the row joins its batch, while the id is in cache; the table's id
    // index (CustomerIdIndex) uses it instead of reading every id again.
    quint32 idHash = 0;
    qint64 createdMs = NoTime;
    qint64 updatedMs = NoTime;
    int openRequirements = 0;
    quint32 requirementMask = 0; // RequirementKeys::bitOf of each open requirement
    CustomerType type = CustomerType::Unknown;
    KycStatus kyc = KycStatus::Unknown;
    TosStatus tos = TosStatus::Unknown;
    MsaStatus msa = MsaStatus::Unknown;
    // One byte for the five flags: with idFolded a bool of its own the row would not fit in 64 bytes.
    bool typeNull : 1;
    bool kycNull : 1;
    bool tosNull : 1;
    bool msaNull : 1;
    // The id is read from the haystack: it is lowercase ASCII, and name and e-mail took a byte a
    // character there, so its place follows from their lengths.
    bool idFolded : 1;
    quint16 unknownLength = 0; // of the unknown statuses' text, at most kMaxUnknownStatusText

    static constexpr qsizetype kMaxUnknownStatusText = 0xffff;

    CustomerRow() : typeNull(true), kycNull(true), tosNull(true), msaNull(true), idFolded(false) { }

    // Everything but the texts, which the batch appends (CustomerRowBatch::append(const Customer &)).
    static CustomerRow fromCustomer(const Customer &customer);
    // "kyc=…;tos=…" for the statuses of `customer` this build does not know; empty when it knows all.
    static QString unknownStatuses(const Customer &customer);
    // What the search finds beyond name, email and id, as compact as the listing allows: "\n" and
    // the phone number's digits alone ("+1 (415) 555-0134" -> "14155550134"), then "\n" and each
    // beneficial owner's "first last". A million rows carry it, so nothing else (the list page has
    // wallet and bank account ids only, no addresses or account numbers). SphereListDecoder builds
    // the same text from the page's JSON.
    static QString searchExtras(const Customer &customer);
    static void appendPhoneDigits(QString &extras, QStringView phone);
    static quint32 hashId(QStringView id);
    // The vendor's string for an unknown status ("type", "kyc", "tos", "msa") in a row's
    // unknownStatuses(); empty otherwise.
    static QString unknownRaw(QStringView unknownStatuses, QStringView field);

    // The texts, given the buffers of the row's chunk.
    QStringView name(QStringView text) const { return text.sliced(textOffset, nameLength); }
    QStringView email(QStringView text) const { return text.sliced(textOffset + nameLength, emailLength); }
    QAnyStringView id(QStringView text, QByteArrayView haystack) const
    {
        if (idFolded)
            return QLatin1StringView(haystack.sliced(searchOffset + nameLength + emailLength + 2, idLength));
        return text.sliced(textOffset + nameLength + emailLength, idLength);
    }
    QByteArrayView searchText(QByteArrayView haystack) const
    {
        return haystack.sliced(searchOffset, searchLength);
    }
    QStringView unknownStatuses(QStringView text) const
    {
        return text.sliced(textOffset + textLength() - unknownLength, unknownLength);
    }
    // What the row occupies in `text`.
    qsizetype textLength() const
    {
        return nameLength + emailLength + (idFolded ? 0 : idLength) + unknownLength;
    }
};
Q_DECLARE_TYPEINFO(CustomerRow, Q_RELOCATABLE_TYPE);

// Rows made together (a page of the list, or customers appended to the table at once), their texts
// back to back in `text` and `haystack` (see CustomerRow); each row's offsets are relative to them.
struct CustomerRowBatch
{
    QList<CustomerRow> rows;
    QString text;
    QByteArray haystack;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    QStringView name(const CustomerRow &row) const { return row.name(text); }
    QStringView email(const CustomerRow &row) const { return row.email(text); }
    QAnyStringView id(const CustomerRow &row) const { return row.id(text, haystack); }
    QByteArrayView searchText(const CustomerRow &row) const { return row.searchText(haystack); }
    QStringView unknownStatuses(const CustomerRow &row) const { return row.unknownStatuses(text); }
    // Appends `row` with these texts and its lowercase search text: the texts, then `searchExtras`
    // (CustomerRow::searchExtras). Unknown statuses' text beyond kMaxUnknownStatusText is cut, with
    // an ellipsis: no vendor status is that long, and a row must not carry what a hostile one sends.
    void append(CustomerRow row, QStringView name, QStringView email, QStringView id,
                QStringView searchExtras = {}, QStringView unknownStatuses = {});
    // The same for texts that are all ASCII (isAscii), as in nearly every row of a page: the list
    // decoder has them as bytes, and widening and lowering them sixteen at a time skips a UTF-16
    // copy of each. A row with any other character goes through append().
    void appendAscii(CustomerRow row, QLatin1StringView name, QLatin1StringView email, QLatin1StringView id,
                     QLatin1StringView searchExtras, QStringView unknownStatuses);
    static bool isAscii(QLatin1StringView text);
    // The row's place at the end of `text` and `haystack`, with its texts' lengths.
    void placeRow(CustomerRow &row, qsizetype name, qsizetype email, qsizetype id) const;
    // The unknown statuses' text after the row's others in `text`, cut at kMaxUnknownStatusText.
    void appendUnknownStatuses(CustomerRow &row, QStringView unknownStatuses);
    // Appends a row of `from` with its texts and search text as they are there.
    void appendCopy(CustomerRow row, const CustomerRowBatch &from);
    void append(const Customer &customer);
};

// One page of the customer list as table rows (SphereListDecoder::decodeTableRows).
struct CustomerRowPage
{
    CustomerRowBatch rows;
    Pagination pagination;
};
