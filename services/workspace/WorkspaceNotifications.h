#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>

class WorkspaceDatabase;

// What another desk changed on the team server: a decision, a note or a claim, on one customer.
struct WorkspaceChange
{
    QString table; // case_decisions, customer_notes, queue_claims
    QString customerId;
    QString by; // the database role that made the change
};

Q_DECLARE_METATYPE(WorkspaceChange)

// Tells the desk, as it happens, what any desk changes on the team server (the server's triggers
// NOTIFY kycdesk_workspace with a small JSON payload; Qt's PostgreSQL driver LISTENs on the
// workspace's connection), so a decision or note by another analyst shows within a second and
// nothing polls whole tables. A workspace file has no other desks: nothing to listen to.
class WorkspaceNotifications : public QObject
{
    Q_OBJECT

public:
    static inline const QString kChannel = QStringLiteral("kycdesk_workspace");

    explicit WorkspaceNotifications(WorkspaceDatabase *database, QObject *parent = nullptr);

    // Whether the workspace's current connection listens (one opened again does not, until listen()).
    bool isListening() const;
    // Listens again on the database's current connection (after WorkspaceDatabase::reopen).
    bool listen();

Q_SIGNALS:
    // `ownDesk`: the change came through this desk's own connection.
    void changed(const WorkspaceChange &change, bool ownDesk);

private:
    void deliver(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    WorkspaceDatabase *m_database;
};
