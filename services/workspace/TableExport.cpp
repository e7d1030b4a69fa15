#include "TableExport.h"

#include "CsvReader.h"
#include "PrivateFileGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

QByteArray TableExport::encode(const QList<QStringList> &rows, Format format)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList safe;
        safe.reserve(row.size());
        for (const QString &cell : row)
            safe << CsvReader::spreadsheetSafe(cell);
        text += CsvReader::formatRecord(safe);
    }
    QByteArray bytes = text.toUtf8();
    if (format == Format::SpreadsheetCsv)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

std::optional<WorkspaceError> TableExport::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Owner-only from the first byte: the temporary file is made private before anything is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFileGuard::kFileMode)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return WorkspaceError::make(WorkspaceError::Kind::Unavailable,
                                    QCoreApplication::translate("TableExport", "Could not write %1: %2")
                                        .arg(path, file.errorString()));
    }
    QFile::setPermissions(path, PrivateFileGuard::kFileMode);
    return std::nullopt;
}
