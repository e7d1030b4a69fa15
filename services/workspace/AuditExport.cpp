#include "AuditExport.h"

#include "CsvReader.h"
#include "ReviewJson.h"
#include "TableExport.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

QByteArray AuditExport::toCsv(const QList<AuditRecord> &records)
{
    QString out = CsvReader::formatRecord({ u"seq"_s, u"recordedAt"_s, u"analyst"_s, u"action"_s,
                                            u"customerId"_s, u"detail"_s, u"previousHash"_s, u"hash"_s });
    for (const AuditRecord &r : records) {
        out += CsvReader::formatRecord(
            { QString::number(r.sequence), r.recordedAt.toUTC().toString(Qt::ISODateWithMs),
              CsvReader::spreadsheetSafe(r.analyst), CsvReader::spreadsheetSafe(r.event.action),
              CsvReader::spreadsheetSafe(r.event.customerId),
              QString::fromUtf8(QJsonDocument(r.event.detail).toJson(QJsonDocument::Compact)), r.previousHash,
              r.hash });
    }
    return out.toUtf8();
}

QByteArray AuditExport::toJsonLines(const QList<AuditRecord> &records)
{
    QByteArray out;
    for (const AuditRecord &r : records)
        out += QJsonDocument(ReviewJson::encode(r)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

AuditExport::Format AuditExport::formatForPath(const QString &path)
{
    return path.endsWith(u".jsonl"_s, Qt::CaseInsensitive) || path.endsWith(u".ndjson"_s, Qt::CaseInsensitive)
        ? Format::JsonLines
        : Format::Csv;
}

std::optional<WorkspaceError> AuditExport::write(const QString &path, Format format,
                                                 const QList<AuditRecord> &records)
{
    // Customer ids, reasons and analysts' names: the owner's to read, like the workspace itself.
    return TableExport::write(path, format == Format::Csv ? toCsv(records) : toJsonLines(records));
}
