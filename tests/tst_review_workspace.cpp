// The review workspace on a real SQLite file: the audit trail's hash chain holds across appends
// and across two connections, its guards refuse UPDATE and DELETE, and verify() names the first
// row edited, removed or inserted with plain SQL behind the app's back; decisions and notes are
// written with their audit rows; a damaged file or one from a newer KYC Desk is reported and never
// overwritten; a workspace from before the review schema is migrated with its data kept.
//
// With KYCDESK_WORKSPACE_BACKEND=team the same tests run on the suite's PostgreSQL cluster (a
// database each, analysts as login roles); those about a file's own behaviour (damage, SQLite's
// triggers, versions written by earlier releases) are skipped there, and tst_team_workspace covers
// what only a server does.

#include "AuditEvents.h"
#include "AuditTrail.h"
#include "CustomerCache.h"
#include "CustomerRowSnapshot.h"
#include "FeedbackOutbox.h"
#include "ModelTestData.h"
#include "QueueClaims.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "SandboxFixture.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "TableExport.h"
#include "TeamServerFixture.h"
#include "TestColumns.h"
#include "TestData.h"
#include "WaitForAnswer.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceMigrations.h"
#include "YativoLinks.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
AuditEvent sampleEvent(int n)
{
    return { u"risk-check"_s, u"customer_%1"_s.arg(n),
             QJsonObject { { u"level"_s, u"low"_s }, { u"n"_s, n } } };
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The kind of error a call failed with; a test that expected a failure fails on a success instead
// of reading an error that is not there.
template<typename T> std::optional<WorkspaceError::Kind> failureOf(const Result<T, WorkspaceError> &result)
{
    return result.ok() ? std::nullopt : std::optional(result.error().kind);
}

// Takes a workspace of this version back to what version 6 wrote (version 7 added these).
QStringList backToVersion6()
{
    return { u"DROP TABLE kept_book_chunks"_s, u"ALTER TABLE kept_books DROP COLUMN generation"_s,
             u"DROP TABLE team_settings"_s, u"DROP TABLE workspace_imports"_s,
             u"DROP INDEX customer_notes_change"_s, u"ALTER TABLE customer_notes DROP COLUMN change_id"_s,
             u"DROP TRIGGER case_decisions_guarded"_s, u"DROP TRIGGER case_decisions_first_hand"_s,
             u"ALTER TABLE case_decisions DROP COLUMN state"_s,
             u"ALTER TABLE case_decisions DROP COLUMN second_analyst"_s,
             u"ALTER TABLE case_decisions DROP COLUMN second_at"_s,
             u"ALTER TABLE case_decisions DROP COLUMN second_reason"_s,
             u"ALTER TABLE queue_claims DROP COLUMN expires_at"_s,
             u"ALTER TABLE sardine_feedback DROP COLUMN queued_by"_s,
             // version 2's guard on decisions, which version 7 replaced
             WorkspaceMigrations::localFile().at(1).at(2) };
}

bool teamBackend()
{
    return qEnvironmentVariable("KYCDESK_WORKSPACE_BACKEND") == u"team"_s;
}

// Plain SQL on the file, as someone with the file and a sqlite shell would run it.
QString tamper(WorkspaceDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db.database());
    for (const QString &s : statements) {
        if (!q.exec(s))
            return q.lastError().text();
    }
    return {};
}
} // namespace

class TestReviewWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TeamServerFixture> m_server;
    QHash<QString, QString> m_databases;

    // A workspace named `name` opened as `user`: a file in the test's folder, or on the team
    // backend a database of the cluster (one per name) reached as the login role `user`.
    QString path(const QString &name, const QString &user = u"ana"_s)
    {
        if (!m_server)
            return m_dir.filePath(name);
        if (!m_databases.contains(name))
            m_databases.insert(name, m_server->createDatabase(QString(name).remove(u".sqlite"_s)));
        return m_server->location(m_databases.value(name), user);
    }
    bool fileOnly() const { return m_server != nullptr; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!teamBackend())
            return;
        m_server = std::make_unique<TeamServerFixture>();
        // Superusers here: these tests are about the workspace, not the team's grants.
        for (const QString &analyst : { u"ana"_s, u"bob"_s })
            m_server->ensureLogin(analyst, {}, {}, true);
    }

    void appendsAChainThatVerifies()
    {
        WorkspaceDatabase db(path(u"chain.sqlite"_s));
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        AuditTrail trail(&db, u"ana"_s);
        for (int n = 1; n <= 5; ++n) {
            const auto r = trail.append(sampleEvent(n));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r.value().sequence, n);
        }
        const auto rows = trail.records();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 5);
        QCOMPARE(rows.value().at(0).previousHash, AuditTrail::genesisHash());
        for (int i = 1; i < 5; ++i)
            QCOMPARE(rows.value().at(i).previousHash, rows.value().at(i - 1).hash);
        QCOMPARE(rows.value().at(2).event.customerId, u"customer_3"_s);
        QCOMPARE(rows.value().at(2).analyst, u"ana"_s);
        QCOMPARE(rows.value().at(2).event.detail.value(u"n"_s).toInt(), 3);
        const auto verdict = trail.verify();
        QVERIFY(verdict.ok());
        QVERIFY(!verdict.value().has_value());

        AuditFilter onlyFour;
        onlyFour.customerId = u"customer_4"_s;
        QCOMPARE(trail.records(onlyFour).value().size(), 1);
        AuditFilter future;
        future.since = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(trail.records(future).value().size(), 0);
    }

    void eventsAboutNoCustomerAreKept()
    {
        WorkspaceDatabase db(path(u"nocustomer.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        const auto r = trail.append({ u"vendor-request"_s, QString(), QJsonObject { { u"status"_s, 200 } } });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(trail.records().value().constFirst().event.customerId, QString());
        QVERIFY(!trail.verify().value().has_value());
    }

    void vendorRequestsAreAuditedWithoutTheirQuery()
    {
        const auto sandbox = startSandbox(path(u"sandbox.sqlite"_s), 3, u"audit-token"_s);
        QVERIFY(sandbox);
        WorkspaceDatabase db(path(u"requests.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        HttpTransport transport;
        // As DesktopSession wires it.
        connect(&transport, &HttpTransport::requestFinished, this, [&trail](const VendorRequestRecord &r) {
            QVERIFY(trail.append(AuditEvents::vendorRequest(r)).ok());
        });
        SphereClient sphere(&transport,
                            sphereEndpointAt(sandbox->baseUrl(), u"audit-token"_s, std::chrono::seconds(10)));
        CustomerQuery byName;
        byName.search = u"Jane Roe"_s;
        const auto page = waitForAnswer<Result<CustomerPage>>(
            [&](auto done) { sphere.listCustomersPage(byName, 1, this, done); });
        QVERIFY(page.ok());
        const auto missing = waitForAnswer<Result<Customer>>([&](auto done) {
            sphere.getCustomer(u"customer_00000000000000000000000000000000"_s, this, done);
        });
        QVERIFY(!missing.ok());

        const QList<AuditRecord> rows = trail.records().value();
        QCOMPARE(rows.size(), 2);
        const QJsonObject list = rows.at(0).event.detail;
        QCOMPARE(rows.at(0).event.action, u"vendor-request"_s);
        QCOMPARE(list.value(u"vendor"_s).toString(), u"Sphere"_s);
        QCOMPARE(list.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(list.value(u"path"_s).toString(), u"/v1/customer"_s);
        QCOMPARE(list.value(u"status"_s).toInt(), 200);
        QVERIFY(list.contains(u"durationMs"_s));
        QVERIFY2(!rows.at(0).detailText.contains(u"Jane"_s), qPrintable(rows.at(0).detailText));
        const QJsonObject get = rows.at(1).event.detail;
        QCOMPARE(get.value(u"status"_s).toInt(), 404);
        QVERIFY(!get.contains(u"error"_s)); // the vendor answered; "error" is for no answer at all
        QVERIFY(!trail.verify().value().has_value());
    }

    void guardsRefuseUpdateAndDelete()
    {
        WorkspaceDatabase db(path(u"guards.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        QVERIFY(trail.append(sampleEvent(1)).ok());
        QVERIFY(
            tamper(db, { u"UPDATE audit_log SET action = 'x' WHERE seq = 1"_s }).contains(u"append-only"_s));
        QVERIFY(tamper(db, { u"DELETE FROM audit_log"_s }).contains(u"append-only"_s));
        QCOMPARE(trail.records().value().constFirst().event.action, u"risk-check"_s);
    }

    void verifyNamesTheFirstBrokenRow_data()
    {
        addColumns<QStringList, qint64, QString>("statements", "brokenRow", "problemPart");
        QTest::newRow("detail edited")
            << QStringList { u"DROP TRIGGER audit_log_no_update"_s,
                             u"UPDATE audit_log SET detail = '{\"level\":\"high\",\"n\":3}' "
                             "WHERE seq = 3"_s }
            << qint64(3) << u"changed"_s;
        QTest::newRow("time written in another zone") << QStringList {
            u"DROP TRIGGER audit_log_no_update"_s,
            u"UPDATE audit_log SET recorded_at = replace(recorded_at, 'Z', '+00:00') WHERE seq = 2"_s
        } << qint64(2) << u"changed"_s;
        QTest::newRow("detail keys reordered")
            << QStringList { u"DROP TRIGGER audit_log_no_update"_s,
                             u"UPDATE audit_log SET detail = '{\"n\":3,\"level\":\"low\"}' WHERE seq = 3"_s }
            << qint64(3) << u"changed"_s;
        QTest::newRow("analyst edited")
            << QStringList { u"DROP TRIGGER audit_log_no_update"_s,
                             u"UPDATE audit_log SET analyst = 'bob' WHERE seq = 4"_s }
            << qint64(4) << u"changed"_s;
        QTest::newRow("row removed") << QStringList { u"DROP TRIGGER audit_log_no_delete"_s,
                                                      u"DELETE FROM audit_log WHERE seq = 2"_s }
                                     << qint64(3) << u"removed"_s;
        QTest::newRow("row removed and the rest renumbered") << QStringList {
            u"DROP TRIGGER audit_log_no_delete"_s,           u"DROP TRIGGER audit_log_no_update"_s,
            u"DELETE FROM audit_log WHERE seq = 2"_s,        u"UPDATE audit_log SET seq = 2 WHERE seq = 3"_s,
            u"UPDATE audit_log SET seq = 3 WHERE seq = 4"_s, u"UPDATE audit_log SET seq = 4 WHERE seq = 5"_s
        } << qint64(2) << u"does not follow"_s;
        QTest::newRow("row appended without the chain") << QStringList {
            u"INSERT INTO audit_log VALUES (6, '2026-12-06T00:00:00.000Z', 'mallory', 'decision', "
            "'customer_9', '{}', 'x', 'y')"_s
        } << qint64(6) << u"does not follow"_s;
        QTest::newRow("gap in the sequence") << QStringList {
            u"INSERT INTO audit_log VALUES (9, '2026-12-06T00:00:00.000Z', 'mallory', 'decision', "
            "'customer_9', '{}', 'x', 'y')"_s
        } << qint64(9) << u"where row 6"_s;
    }

    void verifyNamesTheFirstBrokenRow()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        QFETCH(QStringList, statements);
        QFETCH(qint64, brokenRow);
        QFETCH(QString, problemPart);
        WorkspaceDatabase db(path(u"tamper-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        AuditTrail trail(&db, u"ana"_s);
        for (int n = 1; n <= 5; ++n)
            QVERIFY(trail.append(sampleEvent(n)).ok());
        QCOMPARE(tamper(db, statements), QString());
        const auto verdict = trail.verify();
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().has_value(), "the chain still verifies after tampering");
        QCOMPARE(verdict.value()->sequence, brokenRow);
        QVERIFY2(verdict.value()->problem.contains(problemPart), qPrintable(verdict.value()->problem));
    }

    void twoConnectionsShareOneChain()
    {
        WorkspaceDatabase first(path(u"shared.sqlite"_s));
        WorkspaceDatabase second(path(u"shared.sqlite"_s, u"bob"_s));
        QVERIFY(first.isOpen() && second.isOpen());
        AuditTrail ana(&first, u"ana"_s);
        AuditTrail bob(&second, u"bob"_s);
        for (int n = 0; n < 20; ++n)
            QVERIFY((n % 2 ? ana : bob).append(sampleEvent(n)).ok());
        QCOMPARE(ana.records().value().size(), 20);
        QVERIFY(!bob.verify().value().has_value());
    }

    void decisionsAreRecordedWithTheirAuditRow()
    {
        WorkspaceDatabase db(path(u"decisions.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        const auto noReason = review.decide(u"customer_1"_s, CaseDecisionKind::Approve, u"  "_s, {});
        QVERIFY(!noReason.ok());
        QCOMPARE(failureOf(noReason), std::optional(WorkspaceError::Kind::InvalidInput));

        const auto d
            = review.decide(u"customer_1"_s, CaseDecisionKind::Reject, u"Document forged or altered"_s,
                            u"Call from Jane Roe, SSN 123-45-6789"_s);
        QVERIFY(d.ok());
        QCOMPARE(d.value().analyst, u"ana"_s);
        const auto listed = review.decisions(u"customer_1"_s);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().constFirst().kind, CaseDecisionKind::Reject);
        QCOMPARE(listed.value().constFirst().comment, u"Call from Jane Roe, SSN 123-45-6789"_s);

        const AuditRecord row = trail.records().value().constLast();
        QCOMPARE(row.event.action, u"decision"_s);
        QCOMPARE(row.event.detail.value(u"decision"_s).toString(), d.value().id);
        QCOMPARE(row.event.detail.value(u"reason"_s).toString(), u"Document forged or altered"_s);
        // The free text stays out of the trail: it may name people.
        const QByteArray detail = QJsonDocument(row.event.detail).toJson();
        QVERIFY(!detail.contains("123-45-6789") && !detail.contains("Jane"));
        QCOMPARE(review.decisionsBy(u"ana"_s, QDateTime::currentDateTimeUtc().addSecs(-60)).value().size(),
                 1);

        // A reason in the analyst's own words is kept with the decision, but not in the trail.
        const auto worded
            = review.decide(u"customer_1"_s, CaseDecisionKind::Escalate, u"Jane Roe's brother called"_s, {});
        QVERIFY(worded.ok());
        QCOMPARE(review.decisions(u"customer_1"_s).value().constFirst().reason,
                 u"Jane Roe's brother called"_s);
        QCOMPARE(trail.records().value().constLast().event.detail.value(u"reason"_s).toString(), u"other"_s);
    }

    void undoIsAuditedOnceAndOnlyInTime()
    {
        WorkspaceDatabase db(path(u"undo.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        const auto d = review.decide(u"customer_2"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {});
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
        const auto undone = review.undo(d.value().id);
        QVERIFY(undone.ok());
        QVERIFY(undone.value().undoneAt.has_value());
        QCOMPARE(trail.records().value().constLast().event.action, u"decision-undo"_s);
        QCOMPARE(failureOf(review.undo(d.value().id)), std::optional(WorkspaceError::Kind::InvalidInput));
        QVERIFY(review.decisions(u"customer_2"_s).value().constFirst().undoneAt.has_value());
        QCOMPARE(review.decisionsBy(u"ana"_s, QDateTime::currentDateTimeUtc().addSecs(-60)).value().size(),
                 0);

        const auto late
            = review.decide(u"customer_2"_s, CaseDecisionKind::Escalate, u"Needs a second look"_s, {});
        QTest::qWait(1100);
        QVERIFY(late.ok());
        QCOMPARE(failureOf(review.undo(late.value().id, std::chrono::seconds(0))),
                 std::optional(WorkspaceError::Kind::InvalidInput));
        AuditTrail bobsTrail(&db, u"bob"_s);
        ReviewStore bobsReview(&db, &bobsTrail);
        QCOMPARE(failureOf(bobsReview.undo(late.value().id)),
                 std::optional(WorkspaceError::Kind::InvalidInput));
        QCOMPARE(failureOf(review.undo(u"no-such-decision"_s)),
                 std::optional(WorkspaceError::Kind::NotFound));
        QVERIFY(!trail.verify().value().has_value());
    }

    void notesAreKeptInOrderAndSearchable()
    {
        WorkspaceDatabase db(path(u"notes.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        QCOMPARE(failureOf(review.addNote(u"customer_3"_s, u"   "_s)),
                 std::optional(WorkspaceError::Kind::InvalidInput));
        QVERIFY(review.addNote(u"customer_3"_s, u"Called the customer; utility bill promised"_s).ok());
        QVERIFY(review.addNote(u"customer_3"_s, u"Bill received, 100% legible"_s).ok());
        QVERIFY(review.addNote(u"customer_4"_s, u"Nothing to add"_s).ok());
        const auto notes = review.notes(u"customer_3"_s);
        QCOMPARE(notes.value().size(), 2);
        QCOMPARE(notes.value().at(0).author, u"ana"_s);
        QVERIFY(notes.value().at(0).text.startsWith(u"Called"_s));
        QCOMPARE(review.searchNotes(u"BILL"_s).value().size(), 2);
        QCOMPARE(review.searchNotes(u"100%"_s).value().size(), 1);
        QCOMPARE(review.searchNotes(u"%"_s).value().size(), 1); // a literal percent sign, not a wildcard
        const AuditRecord row = trail.records().value().constLast();
        QCOMPARE(row.event.action, u"note"_s);
        QVERIFY(!QJsonDocument(row.event.detail).toJson().contains("Nothing"));
    }

    void decisionsAndNotesAreKeptAsWritten()
    {
        WorkspaceDatabase db(path(u"kept.sqlite"_s));
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        const auto d = review.decide(u"customer_k"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {});
        QVERIFY(review.addNote(u"customer_k"_s, u"Checked the passport"_s).ok());
        QVERIFY(tamper(db, { u"UPDATE customer_notes SET text = 'x'"_s }).contains(u"kept as written"_s));
        QVERIFY(tamper(db, { u"DELETE FROM customer_notes"_s }).contains(u"kept as written"_s));
        QVERIFY(tamper(db, { u"UPDATE case_decisions SET reason = 'Risk acceptable'"_s })
                    .contains(u"only ever"_s));
        QVERIFY(tamper(db, { u"DELETE FROM case_decisions"_s }).contains(u"only ever"_s));
        QVERIFY(review.undo(d.value().id).ok()); // the one change a decision may get
        QVERIFY(tamper(db, { u"UPDATE case_decisions SET undone_at = NULL"_s }).contains(u"only ever"_s));
        QCOMPARE(review.notes(u"customer_k"_s).value().constFirst().text, u"Checked the passport"_s);
    }

    void workspaceOfVersion1IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v1.sqlite"_s);
        {
            WorkspaceDatabase db(file);
            AuditTrail trail(&db, u"ana"_s);
            ReviewStore review(&db, &trail);
            QVERIFY(
                review
                    .decide(u"customer_v1"_s, CaseDecisionKind::Reject, u"Prohibited business activity"_s, {})
                    .ok());
            // Back to what version 1 wrote: its tables, none of version 2's guards nor version 3's outbox.
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db,
                            { u"DROP TABLE kept_customers"_s, u"DROP TABLE kept_books"_s,
                              u"DROP TABLE queue_claims"_s, u"DROP TABLE yativo_links"_s,
                              u"DROP TABLE sardine_feedback"_s, u"DROP TRIGGER customer_notes_no_update"_s,
                              u"DROP TRIGGER customer_notes_no_delete"_s,
                              u"DROP TRIGGER case_decisions_only_undo"_s,
                              u"DROP TRIGGER case_decisions_no_delete"_s, u"PRAGMA user_version = 1"_s }),
                     QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 1);
        QVERIFY(tamper(db, { u"DELETE FROM case_decisions"_s }).contains(u"only ever"_s));
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        QCOMPARE(review.decisions(u"customer_v1"_s).value().size(), 1);
        QVERIFY(!trail.verify().value().has_value());
    }

    void workspaceOfVersion2IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v2.sqlite"_s);
        {
            WorkspaceDatabase db(file);
            AuditTrail trail(&db, u"ana"_s);
            ReviewStore review(&db, &trail);
            QVERIFY(review.addNote(u"customer_v2"_s, u"Kept across the upgrade"_s).ok());
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db,
                            { u"DROP TABLE sardine_feedback"_s, u"DROP TABLE kept_customers"_s,
                              u"DROP TABLE kept_books"_s, u"DROP TABLE queue_claims"_s,
                              u"DROP TABLE yativo_links"_s, u"PRAGMA user_version = 2"_s }),
                     QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 2);
        AuditTrail trail(&db, u"ana"_s);
        ReviewStore review(&db, &trail);
        QCOMPARE(review.notes(u"customer_v2"_s).value().size(), 1);
        FeedbackOutbox outbox(&db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(
            outbox.enqueue({ {}, u"session-v2"_s, u"customer_v2"_s, u"approved"_s, {}, now }, {}, u"x"_s, now)
                .ok());
        QVERIFY(tamper(db, { u"DELETE FROM sardine_feedback"_s }).contains(u"kept"_s));
        QVERIFY(!trail.verify().value().has_value());
    }

    void workspaceOfVersion3IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v3.sqlite"_s);
        QString feedbackId;
        {
            WorkspaceDatabase db(file);
            FeedbackOutbox outbox(&db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            feedbackId = outbox
                             .enqueue({ {}, u"session-v3"_s, u"customer_v3"_s, u"declined"_s, {}, now }, {},
                                      u"x"_s, now)
                             .value()
                             .feedback.id;
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db,
                            { u"DROP TABLE kept_customers"_s, u"DROP TABLE kept_books"_s,
                              u"DROP TABLE queue_claims"_s, u"DROP TABLE yativo_links"_s,
                              u"PRAGMA user_version = 3"_s }),
                     QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 3);
        QCOMPARE(FeedbackOutbox(&db).find(feedbackId).value().state(), QueuedFeedback::State::Waiting);
        CustomerCache cache(&db);
        const auto documented = SphereCodec::decodeCustomer(
            QJsonDocument::fromJson(example(u"sphere-customer-object.json"_s)).object());
        QVERIFY(documented.ok());
        cache.keepCustomer(u"embedded-sandbox"_s, documented.value());
        const auto kept = cache.keptCustomer(u"embedded-sandbox"_s, documented.value().id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->customer.id, documented.value().id);
        QCOMPARE(kept->customer.email, documented.value().email);
        QVERIFY(kept->keptAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(!cache.keptCustomer(u"production"_s, documented.value().id).has_value());
    }

    // The kept listing by chunks (schema 8), on a file and on the team server alike: the listing
    // kept stays whole while its successor's chunks are written, then gives way to it.
    void aKeptListingIsReplacedWholeByChunks()
    {
        WorkspaceDatabase db(path(u"kept-listing.sqlite"_s));
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        CustomerCache cache(&db);
        const int many = CustomerRowSnapshot::kChunkRows + 3;
        const CustomerRowBatch rows = numberedRows(many);
        const QString environment = u"sandbox:kept"_s;
        QVERIFY(!cache
                     .keepBook(environment, many,
                               CustomerRowSnapshot::compress(many, CustomerRowSnapshot::rowsOf(rows)))
                     .has_value());
        const QString generation = CustomerCache::newGeneration();
        const auto first = CustomerRowSnapshot::compress(2, CustomerRowSnapshot::rowsOf(rows));
        QVERIFY(!cache.keepBookChunk(environment, generation, 0, first.constFirst()).has_value());
        auto kept = cache.keptBook(environment);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), many);
        QCOMPARE(kept->rows.id(kept->rows.rows.at(many - 1)).toString(), u"customer_%1"_s.arg(many - 1));
        QVERIFY(!cache.finishKeptBook(environment, generation, 2, 1).has_value());
        kept = cache.keptBook(environment);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), 2);
        QCOMPARE(db.rowCounts().value().value(6),
                 std::make_pair(u"kept_book_chunks"_s, qint64(1))); // the listing before is gone
    }

    void workspaceOfVersion4IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v4.sqlite"_s);
        const auto documented = SphereCodec::decodeCustomer(
            QJsonDocument::fromJson(example(u"sphere-customer-object.json"_s)).object());
        QVERIFY(documented.ok());
        {
            WorkspaceDatabase db(file);
            CustomerCache(&db).keepCustomer(u"embedded-sandbox"_s, documented.value());
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db,
                            { u"DROP TABLE queue_claims"_s, u"DROP TABLE yativo_links"_s,
                              u"PRAGMA user_version = 4"_s }),
                     QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 4);
        QVERIFY(CustomerCache(&db).keptCustomer(u"embedded-sandbox"_s, documented.value().id).has_value());
        AuditTrail trail(&db, u"ana"_s);
        QueueClaims claims(&db, &trail);
        QCOMPARE(claims.claimNext({ documented.value().id }).value(), std::optional(documented.value().id));
        QCOMPARE(claims.heldByMe().value(), QStringList { documented.value().id });
    }

    void workspaceOfVersion5IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v5.sqlite"_s);
        {
            WorkspaceDatabase db(file);
            AuditTrail trail(&db, u"ana"_s);
            QVERIFY(QueueClaims(&db, &trail).claimNext({ u"customer_v5"_s }).ok());
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db, { u"DROP TABLE yativo_links"_s, u"PRAGMA user_version = 5"_s }), QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 5);
        AuditTrail trail(&db, u"ana"_s);
        QCOMPARE(QueueClaims(&db, &trail).heldByMe().value(), QStringList { u"customer_v5"_s });
        YativoLinks links(&db, &trail);
        YativoCustomer record;
        record.id = u"yativo_1"_s;
        record.fullName = u"Ana Roe"_s;
        QVERIFY(!links.link(u"customer_v5"_s, record).has_value());
        QCOMPARE(links.linked(u"customer_v5"_s).value()->record.fullName, record.fullName);
        QVERIFY(!trail.verify().value().has_value());
    }

    void workspaceOfVersion6IsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v6.sqlite"_s);
        QString decisionId;
        {
            WorkspaceDatabase db(file);
            AuditTrail trail(&db, u"ana"_s);
            QVERIFY(QueueClaims(&db, &trail).claimNext({ u"customer_v6"_s }).ok());
            decisionId
                = ReviewStore(&db, &trail)
                      .decide(u"customer_v6b"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {})
                      .value()
                      .id;
            QCOMPARE(tamper(db, backToVersion6()), QString());
            QCOMPARE(tamper(db, { u"PRAGMA user_version = 6"_s }), QString());
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 6);
        AuditTrail trail(&db, u"ana"_s);
        // A claim made before leases is still held; a decision made before four eyes stands.
        QCOMPARE(QueueClaims(&db, &trail).heldByMe().value(), QStringList { u"customer_v6"_s });
        ReviewStore review(&db, &trail);
        const CaseDecision before = review.decisions(u"customer_v6b"_s).value().constFirst();
        QCOMPARE(before.id, decisionId);
        QCOMPARE(before.state, CaseDecisionState::Final);
        QVERIFY(before.stands());
        // This computer's workspace has no four-eyes rule until the analyst's team sets one.
        QCOMPARE(review.fourEyesRule(), QStringList());
        QVERIFY(review.addNote(u"customer_v6"_s, u"After the upgrade"_s).ok());
        QVERIFY(!trail.verify().value().has_value());
    }

    void tableExportsAreSafeToOpenInASpreadsheet()
    {
        const QList<QStringList> rows { { u"id"_s, u"name"_s },
                                        { u"customer_1"_s, u"=HYPERLINK(\"http://x\")"_s },
                                        { u"customer_2"_s, u"@SUM(A1)"_s } };
        const QByteArray csv = TableExport::encode(rows, TableExport::Format::Csv);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csv.contains("'=HYPERLINK") && csv.contains("'@SUM"), csv.constData());
        QVERIFY(TableExport::encode(rows, TableExport::Format::SpreadsheetCsv).startsWith("\xEF\xBB\xBF"));
        const QString file = m_dir.filePath(u"table.csv"_s);
        QVERIFY(!TableExport::write(file, csv).has_value());
        QCOMPARE(QFile::permissions(file)
                     & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                         | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        QVERIFY(TableExport::write(m_dir.filePath(u"no-such-folder/table.csv"_s), csv).has_value());
    }

    void newerSchemaIsLeftUntouched()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"newer.sqlite"_s);
        {
            WorkspaceDatabase db(file);
            QCOMPARE(tamper(db, { u"PRAGMA user_version = 99"_s }), QString());
        }
        const QByteArray before = fileBytes(file);
        WorkspaceDatabase db(file);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.error()->kind, WorkspaceError::Kind::NewerSchema);
        QVERIFY2(db.error()->message.contains(u"newer KYC Desk"_s),
                 qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(fileBytes(file), before);
    }

    void damagedFileIsCopiedAsideAndKept()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"damaged.sqlite"_s);
        const QByteArray garbage = QByteArray("this is not an SQLite database, just bytes\n").repeated(200);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        WorkspaceDatabase db(file);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.error()->kind, WorkspaceError::Kind::Corrupt);
        QVERIFY(!db.error()->backupPath.isEmpty());
        QVERIFY2(db.error()->message.contains(db.error()->backupPath),
                 qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(fileBytes(db.error()->backupPath), garbage);
        QCOMPARE(fileBytes(file), garbage);
    }

    void workspaceFromBeforeTheReviewSchemaIsMigrated()
    {
        if (fileOnly())
            QSKIP("a workspace file's own behaviour");
        const QString file = path(u"v0.sqlite"_s);
        {
            RiskHistoryStore history(file);
            QVERIFY(history.isOpen());
            RiskResult r;
            QVERIFY(
                history.add(u"customer_5"_s, u"sandbox"_s, u"sandbox"_s, QDateTime::currentDateTimeUtc(), r));
        }
        WorkspaceDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error() ? db.error()->message : QString()));
        QCOMPARE(db.versionFound(), 0);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), WorkspaceDatabase::kSchemaVersion);
        AuditTrail trail(&db, u"ana"_s);
        QVERIFY(trail.append(sampleEvent(1)).ok());
        // The older tables and their rows are still there.
        QVERIFY(q.exec(u"SELECT count(*) FROM risk_checks WHERE customer_id = 'customer_5'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();

        WorkspaceDatabase again(file);
        QCOMPARE(again.versionFound(), WorkspaceDatabase::kSchemaVersion);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (teamBackend() && !TeamServerFixture::available()) {
        qInfo("SKIP: no PostgreSQL cluster for the team backend (scripts/test starts one)");
        return 77;
    }
    TestReviewWorkspace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_review_workspace.moc"
