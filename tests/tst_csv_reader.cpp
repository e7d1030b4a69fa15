// CsvReader on RFC 4180's cases and on what spreadsheets really write (BOM, CRLF, blank lines),
// and the errors that would otherwise shift data into the wrong column.

#include "CsvReader.h"
#include "TestColumns.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

namespace {
Rows fieldsOf(const CsvReader::Document &doc)
{
    Rows rows;
    for (const CsvReader::Record &r : doc.records)
        rows.append(r.fields);
    return rows;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        addColumns<QByteArray, Rows>("input", "expected");

        QTest::newRow("plain LF") << "a,b,c\n1,2,3\n"_ba
                                  << Rows { { u"a"_s, u"b"_s, u"c"_s }, { u"1"_s, u"2"_s, u"3"_s } };
        QTest::newRow("CRLF") << "a,b\r\n1,2\r\n"_ba << Rows { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("lone CR") << "a,b\r1,2"_ba << Rows { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("no final line break")
            << "a,b\n1,2"_ba << Rows { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("empty fields")
            << "a,,c\n,,\n"_ba << Rows { { u"a"_s, QString(), u"c"_s }, { QString(), QString(), QString() } };
        QTest::newRow("trailing comma at EOF") << "a,"_ba << Rows { { u"a"_s, QString() } };
        QTest::newRow("quoted comma") << "\"Doe, John\",x\n"_ba << Rows { { u"Doe, John"_s, u"x"_s } };
        QTest::newRow("doubled quotes")
            << "\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << Rows { { u"say \"hi\""_s, u"\""_s } };
        QTest::newRow("embedded LF") << "\"line 1\nline 2\",b\n"_ba
                                     << Rows { { u"line 1\nline 2"_s, u"b"_s } };
        QTest::newRow("embedded CRLF kept") << "\"x\r\ny\",b\r\n"_ba << Rows { { u"x\r\ny"_s, u"b"_s } };
        QTest::newRow("quoted empty") << "\"\",b\n\"\"\n"_ba << Rows { { QString(), u"b"_s }, { QString() } };
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBFtype,name\nbusiness,Ünïcödé GmbH\n"_ba
                                   << Rows { { u"type"_s, u"name"_s }, { u"business"_s, u"Ünïcödé GmbH"_s } };
        QTest::newRow("blank lines skipped") << "a\n\n\r\nb\n\n"_ba << Rows { { u"a"_s }, { u"b"_s } };
        QTest::newRow("spaces kept") << " a , b \n"_ba << Rows { { u" a "_s, u" b "_s } };
        QTest::newRow("empty input") << QByteArray() << Rows {};
        QTest::newRow("only BOM") << "\xEF\xBB\xBF"_ba << Rows {};
    }

    void parses()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, expected);
        const CsvReader::Document doc = CsvReader::parse(input);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(fieldsOf(doc), expected);
    }

    void recordsKnowTheirLine()
    {
        const CsvReader::Document doc = CsvReader::parse("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y\r\n"_ba);
        QVERIFY(doc.ok());
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records.at(0).line, 1);
        QCOMPARE(doc.records.at(1).line, 2);
        QCOMPARE(doc.records.at(2).line, 5); // after the two-line record and a blank line
    }

    void errors_data()
    {
        addColumns<QByteArray, int, QString>("input", "line", "mentions");

        QTest::newRow("quote in unquoted field") << "a,b\n1,2\"3\n"_ba << 2 << u"quote inside"_s;
        QTest::newRow("text after closing quote") << "a\n\"x\"y,z\n"_ba << 2 << u"after the closing quote"_s;
        QTest::newRow("unterminated") << "a\nb\n\"never\nclosed,\n"_ba << 3 << u"never closed"_s;
        QTest::newRow("invalid UTF-8 (Latin-1 export)") << "name\nM\xFCller\n"_ba << 1 << u"UTF-8"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const CsvReader::Document doc = CsvReader::parse(input);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error.contains(mentions), qPrintable(doc.error));
        QCOMPARE(doc.errorLine, line);
        QVERIFY(doc.records.isEmpty());
    }

    void formatRoundTrips()
    {
        const Rows rows { { u"plain"_s, u"with, comma"_s, u"say \"hi\""_s },
                          { u"multi\nline"_s, QString(), u" padded "_s },
                          { QString() },
                          { u"crlf\r\ninside"_s, u"ü"_s, u"=1+1"_s } };
        QString text;
        for (const QStringList &r : rows)
            text += CsvReader::formatRecord(r);
        QCOMPARE(CsvReader::formatField(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvReader::formatField(u"a\"b"_s), u"\"a\"\"b\""_s);
        const CsvReader::Document doc = CsvReader::parse(text.toUtf8());
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(fieldsOf(doc), rows);
    }

    // Found by fuzz_csv_reader: a record whose first field starts with U+FEFF, written alone (one
    // row of a report, say), read back as a byte order mark and lost the character.
    void leadingByteOrderMarkRoundTrips()
    {
        const QStringList record { u"\ufeffname"_s, u"x"_s };
        const QString written = CsvReader::formatRecord(record);
        QVERIFY(written.startsWith(u'"'));
        const CsvReader::Document doc = CsvReader::parse(written.toUtf8());
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(fieldsOf(doc), Rows { record });
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
