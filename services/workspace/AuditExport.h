#pragma once

#include "ReviewTypes.h"
#include "WorkspaceError.h"

#include <optional>
#include <QByteArray>
#include <QList>

// The audit rows an analyst is looking at, as a file for an auditor: CSV (one row a line, detail
// as compact JSON, cells a spreadsheet would run made safe) or JSON Lines (one ReviewJson object a
// line). Both carry the chain hashes, so an export of the whole trail can be checked on its own.
namespace AuditExport {

enum class Format { Csv, JsonLines };

QByteArray toCsv(const QList<AuditRecord> &records);
QByteArray toJsonLines(const QList<AuditRecord> &records);
// Written through QSaveFile: the file is complete or not there.
std::optional<WorkspaceError> write(const QString &path, Format format, const QList<AuditRecord> &records);
// .jsonl / .ndjson → JSON Lines; anything else → CSV.
Format formatForPath(const QString &path);

} // namespace AuditExport
