#include "RiskHistoryStore.h"

#include "PrivateFileGuard.h"
#include "SardineCodec.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt counter;
}

QString RiskHistoryStore::defaultPath()
{
    // The folder is created (owner-only) when a store opens the file: PrivateFileGuard.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace.sqlite"_s;
}

RiskHistoryStore::RiskHistoryStore(QString databasePath)
    : m_connection(u"kycdesk-workspace-"_s + QString::number(counter.fetchAndAddOrdered(1)))
{
    if (!PrivateFileGuard::prepareDatabase(databasePath, &m_error))
        return;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    m_open = q.exec(u"CREATE TABLE IF NOT EXISTS risk_checks (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    u"customer_id TEXT NOT NULL, "
                    "checked_at INTEGER NOT NULL, result TEXT NOT NULL)"_s)
        && q.exec(
            u"CREATE INDEX IF NOT EXISTS risk_checks_customer ON risk_checks(customer_id, checked_at)"_s);
    if (!m_open)
        m_error = q.lastError().text();
}

RiskHistoryStore::~RiskHistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RiskHistoryStore::add(const QString &customerId, const QDateTime &checkedAt, const RiskResult &result)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO risk_checks (customer_id, checked_at, result) VALUES (?, ?, ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(checkedAt.toMSecsSinceEpoch());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(SardineCodec::encode(result)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<RiskHistoryStore::Entry> RiskHistoryStore::entries(const QString &customerId) const
{
    QList<Entry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT checked_at, result FROM risk_checks WHERE customer_id = ? ORDER BY checked_at, id"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto decoded = SardineCodec::decodeRiskResponse(200, q.value(1).toString().toUtf8());
        if (decoded)
            out.append({ QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), decoded.value() });
    }
    return out;
}
