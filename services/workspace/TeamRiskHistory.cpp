#include "TeamRiskHistory.h"

#include "SardineCodec.h"
#include "VendorEnvironment.h"
#include "WorkspaceDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
struct StoredCheck
{
    qint64 checkedAtMs = 0;
    QString result;
    QString environment;
    QString customerEnvironment;
};
} // namespace

TeamRiskHistory::TeamRiskHistory(WorkspaceDatabase *database, QString analyst)
    : m_database(database), m_analyst(std::move(analyst))
{ }

bool TeamRiskHistory::add(const QString &customerId, const QString &environment,
                          const QString &customerEnvironment, const QDateTime &checkedAt,
                          const RiskResult &result)
{
    const auto failed = m_database->run(
        u"INSERT INTO risk_checks (customer_id, environment, customer_environment, checked_at, result, "
        "checked_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { customerId, environment.isEmpty() ? VendorEnvironment::unknownRecordKey() : environment,
          customerEnvironment.isEmpty() ? VendorEnvironment::unknownRecordKey() : customerEnvironment,
          checkedAt.toMSecsSinceEpoch(),
          QString::fromUtf8(QJsonDocument(SardineCodec::encode(result)).toJson(QJsonDocument::Compact)),
          m_analyst },
        tr("keeping the risk check"));
    if (failed)
        m_error = failed->message;
    return !failed;
}

QList<RiskHistoryEntry> TeamRiskHistory::entries(const QString &customerId,
                                                 const std::optional<QString> &environment) const
{
    const QString sql = u"SELECT checked_at, result, environment, customer_environment FROM risk_checks "
                        "WHERE customer_id = ?%1 ORDER BY checked_at, id"_s.arg(
                            environment ? u" AND environment = ?"_s : QString());
    QVariantList values { customerId };
    if (environment)
        values << *environment;
    const auto rows = m_database->selectRows<StoredCheck>(
        sql, values,
        [](const QSqlQuery &q) {
            return StoredCheck { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString() };
        },
        tr("reading risk checks"));
    QList<RiskHistoryEntry> out;
    if (!rows) {
        m_error = rows.error().message;
        return out;
    }
    for (const StoredCheck &row : rows.value()) {
        const auto decoded = SardineCodec::decodeRiskResponse(200, row.result.toUtf8());
        if (decoded)
            out.append({ QDateTime::fromMSecsSinceEpoch(row.checkedAtMs, Qt::UTC), decoded.value(),
                         row.environment, row.customerEnvironment });
    }
    return out;
}

QSet<QString> TeamRiskHistory::customersAtLevel(const QStringList &levels, const QString &environment) const
{
    // The latest check per customer, its level read by the server from the kept answer.
    const auto rows = m_database->selectRows<std::pair<QString, QString>>(
        u"SELECT r.customer_id, CAST(r.result AS json) ->> 'level' FROM risk_checks r "
        "JOIN (SELECT customer_id, MAX(id) AS last FROM risk_checks WHERE environment = ? "
        "GROUP BY customer_id) latest ON r.id = latest.last"_s,
        { environment },
        [](const QSqlQuery &q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); },
        tr("reading risk checks"));
    QSet<QString> out;
    if (!rows) {
        m_error = rows.error().message;
        return out;
    }
    for (const auto &[customer, level] : rows.value()) {
        if (levels.contains(level))
            out.insert(customer);
    }
    return out;
}
