// kycdesk-cli's review commands on a real workspace file, as a script runs them: notes, decisions,
// `audit verify` (exit 0, then non-zero naming the row after it was edited with plain SQL behind
// the app's back), `audit list` with its filters and hashes, two processes writing at once, and the
// files it must refuse (newer schema, damaged, a server that does not answer or would be reached
// without verified TLS); and Sardine feedback:
// a decision on a customer checked with `sardine risk` reaches the sandbox's feedback store, waits
// in the workspace while Sardine is down and goes with `sardine feedback --send-queued` once it is back.
//
// With KYCDESK_WORKSPACE_BACKEND=team the same commands run against a database of the suite's
// PostgreSQL cluster (--workspace postgresql://…); tests that edit a file behind the app's back skip.

#include "CliRunner.h"
#include "CustomerCache.h"
#include "CustomerRowSnapshot.h"
#include "EnvironmentSelection.h"
#include "SandboxFixture.h"
#include "TeamServerFixture.h"
#include "TestColumns.h"
#include "WorkspaceDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    std::unique_ptr<TeamServerFixture> m_server;

    // A file in the test's folder, or on the team backend a fresh database reached as the role "ana".
    QString workspace(const QString &name)
    {
        if (!m_server)
            return m_dir.filePath(name);
        return m_server->location(m_server->createDatabase(QString(name).remove(u".sqlite"_s)), u"ana"_s);
    }
    bool fileOnly() const { return m_server != nullptr; }
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

    // What the sandbox's feedback store holds for a customer (GET /v1/feedbacks, sandbox-only).
    static QJsonArray feedbackReceived(const QUrl &sandbox, const QString &token, const QString &customerId)
    {
        QNetworkAccessManager network;
        QUrl url = sandbox;
        url.setPath(u"/v1/feedbacks"_s);
        url.setQuery(QUrlQuery { { u"customer_id"_s, customerId } });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + (u"sandbox:"_s + token).toUtf8().toBase64());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedCliEnvironment(m_dir.path(), u"unused"_s, CliVendors::SphereOnly);
        if (qEnvironmentVariable("KYCDESK_WORKSPACE_BACKEND") == u"team"_s) {
            m_server = std::make_unique<TeamServerFixture>();
            m_server->ensureLogin(u"ana"_s, {}, {}, true);
        }
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
        QCOMPARE(notes.at(0).toObject().value(u"author"_s).toString(), m_server ? u"ana/ana"_s : u"ana"_s);

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

    void decisionFeedbackReachesSardineAndWaitsWhileItIsDown()
    {
        const QString token = u"cli-feedback-token"_s;
        const QString sandboxFile = m_dir.filePath(u"sandbox-feedback.sqlite"_s);
        auto sandbox = startSandbox(sandboxFile, 0, token);
        QVERIFY(sandbox);
        const QUrl url = sandbox->baseUrl();
        QProcessEnvironment env
            = isolatedCliEnvironment(m_dir.filePath(u"feedback"_s), token, CliVendors::All);
        env.insert(u"USER"_s, u"ana"_s);
        const QString file = workspace(u"feedback.sqlite"_s);
        const auto run = [&](const QStringList &args) {
            return runCli(QStringLiteral(KYCDESK_CLI_BINARY),
                          QStringList { u"--workspace"_s, file, u"--base-url"_s, url.toString() } + args,
                          env);
        };
        const QString request = m_dir.filePath(u"risk-request.json"_s);
        {
            QFile f(request);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"sessionKey": "cli-session-1", "customer": {"id": "customer_cli_fb"}})");
        }
        const CliRun risk = run({ u"sardine"_s, u"risk"_s, u"--from-json"_s, request });
        QVERIFY2(risk.exitCode == 0, risk.err.constData());

        // No session kept for this one: nothing to tell Sardine, and nothing said about it.
        const CliRun plain = run({ u"review"_s, u"decide"_s, u"customer_other"_s, u"approve"_s, u"--reason"_s,
                                   u"Documents verified"_s });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.err.contains("feedback"), plain.err.constData());

        const CliRun rejected
            = run({ u"review"_s, u"decide"_s, u"customer_cli_fb"_s, u"reject"_s, u"--reason"_s,
                    u"Document forged or altered"_s, u"--comment"_s, u"Jane Roe called"_s });
        QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
        QVERIFY2(rejected.err.contains("Sardine feedback") && rejected.err.contains("sent"),
                 rejected.err.constData());
        QJsonArray received = feedbackReceived(url, token, u"customer_cli_fb"_s);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).toObject().value(u"sessionKey"_s).toString(), u"cli-session-1"_s);
        QCOMPARE(received.at(0).toObject().value(u"feedback"_s).toObject().value(u"status"_s).toString(),
                 u"declined"_s);
        QVERIFY(!QJsonDocument(received).toJson().contains("Jane"));

        // Sardine goes away: the decision is still recorded, its feedback waits in the workspace.
        const quint16 port = quint16(url.port());
        sandbox.reset();
        const CliRun offline = run({ u"review"_s, u"decide"_s, u"customer_cli_fb"_s, u"escalate"_s,
                                     u"--reason"_s, u"Needs a second look"_s });
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        QVERIFY2(offline.err.contains("queued"), offline.err.constData());
        QCOMPARE(run({ u"audit"_s, u"verify"_s }).exitCode, 0);

        // Back on the same address: the waiting feedback goes, once.
        SandboxConfig again;
        again.databasePath = sandboxFile;
        again.seedCustomers = 0;
        again.token = token;
        sandbox = std::make_unique<SandboxServer>(again);
        QVERIFY(sandbox->listen(QHostAddress::LocalHost, port) == port);
        const CliRun flushed = run({ u"sardine"_s, u"feedback"_s, u"--send-queued"_s });
        QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
        QCOMPARE(flushed.out, QByteArray("sent 1, still queued 0\n"));
        received = feedbackReceived(url, token, u"customer_cli_fb"_s);
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).toObject().value(u"feedback"_s).toObject().value(u"status"_s).toString(),
                 u"manual_review"_s);
        QCOMPARE(run({ u"sardine"_s, u"feedback"_s, u"--send-queued"_s }).out,
                 QByteArray("sent 0, still queued 0\n"));

        // By hand, with the customer's kept session; an unknown status is refused before anything is queued.
        const CliRun byHand = run({ u"sardine"_s, u"feedback"_s, u"--customer"_s, u"customer_cli_fb"_s,
                                    u"--status"_s, u"approved"_s, u"--reason"_s, u"Documents verified"_s });
        QVERIFY2(byHand.exitCode == 0, byHand.err.constData());
        QCOMPARE(feedbackReceived(url, token, u"customer_cli_fb"_s).size(), 3);
        const CliRun badStatus = run({ u"sardine"_s, u"feedback"_s, u"--customer"_s, u"customer_cli_fb"_s,
                                       u"--status"_s, u"fraud"_s });
        QCOMPARE(badStatus.exitCode, 1);
        QVERIFY2(badStatus.err.contains("unknown feedback status"), badStatus.err.constData());
        const CliRun noSession = run({ u"sardine"_s, u"feedback"_s, u"--customer"_s,
                                       u"customer_never_checked"_s, u"--status"_s, u"approved"_s });
        QCOMPARE(noSession.exitCode, 1);
        QVERIFY2(noSession.err.contains("no Sardine session"), noSession.err.constData());
        QCOMPARE(run({ u"audit"_s, u"verify"_s }).exitCode, 0);
    }

    void workspaceMigrateStatusVerify()
    {
        const QString file = workspace(u"admin.sqlite"_s);
        const CliRun migrated = cli(file, { u"workspace"_s, u"migrate"_s });
        QCOMPARE(migrated.exitCode, 0);
        QVERIFY2(migrated.out.contains(QByteArray(
                     "schema " + QByteArray::number(WorkspaceDatabase::kSchemaVersion) + " (was 0)")),
                 migrated.out.constData());
        QVERIFY(cli(file, { u"workspace"_s, u"migrate"_s }).out.contains("nothing to do"));
        QCOMPARE(cli(file, { u"notes"_s, u"add"_s, u"customer_1"_s, u"Checked"_s }).exitCode, 0);
        const CliRun status = cli(file, { u"workspace"_s, u"status"_s });
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("customer_notes: 1") && status.out.contains("audit_log: 1")
                     && status.out.contains("analyst: ana"),
                 status.out.constData());
        QCOMPARE(cli(file, { u"workspace"_s, u"verify"_s }).exitCode, 0);
        QCOMPARE(cli(file, { u"workspace"_s, u"rebuild"_s }).exitCode, 1);
        if (fileOnly())
            return; // the rest edits the file behind the app's back
        QCOMPARE(runSql(file,
                        { u"DROP TRIGGER audit_log_no_update"_s,
                          u"UPDATE audit_log SET analyst = 'mallory' WHERE seq = 1"_s }),
                 QString());
        const CliRun broken = cli(file, { u"workspace"_s, u"verify"_s });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("row 1"), broken.err.constData());
        QCOMPARE(cli(file, { u"workspace"_s, u"rebuild"_s }).exitCode, 1);
    }

    void queueNextClaimsForOneAnalystAtATime()
    {
        const QString file = workspace(u"queue.sqlite"_s);
        {
            // The book the desk kept: three customers waiting for review (the oldest first), one approved.
            CustomerRowBatch rows;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto add = [&](const QString &id, KycStatus kyc, int hoursWaiting) {
                CustomerRow row;
                row.kyc = kyc;
                row.kycNull = false;
                row.updatedMs = now.addSecs(-3600 * hoursWaiting).toMSecsSinceEpoch();
                rows.append(row, QString(u"Name "_s + id), QString(id + u"@example.com"_s), id);
            };
            add(u"customer_b"_s, KycStatus::Pending, 5);
            add(u"customer_a"_s, KycStatus::AdditionalReviewRequired, 50);
            add(u"customer_c"_s, KycStatus::Pending, 1);
            add(u"customer_ok"_s, KycStatus::Approved, 100);
            WorkspaceDatabase db(file);
            CustomerCache cache(&db);
            QSettings defaults(m_dir.filePath(u"defaults.ini"_s), QSettings::IniFormat);
            QVERIFY(!cache
                         .keepBook(EnvironmentSelection::load(defaults).recordKey(Vendor::Sphere),
                                   int(rows.size()),
                                   CustomerRowSnapshot::compress(int(rows.size()),
                                                                 CustomerRowSnapshot::rowsOf(rows)))
                         .has_value());
        }
        const auto as = [&](const QString &analyst, const QStringList &args) {
            QProcessEnvironment env = m_env;
            env.insert(u"USER"_s, analyst);
            return runCli(QStringLiteral(KYCDESK_CLI_BINARY), QStringList { u"--workspace"_s, file } + args,
                          env);
        };
        const CliRun first = as(u"ana"_s, { u"queue"_s, u"next"_s });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.out, QByteArray("customer_a\n")); // waited longest
        QCOMPARE(as(u"ana"_s, { u"queue"_s, u"next"_s }).out, QByteArray("customer_a\n")); // still hers
        QCOMPARE(as(u"bob"_s, { u"queue"_s, u"next"_s, u"--queue"_s, u"needs-review"_s }).out,
                 QByteArray("customer_b\n"));
        QCOMPARE(as(u"bob"_s, { u"queue"_s, u"release"_s, u"customer_a"_s }).exitCode, 1);
        QCOMPARE(as(u"ana"_s,
                    { u"review"_s, u"decide"_s, u"customer_a"_s, u"escalate"_s, u"--reason"_s,
                      u"Needs a second look"_s })
                     .exitCode,
                 0);
        QCOMPARE(as(u"ana"_s, { u"queue"_s, u"next"_s }).out, QByteArray("customer_c\n"));
        const CliRun empty = as(u"carol"_s, { u"queue"_s, u"next"_s });
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("nobody left"), empty.err.constData());
        QCOMPARE(as(u"bob"_s, { u"queue"_s, u"release"_s, u"customer_b"_s }).exitCode, 0);
        QCOMPARE(as(u"carol"_s, { u"queue"_s, u"next"_s }).out, QByteArray("customer_b\n"));
        QCOMPARE(as(u"carol"_s, { u"queue"_s, u"next"_s, u"--queue"_s, u"rejected"_s }).exitCode, 1);
        QCOMPARE(as(u"carol"_s, { u"queue"_s, u"next"_s, u"--queue"_s, u"nonsense"_s }).exitCode, 1);
        const CliRun trail = as(u"ana"_s, { u"audit"_s, u"list"_s, u"--json"_s });
        QVERIFY(trail.out.contains("\"claim\"") && trail.out.contains("\"release\""));
        QCOMPARE(as(u"ana"_s, { u"audit"_s, u"verify"_s }).exitCode, 0);
    }

    void auditVerifyNamesTheRowEditedBehindTheAppsBack()
    {
        if (fileOnly())
            QSKIP("edits a workspace file behind the app's back");
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

    void fourEyesFromTheTerminal()
    {
        const QString file = workspace(u"four-eyes.sqlite"_s);
        // The second analyst: another OS user on the file; another database role on the server.
        QString second = file;
        if (m_server) {
            m_server->ensureLogin(u"bea"_s, {}, {}, true);
            second = QString(file).replace(u"//ana@"_s, u"//bea@"_s);
        }
        const auto as = [&](const QString &where, const QString &user, const QStringList &args) {
            QProcessEnvironment env = m_env;
            env.insert(u"USER"_s, user);
            return runCli(QStringLiteral(KYCDESK_CLI_BINARY), QStringList { u"--workspace"_s, where } + args,
                          env);
        };
        QVERIFY(as(file, u"ana"_s, { u"workspace"_s, u"four-eyes"_s }).out.contains("four eyes: none")
                || m_server);
        QCOMPARE(as(file, u"ana"_s, { u"workspace"_s, u"four-eyes"_s, u"sometimes"_s }).exitCode, 1);
        const CliRun set = as(file, u"ana"_s, { u"workspace"_s, u"four-eyes"_s, u"approve"_s });
        QVERIFY2(set.out.contains("four eyes: approve"), set.out.constData());
        const CliRun decided = as(file, u"ana"_s,
                                  { u"review"_s, u"decide"_s, u"customer_4"_s, u"approve"_s, u"--reason"_s,
                                    u"Documents verified"_s });
        QCOMPARE(decided.exitCode, 0);
        QVERIFY2(decided.err.contains("second analyst"), decided.err.constData());
        const QString id = QString::fromUtf8(decided.out.trimmed());
        QVERIFY(as(file, u"ana"_s, { u"review"_s, u"awaiting"_s }).out.contains(id.toUtf8()));
        const CliRun own = as(file, u"ana"_s, { u"review"_s, u"confirm"_s, id, u"--reason"_s, u"Fine"_s });
        QCOMPARE(own.exitCode, 1);
        const CliRun confirmed
            = as(second, u"bob"_s, { u"review"_s, u"confirm"_s, id, u"--reason"_s, u"Checked again"_s });
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QCOMPARE(confirmed.out, QByteArray("confirmed\n"));
        QVERIFY(as(file, u"ana"_s, { u"review"_s, u"awaiting"_s }).out.contains("0 decision(s)"));
        QVERIFY(
            as(file, u"ana"_s, { u"audit"_s, u"list"_s, u"--json"_s }).out.contains("\"decision-confirm\""));
        QCOMPARE(as(file, u"ana"_s, { u"audit"_s, u"verify"_s }).exitCode, 0);
    }

    void aWorkspaceFileMovesOverToTheTeamServer()
    {
        if (!m_server)
            QSKIP("needs the team backend");
        const QString mine = m_dir.filePath(u"moving.sqlite"_s);
        QCOMPARE(cli(mine, { u"notes"_s, u"add"_s, u"customer_m"_s, u"Called back"_s }).exitCode, 0);
        QCOMPARE(
            cli(mine, { u"review"_s, u"decide"_s, u"customer_m"_s, u"reject"_s, u"--reason"_s, u"Fraud"_s })
                .exitCode,
            0);
        const QString team = workspace(u"team.sqlite"_s);
        const CliRun moved = cli(team, { u"workspace"_s, u"import"_s, mine });
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY2(moved.out.contains("1 decision(s), 1 note(s), 0 risk check(s), 2 audit row(s)"),
                 moved.out.constData());
        QVERIFY(cli(team, { u"workspace"_s, u"import"_s, mine }).out.contains("already moved over"));
        QVERIFY(cli(team, { u"notes"_s, u"list"_s, u"customer_m"_s }).out.contains("Called back"));
        QCOMPARE(cli(team, { u"audit"_s, u"verify"_s }).exitCode, 0);
        QCOMPARE(cli(team, { u"workspace"_s, u"import"_s, m_dir.filePath(u"no-such.sqlite"_s) }).exitCode, 1);
    }

    void refusesWorkspacesItMustNotTouch()
    {
        const CliRun unreachable = cli(u"postgresql://ana@localhost:1/kyc"_s, { u"audit"_s, u"verify"_s });
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("could not be reached"), unreachable.err.constData());
        const CliRun weakTls
            = cli(u"postgresql://ana@db.example.com/kyc?sslmode=require"_s, { u"audit"_s, u"verify"_s });
        QCOMPARE(weakTls.exitCode, 1);
        QVERIFY2(weakTls.err.contains("verify-full"), weakTls.err.constData());
        if (fileOnly())
            return; // the rest is about files
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
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("KYCDESK_WORKSPACE_BACKEND") == u"team"_s && !TeamServerFixture::available()) {
        qInfo("SKIP: no PostgreSQL cluster for the team backend (scripts/test starts one)");
        return 77;
    }
    TestCliReview test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cli_review.moc"
