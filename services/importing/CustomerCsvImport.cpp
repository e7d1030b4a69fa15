#include "CustomerCsvImport.h"

#include "CsvReader.h"
#include "CustomerCsvColumns.h"
#include "DocumentInspector.h"
#include "EnumTable.h"

#include <algorithm>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace CustomerCsvColumns;

constexpr QLatin1StringView kMetaPrefix("meta.");
constexpr int kMaxUbos = 99; // columns ubos.1.* to ubos.99.*

std::optional<DateOfBirth> parseDate(const QString &text)
{
    static const QRegularExpression datePattern(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const auto m = datePattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return DateOfBirth { m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt() };
}

// Reads and checks a document cell; the issue names `field`.
std::optional<DocumentUpload> readDocument(const QDir &folder, const QString &cell, const QString &field,
                                           qint64 maxDocumentBytes, QList<FieldIssue> *issues)
{
    const QString path = QDir::cleanPath(folder.absoluteFilePath(cell));
    QByteArray content;
    const DocumentInspector::Check check = DocumentInspector::checkFile(path, maxDocumentBytes, &content);
    if (!check.ok()) {
        issues->append(
            { field, QCoreApplication::translate("CustomerCsvImport", "%1 (%2)").arg(check.problem, cell) });
        return std::nullopt;
    }
    DocumentUpload upload;
    upload.fileName = path;
    upload.content = content;
    upload.type = check.type;
    return upload;
}

// A cell of a kind both a customer and an owner have (text, date, address part, document) read into
// `request`, or into `issues` naming `field`; false for a kind only the customer has.
template<typename Request, typename ColumnOf>
bool readCommonCell(Request &request, const ColumnOf &column, const QString &field, const QString &value,
                    const QDir &folder, qint64 maxDocumentBytes, QList<FieldIssue> *issues)
{
    using Kind = typename ColumnOf::Kind;
    if (column.kind == Kind::Text) {
        request.*column.text = value;
    } else if (column.kind == Kind::Date) {
        if (const auto dob = parseDate(value))
            request.dob = *dob;
        else
            issues->append(
                { field,
                  QCoreApplication::translate("CustomerCsvImport", "write the date as YYYY-MM-DD, not \"%1\"")
                      .arg(value) });
    } else if (column.kind == Kind::AddressPart) {
        if (!request.address)
            request.address = Address {};
        (*request.address).*column.address = value;
    } else if (column.kind == Kind::Document) {
        if (auto upload = readDocument(folder, value, field, maxDocumentBytes, issues))
            request.*column.document = std::move(*upload);
    } else {
        return false;
    }
    return true;
}

// Every document of a request (top level and owners'), with the name of its column.
template<typename Request, typename Fn>
void forEachDocument(Request &request, Fn &&fn, const QList<int> &ownerNumbers = {})
{
    for (const Column &column : columnTable()) {
        if (column.kind == Column::Kind::Document && request.*column.document)
            fn(*(request.*column.document), QString::fromUtf16(column.name));
    }
    for (qsizetype i = 0; i < request.ubos.size(); ++i) {
        for (const UboColumn &column : uboColumnTable()) {
            if (column.kind == UboColumn::Kind::Document && request.ubos[i].*column.document)
                fn(*(request.ubos[i].*column.document),
                   (i < ownerNumbers.size() ? u"ubos.%1."_s.arg(ownerNumbers.at(i)) : u"ubos[%1]."_s.arg(i))
                       + QString::fromUtf16(column.name));
        }
    }
}

// A header cell resolved: a known column, or a meta key.
struct HeaderCell
{
    const Column *column = nullptr;
    const UboColumn *uboColumn = nullptr;
    int uboNumber = 0; // N of ubos.N.*
    QString metaKey;
};

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

} // namespace

QString ImportRow::displayName() const
{
    if (request.isBusiness())
        return request.name.value_or(QString());
    return QStringList { request.firstName.value_or(QString()), request.lastName.value_or(QString()) }
        .join(u' ')
        .trimmed();
}

QString ImportOutcome::statusName(Status status)
{
    static constexpr EnumSpelling<Status> kNames[] = {
        { Status::Created, u"created" },
        { Status::Failed, u"failed" },
        { Status::Skipped, u"skipped" },
    };
    return spellingOf(kNames, status);
}

QStringList CustomerCsvImport::columns()
{
    QStringList names;
    for (const Column &c : columnTable())
        names.append(QString::fromUtf16(c.name));
    names.append(kMetaPrefix + u"KEY"_s);
    for (const UboColumn &c : uboColumnTable())
        names.append(u"ubos.N."_s + QString::fromUtf16(c.name));
    return names;
}

QStringList CustomerCsvImport::documentColumns()
{
    QStringList names;
    for (const Column &c : columnTable()) {
        if (c.kind == Column::Kind::Document)
            names.append(QString::fromUtf16(c.name));
    }
    return names;
}

QByteArray CustomerCsvImport::idempotencyKey(const QStringList &header, const QStringList &cells, int row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed cells, so ("a,b") and ("a", "b") cannot hash alike.
    const auto add = [&hash](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    };
    for (const QString &h : header)
        add(h);
    hash.addData("\n");
    for (const QString &c : cells)
        add(c);
    hash.addData(QByteArray("\n" + QByteArray::number(row)));
    return "kycdesk-import-" + hash.result().toHex().left(40) + '-' + QByteArray::number(row);
}

CustomerCsvImport::Plan CustomerCsvImport::load(const QString &csvPath, qint64 maxDocumentBytes,
                                                const QDate &today)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        Plan plan;
        plan.error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(csvPath), file.errorString());
        return plan;
    }
    return parse(file.readAll(), QFileInfo(csvPath).absolutePath(), maxDocumentBytes, today);
}

CustomerCsvImport::Plan CustomerCsvImport::parse(const QByteArray &csv, const QString &documentFolder,
                                                 qint64 maxDocumentBytes, const QDate &today)
{
    Plan plan;
    const CsvReader::Document doc = CsvReader::parse(csv);
    if (!doc.ok()) {
        plan.error = tr("line %1: %2").arg(doc.errorLine).arg(doc.error);
        return plan;
    }
    if (doc.records.isEmpty()) {
        plan.error = tr("the file is empty: the first line must name the columns (type, email, …)");
        return plan;
    }

    // The header: every column must be known, once.
    QStringList header = doc.records.constFirst().fields;
    QHash<QString, const Column *> byName;
    for (const Column &c : columnTable())
        byName.insert(QString::fromUtf16(c.name), &c);
    QHash<QString, const UboColumn *> uboByName;
    for (const UboColumn &c : uboColumnTable())
        uboByName.insert(QString::fromUtf16(c.name), &c);
    static const QRegularExpression uboPattern(u"^ubos\\.(\\d+)\\.(.+)$"_s);
    QList<HeaderCell> cells;
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        header[i] = name;
        const QString position = tr("column %1").arg(i + 1);
        if (name.isEmpty()) {
            plan.error = tr("header: %1 has no name").arg(position);
            return plan;
        }
        if (seen.contains(name)) {
            plan.error = tr("header: column \"%1\" appears twice").arg(name);
            return plan;
        }
        seen.insert(name);
        HeaderCell cell;
        const QRegularExpressionMatch ubo = uboPattern.match(name);
        if (name.startsWith(kMetaPrefix) && name.size() > kMetaPrefix.size()) {
            cell.metaKey = name.mid(kMetaPrefix.size());
        } else if (ubo.hasMatch()) {
            cell.uboNumber = ubo.captured(1).toInt();
            cell.uboColumn = uboByName.value(ubo.captured(2));
            if (cell.uboNumber < 1 || cell.uboNumber > kMaxUbos || ubo.captured(1).startsWith(u'0')) {
                plan.error = tr("header: column \"%1\" (%2): owners are numbered ubos.1 to ubos.%3")
                                 .arg(name, position)
                                 .arg(kMaxUbos);
                return plan;
            }
            if (!cell.uboColumn) {
                QStringList known;
                for (const UboColumn &c : uboColumnTable())
                    known.append(QString::fromUtf16(c.name));
                plan.error
                    = tr("header: unknown owner column \"%1\" (%2); an owner's columns are ubos.N. followed "
                         "by one of: %3")
                          .arg(name, position, known.join(u", "_s));
                return plan;
            }
        } else if (const Column *column = byName.value(name)) {
            cell.column = column;
        } else {
            plan.error = tr("header: unknown column \"%1\" (%2); known columns: %3")
                             .arg(name, position, columns().join(u", "_s));
            return plan;
        }
        cells.append(cell);
    }
    if (!seen.contains(u"type"_s)) {
        plan.error = tr("header: a \"type\" column is required (individual or business)");
        return plan;
    }

    const QDir folder(documentFolder);
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvReader::Record &record = doc.records.at(r);
        ImportRow row;
        row.row = int(r);
        row.line = record.line;
        QStringList values;
        for (const QString &v : record.fields) {
            // Spreadsheets end records with CRLF but write line breaks inside a cell as LF; a
            // CRLF inside quotes is the same line break, stored once one way.
            QString value = v.trimmed();
            value.replace(u"\r\n"_s, u"\n"_s);
            values.append(value);
        }
        row.idempotencyKey = idempotencyKey(header, values, row.row);
        row.blank = std::all_of(values.cbegin(), values.cend(), [](const QString &v) { return v.isEmpty(); });
        if (row.blank) {
            plan.rows.append(row);
            continue;
        }
        if (values.size() != cells.size()) {
            // Too few or too many cells means a column shifted: sending it would put data in the
            // wrong field.
            row.issues.append(
                { QString(),
                  tr("the row has %1 cells but the header has %2").arg(values.size()).arg(cells.size()) });
            plan.rows.append(row);
            continue;
        }

        CustomerRequest &req = row.request;
        QMap<int, UboRequest> owners; // by N, so ubos.2 follows ubos.1 whatever the column order
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString &value = values.at(c);
            if (value.isEmpty())
                continue; // an empty cell is an absent field
            const HeaderCell &cell = cells.at(c);
            if (cell.uboColumn) {
                readCommonCell(owners[cell.uboNumber], *cell.uboColumn, header.at(c), value, folder,
                               maxDocumentBytes, &row.issues);
                continue;
            }
            if (!cell.column) {
                req.hasMeta = true;
                req.meta.insert(cell.metaKey, value);
                continue;
            }
            const Column &column = *cell.column;
            const QString field = QString::fromUtf16(column.name);
            if (readCommonCell(req, column, field, value, folder, maxDocumentBytes, &row.issues))
                continue;
            switch (column.kind) {
            case Column::Kind::Flag:
                if (const auto flag = parseFlag(value))
                    req.*column.flag = *flag;
                else
                    row.issues.append({ field, tr("write true or false, not \"%1\"").arg(value) });
                break;
            case Column::Kind::Number: {
                bool ok = false;
                const double number = QLocale::c().toDouble(value, &ok);
                if (ok)
                    req.expectedMonthlyPaymentsUsd = number;
                else
                    row.issues.append({ field, tr("write a number like 25000.50, not \"%1\"").arg(value) });
                break;
            }
            case Column::Kind::List: {
                QStringList items;
                for (const QString &item : value.split(u';', Qt::SkipEmptyParts)) {
                    if (!item.trimmed().isEmpty())
                        items.append(item.trimmed());
                }
                req.highRiskActivities = items;
                break;
            }
            default:
                break; // read above
            }
        }
        req.ubos = owners.values();
        req.hasUbos = !owners.isEmpty();
        QList<FieldIssue> issues = CustomerRequestValidator::validate(
            req, CustomerRequestValidator::Mode::Create, maxDocumentBytes, today);
        // The validator names owners by position ("ubos[0].ssn"); the file by their columns ("ubos.1.ssn").
        const QList<int> numbers = owners.keys();
        row.ownerNumbers = numbers;
        static const QRegularExpression position(u"^ubos\\[(\\d+)\\]"_s);
        for (FieldIssue &issue : issues) {
            const QRegularExpressionMatch m = position.match(issue.field);
            const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
            if (index >= 0 && index < numbers.size())
                issue.field = u"ubos.%1"_s.arg(numbers.at(index)) + issue.field.mid(m.capturedLength());
        }
        row.issues += issues;
        // Checked; the bytes are read again when the row is sent (see ImportRow).
        forEachDocument(req, [](DocumentUpload &upload, const QString &) { upload.content.clear(); });
        plan.rows.append(row);
    }
    return plan;
}

QList<FieldIssue> CustomerCsvImport::loadDocuments(CustomerRequest *request, qint64 maxDocumentBytes,
                                                   const QList<int> &ownerNumbers)
{
    QList<FieldIssue> issues;
    forEachDocument(
        *request,
        [&](DocumentUpload &upload, const QString &field) {
            QByteArray content;
            const DocumentInspector::Check check
                = DocumentInspector::checkFile(upload.fileName, maxDocumentBytes, &content);
            if (!check.ok())
                issues.append({ field, check.problem });
            else {
                upload.content = content;
                upload.type = check.type;
            }
        },
        ownerNumbers);
    return issues;
}

QByteArray CustomerCsvImport::reportCsv(const QList<ImportOutcome> &outcomes)
{
    // Names come from the input file and reasons from the vendor, so neither may run as a formula
    // when the analyst opens the report.
    const auto safe = &CsvReader::spreadsheetSafe;
    QString out = CsvReader::formatRecord(
        { u"row"_s, u"line"_s, u"status"_s, u"customerId"_s, u"name"_s, u"fields"_s, u"reason"_s });
    for (const ImportOutcome &o : outcomes) {
        QStringList fields;
        QStringList reasons;
        for (const FieldIssue &issue : o.issues) {
            if (!issue.field.isEmpty() && !fields.contains(issue.field))
                fields.append(issue.field);
            reasons.append(issue.field.isEmpty() ? issue.message : issue.field + u": "_s + issue.message);
        }
        out += CsvReader::formatRecord({ QString::number(o.row), QString::number(o.line),
                                         ImportOutcome::statusName(o.status), o.customerId, safe(o.name),
                                         fields.join(u';'), safe(reasons.join(u"; "_s)) });
    }
    return out.toUtf8();
}
