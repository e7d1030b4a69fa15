#include "PendingChanges.h"

#include "PrivateFileGuard.h"
#include "WorkspaceDatabase.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt counter;

QString kindWord(PendingChanges::Kind kind)
{
    return kind == PendingChanges::Kind::Decision ? u"decision"_s : u"note"_s;
}

WorkspaceError storage(const QString &what, const QSqlQuery &q)
{
    return WorkspaceDatabase::storageError(what, q);
}
} // namespace

QString PendingChanges::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/team-outbox.sqlite"_s;
}

PendingChanges::PendingChanges(const QString &file, QString server)
    : m_connection(u"kycdesk-pending-"_s + QString::number(counter.fetchAndAddOrdered(1)))
    , m_server(std::move(server))
{
    if (!PrivateFileGuard::prepareDatabase(file, &m_error))
        return;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(file);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS pending_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "server TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, made_at TEXT NOT NULL, "
                "refused_because TEXT)"_s))
        m_error = q.lastError().text();
}

PendingChanges::~PendingChanges()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<WorkspaceError> PendingChanges::add(Kind kind, const QJsonObject &body)
{
    if (!isOpen())
        return WorkspaceError::make(WorkspaceError::Kind::Unavailable,
                                    tr("The change could not be kept on this computer: %1").arg(m_error));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO pending_changes (server, kind, body, made_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(m_server);
    q.addBindValue(kindWord(kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return storage(tr("keeping the change on this computer"), q);
    return std::nullopt;
}

Result<QList<PendingChanges::Change>, WorkspaceError> PendingChanges::all() const
{
    return select(false);
}

Result<QList<PendingChanges::Change>, WorkspaceError> PendingChanges::refused() const
{
    return select(true);
}

std::optional<WorkspaceError> PendingChanges::markRefused(qint64 sequence, const QString &reason)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE pending_changes SET refused_because = ? WHERE seq = ?"_s);
    q.addBindValue(reason.isEmpty() ? tr("refused") : reason);
    q.addBindValue(sequence);
    if (!q.exec())
        return storage(tr("keeping a change the team server refused"), q);
    return std::nullopt;
}

Result<QList<PendingChanges::Change>, WorkspaceError> PendingChanges::select(bool refusedOnes) const
{
    if (!isOpen())
        return QList<Change>();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT seq, kind, body, made_at, refused_because FROM pending_changes WHERE server = ? AND "
              "refused_because IS %1 NULL ORDER BY seq"_s.arg(refusedOnes ? u"NOT"_s : QString()));
    q.addBindValue(m_server);
    if (!q.exec())
        return storage(tr("reading the changes kept on this computer"), q);
    QList<Change> changes;
    while (q.next()) {
        QJsonObject body = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (refusedOnes)
            body.insert(u"refusedBecause"_s, q.value(4).toString());
        changes.append({ q.value(0).toLongLong(),
                         q.value(1).toString() == u"note"_s ? Kind::Note : Kind::Decision, body,
                         WorkspaceDatabase::timeFrom(q.value(3).toString()) });
    }
    return changes;
}

std::optional<WorkspaceError> PendingChanges::remove(qint64 sequence)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM pending_changes WHERE seq = ?"_s);
    q.addBindValue(sequence);
    if (!q.exec())
        return storage(tr("clearing a change sent to the team server"), q);
    return std::nullopt;
}

int PendingChanges::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT COUNT(*) FROM pending_changes WHERE server = ? AND refused_because IS NULL"_s);
    q.addBindValue(m_server);
    return isOpen() && q.exec() && q.next() ? q.value(0).toInt() : 0;
}
