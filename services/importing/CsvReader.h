#pragma once

// RFC 4180 CSV, as spreadsheets export it: comma-separated fields, fields in double quotes may hold
// commas, line breaks and doubled quotes (""), records end with CRLF or LF (a lone CR too), the
// last line break is optional, UTF-8 with or without a byte-order mark.
//
// Why our own parser: Debian's libcsv (C, callbacks, no BOM or UTF-8 handling, last release 2013)
// and libfccp (column count fixed at compile time) both need a wrapper bigger than this class, and
// bulk onboarding needs exact error positions (line and column) that neither reports.
//
// Strict where leniency would silently shift data between columns: a quote inside an unquoted
// field, text after a closing quote, an unterminated quoted field and invalid UTF-8 are errors
// with the line they are on. Blank lines (outside quotes) are skipped, as spreadsheets leave them.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based physical line the record starts on (quoted line breaks count)
    };

    struct Document
    {
        QList<Record> records;
        QString error; // empty when the whole input parsed
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    static Document parse(const QByteArray &utf8);

    // The same dialect written back: quotes a field only when it has to (comma, quote, CR, LF,
    // leading/trailing space that some readers trim, or a leading U+FEFF that would read as a byte
    // order mark); records end with CRLF as RFC 4180 says.
    static QString formatField(const QString &field);
    static QString formatRecord(const QStringList &fields);
    // A cell a spreadsheet must not run: one starting with = + - @, a tab or a carriage return gets
    // a leading apostrophe.
    static QString spreadsheetSafe(const QString &text);
};
