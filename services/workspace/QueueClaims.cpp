#include "QueueClaims.h"

#include "AuditTrail.h"
#include "WorkspaceDatabase.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

QueueClaims::QueueClaims(WorkspaceDatabase *database, AuditTrail *audit)
    : m_database(database), m_audit(audit)
{ }

Result<QStringList, WorkspaceError> QueueClaims::heldByMe() const
{
    return m_database->selectRows<QString>(
        u"SELECT customer_id FROM queue_claims WHERE analyst = ? ORDER BY claimed_at, rowid"_s,
        { m_audit->analyst() }, [](const QSqlQuery &q) { return q.value(0).toString(); },
        tr("reading claims"));
}

Result<std::optional<QString>, WorkspaceError> QueueClaims::claimNext(const QStringList &candidates)
{
    std::optional<QString> claimed;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto taken = m_database->selectRows<std::pair<QString, QString>>(
            u"SELECT customer_id, analyst FROM queue_claims"_s, {},
            [](const QSqlQuery &q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); },
            tr("reading claims"));
        if (!taken)
            return taken.error();
        const auto decided = m_database->selectRows<QString>(
            u"SELECT DISTINCT customer_id FROM case_decisions WHERE undone_at IS NULL"_s, {},
            [](const QSqlQuery &q) { return q.value(0).toString(); }, tr("reading decisions"));
        if (!decided)
            return decided.error();
        QSet<QString> mine, others;
        for (const auto &[customer, analyst] : taken.value())
            (analyst == m_audit->analyst() ? mine : others).insert(customer);
        const QSet<QString> done(decided.value().cbegin(), decided.value().cend());
        for (const QString &id : candidates) {
            if (mine.contains(id) && !done.contains(id)) {
                claimed = id;
                return std::nullopt;
            }
        }
        for (const QString &id : candidates) {
            if (others.contains(id) || done.contains(id) || mine.contains(id))
                continue;
            if (auto notRun = m_database->run(
                    u"INSERT INTO queue_claims (customer_id, analyst, claimed_at) VALUES (?, ?, ?)"_s,
                    { id, m_audit->analyst(), WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()) },
                    tr("claiming the customer")))
                return notRun;
            const auto audited = m_audit->append({ u"claim"_s, id, {} });
            if (!audited)
                return audited.error();
            claimed = id;
            return std::nullopt;
        }
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return claimed;
}

std::optional<WorkspaceError> QueueClaims::release(const QString &customerId)
{
    return m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto holder = m_database->selectRows<QString>(
            u"SELECT analyst FROM queue_claims WHERE customer_id = ?"_s, { customerId },
            [](const QSqlQuery &q) { return q.value(0).toString(); }, tr("reading claims"));
        if (!holder)
            return holder.error();
        if (holder.value().isEmpty())
            return WorkspaceError::make(WorkspaceError::Kind::NotFound,
                                        tr("Nobody holds customer %1.").arg(customerId));
        if (holder.value().constFirst() != m_audit->analyst())
            return WorkspaceError::make(
                WorkspaceError::Kind::NotFound,
                tr("Customer %1 is held by %2, not by you.").arg(customerId, holder.value().constFirst()));
        if (auto notRun = m_database->run(u"DELETE FROM queue_claims WHERE customer_id = ?"_s, { customerId },
                                          tr("releasing the customer")))
            return notRun;
        const auto audited = m_audit->append({ u"release"_s, customerId, {} });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
}
