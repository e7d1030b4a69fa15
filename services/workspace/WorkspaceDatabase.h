#pragma once

#include "Result.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The workspace: this analyst's SQLite file (owner-only), or the team's PostgreSQL server, with the
// review schema brought up to date by the same numbered migrations on either (WorkspaceMigrations).
// Opening is where bad workspaces are caught: a file that is not a database or fails its integrity
// check is copied aside and reported; a file or server with a newer schema, a wrong password or a
// certificate that does not check out is reported and nothing is written. Two processes may share a
// file (WAL, a busy timeout, each write in an immediate transaction); any number of desks share a
// server (each write in a transaction; the audit chain's head taken under a lock).
//
// The stores write SQL both backends read alike; the few differences are asked of this class.
// Each instance has its own connection, used from the thread that created it.
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)

class WorkspaceDatabase
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDatabase)

public:
    // Version 1: audit trail (append-only, hash-chained), case decisions, customer notes.
    // Version 2: guards on decisions (only the undo time may be set, once) and notes (never changed).
    // Version 3: the Sardine feedback outbox.
    // Version 4: the kept copy of the book and of the customers opened (offline start).
    // Version 5: queue claims.
    // Version 6: Yativo records linked to customers.
    // Version 7: team work: claims that expire, four eyes, change ids, team settings, imports;
    //            on a team server also roles, grants, row policies and notifications.
    static constexpr int kSchemaVersion = 8;

    explicit WorkspaceDatabase(QString path);
    // `password` only for a team server; empty: libpq's PGPASSWORD or ~/.pgpass.
    explicit WorkspaceDatabase(WorkspaceLocation location, const QString &password = {});
    ~WorkspaceDatabase();
    WorkspaceDatabase(const WorkspaceDatabase &) = delete;
    WorkspaceDatabase &operator=(const WorkspaceDatabase &) = delete;

    bool isOpen() const { return !m_error.has_value(); }
    const std::optional<WorkspaceError> &error() const { return m_error; }
    // The file, or the server's address (never its password).
    const QString &path() const { return m_path; }
    const WorkspaceLocation &location() const { return m_location; }
    bool isTeamServer() const { return m_location.isTeamServer(); }
    // The name rows are written in: the OS user on this computer; on a team server the database
    // role and the OS user ("role/user"), the role part enforced by the server.
    QString analystName(const QString &osUser) const;
    // Whether this connection may confirm or return a decision awaiting four eyes: a senior
    // analyst's role on a team server (what the server checks), anyone on this computer's file.
    bool maySecondOpinion() const { return !isTeamServer() || m_senior; }
    // Whether this connection may decide and write notes (not an auditor's, on a team server).
    bool mayWrite() const { return !isTeamServer() || m_mayWrite; }
    // The SQL condition "`column` contains the bound text, ignoring case" (no wildcards).
    QString containsText(const QString &column) const;
    // A column that orders a table's rows as they were inserted: rowid, or the server's identity.
    QString insertionOrder() const;
    // Inside a write transaction: waits until no other writer holds the audit chain's head, so
    // concurrent appends never fork it. (A SQLite file's immediate transaction already does.)
    std::optional<WorkspaceError> lockAuditChain();
    // Closes and opens the connection again (a team server that went away and came back).
    std::optional<WorkspaceError> reopen();
    // Whether the workspace answers now, opening the connection again if it was lost. A file
    // always does.
    bool isReachable();
    QSqlDatabase database() const;
    // The schema version found on opening, before migrating (0: a workspace from before version 1).
    int versionFound() const { return m_versionFound; }

    // Runs `work` inside BEGIN (IMMEDIATE) … COMMIT (rolled back when it returns an error), so a
    // read-then-write such as appending to the hash chain is atomic across processes. Called again
    // from inside `work`, it joins the transaction already open.
    std::optional<WorkspaceError>
    writeTransaction(const std::function<std::optional<WorkspaceError>()> &work);

    // Runs one statement with `values` bound in order; a failure is a Storage error saying it
    // happened while `what`. `lastInsertId` (optional) receives the id of the row an INSERT added.
    std::optional<WorkspaceError> run(const QString &sql, const QVariantList &values, const QString &what,
                                      QVariant *lastInsertId = nullptr) const;
    // The workspace's one way of writing a time (UTC, ISO 8601 with milliseconds), and reading it back.
    static QString timeText(const QDateTime &when) { return when.toUTC().toString(Qt::ISODateWithMs); }
    static QDateTime timeFrom(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }

    // Runs a SELECT with `values` bound in order and reads each row with `readRow(query)`; a failure
    // is a Storage error saying it happened while `what`.
    template<typename Row, typename ReadRow>
    Result<QList<Row>, WorkspaceError> selectRows(const QString &sql, const QVariantList &values,
                                                  ReadRow readRow, const QString &what) const
    {
        if (!database().isOpen())
            return notConnected();
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return storageError(what, q);
        QList<Row> rows;
        while (q.next())
            rows << readRow(q);
        return rows;
    }

    // A team setting (team_settings); `fallback` when it is not set.
    QString teamSetting(const QString &key, const QString &fallback) const;
    std::optional<WorkspaceError> setTeamSetting(const QString &key, const QString &value);

    // How many rows each of the workspace's tables holds, in schema order.
    Result<QList<std::pair<QString, qint64>>, WorkspaceError> rowCounts() const;
    // SQLite's own check of the file, or the server's answer to a round trip ("ok", or what it found).
    QString integrityReport() const;
    // <AppDataLocation>/workspace.sqlite: the file the drafts and the risk history share.
    static QString defaultPath();
    static WorkspaceError storageError(const QString &what, const QSqlQuery &query);
    // The connection to the team server was lost and could not be made again.
    WorkspaceError notConnected() const;

private:
    std::optional<WorkspaceError> open();
    std::optional<WorkspaceError> openFile();
    std::optional<WorkspaceError> openServer(const QString &password);
    std::optional<WorkspaceError> checkIntegrity();
    std::optional<WorkspaceError> checkServerVersion();
    std::optional<WorkspaceError> migrate();
    Result<int, WorkspaceError> storedVersion();
    std::optional<WorkspaceError> storeVersion(int version);
    WorkspaceError copyAside(const QString &why);

    WorkspaceLocation m_location;
    QString m_path;
    QString m_password;
    QString m_connection;
    QString m_role; // the team server's session user
    bool m_senior = false;
    bool m_mayWrite = false;
    int m_versionFound = 0;
    int m_transactionDepth = 0;
    std::optional<WorkspaceError> m_error;
};
