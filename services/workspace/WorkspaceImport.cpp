#include "WorkspaceImport.h"

#include "AuditTrail.h"
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
                      u"SELECT customer_id, environment, customer_environment, checked_at, result "
                      "FROM risk_checks ORDER BY id"_s,
                      5);
        if (!read)
            return read.error();
        checks = read.value();
    }

    const QString role = team.analystName(QString()); // "role/"
    const auto failed = team.writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (auto notLocked = team.lockAuditChain())
            return notLocked;
        const auto earlier = team.selectRows<QString>(
            u"SELECT imported_at FROM workspace_imports WHERE source_head = ?"_s, { report.sourceHeadHash },
            [](const QSqlQuery &q) { return q.value(0).toString(); }, Texts::tr("reading earlier imports"));
        if (!earlier)
            return earlier.error();
        if (!earlier.value().isEmpty()) {
            report.alreadyImported = true;
            return std::nullopt;
        }
        const auto opened
            = teamTrail.append({ u"import"_s, QString(),
                                 QJsonObject { { u"sourceHeadSequence"_s, report.sourceHeadSequence },
                                               { u"sourceHeadHash"_s, report.sourceHeadHash },
                                               { u"decisions"_s, decisions.value().size() },
                                               { u"notes"_s, notes.value().size() },
                                               { u"riskChecks"_s, checks.size() },
                                               { u"auditRows"_s, oldRows.value().size() } } });
        if (!opened)
            return opened.error();
        for (QVariantList row : decisions.value()) {
            row[5] = QString(role + row[5].toString());
            // A second opinion given on the file keeps its name, marked, outside any role.
            if (!row[9].isNull())
                row[9] = QString(row[9].toString() + u" (imported)"_s);
            const auto inserted = team.selectRows<QString>(
                u"INSERT INTO case_decisions (id, customer_id, decision, reason, comment, analyst, "
                u"decided_at, "
                "undone_at, state, second_analyst, second_at, second_reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id"_s,
                row, [](const QSqlQuery &q) { return q.value(0).toString(); },
                Texts::tr("moving a decision"));
            if (!inserted)
                return inserted.error();
            report.decisions += int(inserted.value().size());
        }
        for (const QVariantList &row : notes.value()) {
            const QString change = row[5].isNull()
                ? u"import:%1:%2"_s.arg(report.sourceHeadHash.left(16), row[0].toString())
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
            row << teamTrail.analyst();
            if (auto notMoved
                = team.run(u"INSERT INTO risk_checks (customer_id, environment, customer_environment, "
                           "checked_at, result, checked_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           row, Texts::tr("moving a risk check")))
                return notMoved;
            ++report.riskChecks;
        }
        for (const AuditRecord &old : oldRows.value()) {
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
        return team.run(
            u"INSERT INTO workspace_imports (source_head, source, imported_at, imported_by, rows) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            { report.sourceHeadHash, source.path(),
              WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()), teamTrail.analyst(),
              report.decisions + report.notes + report.auditRows + report.riskChecks },
            Texts::tr("recording the import"));
    });
    if (failed)
        return *failed;
    return report;
}
