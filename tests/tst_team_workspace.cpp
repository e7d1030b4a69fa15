// The workspace on a team server (the suite's throwaway PostgreSQL cluster, scripts/test): what
// only a shared server does. Analysts are login roles granted the schema's roles; the schema is
// made by the database's owner (`workspace migrate`), as a team would.
//
// - Eight desks pressing "next" at once never get the same customer, and their audit rows form
//   one chain that verifies.
// - Four eyes: a high-risk approval waits for a second analyst; the same analyst, an analyst who is
//   not senior, or plain SQL in someone else's name are refused by the server itself.
// - Roles: the auditor reads and verifies but writes nothing; an analyst cannot change the team's
//   rule or release another's claim.
// - A risk check one analyst ran is the team's: the next desk sees it, and the "High risk" queue.
// - What one desk decides reaches another within a second (LISTEN / NOTIFY).
// - A workspace file moves over once: decisions, notes, and its trail re-chained after an import row.
// - A wrong password, a server with a newer schema: refused, nothing written. TLS with verify-full
//   connects where the certificate checks out, and is refused with another CA or another host name.
// - The server stopped while two desks decide: what they did is kept on each computer and written
//   once when it is back.

#include "AuditTrail.h"
#include "PendingChanges.h"
#include "QueueClaims.h"
#include "ReviewStore.h"
#include "SardineCodec.h"
#include "TeamRiskHistory.h"
#include "TeamServerFixture.h"
#include "TestData.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceImport.h"
#include "WorkspaceLocation.h"
#include "WorkspaceNotifications.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
QString openError(const WorkspaceDatabase &db)
{
    return db.error() ? db.error()->message : QString();
}

// Plain SQL through a desk's connection, as someone with psql and that role's password would run it.
QString plainSql(WorkspaceDatabase &db, const QString &sql)
{
    QSqlQuery q(db.database());
    return q.exec(sql) ? QString() : q.lastError().text();
}

qint64 count(WorkspaceDatabase &db, const QString &table)
{
    QSqlQuery q(db.database());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList customers(int n, const QString &prefix = u"customer_"_s)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << u"%1%2"_s.arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
    return ids;
}

bool runPgCtl(const QString &verb)
{
    const QString ctl = qEnvironmentVariable("KYCDESK_TEST_POSTGRES_CTL");
    if (ctl.isEmpty())
        return false;
    return QProcess::execute(u"sh"_s, { u"-c"_s, ctl + u' ' + verb + u" >/dev/null"_s }) == 0;
}
} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TeamServerFixture> m_server;

    // A fresh database with the schema made by its owner; its name.
    QString migratedDatabase(const QString &hint)
    {
        const QString name = m_server->createDatabase(hint);
        WorkspaceDatabase owner(m_server->location(name, m_server->superuser()));
        if (!owner.isOpen())
            qFatal("migration failed: %s", qPrintable(openError(owner)));
        return name;
    }
    QString as(const QString &database, const QString &role) const
    {
        return m_server->location(database, role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TeamServerFixture>();
        // The roles exist once a first database is migrated.
        migratedDatabase(u"roles"_s);
        for (const QString &analyst : { u"alice"_s, u"bob"_s })
            m_server->ensureLogin(analyst, { u"kycdesk_analyst"_s });
        m_server->ensureLogin(u"carol"_s, { u"kycdesk_senior"_s });
        m_server->ensureLogin(u"dave"_s, { u"kycdesk_auditor"_s }, u"dave-secret"_s);
        for (int n = 1; n <= 8; ++n)
            m_server->ensureLogin(u"claimer%1"_s.arg(n), { u"kycdesk_analyst"_s });
    }

    void locationsRefuseWeakTlsAndPasswords()
    {
        QCOMPARE(WorkspaceLocation::parse(u"postgresql://ana@db.example.com/kyc"_s).value().sslMode,
                 u"verify-full"_s);
        const auto weak = WorkspaceLocation::parse(u"postgresql://ana@db.example.com/kyc?sslmode=require"_s);
        QVERIFY(!weak.ok());
        QVERIFY2(weak.error().message.contains(u"verify-full"_s), qPrintable(weak.error().message));
        QVERIFY(!WorkspaceLocation::parse(u"postgresql://ana:secret@db.example.com/kyc"_s).ok());
        QVERIFY(!WorkspaceLocation::parse(u"postgresql://db.example.com/kyc"_s).ok()); // no user
        const auto local = WorkspaceLocation::parse(u"postgresql://ana@localhost:5433/kyc?sslmode=disable"_s);
        QVERIFY(local.ok());
        QCOMPARE(local.value().displayText(), u"postgresql://ana@localhost:5433/kyc"_s);
        QVERIFY(!WorkspaceLocation::parse(u"/home/ana/workspace.sqlite"_s).value().isTeamServer());
    }

    void concurrentClaimersNeverShareACustomer()
    {
        const QString database = migratedDatabase(u"claims"_s);
        const QStringList queue = customers(120);
        QMutex mutex;
        QList<QString> claimed;
        QStringList problems;
        QList<QThread *> desks;
        for (int n = 1; n <= 8; ++n) {
            const QString location = as(database, u"claimer%1"_s.arg(n));
            desks << QThread::create([&, location] {
                WorkspaceDatabase db(location);
                if (!db.isOpen()) {
                    const QMutexLocker lock(&mutex);
                    problems << openError(db);
                    return;
                }
                AuditTrail trail(&db, db.analystName(u"desk"_s));
                QueueClaims claims(&db, &trail);
                ReviewStore review(&db, &trail);
                for (;;) {
                    const auto next = claims.claimNext(queue);
                    if (!next || !next.value()) {
                        if (!next) {
                            const QMutexLocker lock(&mutex);
                            problems << next.error().message;
                        }
                        return;
                    }
                    const auto decided = review.decide(*next.value(), CaseDecisionKind::Approve,
                                                       u"Documents verified"_s, {});
                    const QMutexLocker lock(&mutex);
                    claimed << *next.value();
                    if (!decided)
                        problems << decided.error().message;
                }
            });
        }
        for (QThread *desk : std::as_const(desks))
            desk->start();
        for (QThread *desk : std::as_const(desks)) {
            QVERIFY(desk->wait(120000));
            delete desk;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(claimed.size(), queue.size()); // nobody got a customer twice...
        QCOMPARE(QSet<QString>(claimed.cbegin(), claimed.cend()),
                 QSet<QString>(queue.cbegin(), queue.cend()));
        WorkspaceDatabase auditor(as(database, u"carol"_s));
        QCOMPARE(count(auditor, u"case_decisions"_s), qint64(queue.size()));
        // ...and 8 writers made one chain: a claim row and a decision row per customer, in order.
        AuditTrail trail(&auditor, auditor.analystName(u"desk"_s));
        QCOMPARE(trail.records().value().size(), 2 * queue.size());
        QVERIFY(!trail.verify().value().has_value());
    }

    void claimsShowTheirHolderAndRunOut()
    {
        const QString database = migratedDatabase(u"leases"_s);
        WorkspaceDatabase aliceDb(as(database, u"alice"_s));
        WorkspaceDatabase bobDb(as(database, u"bob"_s));
        AuditTrail alice(&aliceDb, aliceDb.analystName(u"alice"_s));
        AuditTrail bob(&bobDb, bobDb.analystName(u"bob"_s));
        QueueClaims aliceClaims(&aliceDb, &alice);
        QueueClaims bobClaims(&bobDb, &bob);
        aliceClaims.setLease(std::chrono::seconds(1));
        QCOMPARE(aliceClaims.claim(u"customer_a"_s).value().analyst, u"alice/alice"_s);
        // Bob sees who holds it and cannot decide it.
        QCOMPARE(bobClaims.claim(u"customer_a"_s).value().analyst, u"alice/alice"_s);
        const auto refused
            = ReviewStore(&bobDb, &bob)
                  .decide(u"customer_a"_s, CaseDecisionKind::Reject, u"Prohibited business activity"_s, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"alice/alice"_s), qPrintable(refused.error().message));
        // Nor release it, through the store or around it (row-level security).
        QVERIFY(bobClaims.release(u"customer_a"_s).has_value());
        QCOMPARE(plainSql(bobDb, u"DELETE FROM queue_claims WHERE customer_id = 'customer_a'"_s), QString());
        QCOMPARE(count(bobDb, u"queue_claims"_s), qint64(1));
        // Nor take it over, nor stretch his own lease past it, nor decide it in plain SQL.
        QCOMPARE(plainSql(bobDb,
                          u"UPDATE queue_claims SET analyst = 'bob/bob', expires_at = '9999' "
                          "WHERE customer_id = 'customer_a'"_s),
                 QString());
        QCOMPARE(aliceClaims.holder(u"customer_a"_s).value()->analyst, u"alice/alice"_s);
        const QString heldInsert = plainSql(bobDb,
                                            u"INSERT INTO case_decisions (id, customer_id, decision, reason, "
                                            "comment, analyst, decided_at) VALUES ('d1', 'customer_a', "
                                            "'reject', 'x', '', 'bob/bob', 'now')"_s);
        QVERIFY2(heldInsert.contains(u"holds customer"_s), qPrintable(heldInsert));
        // A desk that crashed renews nothing: the lease runs out and Bob takes the customer.
        QTest::qWait(1300);
        QCOMPARE(bobClaims.claim(u"customer_a"_s).value().analyst, u"bob/bob"_s);
        QVERIFY(ReviewStore(&bobDb, &bob)
                    .decide(u"customer_a"_s, CaseDecisionKind::Reject, u"Prohibited business activity"_s, {})
                    .ok());
    }

    void fourEyesIsEnforcedByTheServer()
    {
        const QString database = migratedDatabase(u"foureyes"_s);
        WorkspaceDatabase aliceDb(as(database, u"alice"_s));
        WorkspaceDatabase bobDb(as(database, u"bob"_s));
        WorkspaceDatabase carolDb(as(database, u"carol"_s));
        QVERIFY2(aliceDb.isOpen() && bobDb.isOpen() && carolDb.isOpen(), qPrintable(openError(aliceDb)));
        AuditTrail alice(&aliceDb, aliceDb.analystName(u"alice"_s));
        AuditTrail bob(&bobDb, bobDb.analystName(u"bob"_s));
        AuditTrail carol(&carolDb, carolDb.analystName(u"carol"_s));
        ReviewStore aliceReview(&aliceDb, &alice);
        ReviewStore bobReview(&bobDb, &bob);
        ReviewStore carolReview(&carolDb, &carol);
        QCOMPARE(aliceReview.fourEyesRule(),
                 (QStringList { u"approve-high-risk"_s, u"approve-open-requirement"_s }));

        // Low risk, nothing open: final at once. High risk: waits.
        QCOMPARE(aliceReview
                     .decide(u"customer_low"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {},
                             { u"low"_s, false, {}, {} })
                     .value()
                     .state,
                 CaseDecisionState::Final);
        const auto waiting
            = aliceReview.decide(u"customer_high"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {},
                                 { u"very_high"_s, false, {}, {} });
        QCOMPARE(waiting.value().state, CaseDecisionState::AwaitingSecond);
        QVERIFY(!waiting.value().stands());
        QCOMPARE(aliceReview
                     .decide(u"customer_open"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {},
                             { u"low"_s, true, {}, {} })
                     .value()
                     .state,
                 CaseDecisionState::AwaitingSecond);
        const QString id = waiting.value().id;

        // Alice cannot be her own second pair of eyes: not through the store...
        QVERIFY(!aliceReview.secondOpinion(id, true, u"Looks fine"_s).ok());
        // ...nor around it, in her own name or in Carol's.
        QVERIFY(!plainSql(aliceDb,
                          u"UPDATE case_decisions SET state = 'confirmed', second_analyst = 'alice/x', "
                          "second_at = 'now', second_reason = 'x' WHERE id = '%1'"_s.arg(id))
                     .isEmpty());
        const QString forged
            = plainSql(aliceDb,
                       u"UPDATE case_decisions SET state = 'confirmed', second_analyst = "
                       "'carol/carol', second_at = 'now', second_reason = 'x' WHERE id = '%1'"_s.arg(id));
        QVERIFY(!forged.isEmpty());
        const QString forgedNote = plainSql(aliceDb,
                                            u"INSERT INTO customer_notes (customer_id, author, written_at, "
                                            "text) VALUES ('customer_high', 'carol/carol', 'now', 'x')"_s);
        QVERIFY2(forgedNote.contains(u"database role"_s), qPrintable(forgedNote));
        // A decision inserted as already confirmed is refused whoever it names.
        const QString confirmedInsert = plainSql(
            aliceDb,
            u"INSERT INTO case_decisions (id, customer_id, decision, reason, comment, analyst, decided_at, "
            "state, second_analyst, second_at, second_reason) VALUES ('forged', 'customer_forged', "
            "'approve', 'x', '', 'alice/alice', 'now', 'confirmed', 'carol/carol', 'now', 'x')"_s);
        QVERIFY2(confirmedInsert.contains(u"starts final or awaiting"_s), qPrintable(confirmedInsert));
        // Nobody but Alice undoes Alice's decision.
        QVERIFY(!plainSql(bobDb, u"UPDATE case_decisions SET undone_at = 'now' WHERE id = '%1'"_s.arg(id))
                     .isEmpty());
        // Bob is another analyst but not a senior one.
        const auto notSenior = bobReview.secondOpinion(id, true, u"Looks fine"_s);
        QVERIFY(!notSenior.ok());
        QVERIFY2(notSenior.error().message.contains(u"senior"_s), qPrintable(notSenior.error().message));
        // Carol is.
        const auto confirmed = carolReview.secondOpinion(id, true, u"Source of funds checked"_s);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.ok() ? QString() : confirmed.error().message));
        QCOMPARE(confirmed.value().state, CaseDecisionState::Confirmed);
        QCOMPARE(confirmed.value().secondAnalyst, u"carol/carol"_s);
        const CaseDecision read = aliceReview.decisions(u"customer_high"_s).value().constFirst();
        QVERIFY(read.stands());
        QCOMPARE(read.secondReason, u"Source of funds checked"_s);
        // Once only.
        QVERIFY(!carolReview.secondOpinion(id, false, u"Changed my mind"_s).ok());
        QCOMPARE(carol.records({ u"customer_high"_s, {}, {}, {}, {} }).value().constLast().event.action,
                 u"decision-confirm"_s);

        // Returned: the customer is back in the queue.
        const QString open = aliceReview.awaitingSecond().value().constFirst().id;
        QVERIFY(carolReview.secondOpinion(open, false, u"Requirement still open"_s).ok());
        QVERIFY(aliceReview.awaitingSecond().value().isEmpty());
        QCOMPARE(QueueClaims(&aliceDb, &alice).claimNext({ u"customer_low"_s, u"customer_open"_s }).value(),
                 std::optional(u"customer_open"_s));
        QVERIFY(!alice.verify().value().has_value());
    }

    void rolesAreEnforcedByTheServer()
    {
        const QString database = migratedDatabase(u"roles"_s);
        {
            WorkspaceDatabase aliceDb(as(database, u"alice"_s));
            AuditTrail alice(&aliceDb, aliceDb.analystName(u"alice"_s));
            QVERIFY(ReviewStore(&aliceDb, &alice).addNote(u"customer_r"_s, u"Called the customer"_s).ok());
            // The team's rule is the owner's to set.
            QVERIFY(aliceDb.setTeamSetting(u"four-eyes"_s, QString()).has_value());
            // Nobody edits the trail, whatever the grants say.
            QVERIFY(!plainSql(aliceDb, u"UPDATE audit_log SET action = 'x'"_s).isEmpty());
        }
        WorkspaceDatabase daveDb(as(database, u"dave"_s));
        QVERIFY2(daveDb.isOpen(), qPrintable(openError(daveDb)));
        AuditTrail dave(&daveDb, daveDb.analystName(u"dave"_s));
        QCOMPARE(dave.records().value().size(), 1);
        QVERIFY(!dave.verify().value().has_value());
        ReviewStore daveReview(&daveDb, &dave);
        QCOMPARE(daveReview.notes(u"customer_r"_s).value().size(), 1);
        const auto refused
            = daveReview.decide(u"customer_r"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"permission denied"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!dave.append({ u"note"_s, u"customer_r"_s, {} }).ok());
        QCOMPARE(dave.records().value().size(), 1);
    }

    void changesReachAnotherDeskWithinASecond()
    {
        const QString database = migratedDatabase(u"live"_s);
        WorkspaceDatabase aliceDb(as(database, u"alice"_s));
        WorkspaceDatabase bobDb(as(database, u"bob"_s));
        WorkspaceNotifications bobHears(&bobDb);
        QVERIFY(bobHears.isListening());
        QSignalSpy heard(&bobHears, &WorkspaceNotifications::changed);
        AuditTrail alice(&aliceDb, aliceDb.analystName(u"alice"_s));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(
            ReviewStore(&aliceDb, &alice)
                .decide(u"customer_live"_s, CaseDecisionKind::Reject, u"Prohibited business activity"_s, {})
                .ok());
        QVERIFY(heard.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const auto change = heard.constFirst().constFirst().value<WorkspaceChange>();
        QCOMPARE(change.table, u"case_decisions"_s);
        QCOMPARE(change.customerId, u"customer_live"_s);
        QCOMPARE(change.by, u"alice"_s);
        QCOMPARE(heard.constFirst().constLast().toBool(), false);
        // A workspace file has nobody else to hear.
        QTemporaryDir dir;
        WorkspaceDatabase file(dir.filePath(u"w.sqlite"_s));
        QVERIFY(!WorkspaceNotifications(&file).isListening());
    }

    void aWorkspaceFileMovesOverOnce()
    {
        QTemporaryDir dir;
        WorkspaceDatabase local(dir.filePath(u"mine.sqlite"_s));
        AuditTrail localTrail(&local, u"alice"_s);
        ReviewStore localReview(&local, &localTrail);
        QVERIFY(
            localReview.decide(u"customer_m1"_s, CaseDecisionKind::Approve, u"Documents verified"_s, u"ok"_s)
                .ok());
        QVERIFY(localReview
                    .decide(u"customer_m2"_s, CaseDecisionKind::Reject, u"Prohibited business activity"_s, {})
                    .ok());
        QVERIFY(localReview.addNote(u"customer_m1"_s, u"Passport checked"_s).ok());
        const QString oldHead = localTrail.records().value().constLast().hash;

        const QString database = migratedDatabase(u"import"_s);
        WorkspaceDatabase team(as(database, u"alice"_s));
        AuditTrail teamTrail(&team, team.analystName(u"alice"_s));
        QVERIFY(teamTrail.append({ u"note"_s, u"customer_other"_s, {} }).ok()); // the team's chain goes on
        const auto first = WorkspaceImport::run(local, team, teamTrail);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(!first.value().alreadyImported);
        QCOMPARE(first.value().decisions, 2);
        QCOMPARE(first.value().notes, 1);
        QCOMPARE(first.value().auditRows, 3);
        const auto second = WorkspaceImport::run(local, team, teamTrail);
        QVERIFY(second.value().alreadyImported);
        QCOMPARE(count(team, u"case_decisions"_s), qint64(2));
        QCOMPARE(count(team, u"customer_notes"_s), qint64(1));

        const QList<AuditRecord> rows = teamTrail.records().value();
        QCOMPARE(rows.size(), 1 + 1 + 3);
        QCOMPARE(rows.at(1).event.action, u"import"_s);
        QCOMPARE(rows.at(1).event.detail.value(u"sourceHeadHash"_s).toString(), oldHead);
        QCOMPARE(rows.at(4).event.detail.value(u"imported"_s).toObject().value(u"hash"_s).toString(),
                 oldHead);
        QVERIFY(!teamTrail.verify().value().has_value());
        ReviewStore teamReview(&team, &teamTrail);
        QCOMPARE(teamReview.decisions(u"customer_m1"_s).value().constFirst().analyst, u"alice/alice"_s);
        QCOMPARE(teamReview.notes(u"customer_m1"_s).value().constFirst().text, u"Passport checked"_s);
        // The file's word is not the team's: its approval waits for a second analyst here (the team's
        // rule; a level the import cannot know counts as high), its rejection stands.
        QCOMPARE(teamReview.decisions(u"customer_m1"_s).value().constFirst().state,
                 CaseDecisionState::AwaitingSecond);
        QCOMPARE(teamReview.decisions(u"customer_m2"_s).value().constFirst().state, CaseDecisionState::Final);

        // Worked on after the move, the file moves over again: only what it gained.
        QVERIFY(localReview.addNote(u"customer_m2"_s, u"Fraud confirmed by phone"_s).ok());
        const auto third = WorkspaceImport::run(local, team, teamTrail);
        QVERIFY2(third.ok(), qPrintable(third.ok() ? QString() : third.error().message));
        QVERIFY(!third.value().alreadyImported);
        QCOMPARE(third.value().decisions, 0);
        QCOMPARE(third.value().notes, 1);
        QCOMPARE(third.value().riskChecks, 0);
        QCOMPARE(third.value().auditRows, 1);
        QCOMPARE(count(team, u"customer_notes"_s), qint64(2));
        QCOMPARE(teamTrail.records().value().size(), 1 + 1 + 3 + 1 + 1);
        QVERIFY(WorkspaceImport::run(local, team, teamTrail).value().alreadyImported);
        QVERIFY(!teamTrail.verify().value().has_value());
    }

    void badServersAreRefusedAndNothingIsWritten()
    {
        const QString database = migratedDatabase(u"refusals"_s);
        const auto wrong = WorkspaceLocation::parse(m_server->tcpLocation(database, u"dave"_s));
        WorkspaceDatabase wrongPassword(wrong.value(), u"not-daves-password"_s);
        QVERIFY(!wrongPassword.isOpen());
        QCOMPARE(wrongPassword.error()->kind, WorkspaceError::Kind::Unavailable);
        QVERIFY2(openError(wrongPassword).contains(u"password authentication failed"_s),
                 qPrintable(openError(wrongPassword)));
        WorkspaceDatabase rightPassword(wrong.value(), u"dave-secret"_s);
        QVERIFY2(rightPassword.isOpen(), qPrintable(openError(rightPassword)));

        {
            WorkspaceDatabase owner(as(database, m_server->superuser()));
            QCOMPARE(plainSql(owner, u"UPDATE kycdesk_schema SET version = 99"_s), QString());
        }
        WorkspaceDatabase newer(as(database, u"alice"_s));
        QVERIFY(!newer.isOpen());
        QCOMPARE(newer.error()->kind, WorkspaceError::Kind::NewerSchema);
        WorkspaceDatabase owner(as(database, m_server->superuser()));
        QCOMPARE(count(owner, u"audit_log"_s), qint64(0));
        QSqlQuery version(owner.database());
        QVERIFY(version.exec(u"SELECT version FROM kycdesk_schema"_s) && version.next());
        QCOMPARE(version.value(0).toInt(), 99);

        // A desk of an analyst reaching a database nobody migrated yet makes nothing there.
        const QString empty = m_server->createDatabase(u"unmigrated"_s);
        WorkspaceDatabase early(as(empty, u"alice"_s));
        QVERIFY(!early.isOpen());
        QVERIFY2(openError(early).contains(u"workspace migrate"_s), qPrintable(openError(early)));
        WorkspaceDatabase emptyOwner(as(empty, m_server->superuser()));
        QVERIFY(emptyOwner.isOpen()); // the owner migrates it
        QCOMPARE(emptyOwner.versionFound(), 0);
    }

    void riskChecksAreTheTeams()
    {
        const QString database = migratedDatabase(u"risk"_s);
        QByteArray body = testData(u"sardine-customer-response.json"_s);
        const auto answer = SardineCodec::decodeRiskResponse(200, body);
        QVERIFY(answer.ok());
        RiskResult high = answer.value();
        high.level.raw = u"high"_s;
        high.raw.insert(u"level"_s, u"high"_s);
        WorkspaceDatabase aliceDb(as(database, u"alice"_s));
        WorkspaceDatabase bobDb(as(database, u"bob"_s));
        WorkspaceDatabase daveDb(as(database, u"dave"_s));
        TeamRiskHistory alice(&aliceDb, aliceDb.analystName(u"alice"_s));
        TeamRiskHistory bob(&bobDb, bobDb.analystName(u"bob"_s));
        TeamRiskHistory dave(&daveDb, daveDb.analystName(u"dave"_s));
        const QDateTime when = QDateTime::currentDateTimeUtc();
        QVERIFY2(alice.add(u"customer_r"_s, u"sardine/sandbox"_s, u"sphere/sandbox"_s, when, high),
                 qPrintable(alice.errorString()));
        // What Alice's check found, Bob's desk sees: the history, the "High risk" queue.
        const QList<RiskHistoryEntry> seen = bob.entries(u"customer_r"_s);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst().result.level.raw, u"high"_s);
        QCOMPARE(seen.constFirst().checkedAt.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
        QCOMPARE(bob.entries(u"customer_r"_s, u"sardine/production"_s).size(), 0);
        QCOMPARE(bob.customersAtLevel({ u"high"_s, u"very_high"_s }, u"sardine/sandbox"_s),
                 QSet<QString> { u"customer_r"_s });
        // The auditor reads them and adds none; nobody changes one.
        QCOMPARE(dave.entries(u"customer_r"_s).size(), 1);
        QVERIFY(!dave.add(u"customer_r"_s, u"sardine/sandbox"_s, u"sphere/sandbox"_s, when, high));
        QVERIFY(!plainSql(aliceDb, u"UPDATE risk_checks SET result = '{}'"_s).isEmpty());
        QVERIFY(!plainSql(aliceDb,
                          u"INSERT INTO risk_checks (customer_id, environment, customer_environment, "
                          "checked_at, result, checked_by) VALUES ('c', 'e', 'e', 0, '{}', 'bob/bob')"_s)
                     .isEmpty());
    }

    void tlsIsVerifiedOrRefused()
    {
        const QString ca = qEnvironmentVariable("KYCDESK_TEST_POSTGRES_CA");
        const QString otherCa = qEnvironmentVariable("KYCDESK_TEST_POSTGRES_OTHER_CA");
        if (ca.isEmpty() || otherCa.isEmpty())
            QSKIP("the cluster has no TLS (KYCDESK_TEST_POSTGRES_CA)");
        const QString database = migratedDatabase(u"tls"_s);
        const QString port = QString::number(QUrl(TeamServerFixture::clusterUrl()).port());
        const auto over = [&](const QString &host, const QString &root) {
            return WorkspaceLocation::parse(
                       u"postgresql://dave@%1:%2/%3?sslmode=verify-full&sslrootcert=%4"_s.arg(host, port,
                                                                                              database, root))
                .value();
        };
        // The server's certificate chains to the CA and names the host: TLS, verified.
        WorkspaceDatabase verified(over(u"localhost"_s, ca), u"dave-secret"_s);
        QVERIFY2(verified.isOpen(), qPrintable(openError(verified)));
        QSqlQuery q(verified.database());
        QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && q.next());
        QVERIFY(q.value(0).toBool());
        // A certificate another CA would have to vouch for: refused before the password is sent.
        WorkspaceDatabase wrongCa(over(u"localhost"_s, otherCa), u"dave-secret"_s);
        QVERIFY(!wrongCa.isOpen());
        QVERIFY2(openError(wrongCa).contains(u"certificate verify failed"_s), qPrintable(openError(wrongCa)));
        // The right CA, but the certificate does not name the host asked for.
        WorkspaceDatabase wrongName(over(u"127.0.0.1"_s, ca), u"dave-secret"_s);
        QVERIFY(!wrongName.isOpen());
        QVERIFY2(openError(wrongName).contains(u"does not match host name"_s),
                 qPrintable(openError(wrongName)));
    }

    void decisionsMadeWhileTheServerIsAwayAreWrittenOnceWhenItIsBack()
    {
        if (qEnvironmentVariableIsEmpty("KYCDESK_TEST_POSTGRES_CTL"))
            QSKIP("the cluster cannot be stopped from here (KYCDESK_TEST_POSTGRES_CTL)");
        const QString database = migratedDatabase(u"away"_s);
        QTemporaryDir dir;
        struct Desk
        {
            std::unique_ptr<WorkspaceDatabase> db;
            std::unique_ptr<AuditTrail> trail;
            std::unique_ptr<PendingChanges> pending;
            std::unique_ptr<ReviewStore> review;
        };
        QList<std::shared_ptr<Desk>> desks;
        for (const QString &analyst : { u"alice"_s, u"bob"_s }) {
            auto desk = std::make_shared<Desk>();
            desk->db = std::make_unique<WorkspaceDatabase>(as(database, analyst));
            desk->trail = std::make_unique<AuditTrail>(desk->db.get(), desk->db->analystName(analyst));
            desk->pending
                = std::make_unique<PendingChanges>(dir.filePath(analyst + u".sqlite"_s), desk->db->path());
            desk->review = std::make_unique<ReviewStore>(desk->db.get(), desk->trail.get());
            desk->review->setPendingChanges(desk->pending.get());
            desks << desk;
        }
        const auto decideSome = [&](const QString &prefix, bool expectPending) {
            for (int i = 0; i < 3; ++i) {
                for (int d = 0; d < desks.size(); ++d) {
                    const QString customer = u"%1_%2_%3"_s.arg(prefix).arg(d).arg(i);
                    const auto decided = desks[d]->review->decide(customer, CaseDecisionKind::Reject,
                                                                  u"Prohibited business activity"_s, {});
                    QVERIFY2(decided.ok(), qPrintable(decided.ok() ? QString() : decided.error().message));
                    QCOMPARE(decided.value().pending, expectPending);
                    const auto noted = desks[d]->review->addNote(customer, u"Why: see the file"_s);
                    QVERIFY(noted.ok());
                    QCOMPARE(noted.value().pending, expectPending);
                }
            }
        };
        decideSome(u"before"_s, false);
        QVERIFY(runPgCtl(u"stop -m fast"_s));
        decideSome(u"away"_s, true);
        // A decision made and undone while away is never sent.
        const auto undoneAway = desks[0]->review->decide(u"away_undone"_s, CaseDecisionKind::Approve,
                                                         u"Documents verified"_s, {});
        QVERIFY(undoneAway.value().pending);
        QCOMPARE(desks[0]->review->pendingCount(), 7);
        QVERIFY(desks[0]->review->undo(undoneAway.value().id).ok());
        QCOMPARE(desks[0]->review->pendingCount(), 6);
        // Nothing to replay into yet: kept, in order.
        QCOMPARE(desks[0]->review->replayPending().value().left, 6);
        QVERIFY(runPgCtl(u"start"_s));
        // Meanwhile Bob took one of the customers Alice decided while away: her decision on it is
        // refused when it arrives, and kept on her computer with the reason, not dropped.
        QVERIFY(desks[1]->db->isReachable()); // its connection opened again
        QVERIFY(QueueClaims(desks[1]->db.get(), desks[1]->trail.get()).claim(u"away_0_2"_s).ok());
        const int expectedWritten[] = { 5, 6 };
        for (int d = 0; d < desks.size(); ++d) {
            const auto replayed = desks[d]->review->replayPending();
            QVERIFY2(replayed.ok(), qPrintable(replayed.ok() ? QString() : replayed.error().message));
            QCOMPARE(replayed.value().written, expectedWritten[d]);
            QCOMPARE(replayed.value().refused.size(), d == 0 ? 1 : 0);
            QCOMPARE(desks[d]->review->pendingCount(), 0);
        }
        const auto refused = desks[0]->pending->refused().value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.constFirst().body.value(u"customerId"_s).toString(), u"away_0_2"_s);
        QVERIFY2(
            refused.constFirst().body.value(u"refusedBecause"_s).toString().contains(u"bob/bob is working"_s),
            qPrintable(refused.constFirst().body.value(u"refusedBecause"_s).toString()));
        decideSome(u"after"_s, false);
        WorkspaceDatabase owner(as(database, m_server->superuser()));
        QCOMPARE(count(owner, u"case_decisions"_s), qint64(3 * 2 * 3 - 1));
        QCOMPARE(count(owner, u"customer_notes"_s), qint64(3 * 2 * 3));
        // Replaying a change the server already has writes nothing more.
        const auto again = desks[0]->pending->add(
            PendingChanges::Kind::Decision,
            QJsonObject { { u"id"_s, desks[0]->review->decisions(u"away_0_0"_s).value().constFirst().id },
                          { u"customerId"_s, u"away_0_0"_s },
                          { u"kind"_s, u"reject"_s },
                          { u"reason"_s, u"Prohibited business activity"_s },
                          { u"decidedAt"_s, WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()) } });
        QVERIFY(!again.has_value());
        QCOMPARE(desks[0]->review->replayPending().value().written, 1);
        QCOMPARE(count(owner, u"case_decisions"_s), qint64(3 * 2 * 3 - 1));
        AuditTrail check(&owner, owner.analystName(u"check"_s));
        QVERIFY(!check.verify().value().has_value());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!TeamServerFixture::available()) {
        qInfo("SKIP: no PostgreSQL cluster (scripts/test starts one and names it in KYCDESK_TEST_POSTGRES)");
        return 77;
    }
    qRegisterMetaType<WorkspaceChange>();
    TestTeamWorkspace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_team_workspace.moc"
