// CustomerCsvImport without a network: header rules, how cells become request fields, per-row issues,
// idempotency keys that survive edits to other rows, and the report's CSV.

#include "CsvReader.h"
#include "CustomerCsvImport.h"
#include "TestColumns.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDate kToday(2026, 11, 25);
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + "synthetic";

CustomerCsvImport::Plan plan(const QByteArray &csv, const QString &folder = QDir::tempPath())
{
    return CustomerCsvImport::parse(csv, folder, CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday);
}

QStringList fieldsOf(const QList<FieldIssue> &issues)
{
    QStringList fields;
    for (const FieldIssue &i : issues)
        fields.append(i.field);
    return fields;
}
} // namespace

class TestCustomerCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerProblemsAreFatal_data()
    {
        addColumns<QByteArray, QString>("csv", "mentions");
        QTest::newRow("unknown column") << "type,email,adress.city\r\n"_ba << u"\"adress.city\""_s;
        QTest::newRow("case matters") << "type,Email\r\n"_ba << u"\"Email\""_s;
        QTest::newRow("repeated column") << "type,email,email\r\n"_ba << u"twice"_s;
        QTest::newRow("empty column name") << "type,,email\r\n"_ba << u"column 2"_s;
        QTest::newRow("meta without key") << "type,meta.\r\n"_ba << u"\"meta.\""_s;
        QTest::newRow("no type column") << "firstName,email\r\n"_ba << u"\"type\""_s;
        QTest::newRow("empty file") << QByteArray() << u"empty"_s;
        QTest::newRow("not CSV") << "type\r\n\"open\r\n"_ba << u"line 2"_s;
        QTest::newRow("unknown owner field") << "type,ubos.1.fristName\r\n"_ba << u"\"ubos.1.fristName\""_s;
        QTest::newRow("owner number 0") << "type,ubos.0.firstName\r\n"_ba << u"ubos.1 to ubos.99"_s;
        QTest::newRow("owner number 01") << "type,ubos.01.firstName\r\n"_ba << u"ubos.1 to ubos.99"_s;
    }

    void headerProblemsAreFatal()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, mentions);
        const CustomerCsvImport::Plan p = plan(csv);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(mentions), qPrintable(p.error));
        QVERIFY(p.rows.isEmpty());
    }

    void cellsBecomeRequestFields()
    {
        const QByteArray csv
            = "\xEF\xBB\xBF"
              "type, name "
              ",email,website,address.line1,address.line2,address.country,highVolume,"
              "tosAccepted,expectedMonthlyPaymentsUsd,highRiskActivities,meta."
              "segment,meta.owner,ein\r\n"
              "business,\"Example Holdings, Inc.\", ops@example.com "
              ",https://example.com,1 Way,"
              "\"Floor 2\r\nDesk 3\",USA,Yes,0,2500.50,gambling; lending_banking;,retail,,12-3456789\r\n"_ba;
        const CustomerCsvImport::Plan p = plan(csv);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), 1);
        const ImportRow &row = p.rows.constFirst();
        QCOMPARE(row.row, 1);
        QCOMPARE(row.line, 2);
        const CustomerRequest &r = row.request;
        QCOMPARE(r.type, u"business"_s);
        QCOMPARE(r.name, u"Example Holdings, Inc."_s);
        QCOMPARE(r.email, u"ops@example.com"_s); // trimmed
        QCOMPARE(r.address->line2, u"Floor 2\nDesk 3"_s); // one kind of line break
        QCOMPARE(r.address->country, u"USA"_s);
        QVERIFY(!r.address->city); // no column: absent
        QCOMPARE(r.highVolume, true);
        QCOMPARE(r.tosAccepted, false);
        QCOMPARE(r.expectedMonthlyPaymentsUsd, 2500.5);
        QCOMPARE(r.highRiskActivities, (QStringList { u"gambling"_s, u"lending_banking"_s }));
        QVERIFY(r.hasMeta);
        QCOMPARE(r.meta, (QJsonObject { { u"segment"_s, u"retail"_s } })); // empty meta.owner left out
        QCOMPARE(r.ein, u"12-3456789"_s);
        QVERIFY(!r.firstName);
        QCOMPARE(row.displayName(), u"Example Holdings, Inc."_s);
        QVERIFY2(row.issues.isEmpty(), qPrintable(fieldsOf(row.issues).join(u',')));
    }

    void rowIssuesNameTheirField()
    {
        const QByteArray csv = "type,firstName,lastName,email,dob,highVolume,"
                               "expectedMonthlyPaymentsUsd\r\n"
                               "individual,A,B,a@example.com,1990-3-23,maybe,lots\r\n"
                               "individual,A,B,a@example.com\r\n"
                               ",,,,,,\r\n"
                               "individual,A,B,a@example.com,1990-03-23,no,\r\n"_ba;
        const CustomerCsvImport::Plan p = plan(csv);
        QVERIFY(p.ok());
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(fieldsOf(p.rows.at(0).issues),
                 (QStringList { u"dob"_s, u"highVolume"_s, u"expectedMonthlyPaymentsUsd"_s }));
        QCOMPARE(p.rows.at(1).issues.size(), 1); // 4 cells, 7 columns
        QVERIFY(p.rows.at(1).issues.constFirst().field.isEmpty());
        QVERIFY(p.rows.at(1).issues.constFirst().message.contains(u"4"_s));
        QVERIFY(p.rows.at(2).blank);
        QVERIFY(p.rows.at(3).issues.isEmpty());
        QCOMPARE(p.rows.at(3).request.dob, (DateOfBirth { 23, 3, 1990 }));
    }

    void documentsAreCheckedThenDropped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"docs"_s);
        QFile png(dir.filePath(u"docs/front.png"_s));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(kPng);
        png.close();
        QFile text(dir.filePath(u"docs/note.png"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image\n");
        text.close();

        const QByteArray csv = "type,firstName,lastName,email,identityDocumentFront\r\n"
                               "individual,A,B,a@example.com,docs/front.png\r\n"
                               "individual,A,B,a@example.com,docs/none.png\r\n"
                               "individual,A,B,a@example.com,docs/note.png\r\n"_ba;
        const CustomerCsvImport::Plan p = plan(csv, dir.path());
        QVERIFY(p.ok());
        const ImportRow &good = p.rows.at(0);
        QVERIFY(good.issues.isEmpty());
        QVERIFY(good.request.identityDocumentFront);
        QVERIFY(good.request.identityDocumentFront->content.isEmpty()); // read again when sent
        QCOMPARE(good.request.identityDocumentFront->fileName,
                 QDir(dir.path()).filePath(u"docs/front.png"_s));
        QCOMPARE(fieldsOf(p.rows.at(1).issues), QStringList { u"identityDocumentFront"_s });
        QVERIFY(p.rows.at(1).issues.constFirst().message.contains(u"docs/none.png"_s));
        QCOMPARE(fieldsOf(p.rows.at(2).issues), QStringList { u"identityDocumentFront"_s });

        CustomerRequest request = good.request;
        QVERIFY(CustomerCsvImport::loadDocuments(&request, CustomerRequestValidator::kDefaultMaxDocumentBytes)
                    .isEmpty());
        QCOMPARE(request.identityDocumentFront->content, kPng);
    }

    void ownersComeFromTheirColumnGroups()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile png(dir.filePath(u"owner.png"_s));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(kPng);
        png.close();
        // Owner groups in any column order; ubos.3 before ubos.1 in the header, ubos.2 left empty in
        // the first row. The second row's owner 3 has a bad SSN and date: named by its columns.
        const QByteArray csv
            = "type,name,email,ubos.3.firstName,ubos.3.lastName,ubos.3.ssn,ubos.1.firstName,ubos.1.lastName,"
              "ubos.1.dob,ubos.1.ssn,ubos.1.identityDocumentFront,ubos.1.address.country,ubos.2.firstName\r\n"
              "business,Acme,ops@acme.example,Cleo,Third,123-45-6789,Ann,First,1975-11-02,987-65-4321,"
              "owner.png,GBR,\r\n"
              "business,Beta,ops@beta.example,Cleo,Third,12,Ann,First,1975-13-02,,,,\r\n"_ba;
        const CustomerCsvImport::Plan p = plan(csv, dir.path());
        QVERIFY2(p.ok(), qPrintable(p.error));
        const ImportRow &good = p.rows.at(0);
        QVERIFY2(good.issues.isEmpty(), qPrintable(fieldsOf(good.issues).join(u',')));
        const CustomerRequest &r = good.request;
        QVERIFY(r.hasUbos);
        QCOMPARE(r.ubos.size(), 2); // ubos.2 had no cell filled
        QCOMPARE(r.ubos.at(0).firstName, u"Ann"_s); // ubos.1 first, whatever the column order
        QCOMPARE(r.ubos.at(0).dob, (DateOfBirth { 2, 11, 1975 }));
        QCOMPARE(r.ubos.at(0).ssn, u"987-65-4321"_s);
        QCOMPARE(r.ubos.at(0).address->country, u"GBR"_s);
        QVERIFY(r.ubos.at(0).identityDocumentFront);
        QVERIFY(r.ubos.at(0).identityDocumentFront->content.isEmpty()); // read again when sent
        QCOMPARE(r.ubos.at(1).firstName, u"Cleo"_s);
        QCOMPARE(r.ubos.at(1).lastName, u"Third"_s);
        CustomerRequest loaded = r;
        QVERIFY(CustomerCsvImport::loadDocuments(&loaded, CustomerRequestValidator::kDefaultMaxDocumentBytes)
                    .isEmpty());
        QCOMPARE(loaded.ubos.at(0).identityDocumentFront->content, kPng);
        // A document gone by the time the row is sent is named by its column too.
        QCOMPARE(good.ownerNumbers, (QList<int> { 1, 3 }));
        QVERIFY(QFile::remove(dir.filePath(u"owner.png"_s)));
        CustomerRequest vanished = r;
        QCOMPARE(fieldsOf(CustomerCsvImport::loadDocuments(
                     &vanished, CustomerRequestValidator::kDefaultMaxDocumentBytes, good.ownerNumbers)),
                 QStringList { u"ubos.1.identityDocumentFront"_s });

        const QStringList bad = fieldsOf(p.rows.at(1).issues);
        QVERIFY2(bad.contains(u"ubos.1.dob"_s), qPrintable(bad.join(u',')));
        QVERIFY2(bad.contains(u"ubos.3.ssn"_s), qPrintable(bad.join(u',')));
        QVERIFY(CustomerCsvImport::columns().contains(u"ubos.N.identityDocumentBack"_s));
    }

    void idempotencyKeysFollowTheRow()
    {
        const QByteArray original
            = "type,name,email\r\nbusiness,One,one@example.com\r\nbusiness,Two,two@example.com\r\n"_ba;
        // Row 1 fixed, a row appended, different line endings: row 2 keeps its key.
        const QByteArray edited = "type,name,email\nbusiness,One "
                                  "Fixed,one@example.com\nbusiness,Two,two@example.com\n"
                                  "business,Three,three@example.com\n"_ba;
        const CustomerCsvImport::Plan a = plan(original);
        const CustomerCsvImport::Plan b = plan(edited);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(plan(original).rows.at(0).idempotencyKey,
                 a.rows.at(0).idempotencyKey); // deterministic
        QVERIFY(a.rows.at(0).idempotencyKey != b.rows.at(0).idempotencyKey);
        QCOMPARE(a.rows.at(1).idempotencyKey, b.rows.at(1).idempotencyKey);
        // The same cells on another row are another customer.
        const CustomerCsvImport::Plan twice
            = plan("type,name,email\r\nbusiness,Same,s@example.com\r\nbusiness,Same,s@example.com\r\n"_ba);
        QVERIFY(twice.rows.at(0).idempotencyKey != twice.rows.at(1).idempotencyKey);
        QVERIFY(a.rows.at(0).idempotencyKey.startsWith("kycdesk-import-"));
        QVERIFY(a.rows.at(0).idempotencyKey.size() <= 64);
    }

    void reportIsCsvAndSpreadsheetSafe()
    {
        ImportOutcome created;
        created.row = 1;
        created.line = 2;
        created.status = ImportOutcome::Status::Created;
        created.name = u"Jo Example"_s;
        created.customerId = u"customer_1"_s;
        ImportOutcome failed;
        failed.row = 2;
        failed.line = 3;
        failed.status = ImportOutcome::Status::Failed;
        failed.name = u"=cmd()"_s;
        failed.issues
            = { { u"email"_s, u"Enter an email, like \"a@b.c\"."_s }, { u"dob"_s, u"In the future."_s } };
        const CsvReader::Document doc = CsvReader::parse(CustomerCsvImport::reportCsv({ created, failed }));
        QVERIFY(doc.ok());
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records.at(1).fields,
                 (QStringList { u"1"_s, u"2"_s, u"created"_s, u"customer_1"_s, u"Jo Example"_s, QString(),
                                QString() }));
        QCOMPARE(doc.records.at(2).fields,
                 (QStringList { u"2"_s, u"3"_s, u"failed"_s, QString(), u"'=cmd()"_s, u"email;dob"_s,
                                u"email: Enter an email, like \"a@b.c\".; dob: In the future."_s }));
    }
};

QTEST_GUILESS_MAIN(TestCustomerCsvImport)
#include "tst_customer_csv_import.moc"
