#include "WorkspaceImport.h"

#include "AuditTrail.h"
#include "ReviewStore.h"
#include "WorkspaceDatabase.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceImport)
};

WorkspaceError invalid(const QString &message)
{
    return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, message);
}

// The old rows as they are stored, every column as text (NULL kept as a null QVariant).
Result<QList<QVariantList>, WorkspaceError> readAll(WorkspaceDatabase &db, const QString &sql, int columns)
{
    return db.selectRows<QVariantList>(
        sql, {},
        [columns](const QSqlQuery &q) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row << (q.value(c).isNull() ? QVariant() : QVariant(q.value(c).toString()));
            return row;
        },
        Texts::tr("reading the workspace being moved"));
}
} // namespace

Result<WorkspaceImportReport, WorkspaceError>
WorkspaceImport::run(WorkspaceDatabase &source, WorkspaceDatabase &team, AuditTrail &teamTrail)
{
    if (source.isTeamServer() || !team.isTeamServer())
        return invalid(Texts::tr("A workspace file is moved over to a team server, not the other way."));
    AuditTrail sourceTrail(&source, QString());
    const auto broken = sourceTrail.verify();
    if (!broken)
        return broken.error();
    if (broken.value())
        return invalid(Texts::tr("The audit trail of %1 is broken at row %2 (%3); it is not moved over.")
                           .arg(source.path())
                           .arg(broken.value()->sequence)
                           .arg(broken.value()->problem));
    const auto oldRows = sourceTrail.records();
    if (!oldRows)
        return oldRows.error();
    WorkspaceImportReport report;
    report.sourceHeadHash
        = oldRows.value().isEmpty() ? AuditTrail::genesisHash() : oldRows.value().constLast().hash;
    report.sourceHeadSequence = oldRows.value().isEmpty() ? 0 : oldRows.value().constLast().sequence;
    // The file's chain is known by its first row: moved again after more work, only what is new goes.
    const QString chain
        = oldRows.value().isEmpty() ? AuditTrail::genesisHash() : oldRows.value().constFirst().hash;

    const auto decisions
        = readAll(source,
                  u"SELECT id, customer_id, decision, reason, comment, analyst, decided_at, "
                  "undone_at, state, second_analyst, second_at, second_reason FROM case_decisions "
                  "ORDER BY rowid"_s,
                  12);
    if (!decisions)
        return decisions.error();
    const auto notes = readAll(
        source,
        u"SELECT id, customer_id, author, written_at, text, change_id FROM customer_notes ORDER BY id"_s, 6);
    if (!notes)
        return notes.error();

    // Risk checks live in the same file when the desk ever kept one (RiskHistoryStore's table).
    QList<QVariantList> checks;
    if (source.database().tables().contains(u"risk_checks"_s)) {
        const auto read
            = readAll(source,
                      u"SELECT customer_id, environment, customer_environment, checked_at, result, id "
                      "FROM risk_checks ORDER BY id"_s,
                      6);
        if (!read)
            return read.error();
        checks = read.value();
    }

    const QString role = team.analystName(QString()); // "role/"
    const auto failed = team.writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (auto notLocked = team.lockAuditChain())
            return notLocked;
        const auto earlier = team.selectRows<std::pair<qint64, qint64>>(
            u"SELECT COALESCE(MAX(source_last_seq), -1), COALESCE(MAX(source_last_check), -1) FROM "
            u"workspace_imports "
            "WHERE source_chain = ?"_s,
            { chain },
            [](const QSqlQuery &q) {
                return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
            },
            Texts::tr("reading earlier imports"));
        if (!earlier)
            return earlier.error();
        const auto [doneSeq, doneCheck] = earlier.value().value(0, { -1, -1 });
        const qint64 lastCheck = checks.isEmpty() ? doneCheck : checks.constLast().value(5).toLongLong();
        if (doneSeq >= report.sourceHeadSequence && doneCheck >= lastCheck) {
            report.alreadyImported = true;
            return std::nullopt;
        }
        checks.removeIf(
            [doneCheck](const QVariantList &row) { return row.value(5).toLongLong() <= doneCheck; });
        const auto opened
            = teamTrail.append({ u"import"_s, QString(),
                                 QJsonObject { { u"sourceChain"_s, chain },
                                               { u"fromSequence"_s, qMax<qint64>(doneSeq, 0) + 1 },
                                               { u"sourceHeadSequence"_s, report.sourceHeadSequence },
                                               { u"sourceHeadHash"_s, report.sourceHeadHash },
                                               { u"decisions"_s, decisions.value().size() },
                                               { u"notes"_s, notes.value().size() },
                                               { u"riskChecks"_s, checks.size() },
                                               { u"auditRows"_s, oldRows.value().size() } } });
        if (!opened)
            return opened.error();
        // A file is only the analyst's word: what it says a second analyst did is not taken, and each
        // decision that stands comes in as the team's rule would have it now (a customer whose
        // Sardine level the import cannot know counts as high risk). Undone and returned decisions
        // live on in the moved trail.
        const QStringList rule
            = team.teamSetting(u"four-eyes"_s, u"approve-high-risk approve-open-requirement"_s)
                  .split(u' ', Qt::SkipEmptyParts);
        for (const QVariantList &row : decisions.value()) {
            const auto kind = caseDecisionFromWord(row[2].toString());
            if (!row[7].isNull() || row[8].toString() == u"returned"_s || !kind) {
                ++report.decisionsLeft;
                continue;
            }
            const bool fourEyes = ReviewStore::needsFourEyes(rule, *kind, DecisionContext {})
                || row[8].toString() == u"awaiting-second"_s;
            const auto inserted = team.selectRows<QString>(
                u"INSERT INTO case_decisions (id, customer_id, decision, reason, comment, analyst, "
                u"decided_at, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id"_s,
                { row[0], row[1], row[2], row[3], row[4], QString(role + row[5].toString()), row[6],
                  fourEyes ? u"awaiting-second"_s : u"final"_s },
                [](const QSqlQuery &q) { return q.value(0).toString(); }, Texts::tr("moving a decision"));
            if (!inserted)
                return inserted.error();
            report.decisions += int(inserted.value().size());
        }
        for (const QVariantList &row : notes.value()) {
            const QString change = row[5].isNull() ? u"import:%1:%2"_s.arg(chain.left(16), row[0].toString())
                                                   : row[5].toString();
            const auto inserted = team.selectRows<QString>(
                u"INSERT INTO customer_notes (customer_id, author, written_at, text, change_id) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING RETURNING change_id"_s,
                QVariantList { row[1], QString(role + row[2].toString()), row[3], row[4], change },
                [](const QSqlQuery &q) { return q.value(0).toString(); }, Texts::tr("moving a note"));
            if (!inserted)
                return inserted.error();
            report.notes += int(inserted.value().size());
        }
        for (QVariantList row : checks) {
            row[3] = row[3].toLongLong(); // checked_at: milliseconds
            row[5] = teamTrail.analyst();
            if (auto notMoved
                = team.run(u"INSERT INTO risk_checks (customer_id, environment, customer_environment, "
                           "checked_at, result, checked_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           row, Texts::tr("moving a risk check")))
                return notMoved;
            ++report.riskChecks;
        }
        for (const AuditRecord &old : oldRows.value()) {
            if (old.sequence <= doneSeq)
                continue;
            QJsonObject detail = old.event.detail;
            detail.insert(u"imported"_s,
                          QJsonObject { { u"seq"_s, old.sequence },
                                        { u"hash"_s, old.hash },
                                        { u"analyst"_s, old.analyst },
                                        { u"recordedAt"_s, old.recordedAtText } });
            const auto appended = teamTrail.append({ old.event.action, old.event.customerId, detail });
            if (!appended)
                return appended.error();
            ++report.auditRows;
        }
        return team.run(u"INSERT INTO workspace_imports (source_head, source, imported_at, imported_by, "
                        u"rows, source_chain, "
                        "source_last_seq, source_last_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        { report.sourceHeadHash, source.path(),
                          WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()), teamTrail.analyst(),
                          report.decisions + report.notes + report.auditRows + report.riskChecks, chain,
                          report.sourceHeadSequence, qMax(lastCheck, doneCheck) },
                        Texts::tr("recording the import"));
    });
    if (failed)
        return *failed;
    return report;
}
