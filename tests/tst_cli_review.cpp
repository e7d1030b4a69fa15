// kycdesk-cli's review commands on a real workspace file, as a script runs them: notes, decisions,
// `audit verify` (exit 0, then non-zero naming the row after it was edited with plain SQL behind
// the app's back), `audit list` with its filters and hashes, two processes writing at once, and the
// files it must refuse (newer schema, damaged, PostgreSQL not yet supported).

#include "CliRunner.h"
#include "TestColumns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString workspace(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QString &file, const QStringList &args) const
    {
        QProcessEnvironment env = m_env;
        env.insert(u"USER"_s, u"ana"_s);
        return runCli(QStringLiteral(KYCDESK_CLI_BINARY), QStringList { u"--workspace"_s, file } + args, env);
    }
    // Plain SQL on the file with Qt's SQLite driver, as someone with a sqlite shell would.
    static QString runSql(const QString &file, const QStringList &statements)
    {
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(file);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s)) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedCliEnvironment(m_dir.path(), u"unused"_s, CliVendors::SphereOnly);
    }

    void notesAreAddedAndListed()
    {
        const QString file = workspace(u"notes.sqlite"_s);
        const CliRun added
            = cli(file, { u"notes"_s, u"add"_s, u"customer_1"_s, u"Asked for a utility bill"_s });
        QCOMPARE(added.exitCode, 0);
        QVERIFY(QRegularExpression(u"^\\d+\\n$"_s).match(QString::fromUtf8(added.out)).hasMatch());
        QCOMPARE(cli(file, { u"notes"_s, u"add"_s, u"customer_1"_s, u"Bill received\x1b[2J"_s }).exitCode, 0);

        const CliRun listed = cli(file, { u"notes"_s, u"list"_s, u"customer_1"_s });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("ana  Asked for a utility bill"), listed.out.constData());
        QVERIFY2(!listed.out.contains('\x1b'), "a note's control characters reached the terminal");
        QVERIFY(listed.out.contains("2 note(s)"));

        const CliRun json = cli(file, { u"notes"_s, u"list"_s, u"customer_1"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray notes = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(1).toObject().value(u"text"_s).toString(), u"Bill received\x1b[2J"_s);
        QCOMPARE(notes.at(0).toObject().value(u"author"_s).toString(), u"ana"_s);

        const CliRun empty = cli(file, { u"notes"_s, u"add"_s, u"customer_1"_s, u"  "_s });
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("empty"), empty.err.constData());
    }

    void decisionsNeedAKnownWordAndAReason_data()
    {
        addColumns<QStringList, QByteArray>("args", "stderrHas");
        QTest::newRow("no reason") << QStringList { u"review"_s, u"decide"_s, u"customer_1"_s, u"approve"_s }
                                   << QByteArray("usage: review decide");
        QTest::newRow("unknown word")
            << QStringList { u"review"_s, u"decide"_s, u"customer_1"_s, u"accept"_s, u"--reason"_s, u"ok"_s }
            << QByteArray("unknown decision \"accept\"");
        QTest::newRow("blank reason")
            << QStringList { u"review"_s, u"decide"_s, u"customer_1"_s, u"reject"_s, u"--reason"_s, u" "_s }
            << QByteArray("needs a reason");
    }

    void decisionsNeedAKnownWordAndAReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stderrHas);
        const CliRun run = cli(workspace(u"refused.sqlite"_s), args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(stderrHas), run.err.constData());
        QCOMPARE(run.out, QByteArray());
    }

    void auditVerifyNamesTheRowEditedBehindTheAppsBack()
    {
        const QString file = workspace(u"audit.sqlite"_s);
        const CliRun decided
            = cli(file,
                  { u"review"_s, u"decide"_s, u"customer_7"_s, u"request-info"_s, u"--reason"_s,
                    u"Proof of address missing"_s, u"--comment"_s, u"SSN 123-45-6789 on the call"_s });
        QCOMPARE(decided.exitCode, 0);
        const QString decisionId = QString::fromUtf8(decided.out).trimmed();
        QVERIFY(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(decisionId).hasMatch());
        QCOMPARE(cli(file, { u"notes"_s, u"add"_s, u"customer_7"_s, u"Reminder sent"_s }).exitCode, 0);
        QCOMPARE(cli(file, { u"notes"_s, u"add"_s, u"customer_8"_s, u"Other customer"_s }).exitCode, 0);

        const CliRun intact = cli(file, { u"audit"_s, u"verify"_s });
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains("3 row(s)"), intact.out.constData());

        const CliRun listed
            = cli(file, { u"audit"_s, u"list"_s, u"--customer"_s, u"customer_7"_s, u"--json"_s });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(u"action"_s).toString(), u"decision"_s);
        QCOMPARE(first.value(u"detail"_s).toObject().value(u"decision"_s).toString(), decisionId);
        QCOMPARE(first.value(u"analyst"_s).toString(), u"ana"_s);
        QCOMPARE(first.value(u"hash"_s).toString().size(), 64);
        QCOMPARE(rows.at(1).toObject().value(u"previousHash"_s).toString(),
                 first.value(u"hash"_s).toString());
        QVERIFY2(!listed.out.contains("123-45-6789"), "the decision's free text reached the trail");
        const CliRun tomorrow = cli(
            file,
            { u"audit"_s, u"list"_s, u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate) });
        QCOMPARE(tomorrow.exitCode, 0);
        QVERIFY2(tomorrow.out.contains("0 row(s)"), tomorrow.out.constData());
        QCOMPARE(cli(file, { u"audit"_s, u"list"_s, u"--since"_s, u"yesterday"_s }).exitCode, 1);

        // The guard stops a plain UPDATE; someone who drops it is caught by the chain.
        QVERIFY(runSql(file, { u"UPDATE audit_log SET action = 'note' WHERE seq = 1"_s })
                    .contains(u"append-only"_s));
        QCOMPARE(runSql(file,
                        { u"DROP TRIGGER audit_log_no_update"_s,
                          u"UPDATE audit_log SET customer_id = 'customer_9' WHERE seq = 2"_s }),
                 QString());
        const CliRun broken = cli(file, { u"audit"_s, u"verify"_s });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("row 2 was changed"), broken.err.constData());
        QCOMPARE(broken.err.count('\n'), 1);
    }

    void twoProcessesWritingKeepOneChain()
    {
        const QString file = workspace(u"concurrent.sqlite"_s);
        QCOMPARE(cli(file, { u"audit"_s, u"verify"_s }).exitCode, 0); // creates and migrates the file
        constexpr int kRounds = 12;
        int failures = 0;
        for (int round = 0; round < kRounds; ++round) {
            QList<QProcess *> writers;
            for (const QString &customer : { u"customer_a"_s, u"customer_b"_s }) {
                auto *p = new QProcess(this);
                QProcessEnvironment env = m_env;
                env.insert(u"USER"_s, customer == u"customer_a"_s ? u"ana"_s : u"bob"_s);
                p->setProcessEnvironment(env);
                p->start(
                    QStringLiteral(KYCDESK_CLI_BINARY),
                    { u"--workspace"_s, file, u"notes"_s, u"add"_s, customer, u"round %1"_s.arg(round) });
                writers << p;
            }
            for (QProcess *p : writers) {
                if (!p->waitForFinished(30000) || p->exitCode() != 0) {
                    ++failures;
                    qWarning() << p->readAllStandardError();
                }
                delete p;
            }
        }
        QCOMPARE(failures, 0);
        const CliRun verified = cli(file, { u"audit"_s, u"verify"_s });
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QByteArray(QByteArray::number(2 * kRounds) + " row(s)")),
                 verified.out.constData());
    }

    void refusesWorkspacesItMustNotTouch()
    {
        const QString newer = workspace(u"newer.sqlite"_s);
        QCOMPARE(cli(newer, { u"audit"_s, u"verify"_s }).exitCode, 0);
        QCOMPARE(runSql(newer, { u"PRAGMA user_version = 42"_s }), QString());
        const CliRun tooNew = cli(newer, { u"notes"_s, u"add"_s, u"customer_1"_s, u"x"_s });
        QCOMPARE(tooNew.exitCode, 1);
        QVERIFY2(tooNew.err.contains("newer KYC Desk"), tooNew.err.constData());

        const QString damaged = workspace(u"damaged.sqlite"_s);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("definitely not a database\n").repeated(100));
        }
        const CliRun broken = cli(damaged, { u"audit"_s, u"verify"_s });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("damaged") && broken.err.contains(".bak"), broken.err.constData());

        const CliRun postgres = cli(u"postgresql://ana@localhost:5432/kyc"_s, { u"audit"_s, u"verify"_s });
        QCOMPARE(postgres.exitCode, 1);
        QVERIFY2(postgres.err.contains("PostgreSQL"), postgres.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
