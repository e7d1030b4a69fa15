#include "RiskHistoryStore.h"

#include "PrivateFileGuard.h"
#include "SardineCodec.h"
#include "VendorEnvironment.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    // The file is shared with the drafts and the review workspace, whose writes take the lock.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
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
    else
        m_open = migrate();
}

bool RiskHistoryStore::migrate()
{
    // Checks kept before environments were recorded get "legacy": nobody knows any more whether
    // they came from a sandbox or from production, and the history must not pretend.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QSqlRecord columns = db.record(u"risk_checks"_s);
    QSqlQuery q(db);
    for (const QString &column : { u"environment"_s, u"customer_environment"_s }) {
        if (columns.contains(column))
            continue;
        if (!q.exec(u"ALTER TABLE risk_checks ADD COLUMN %1 TEXT NOT NULL DEFAULT '%2'"_s.arg(
                column, VendorEnvironment::legacyRecordKey()))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
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

bool RiskHistoryStore::add(const QString &customerId, const QString &environment,
                           const QString &customerEnvironment, const QDateTime &checkedAt,
                           const RiskResult &result)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO risk_checks (customer_id, environment, customer_environment, checked_at, result) "
              u"VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(environment.isEmpty() ? VendorEnvironment::unknownRecordKey() : environment);
    q.addBindValue(customerEnvironment.isEmpty() ? VendorEnvironment::unknownRecordKey()
                                                 : customerEnvironment);
    q.addBindValue(checkedAt.toMSecsSinceEpoch());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(SardineCodec::encode(result)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<RiskHistoryStore::Entry> RiskHistoryStore::entries(const QString &customerId,
                                                         const std::optional<QString> &environment) const
{
    QList<Entry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT checked_at, result, environment, customer_environment FROM risk_checks "
              u"WHERE customer_id = ? AND (? IS NULL OR environment = ?) ORDER BY checked_at, id"_s);
    q.addBindValue(customerId);
    const QVariant wanted = environment ? QVariant(*environment) : QVariant(); // NULL: every environment
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto decoded = SardineCodec::decodeRiskResponse(200, q.value(1).toString().toUtf8());
        if (decoded)
            out.append({ QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), decoded.value(),
                         q.value(2).toString(), q.value(3).toString() });
    }
    return out;
}

QSet<QString> RiskHistoryStore::customersAtLevel(const QStringList &levels, const QString &environment) const
{
    // One pass in SQLite: the latest check per customer, its level read from the kept answer.
    QSet<QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.customer_id, json_extract(r.result, '$.level') FROM risk_checks r "
              u"JOIN (SELECT customer_id, MAX(id) AS last FROM risk_checks WHERE environment = ? "
              u"GROUP BY customer_id) latest ON r.id = latest.last"_s);
    q.addBindValue(environment);
    if (!q.exec())
        return out;
    while (q.next()) {
        if (levels.contains(q.value(1).toString()))
            out.insert(q.value(0).toString());
    }
    return out;
}
