#pragma once

#include "Result.h"
#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What an analyst did while the team server could not be reached, kept on this computer (an
// owner-only SQLite file) in the order it was done, for the server it was meant for, until
// ReviewStore::replayPending() has written it there. Each change carries its id (the decision's,
// the note's change id), which the server keeps once: a change replayed twice is written once.
class PendingChanges
{
    Q_DECLARE_TR_FUNCTIONS(PendingChanges)

public:
    enum class Kind { Decision, Note };
    struct Change
    {
        qint64 sequence = 0;
        Kind kind = Kind::Decision;
        QJsonObject body;
        QDateTime madeAt;
    };

    // `server`: the team server's address the changes are for (WorkspaceLocation::displayText()).
    PendingChanges(const QString &file, QString server);
    ~PendingChanges();
    PendingChanges(const PendingChanges &) = delete;
    PendingChanges &operator=(const PendingChanges &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }

    std::optional<WorkspaceError> add(Kind kind, const QJsonObject &body);
    // Oldest first.
    Result<QList<Change>, WorkspaceError> all() const;
    std::optional<WorkspaceError> remove(qint64 sequence);
    // A change the server would not take stays in the file with the server's reason, out of the
    // replay: never silently dropped.
    std::optional<WorkspaceError> markRefused(qint64 sequence, const QString &reason);
    // Oldest first, each with the reason the server gave (in Change::body["refusedBecause"]).
    Result<QList<Change>, WorkspaceError> refused() const;
    int count() const;

    // <AppDataLocation>/team-outbox.sqlite
    static QString defaultPath();

private:
    Result<QList<Change>, WorkspaceError> select(bool refusedOnes) const;

    QString m_connection;
    QString m_server;
    QString m_error;
};
