#pragma once

#include "WorkspaceError.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QStringList>

// A table an analyst takes out of the desk, as a file. CSV is RFC 4180 in UTF-8; the spreadsheet
// flavour adds the byte-order mark Excel needs to read UTF-8. In both, a cell a spreadsheet would
// run as a formula (starting with = + - @, a tab or CR) is made inert. Files are written whole
// (QSaveFile) and owner-only: they hold customers' data.
namespace TableExport {

enum class Format { Csv, SpreadsheetCsv };

QByteArray encode(const QList<QStringList> &rows, Format format);
std::optional<WorkspaceError> write(const QString &path, const QByteArray &bytes);

} // namespace TableExport
