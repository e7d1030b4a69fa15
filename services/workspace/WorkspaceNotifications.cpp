#include "WorkspaceNotifications.h"

#include "WorkspaceDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

WorkspaceNotifications::WorkspaceNotifications(WorkspaceDatabase *database, QObject *parent)
    : QObject(parent), m_database(database)
{
    listen();
}

bool WorkspaceNotifications::isListening() const
{
    if (!m_database->isTeamServer() || !m_database->isOpen())
        return false;
    const QSqlDriver *driver = m_database->database().driver();
    return driver && driver->subscribedToNotifications().contains(kChannel);
}

bool WorkspaceNotifications::listen()
{
    if (!m_database->isTeamServer() || !m_database->isOpen())
        return false;
    QSqlDriver *driver = m_database->database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribedToNotifications().contains(kChannel)
        && !driver->subscribeToNotification(kChannel)) {
        qCWarning(lcWorkspace) << "not listening to the team server:" << driver->lastError().text();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &WorkspaceNotifications::deliver, Qt::UniqueConnection);
    return true;
}

void WorkspaceNotifications::deliver(const QString &name, QSqlDriver::NotificationSource source,
                                     const QVariant &payload)
{
    if (name != kChannel)
        return;
    const QJsonObject body = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const WorkspaceChange change { body.value(u"table"_s).toString(), body.value(u"customer"_s).toString(),
                                   body.value(u"by"_s).toString() };
    if (change.table.isEmpty()) {
        qCWarning(lcWorkspace) << "a notification the desk does not read:" << payload.toString().left(200);
        return;
    }
    Q_EMIT changed(change, source == QSqlDriver::SelfSource);
}
