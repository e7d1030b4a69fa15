#include "WorkspaceDatabase.h"

#include "PrivateFileGuard.h"
#include "WorkspaceMigrations.h"

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

// Any fixed number: the advisory lock every desk takes before reading the audit chain's head.
constexpr qint64 kAuditChainLock = 0x6b796364657361;

const QList<QStringList> &migrationsFor(const WorkspaceLocation &location)
{
    return location.isTeamServer() ? WorkspaceMigrations::teamServer() : WorkspaceMigrations::localFile();
}
} // namespace

Result<QList<std::pair<QString, qint64>>, WorkspaceError> WorkspaceDatabase::rowCounts() const
{
    QList<std::pair<QString, qint64>> counts;
    for (const QString &table :
         { u"audit_log"_s, u"case_decisions"_s, u"customer_notes"_s, u"sardine_feedback"_s,
           u"kept_customers"_s, u"kept_books"_s, u"kept_book_chunks"_s, u"queue_claims"_s, u"yativo_links"_s,
           u"workspace_imports"_s }) {
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
    if (isTeamServer()) {
        // The server keeps its own pages; what a desk can check is that it answers.
        if (!q.exec(u"SELECT 1"_s) || !q.next())
            return q.lastError().text();
        return u"ok"_s;
    }
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

WorkspaceError WorkspaceDatabase::notConnected() const
{
    return WorkspaceError::make(WorkspaceError::Kind::Unavailable,
                                tr("The workspace %1 cannot be reached.").arg(m_path));
}

std::optional<WorkspaceError> WorkspaceDatabase::run(const QString &sql, const QVariantList &values,
                                                     const QString &what, QVariant *lastInsertId) const
{
    if (!database().isOpen())
        return notConnected();
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
    : m_path(path)
    , m_connection(u"kycdesk-review-"_s + QString::number(connectionCounter.fetchAndAddOrdered(1)))
{
    const auto parsed = WorkspaceLocation::parse(path);
    if (!parsed) {
        m_error = parsed.error();
        return;
    }
    m_location = parsed.value();
    m_path = m_location.displayText();
    m_error = open();
    if (m_error)
        qCWarning(lcWorkspace) << "workspace not opened:" << m_error->message;
}

WorkspaceDatabase::WorkspaceDatabase(WorkspaceLocation location, const QString &password)
    : m_location(std::move(location))
    , m_path(m_location.displayText())
    , m_password(password)
    , m_connection(u"kycdesk-review-"_s + QString::number(connectionCounter.fetchAndAddOrdered(1)))
{
    m_error = open();
    if (m_error)
        qCWarning(lcWorkspace) << "workspace not opened:" << m_error->message;
}

QString WorkspaceDatabase::analystName(const QString &osUser) const
{
    return isTeamServer() ? m_role + u'/' + osUser : osUser;
}

QString WorkspaceDatabase::containsText(const QString &column) const
{
    return isTeamServer() ? u"strpos(lower(%1), lower(?)) > 0"_s.arg(column)
                          : u"instr(lower(%1), lower(?)) > 0"_s.arg(column);
}

QString WorkspaceDatabase::insertionOrder() const
{
    return isTeamServer() ? u"entry"_s : u"rowid"_s;
}

std::optional<WorkspaceError> WorkspaceDatabase::lockAuditChain()
{
    if (!isTeamServer())
        return std::nullopt;
    return run(u"SELECT pg_advisory_xact_lock(?)"_s, { kAuditChainLock }, tr("waiting for the audit trail"));
}

QString WorkspaceDatabase::teamSetting(const QString &key, const QString &fallback) const
{
    const auto value = selectRows<QString>(
        u"SELECT value FROM team_settings WHERE key = ?"_s, { key },
        [](const QSqlQuery &q) { return q.value(0).toString(); }, tr("reading the team's settings"));
    return value && !value.value().isEmpty() ? value.value().constFirst() : fallback;
}

std::optional<WorkspaceError> WorkspaceDatabase::setTeamSetting(const QString &key, const QString &value)
{
    return run(u"INSERT INTO team_settings (key, value) VALUES (?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
               { key, value }, tr("saving the team's settings"));
}

bool WorkspaceDatabase::isReachable()
{
    if (!isTeamServer())
        return true;
    if (database().isOpen()) {
        QSqlQuery q(database());
        if (q.exec(u"SELECT 1"_s))
            return true;
    }
    return !reopen().has_value();
}

std::optional<WorkspaceError> WorkspaceDatabase::reopen()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_transactionDepth = 0;
    m_error = open();
    return m_error;
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
    return isTeamServer() ? openServer(m_password) : openFile();
}

std::optional<WorkspaceError> WorkspaceDatabase::openServer(const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    if (!db.isValid())
        return WorkspaceError::make(WorkspaceError::Kind::Unavailable,
                                    tr("This KYC Desk cannot reach a team server: Qt's PostgreSQL driver "
                                       "(libqt6sql6-psql) is not installed."));
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    db.setUserName(m_location.user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(m_location.connectOptions());
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                              : db.lastError().databaseText();
        return WorkspaceError::make(
            WorkspaceError::Kind::Unavailable,
            tr("The team server %1 refused or could not be reached: %2").arg(m_path, why.trimmed()));
    }
    {
        QSqlQuery q(db);
        // The server's notices ("already exists, skipping") are for its log, not the analyst's terminal.
        q.exec(u"SET client_min_messages TO warning"_s);
        if (!q.exec(u"SELECT session_user, pg_has_role(session_user, 'kycdesk_senior', 'MEMBER') "
                    "FROM pg_roles WHERE rolname = 'kycdesk_senior' UNION ALL SELECT session_user, false "
                    "WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kycdesk_senior')"_s)
            || !q.next())
            return storageError(tr("asking the team server who we are"), q);
        m_role = q.value(0).toString();
        m_senior = q.value(1).toBool();
    }
    if (auto newer = checkServerVersion())
        return newer;
    if (m_versionFound < kSchemaVersion) {
        // Only the database's owner makes or changes the schema: tables an analyst's desk created
        // would be that analyst's, outside the row policies and able to drop the guards.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT pg_get_userbyid(d.datdba) = session_user OR r.rolsuper FROM pg_database d, "
                    "pg_roles r WHERE d.datname = current_database() AND r.rolname = session_user"_s)
            || !q.next())
            return storageError(tr("asking the team server who owns the workspace"), q);
        if (!q.value(0).toBool())
            return WorkspaceError::make(WorkspaceError::Kind::Unavailable,
                                        tr("The team server %1 holds schema %2 of the workspace and this KYC "
                                           "Desk needs %3: its owner "
                                           "runs `kycdesk-cli workspace migrate` first. Nothing was written.")
                                            .arg(m_path)
                                            .arg(m_versionFound)
                                            .arg(kSchemaVersion));
    }
    if (auto notMigrated = migrate())
        return notMigrated;
    // An auditor's role reads the workspace and writes nothing: the desk says so instead of failing.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT has_table_privilege(session_user, 'case_decisions', 'INSERT')"_s) || !q.next())
        return storageError(tr("asking the team server what this role may do"), q);
    m_mayWrite = q.value(0).toBool();
    return std::nullopt;
}

std::optional<WorkspaceError> WorkspaceDatabase::checkServerVersion()
{
    const auto found = storedVersion();
    if (!found)
        return found.error();
    m_versionFound = found.value();
    if (m_versionFound > kSchemaVersion) {
        return WorkspaceError::make(WorkspaceError::Kind::NewerSchema,
                                    tr("The team server %1 holds a workspace of a newer KYC Desk (schema %2; "
                                       "this version knows up to %3). Nothing was written; update KYC Desk.")
                                        .arg(m_path)
                                        .arg(m_versionFound)
                                        .arg(kSchemaVersion));
    }
    return std::nullopt;
}

Result<int, WorkspaceError> WorkspaceDatabase::storedVersion()
{
    QSqlQuery q(database());
    if (!isTeamServer()) {
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return storageError(tr("reading the schema version"), q);
        return q.value(0).toInt();
    }
    if (!q.exec(u"SELECT to_regclass('kycdesk_schema') IS NOT NULL"_s) || !q.next())
        return storageError(tr("reading the schema version"), q);
    if (!q.value(0).toBool())
        return 0;
    q.finish();
    if (!q.exec(u"SELECT version FROM kycdesk_schema"_s))
        return storageError(tr("reading the schema version"), q);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<WorkspaceError> WorkspaceDatabase::storeVersion(int version)
{
    QSqlQuery q(database());
    if (!isTeamServer()) {
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return storageError(tr("migration %1").arg(version), q);
        return std::nullopt;
    }
    if (!q.exec(u"UPDATE kycdesk_schema SET version = %1"_s.arg(version)))
        return storageError(tr("migration %1").arg(version), q);
    return std::nullopt;
}

std::optional<WorkspaceError> WorkspaceDatabase::openFile()
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
    const QList<QStringList> &steps = migrationsFor(m_location);
    for (int version = m_versionFound + 1; version <= int(steps.size()); ++version) {
        const auto failed = writeTransaction([&]() -> std::optional<WorkspaceError> {
            QSqlQuery q(database());
            if (isTeamServer()) {
                // One migration at a time; the first creates the version row, the others find it.
                if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kAuditChainLock + 1))
                    || !q.exec(u"CREATE TABLE IF NOT EXISTS kycdesk_schema (version INTEGER NOT NULL)"_s)
                    || !q.exec(u"LOCK TABLE kycdesk_schema IN EXCLUSIVE MODE"_s)
                    || !q.exec(u"INSERT INTO kycdesk_schema (version) SELECT 0 WHERE NOT EXISTS "
                               "(SELECT 1 FROM kycdesk_schema)"_s))
                    return storageError(
                        tr("migration %1 (does this role own the team's database?)").arg(version), q);
            }
            // Another process may have migrated between our check and the lock.
            const auto now = storedVersion();
            if (!now)
                return now.error();
            if (now.value() >= version)
                return std::nullopt;
            for (const QString &statement : steps.at(version - 1)) {
                if (!q.exec(statement))
                    return storageError(tr("migration %1").arg(version), q);
            }
            if (auto notStored = storeVersion(version))
                return notStored;
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
    if (!database().isOpen())
        return notConnected();
    QSqlQuery q(database());
    if (!q.exec(isTeamServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
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
