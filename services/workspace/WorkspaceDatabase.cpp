#include "WorkspaceDatabase.h"

#include "PrivateFileGuard.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "kycdesk.workspace")

namespace {
QAtomicInt connectionCounter;

// Migration N brings the schema from version N - 1 to N. Never edit one that has shipped: add
// the next. The guards make an accidental UPDATE or DELETE of the audit trail fail; they do not
// stop someone who drops them, which is what the hash chain is for.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all {
        {
            u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, "
            "analyst TEXT NOT NULL, action TEXT NOT NULL, customer_id TEXT NOT NULL, detail TEXT NOT NULL, "
            "previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_log_customer ON audit_log(customer_id, seq)"_s,
            u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"CREATE TABLE case_decisions (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
            "decision TEXT NOT NULL, reason TEXT NOT NULL, comment TEXT NOT NULL, analyst TEXT NOT NULL, "
            "decided_at TEXT NOT NULL, undone_at TEXT)"_s,
            u"CREATE INDEX case_decisions_customer ON case_decisions(customer_id, decided_at)"_s,
            u"CREATE TABLE customer_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL, "
            "author TEXT NOT NULL, written_at TEXT NOT NULL, text TEXT NOT NULL)"_s,
            u"CREATE INDEX customer_notes_customer ON customer_notes(customer_id, id)"_s,
        },
        {
            // Decisions and notes are kept like the trail: a note never changes, a decision only
            // gets its undo time, once; nothing is deleted.
            u"CREATE TRIGGER customer_notes_no_update BEFORE UPDATE ON customer_notes "
            "BEGIN SELECT RAISE(ABORT, 'notes are kept as written'); END"_s,
            u"CREATE TRIGGER customer_notes_no_delete BEFORE DELETE ON customer_notes "
            "BEGIN SELECT RAISE(ABORT, 'notes are kept as written'); END"_s,
            u"CREATE TRIGGER case_decisions_only_undo BEFORE UPDATE ON case_decisions "
            "WHEN OLD.undone_at IS NOT NULL OR NEW.undone_at IS NULL OR NEW.id IS NOT OLD.id "
            "OR NEW.customer_id IS NOT OLD.customer_id OR NEW.decision IS NOT OLD.decision "
            "OR NEW.reason IS NOT OLD.reason OR NEW.comment IS NOT OLD.comment "
            "OR NEW.analyst IS NOT OLD.analyst OR NEW.decided_at IS NOT OLD.decided_at "
            "BEGIN SELECT RAISE(ABORT, 'a decision is only ever marked undone'); END"_s,
            u"CREATE TRIGGER case_decisions_no_delete BEFORE DELETE ON case_decisions "
            "BEGIN SELECT RAISE(ABORT, 'a decision is only ever marked undone'); END"_s,
        },
        {
            // Sardine feedback waiting to be sent: written with the decision, so a crash between
            // the two loses neither. Once sent, cancelled or refused a row is kept as it was.
            u"CREATE TABLE sardine_feedback (id TEXT PRIMARY KEY, decision_id TEXT NOT NULL, "
            "customer_id TEXT NOT NULL, session_key TEXT NOT NULL, environment TEXT NOT NULL, "
            "status TEXT NOT NULL, reason TEXT NOT NULL, decided_at TEXT NOT NULL, queued_at TEXT NOT NULL, "
            "not_before TEXT NOT NULL, sent_at TEXT, cancelled_at TEXT, refused_at TEXT, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX sardine_feedback_customer ON sardine_feedback(customer_id, queued_at)"_s,
            u"CREATE INDEX sardine_feedback_decision ON sardine_feedback(decision_id)"_s,
            u"CREATE TRIGGER sardine_feedback_settled BEFORE UPDATE ON sardine_feedback "
            "WHEN OLD.sent_at IS NOT NULL OR OLD.cancelled_at IS NOT NULL OR OLD.refused_at IS NOT NULL "
            "OR NEW.id IS NOT OLD.id OR NEW.decision_id IS NOT OLD.decision_id "
            "OR NEW.customer_id IS NOT OLD.customer_id OR NEW.session_key IS NOT OLD.session_key "
            "OR NEW.environment IS NOT OLD.environment OR NEW.status IS NOT OLD.status "
            "OR NEW.reason IS NOT OLD.reason OR NEW.decided_at IS NOT OLD.decided_at "
            "OR NEW.queued_at IS NOT OLD.queued_at "
            "BEGIN SELECT RAISE(ABORT, 'feedback that has gone is kept as it went'); END"_s,
            u"CREATE TRIGGER sardine_feedback_no_delete BEFORE DELETE ON sardine_feedback "
            "BEGIN SELECT RAISE(ABORT, 'feedback is kept'); END"_s,
        },
        {
            // The last listing and the customers last opened, per Sphere environment, shown at the
            // next start and while Sphere cannot be reached. A copy, replaced at each fetch.
            u"CREATE TABLE kept_customers (environment TEXT NOT NULL, id TEXT NOT NULL, kept_at TEXT NOT "
            u"NULL, "
            "body TEXT NOT NULL, PRIMARY KEY (environment, id))"_s,
            u"CREATE TABLE kept_books (environment TEXT PRIMARY KEY, kept_at TEXT NOT NULL, "
            "row_count INTEGER NOT NULL, snapshot BLOB NOT NULL)"_s,
        },
        {
            // Who is working which customer (kycdesk-cli queue next / release): one claim a customer.
            u"CREATE TABLE queue_claims (customer_id TEXT PRIMARY KEY, analyst TEXT NOT NULL, "
            "claimed_at TEXT NOT NULL)"_s,
        },
        {
            // The Yativo record an analyst confirmed is this customer, as Yativo sent it then.
            u"CREATE TABLE yativo_links (customer_id TEXT PRIMARY KEY, yativo_id TEXT NOT NULL, "
            "linked_by TEXT NOT NULL, linked_at TEXT NOT NULL, record TEXT NOT NULL)"_s,
        },
    };
    return all;
}
} // namespace

Result<QList<std::pair<QString, qint64>>, WorkspaceError> WorkspaceDatabase::rowCounts() const
{
    QList<std::pair<QString, qint64>> counts;
    for (const QString &table :
         { u"audit_log"_s, u"case_decisions"_s, u"customer_notes"_s, u"sardine_feedback"_s,
           u"kept_customers"_s, u"kept_books"_s, u"queue_claims"_s, u"yativo_links"_s }) {
        // Table names from the list above, never from input.
        const auto n = selectRows<qint64>(
            u"SELECT COUNT(*) FROM "_s + table, {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, tr("counting %1").arg(table));
        if (!n)
            return n.error();
        counts.append({ table, n.value().value(0) });
    }
    return counts;
}

QString WorkspaceDatabase::integrityReport() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u"; "_s);
}

QString WorkspaceDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace.sqlite"_s;
}

WorkspaceError WorkspaceDatabase::storageError(const QString &what, const QSqlQuery &query)
{
    return WorkspaceError::make(WorkspaceError::Kind::Storage,
                                tr("%1: %2").arg(what, query.lastError().text()));
}

std::optional<WorkspaceError> WorkspaceDatabase::run(const QString &sql, const QVariantList &values,
                                                     const QString &what, QVariant *lastInsertId) const
{
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(what, q);
    if (lastInsertId)
        *lastInsertId = q.lastInsertId();
    return std::nullopt;
}

WorkspaceDatabase::WorkspaceDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(u"kycdesk-review-"_s + QString::number(connectionCounter.fetchAndAddOrdered(1)))
{
    m_error = open();
    if (m_error)
        qCWarning(lcWorkspace) << "workspace not opened:" << m_error->message;
}

WorkspaceDatabase::~WorkspaceDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase WorkspaceDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

std::optional<WorkspaceError> WorkspaceDatabase::open()
{
    QString problem;
    if (!PrivateFileGuard::prepareDatabase(m_path, &problem))
        return WorkspaceError::make(WorkspaceError::Kind::Unavailable, problem);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return WorkspaceError::make(WorkspaceError::Kind::Unavailable, db.lastError().text());
    if (auto broken = checkIntegrity())
        return broken;
    {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
    } // its row read and released: an open statement would keep the migration from committing
    return migrate();
}

std::optional<WorkspaceError> WorkspaceDatabase::checkIntegrity()
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return copyAside(q.lastError().text());
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok"_s)
        return copyAside(verdict);
    q.finish();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return copyAside(q.lastError().text());
    m_versionFound = q.value(0).toInt();
    if (m_versionFound > kSchemaVersion) {
        return WorkspaceError::make(WorkspaceError::Kind::NewerSchema,
                                    tr("The workspace %1 was written by a newer KYC Desk (schema %2; this "
                                       "version knows up to %3). It was left untouched; update KYC Desk "
                                       "or choose another workspace.")
                                        .arg(m_path)
                                        .arg(m_versionFound)
                                        .arg(kSchemaVersion));
    }
    return std::nullopt;
}

WorkspaceError WorkspaceDatabase::copyAside(const QString &why)
{
    database().close();
    const QString backup = m_path + u".damaged-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s) + u".bak"_s;
    const bool copied = QFile::copy(m_path, backup);
    if (copied) {
        QFile::setPermissions(backup, PrivateFileGuard::kFileMode);
        // Recent commits of a WAL database live in its -wal file: kept beside the copy.
        if (QFile::exists(m_path + u"-wal"_s) && QFile::copy(m_path + u"-wal"_s, backup + u"-wal"_s))
            QFile::setPermissions(backup + u"-wal"_s, PrivateFileGuard::kFileMode);
    }
    const QString message = copied ? tr("The workspace %1 is damaged (%2). It was not changed; a copy was "
                                        "saved as %3. Choose another workspace or restore a backup.")
                                         .arg(m_path, why, backup)
                                   : tr("The workspace %1 is damaged (%2) and could not be copied aside. It "
                                        "was not changed.")
                                         .arg(m_path, why);
    return WorkspaceError::make(WorkspaceError::Kind::Corrupt, message, copied ? backup : QString());
}

std::optional<WorkspaceError> WorkspaceDatabase::migrate()
{
    const QList<QStringList> &steps = migrations();
    for (int version = m_versionFound + 1; version <= int(steps.size()); ++version) {
        const auto failed = writeTransaction([&]() -> std::optional<WorkspaceError> {
            QSqlQuery q(database());
            // Another process may have migrated between our check and the lock.
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
                return storageError(tr("reading the schema version"), q);
            if (q.value(0).toInt() >= version)
                return std::nullopt;
            q.finish();
            for (const QString &statement : steps.at(version - 1)) {
                if (!q.exec(statement))
                    return storageError(tr("migration %1").arg(version), q);
            }
            if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
                return storageError(tr("migration %1").arg(version), q);
            qCInfo(lcWorkspace) << "workspace migrated to schema" << version;
            return std::nullopt;
        });
        if (failed)
            return failed;
    }
    return std::nullopt;
}

std::optional<WorkspaceError>
WorkspaceDatabase::writeTransaction(const std::function<std::optional<WorkspaceError>()> &work)
{
    if (m_transactionDepth > 0)
        return work();
    QSqlQuery q(database());
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return storageError(tr("starting a write"), q);
    ++m_transactionDepth;
    std::optional<WorkspaceError> failed = work();
    --m_transactionDepth;
    if (!failed && !q.exec(u"COMMIT"_s))
        failed = storageError(tr("saving"), q);
    if (failed)
        q.exec(u"ROLLBACK"_s);
    return failed;
}
