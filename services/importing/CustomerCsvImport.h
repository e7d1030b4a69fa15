#pragma once

// Bulk onboarding from a spreadsheet: one CSV row a Sphere create request (README, "Importing
// customers from CSV", documents the format). This class turns the file into rows that are ready
// to send or say what is wrong with them; CustomerImportRunner sends them.
//
// The header names columns after the request fields with dotted paths ("address.city",
// "meta.segment"); an unknown or repeated column is fatal, because every row would otherwise lose
// that data silently. Cell problems, missing or unacceptable document files and the validator's
// findings are per-row issues: such a row is reported and the others still go.

#include "CustomerRequestValidator.h"
#include "SphereRequestTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct ImportRow
{
    int row = 0; // 1-based data row: the header is not counted
    int line = 0; // line of the file the row starts on
    bool blank = false; // every cell empty: skipped, not an error
    // Documents carry their absolute path in DocumentUpload::fileName and no content: the bytes
    // are read again just before sending (loadDocuments), so a thousand rows with scans do not
    // all sit in memory at once.
    CustomerRequest request;
    QList<FieldIssue> issues; // a row with issues is not sent
    QByteArray idempotencyKey;
    QList<int> ownerNumbers; // N of ubos.N.* for each of request.ubos, to name their problems

    QString displayName() const; // "First Last" or the business name, for the report
};

struct ImportOutcome
{
    enum class Status { Created, Failed, Skipped };

    int row = 0;
    int line = 0;
    Status status = Status::Skipped;
    QString name;
    QString customerId; // Created
    QList<FieldIssue> issues; // Failed/Skipped: why (field may be empty when no field is to blame)

    static QString statusName(Status status); // "created", "failed", "skipped" (stable, for scripts)
};

class CustomerCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImport)

public:
    struct Plan
    {
        QList<ImportRow> rows;
        QString error; // fatal: nothing is sent (unreadable file, not CSV, unknown column, …)
        bool ok() const { return error.isEmpty(); }
    };

    // Reads, parses and checks the whole file; document paths are relative to its folder.
    static Plan load(const QString &csvPath,
                     qint64 maxDocumentBytes = CustomerRequestValidator::kDefaultMaxDocumentBytes,
                     const QDate &today = QDate::currentDate());
    static Plan parse(const QByteArray &csv, const QString &documentFolder,
                      qint64 maxDocumentBytes = CustomerRequestValidator::kDefaultMaxDocumentBytes,
                      const QDate &today = QDate::currentDate());

    // Every column the header may name, in the documented order ("meta.KEY" stands for any key).
    static QStringList columns();
    static QStringList documentColumns();

    // Fills each document's content from the file named in its fileName, checking type and size
    // again (the file may have changed since load()). Returns the issues; empty when all read.
    // `ownerNumbers` (ImportRow::ownerNumbers) names an owner's document problem by its column.
    static QList<FieldIssue> loadDocuments(CustomerRequest *request, qint64 maxDocumentBytes,
                                           const QList<int> &ownerNumbers = {});

    // Idempotency-Key of a row: a SHA-256 over the header, the row's cells and its row number.
    // Re-running an import after a crash, or after fixing some rows or appending new ones, sends
    // every unchanged row with the key it had, so the vendor answers with the customer it already
    // created instead of creating a duplicate.
    static QByteArray idempotencyKey(const QStringList &header, const QStringList &cells, int row);

    // The per-row report as CSV (row,line,status,customerId,name,fields,reason), CRLF lines.
    static QByteArray reportCsv(const QList<ImportOutcome> &outcomes);
};
