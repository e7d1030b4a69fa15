#pragma once

#include "Result.h"
#include "WorkspaceError.h"

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

// The analyst's workspace file (SQLite, owner-only) with the review schema brought up to date by
// numbered migrations. Opening it is where bad files are caught: one that is not a database or
// fails its integrity check is copied aside and reported, one written by a newer KYC Desk is left
// untouched and reported; neither is ever overwritten. Two processes may share the file (WAL, a
// busy timeout, and each write in an immediate transaction).
//
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
    static constexpr int kSchemaVersion = 6;

    explicit WorkspaceDatabase(QString path);
    ~WorkspaceDatabase();
    WorkspaceDatabase(const WorkspaceDatabase &) = delete;
    WorkspaceDatabase &operator=(const WorkspaceDatabase &) = delete;

    bool isOpen() const { return !m_error.has_value(); }
    const std::optional<WorkspaceError> &error() const { return m_error; }
    const QString &path() const { return m_path; }
    QSqlDatabase database() const;
    // The schema version found on opening, before migrating (0: a workspace from before version 1).
    int versionFound() const { return m_versionFound; }

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT (rolled back when it returns an error), so a
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

    // How many rows each of the workspace's tables holds, in schema order.
    Result<QList<std::pair<QString, qint64>>, WorkspaceError> rowCounts() const;
    // SQLite's own check of the file ("ok", or what it found).
    QString integrityReport() const;
    // <AppDataLocation>/workspace.sqlite: the file the drafts and the risk history share.
    static QString defaultPath();
    static WorkspaceError storageError(const QString &what, const QSqlQuery &query);

private:
    std::optional<WorkspaceError> open();
    std::optional<WorkspaceError> checkIntegrity();
    std::optional<WorkspaceError> migrate();
    WorkspaceError copyAside(const QString &why);

    QString m_path;
    QString m_connection;
    int m_versionFound = 0;
    int m_transactionDepth = 0;
    std::optional<WorkspaceError> m_error;
};
