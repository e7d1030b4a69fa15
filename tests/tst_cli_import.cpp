// kycdesk-cli's create, update and CSV import, run as the real binaries against a real kycdesk-sandbox
// process (as a user or a script would run them). What landed is read back through the CLI's own list/get,
// and document bytes from the sandbox's database once the sandbox stopped.
// Long because every case pays for one sandbox process; they share it and its fixtures here.

#include "CliRunner.h"
#include "CsvReader.h"
#include "SandboxStore.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"cli-import-test-token"_s;

// Smallest files DocumentInspector takes for what they are: magic bytes decide, not names.
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + "synthetic id front";
const QByteArray kPdf = "%PDF-1.4\n% synthetic proof of address\n%%EOF\n";

using Run = CliRun;

QByteArray csvRow(const QStringList &cells)
{
    return CsvReader::formatRecord(cells).toUtf8();
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_database;
    QString m_baseUrl;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    void writeFile(const QString &name, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(name)).absolutePath());
        QFile f(path(name));
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
        f.write(content);
    }

    bool startSandbox()
    {
        m_sandbox = std::make_unique<QProcess>();
        m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox->start(QStringLiteral(KYCDESK_SANDBOX_BINARY),
                         { u"--port"_s, u"0"_s, u"--database"_s, m_database, u"--seed-customers"_s, u"0"_s,
                           u"--token"_s, kToken });
        if (!m_sandbox->waitForStarted(10000))
            return false;
        // The first line of stdout is the URL it serves on.
        QElapsedTimer t;
        t.start();
        while (!m_sandbox->canReadLine() && t.elapsed() < 20000)
            m_sandbox->waitForReadyRead(200);
        m_baseUrl = QString::fromUtf8(m_sandbox->readLine()).trimmed();
        return m_baseUrl.startsWith(u"http://127.0.0.1:"_s);
    }

    void stopSandbox()
    {
        if (!m_sandbox)
            return;
        m_sandbox->terminate(); // SIGTERM: it quits its event loop and closes the database
        if (!m_sandbox->waitForFinished(10000)) {
            m_sandbox->kill();
            m_sandbox->waitForFinished(5000);
        }
        m_sandbox.reset();
    }

    Run cli(QStringList args, const QString &token = kToken) const
    {
        args << u"--base-url"_s << m_baseUrl;
        return runCli(QStringLiteral(KYCDESK_CLI_BINARY), args,
                      isolatedCliEnvironment(m_dir->path(), token, CliVendors::SphereOnly), 240000);
    }

    QJsonArray listCustomers() const
    {
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"list"_s, u"--json"_s });
        if (run.exitCode != 0)
            qWarning("list failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    QJsonObject getCustomer(const QString &id) const
    {
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"get"_s, id, u"--json"_s });
        if (run.exitCode != 0)
            qWarning("get failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

    // The report written with --report, as records (header first).
    QList<QStringList> readReport(const QString &name) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        for (const CsvReader::Record &r : CsvReader::parse(f.readAll()).records)
            rows.append(r.fields);
        return rows;
    }

    std::optional<QByteArray> storedDocument(const QString &customerId, const QString &kind)
    {
        return storedDocument(customerId, u"customer"_s, kind);
    }

    std::optional<QByteArray> storedDocument(const QString &customerId, const QString &owner,
                                             const QString &kind)
    {
        SandboxStore store(u"tst_cli_import_check"_s);
        QString error;
        if (!store.open(m_database, &error)) {
            qWarning("store: %s", qPrintable(error));
            return std::nullopt;
        }
        return store.document(customerId, owner, kind);
    }

    // A synthetic book: every 4th row a business, every 50th row with documents; names, emails and numbers
    // are invented (example.com, 555 numbers, 9xx-area SSNs that are never issued).
    QByteArray thousandRowCsv(int rows) const
    {
        QByteArray csv = csvRow({ u"type"_s,
                                  u"firstName"_s,
                                  u"lastName"_s,
                                  u"name"_s,
                                  u"email"_s,
                                  u"phoneNumber"_s,
                                  u"address.line1"_s,
                                  u"address.line2"_s,
                                  u"address.city"_s,
                                  u"address.postalCode"_s,
                                  u"address.state"_s,
                                  u"address.country"_s,
                                  u"dob"_s,
                                  u"ein"_s,
                                  u"website"_s,
                                  u"lookupKey"_s,
                                  u"highVolume"_s,
                                  u"description"_s,
                                  u"estimatedAnnualRevenueUsd"_s,
                                  u"highRiskActivities"_s,
                                  u"meta.segment"_s,
                                  u"identityDocumentFront"_s,
                                  u"proofOfAddressDocument"_s,
                                  u"incorporationDocument"_s });
        const QStringList first { u"Ada"_s, u"Brook"_s, u"Cyrus"_s, u"Dana"_s, u"Émile"_s, u"Farah"_s };
        const QStringList last { u"Example"_s, u"Sample"_s, u"O'Testing"_s, u"Démo"_s, u"Placeholder"_s };
        for (int i = 1; i <= rows; ++i) {
            const bool business = i % 4 == 2;
            const bool documents = i % 50 == 0; // rows 50, 150, … are businesses; 100, 200, … individuals
            const QString n = QString::number(i);
            csv += csvRow({ business ? u"business"_s : u"individual"_s,
                            business ? QString() : first.at(i % first.size()),
                            business ? QString() : last.at(i % last.size()),
                            business ? u"Example Trading "_s + n + u", LLC"_s : QString(),
                            u"import"_s + n + u"@example.com"_s,
                            u"+1202555"_s + QString::number(i % 10000).rightJustified(4, u'0'),
                            n + u" Example Avenue"_s,
                            i % 3 == 0 ? u"Suite \"B\"\n2nd floor"_s : QString(),
                            u"Springfield"_s,
                            u"9"_s + QString::number(10000 + i).right(4),
                            u"CA"_s,
                            u"USA"_s,
                            business ? QString() : QDate(1950, 1, 1).addDays(i * 17).toString(Qt::ISODate),
                            business ? u"9"_s + QString::number(10000000 + i) : QString(),
                            business ? u"https://example.com/b"_s + n : QString(),
                            u"import-"_s + n,
                            i % 10 == 0 ? u"true"_s : u"false"_s,
                            business ? u"Synthetic business, row "_s + n : QString(),
                            business ? u"_100000_999999"_s : QString(),
                            business ? (i % 8 == 2 ? u"gambling;lending_banking"_s : u"none_of_the_above"_s)
                                     : QString(),
                            i % 2 ? u"retail"_s : u"wholesale"_s,
                            documents && !business ? u"docs/id-front.png"_s : QString(),
                            documents ? u"docs/proof.pdf"_s : QString(),
                            documents && business ? u"docs/proof.pdf"_s : QString() });
        }
        return csv;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = path(u"sandbox.sqlite"_s);
        writeFile(u"docs/id-front.png"_s, kPng);
        writeFile(u"docs/proof.pdf"_s, kPdf);
        writeFile(u"docs/notes.png"_s, "plain text with a picture's name\n");
        QVERIFY(startSandbox());
    }

    void cleanup()
    {
        stopSandbox();
        m_dir.reset();
    }

    void importsAThousandRowsOnceEvenWhenRerun()
    {
        constexpr int kRows = 1000;
        writeFile(u"book.csv"_s, thousandRowCsv(kRows));

        QElapsedTimer clock;
        clock.start();
        const Run first = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"book.csv"_s),
                                u"--report"_s, path(u"report.csv"_s) });
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        qInfo("1000-row import through kycdesk-cli: %lld ms (%s)", elapsed,
              first.out.trimmed().split('\n').last().constData());
        QVERIFY(first.out.contains("1000 row(s): 1000 created, 0 failed, 0 skipped"));

        const QList<QStringList> report = readReport(u"report.csv"_s);
        QCOMPARE(report.size(), kRows + 1);
        QCOMPARE(report.at(0),
                 (QStringList { u"row"_s, u"line"_s, u"status"_s, u"customerId"_s, u"name"_s, u"fields"_s,
                                u"reason"_s }));
        QSet<QString> ids;
        for (int i = 1; i <= kRows; ++i) {
            QCOMPARE(report.at(i).at(0), QString::number(i));
            QCOMPARE(report.at(i).at(2), u"created"_s);
            QVERIFY(report.at(i).at(3).startsWith(u"customer_"_s));
            ids.insert(report.at(i).at(3));
        }
        QCOMPARE(ids.size(), kRows);

        const QJsonArray listed = listCustomers();
        QCOMPARE(listed.size(), kRows);
        QSet<QString> listedIds;
        int businesses = 0;
        for (const QJsonValue &c : listed) {
            listedIds.insert(c[u"id"_s].toString());
            businesses += c[u"type"_s].toString() == u"business"_s;
        }
        QCOMPARE(listedIds, ids);
        QCOMPARE(businesses, kRows / 4);

        // What one row became, field by field (row 3: an individual with a two-line address).
        const QJsonObject third = getCustomer(report.at(3).at(3));
        QCOMPARE(third[u"email"_s].toString(), u"import3@example.com"_s);
        QCOMPARE(third[u"lookupKey"_s].toString(), u"import-3"_s);
        QCOMPARE(third[u"address"_s][u"line2"_s].toString(), u"Suite \"B\"\n2nd floor"_s);
        QCOMPARE(third[u"meta"_s][u"segment"_s].toString(), u"retail"_s);

        // The same file again, as after a crash: the same customers come back, none is added.
        const Run again = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"book.csv"_s),
                                u"--report"_s, path(u"report2.csv"_s), u"--concurrency"_s, u"8"_s });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QList<QStringList> report2 = readReport(u"report2.csv"_s);
        QCOMPARE(report2.size(), kRows + 1);
        for (int i = 1; i <= kRows; ++i)
            QCOMPARE(report2.at(i).at(3), report.at(i).at(3));
        QCOMPARE(listCustomers().size(), kRows);

        // Documents arrive byte for byte (row 100: individual, row 50: business).
        stopSandbox();
        QCOMPARE(storedDocument(report.at(100).at(3), u"identityDocumentFront"_s).value_or(QByteArray()),
                 kPng);
        QCOMPARE(storedDocument(report.at(100).at(3), u"proofOfAddressDocument"_s).value_or(QByteArray()),
                 kPdf);
        QCOMPARE(storedDocument(report.at(50).at(3), u"incorporationDocument"_s).value_or(QByteArray()),
                 kPdf);
        QVERIFY(!storedDocument(report.at(101).at(3), u"proofOfAddressDocument"_s));
    }

    void badRowsAreReportedAndTheRestLands()
    {
        const QString future = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        QByteArray csv = "\xEF\xBB\xBF"; // as Excel saves "CSV UTF-8"
        csv += csvRow({ u"type"_s, u"firstName"_s, u"lastName"_s, u"name"_s, u"email"_s, u"address.country"_s,
                        u"dob"_s, u"identityDocumentFront"_s });
        const auto person
            = [](const QString &email, const QString &country, const QString &dob, const QString &document) {
                  return csvRow(
                      { u"individual"_s, u"Test"_s, u"Person"_s, QString(), email, country, dob, document });
              };
        csv += person(u"good1@example.com"_s, u"USA"_s, u"1990-03-23"_s,
                      u"docs/id-front.png"_s); // row 1
        csv += person(u"not-an-email"_s, u"USA"_s, u"1990-03-23"_s, QString()); // 2
        csv += person(u"country@example.com"_s, u"XYZ"_s, u"1990-03-23"_s,
                      QString()); // 3
        csv += person(u"future@example.com"_s, u"USA"_s, future, QString()); // 4
        csv += person(u"missing@example.com"_s, u"USA"_s, u"1990-03-23"_s,
                      u"docs/missing.png"_s); // 5
        csv += person(u"texttype@example.com"_s, u"USA"_s, u"1990-03-23"_s,
                      u"docs/notes.png"_s); // 6
        csv += csvRow({ u"business"_s, QString(), QString(), u"Good Example Ltd"_s, u"good2@example.com"_s,
                        u"GBR"_s, QString(), QString() }); // 7
        csv += ",,,,,,,\r\n"; // 8: blank, skipped
        csv += person(u"dateformat@example.com"_s, u"USA"_s, u"23/03/1990"_s,
                      QString()); // 9
        csv += "individual,Too,Few,cells\r\n"; // 10
        writeFile(u"bad.csv"_s, csv);

        const Run run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"bad.csv"_s),
                              u"--report"_s, path(u"bad-report.csv"_s) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains("10 row(s): 2 created, 7 failed, 1 skipped"));

        const QList<QStringList> report = readReport(u"bad-report.csv"_s);
        QCOMPARE(report.size(), 11);
        const auto expect = [&report](int row, const QString &status, const QString &field) {
            const QStringList &r = report.at(row);
            QCOMPARE(r.at(2), status);
            if (status == u"created"_s)
                QVERIFY(r.at(3).startsWith(u"customer_"_s));
            else
                QVERIFY(r.at(3).isEmpty());
            QVERIFY2(r.at(5).split(u';').contains(field) || (field.isEmpty() && r.at(5).isEmpty()),
                     qPrintable(r.join(u" | "_s)));
            if (status != u"created"_s)
                QVERIFY(!r.at(6).isEmpty());
        };
        expect(1, u"created"_s, QString());
        expect(2, u"failed"_s, u"email"_s);
        expect(3, u"failed"_s, u"address.country"_s);
        expect(4, u"failed"_s, u"dob"_s);
        expect(5, u"failed"_s, u"identityDocumentFront"_s);
        QVERIFY(report.at(5).at(6).contains(u"docs/missing.png"_s));
        expect(6, u"failed"_s, u"identityDocumentFront"_s);
        expect(7, u"created"_s, QString());
        expect(8, u"skipped"_s, QString());
        expect(9, u"failed"_s, u"dob"_s);
        expect(10, u"failed"_s, QString());
        QVERIFY(report.at(10).at(6).contains(u"4 cells"_s));

        // The printed table names the same rows and reasons.
        QVERIFY(run.out.contains("email: "));
        QVERIFY(run.out.contains("address.country: "));

        const QJsonArray listed = listCustomers();
        QCOMPARE(listed.size(), 2);
        QSet<QString> emails;
        for (const QJsonValue &c : listed)
            emails.insert(c[u"email"_s].toString());
        QCOMPARE(emails, (QSet<QString> { u"good1@example.com"_s, u"good2@example.com"_s }));
    }

    void fatalFileProblemsStopBeforeSending()
    {
        // A misspelt column would drop that field from every row: nothing is sent, the column named.
        writeFile(u"typo.csv"_s, "type,firstName,lastName,emial\r\nindividual,A,B,a@example.com\r\n");
        Run run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"typo.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("\"emial\""), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);

        writeFile(u"quote.csv"_s, "type,email\r\nindividual,\"never closed\r\n");
        run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"quote.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2"), run.err.constData());

        run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"absent.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("absent.csv"), run.err.constData());

        // Refused credentials would fail every row alike: the import stops, unsent rows are skipped.
        QByteArray many = csvRow({ u"type"_s, u"name"_s, u"email"_s });
        for (int i = 1; i <= 20; ++i)
            many += csvRow({ u"business"_s, u"Stop Test "_s + QString::number(i), u"stop@example.com"_s });
        writeFile(u"many.csv"_s, many);
        run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, path(u"many.csv"_s),
                    u"--concurrency"_s, u"1"_s, u"--report"_s, path(u"stopped.csv"_s) },
                  u"not-the-token"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("401"), run.err.constData());
        QVERIFY(run.out.contains("20 row(s): 0 created, 1 failed, 19 skipped"));
        const QList<QStringList> stopped = readReport(u"stopped.csv"_s);
        QCOMPARE(stopped.size(), 21);
        QCOMPARE(stopped.at(20).at(2), u"skipped"_s);

        QCOMPARE(listCustomers().size(), 0);
    }

    void sampleFileImports()
    {
        // The documented sample, with the documents beside it, imports as it is.
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s,
                              QStringLiteral(KYCDESK_TEST_DATA_DIR "/import-sample.csv"), u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue &r : rows)
            QVERIFY2(r[u"status"_s].toString() == u"created"_s,
                     QJsonDocument(r.toObject()).toJson().constData());
        const QJsonObject business = getCustomer(rows.at(2)[u"customerId"_s].toString());
        QCOMPARE(business[u"type"_s].toString(), u"business"_s);
        QCOMPARE(business[u"description"_s].toString(), u"Wholesale of \"sample\" goods"_s);
        // Its owners, from the ubos.1.* and ubos.2.* columns: names on the customer, the document
        // byte for byte under the owner.
        const QJsonArray owners = business[u"ubos"_s].toArray();
        QCOMPARE(owners.size(), 2);
        QCOMPARE(owners.at(0)[u"firstName"_s].toString(), u"Olive"_s);
        QCOMPARE(owners.at(0)[u"email"_s].toString(), u"olive.owner@example.net"_s);
        QCOMPARE(owners.at(1)[u"lastName"_s].toString(), u"Partner"_s);
        const QString businessId = rows.at(2)[u"customerId"_s].toString();
        QFile front(QStringLiteral(KYCDESK_TEST_DATA_DIR "/import-docs/id-front.png"));
        QVERIFY(front.open(QIODevice::ReadOnly));
        QCOMPARE(storedDocument(businessId, owners.at(0)[u"id"_s].toString(), u"identityDocumentFront"_s),
                 std::optional<QByteArray>(front.readAll()));
        const QJsonObject emile = getCustomer(rows.at(1)[u"customerId"_s].toString());
        QCOMPARE(emile[u"firstName"_s].toString(), u"Émile"_s);
        QCOMPARE(emile[u"address"_s][u"line2"_s].toString(), u"2e étage\nporte gauche"_s);
    }

    void createFromJsonRoundTrip()
    {
        const QJsonObject body {
            { u"type"_s, u"individual"_s },
            { u"firstName"_s, u"Jo"_s },
            { u"lastName"_s, u"Example"_s },
            { u"email"_s, u"jo.example@example.com"_s },
            { u"phoneNumber"_s, u"+12025550143"_s },
            { u"address"_s,
              QJsonObject { { u"line1"_s, u"1 Example Avenue"_s },
                            { u"city"_s, u"Springfield"_s },
                            { u"postalCode"_s, u"94107"_s },
                            { u"state"_s, u"CA"_s },
                            { u"country"_s, u"USA"_s } } },
            { u"dob"_s, QJsonObject { { u"day"_s, 23 }, { u"month"_s, 3 }, { u"year"_s, 1990 } } },
            { u"meta"_s, QJsonObject { { u"source"_s, u"cli-test"_s } } },
            { u"identityDocumentFront"_s, QString::fromLatin1(kPng.toBase64()) },
            { u"proofOfAddressDocument"_s, QString::fromLatin1(kPdf.toBase64()) },
        };
        writeFile(u"create.json"_s, QJsonDocument(body).toJson());
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s,
                              path(u"create.json"_s), u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(run.out).object();
        const QString id = created[u"id"_s].toString();
        QVERIFY(id.startsWith(u"customer_"_s));
        QCOMPARE(created[u"firstName"_s].toString(), u"Jo"_s);
        QCOMPARE(created[u"email"_s].toString(), u"jo.example@example.com"_s);
        QCOMPARE(created[u"address"_s][u"country"_s].toString(), u"USA"_s);
        QCOMPARE(created[u"meta"_s][u"source"_s].toString(), u"cli-test"_s);
        QCOMPARE(getCustomer(id), created);

        // Without --json: key/value text for people.
        writeFile(u"create2.json"_s,
                  R"({"type":"business","name":"Text Output Ltd","email":"text@example.com"})");
        const Run text
            = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s, path(u"create2.json"_s) });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("Text Output Ltd"));
        QVERIFY(text.out.contains("customer_"));

        stopSandbox();
        QCOMPARE(storedDocument(id, u"identityDocumentFront"_s).value_or(QByteArray()), kPng);
        QCOMPARE(storedDocument(id, u"proofOfAddressDocument"_s).value_or(QByteArray()), kPdf);
    }

    void createRefusesBadFiles()
    {
        // Strict decode: the misspelt key is named by its JSON path, nothing is sent.
        writeFile(u"typo.json"_s,
                  R"({"type":"individual","firstName":"A","lastName":"B","email":"a@example.com",)"
                  R"("address":{"line1":"x","contry":"USA"}})");
        Run run = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s, path(u"typo.json"_s) });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("address.contry"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);

        // Every validation issue, one line each.
        writeFile(u"invalid.json"_s,
                  R"({"type":"individual","firstName":"A","lastName":"B","email":"nope",)"
                  R"("address":{"country":"XYZ"}})");
        run = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s, path(u"invalid.json"_s) });
        QVERIFY(run.exitCode != 0);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(": email: "), run.err.constData());
        QVERIFY2(lines.at(1).contains(": address.country: "), run.err.constData());

        writeFile(u"notjson.json"_s, "{ not json");
        run = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s, path(u"notjson.json"_s) });
        QVERIFY(run.exitCode != 0);
        QCOMPARE(run.err.count('\n'), 1);

        QCOMPARE(listCustomers().size(), 0);
    }

    void updateFromJsonChangesOnlyTheGivenFields()
    {
        writeFile(u"create.json"_s,
                  R"({"type":"individual","firstName":"Up","lastName":"Date","email":"update@example.com",)"
                  R"("phoneNumber":"+12025550100","address":{"line1":"1 Old Road","city":"Springfield",)"
                  R"("postalCode":"94107","state":"CA","country":"USA"},"meta":{"tier":"silver"}})");
        Run run = cli({ u"sphere"_s, u"customers"_s, u"create"_s, u"--from-json"_s, path(u"create.json"_s),
                        u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject before = QJsonDocument::fromJson(run.out).object();
        const QString id = before[u"id"_s].toString();
        QTest::qWait(5); // so `updated` can move

        writeFile(u"update.json"_s, R"({"phoneNumber":"+12025550199","meta":{"tier":"gold"}})");
        run = cli({ u"sphere"_s, u"customers"_s, u"update"_s, id, u"--from-json"_s, path(u"update.json"_s),
                    u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        const QJsonObject after = getCustomer(id);
        QCOMPARE(printed, after);
        QCOMPARE(after[u"phoneNumber"_s].toString(), u"+12025550199"_s);
        QCOMPARE(after[u"meta"_s].toObject(), (QJsonObject { { u"tier"_s, u"gold"_s } }));
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            // verificationLevels: an update starts the ach_pull level, as Sphere's update example shows.
            if (it.key() == u"phoneNumber"_s || it.key() == u"meta"_s || it.key() == u"updated"_s
                || it.key() == u"verificationLevels"_s)
                continue;
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"changed: "_s + it.key()));
        }

        // An empty change set and a bad value are refused before anything is sent.
        writeFile(u"empty.json"_s, "{}");
        run = cli({ u"sphere"_s, u"customers"_s, u"update"_s, id, u"--from-json"_s, path(u"empty.json"_s) });
        QVERIFY(run.exitCode != 0);
        writeFile(u"badphone.json"_s, R"({"phoneNumber":"call me"})");
        run = cli(
            { u"sphere"_s, u"customers"_s, u"update"_s, id, u"--from-json"_s, path(u"badphone.json"_s) });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("phoneNumber"), run.err.constData());
        QCOMPARE(getCustomer(id), after);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
