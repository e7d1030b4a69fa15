#pragma once

#include "SphereTypes.h"

#include <limits>
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

    QString rawUnknownStatus; // "kyc=…;tos=…" only when a status is unknown to this build
    // The row's texts live in two buffers shared by the rows of one page (a CustomerRowBatch's `text`
    // and `haystack`; the model keeps each page's buffers as they came, number textChunk in its
    // list). At searchOffset in `haystack`: "name\nemail\nid" in lowercase, then the search extras
    // (see searchExtras), which a keystroke scans. At textOffset in `text`: only those of name,
    // email and id that lowercasing changed, as the vendor sent them, back to back. A field already
    // in lowercase (nameFolded, ...) is read from the haystack: nearly every e-mail and id is, and
    // keeping them twice cost 130 MB at a million rows. Three strings a row were three allocations
    // to make on the decoder's thread and to free on a reload, and ≈ 100 bytes of headers a row; a
    // keystroke reads a thousand rows' haystacks front to back, several times faster than 100 000
    // scattered strings.
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
    // One byte for the seven flags: with the folded ones as bools of their own a row took 96
    // bytes, not 88.
    bool typeNull : 1;
    bool kycNull : 1;
    bool tosNull : 1;
    bool msaNull : 1;
    // Read from the haystack: the field is its own lowercase, and so (at least in length) is every
    // field before it, so its place there follows from the lengths.
    bool nameFolded : 1;
    bool emailFolded : 1;
    bool idFolded : 1;

    CustomerRow()
        : typeNull(true)
        , kycNull(true)
        , tosNull(true)
        , msaNull(true)
        , nameFolded(false)
        , emailFolded(false)
        , idFolded(false)
    { }

    // Everything but the texts, which the batch appends (CustomerRowBatch::append(const Customer &)).
    static CustomerRow fromCustomer(const Customer &customer);
    // What the search finds beyond name, email and id, as compact as the listing allows: "\n" and
    // the phone number's digits alone ("+1 (415) 555-0134" -> "14155550134"), then "\n" and each
    // beneficial owner's "first last". A million rows carry it, so nothing else (the list page has
    // wallet and bank account ids only, no addresses or account numbers). SphereListDecoder builds
    // the same text from the page's JSON.
    static QString searchExtras(const Customer &customer);
    static void appendPhoneDigits(QString &extras, QStringView phone);
    static quint32 hashId(QStringView id);
    // The vendor's string for an unknown status ("type", "kyc", "tos", "msa"); empty otherwise.
    QString unknownRaw(QStringView field) const;

    // The texts, given the buffers of the row's chunk.
    QStringView name(QStringView text, QStringView haystack) const
    {
        return nameFolded ? haystack.sliced(searchOffset, nameLength) : text.sliced(textOffset, nameLength);
    }
    QStringView email(QStringView text, QStringView haystack) const
    {
        return emailFolded ? haystack.sliced(searchOffset + nameLength + 1, emailLength)
                           : text.sliced(textOffset + unfoldedLength(nameFolded, nameLength), emailLength);
    }
    QStringView id(QStringView text, QStringView haystack) const
    {
        return idFolded ? haystack.sliced(searchOffset + nameLength + emailLength + 2, idLength)
                        : text.sliced(textOffset + unfoldedLength(nameFolded, nameLength)
                                          + unfoldedLength(emailFolded, emailLength),
                                      idLength);
    }
    QStringView searchText(QStringView haystack) const { return haystack.sliced(searchOffset, searchLength); }
    // What the row occupies in `text`: the fields that are not folded.
    qsizetype textLength() const
    {
        return unfoldedLength(nameFolded, nameLength) + unfoldedLength(emailFolded, emailLength)
            + unfoldedLength(idFolded, idLength);
    }

private:
    static int unfoldedLength(bool folded, int length) { return folded ? 0 : length; }
};
Q_DECLARE_TYPEINFO(CustomerRow, Q_RELOCATABLE_TYPE);

// Rows made together (a page of the list, or customers appended to the table at once), their texts
// back to back in `text` and `haystack` (see CustomerRow); each row's offsets are relative to them.
struct CustomerRowBatch
{
    QList<CustomerRow> rows;
    QString text;
    QString haystack;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    QStringView name(const CustomerRow &row) const { return row.name(text, haystack); }
    QStringView email(const CustomerRow &row) const { return row.email(text, haystack); }
    QStringView id(const CustomerRow &row) const { return row.id(text, haystack); }
    QStringView searchText(const CustomerRow &row) const { return row.searchText(haystack); }
    // Appends `row` with these texts and its lowercase search text: the texts, then `searchExtras`
    // (CustomerRow::searchExtras).
    void append(CustomerRow row, QStringView name, QStringView email, QStringView id,
                QStringView searchExtras = {});
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
