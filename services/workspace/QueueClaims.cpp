#include "QueueClaims.h"

#include "AuditTrail.h"
#include "WorkspaceDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
// Candidates go to the database in chunks: a queue of 100 000 is not sent whole for each claim.
constexpr int kChunk = 250;
// On a team server one look passes over the customers other desks are taking this moment: each
// desk takes a customer's advisory lock (this class id, the customer's hash) before claiming it,
// and skips those whose lock is held, like SELECT … FOR UPDATE SKIP LOCKED over the queue.
constexpr int kClaimLockClass = 7305;
constexpr int kTeamLook = 64;

QString now()
{
    return WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc());
}

QueueClaim claimFrom(const QSqlQuery &q)
{
    return QueueClaim { q.value(0).toString(), q.value(1).toString(),
                        WorkspaceDatabase::timeFrom(q.value(2).toString()) };
}
} // namespace

QueueClaims::QueueClaims(WorkspaceDatabase *database, AuditTrail *audit)
    : m_database(database), m_audit(audit)
{ }

Result<QStringList, WorkspaceError> QueueClaims::heldByMe() const
{
    return m_database->selectRows<QString>(
        u"SELECT customer_id FROM queue_claims WHERE analyst = ? AND expires_at > ? ORDER BY claimed_at, %1"_s
            .arg(m_database->insertionOrder()),
        { m_audit->analyst(), now() }, [](const QSqlQuery &q) { return q.value(0).toString(); },
        tr("reading claims"));
}

Result<std::optional<QueueClaim>, WorkspaceError> QueueClaims::holder(const QString &customerId) const
{
    const auto rows = m_database->selectRows<QueueClaim>(
        u"SELECT customer_id, analyst, expires_at FROM queue_claims WHERE customer_id = ? AND expires_at > ?"_s,
        { customerId, now() }, claimFrom, tr("reading claims"));
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::nullopt : std::optional(rows.value().constFirst());
}

Result<QStringList, WorkspaceError> QueueClaims::openAmong(const QStringList &candidates,
                                                           bool secondOpinion) const
{
    // The candidates as a JSON array, read back as a table with each one's place in the queue.
    const QString table = m_database->isTeamServer()
        ? u"(SELECT value AS customer_id, position FROM json_array_elements_text(CAST(? AS json)) "
          "WITH ORDINALITY AS listed(value, position))"_s
        : u"(SELECT value AS customer_id, key AS position FROM json_each(?))"_s;
    const QString at = now();
    const QString sql
        = u"SELECT c.customer_id FROM %1 c "
          "WHERE NOT EXISTS (SELECT 1 FROM case_decisions d WHERE d.customer_id = c.customer_id "
          "AND d.undone_at IS NULL AND d.state IN ('final', 'confirmed'%3)) "
          "AND NOT EXISTS (SELECT 1 FROM queue_claims q WHERE q.customer_id = c.customer_id "
          "AND q.expires_at > ? AND q.analyst <> ?) "
          "ORDER BY CASE WHEN EXISTS (SELECT 1 FROM queue_claims q WHERE q.customer_id = "
          "c.customer_id AND q.analyst = ? AND q.expires_at > ?) THEN 0 ELSE 1 END, c.position "
          "LIMIT %2"_s.arg(table)
              .arg(m_database->isTeamServer() ? kTeamLook : 1)
              .arg(secondOpinion ? QString() : u", 'awaiting-second'"_s);
    // The first of them (in the queue's order) whose lock this desk gets; held until it commits.
    const QString lockedOne
        = u"SELECT o.customer_id FROM (%1) o "
          "WHERE pg_try_advisory_xact_lock(%2, hashtext(o.customer_id)) LIMIT 1"_s.arg(sql)
              .arg(kClaimLockClass);
    const QByteArray listed
        = QJsonDocument(QJsonArray::fromStringList(candidates)).toJson(QJsonDocument::Compact);
    return m_database->selectRows<QString>(
        m_database->isTeamServer() ? lockedOne : sql,
        { QString::fromUtf8(listed), at, m_audit->analyst(), m_audit->analyst(), at },
        [](const QSqlQuery &q) { return q.value(0).toString(); }, tr("reading the queue"));
}

Result<bool, WorkspaceError> QueueClaims::take(const QString &customerId, bool audit)
{
    bool taken = false;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const auto wasMine = holder(customerId);
        if (!wasMine)
            return wasMine.error();
        // One statement on the claim's key: of two desks taking one customer, the second finds the
        // first's row and its lease not run out, so its update does nothing and returns no row.
        const auto rows = m_database->selectRows<QString>(
            u"INSERT INTO queue_claims (customer_id, analyst, claimed_at, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (customer_id) DO UPDATE SET analyst = excluded.analyst, expires_at = "
            "excluded.expires_at, "
            "claimed_at = CASE WHEN queue_claims.analyst = excluded.analyst AND queue_claims.expires_at > "
            "excluded.claimed_at THEN queue_claims.claimed_at ELSE excluded.claimed_at END "
            "WHERE queue_claims.expires_at <= excluded.claimed_at OR queue_claims.analyst = excluded.analyst "
            "RETURNING customer_id"_s,
            { customerId, m_audit->analyst(), WorkspaceDatabase::timeText(start),
              WorkspaceDatabase::timeText(start.addSecs(m_lease.count())) },
            [](const QSqlQuery &q) { return q.value(0).toString(); }, tr("claiming the customer"));
        if (!rows)
            return rows.error();
        taken = !rows.value().isEmpty();
        const bool renewed = wasMine.value() && wasMine.value()->analyst == m_audit->analyst();
        if (!taken || !audit || renewed)
            return std::nullopt;
        const auto audited = m_audit->append({ u"claim"_s, customerId, {} });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
    if (failed)
        return *failed;
    return taken;
}

qsizetype QueueClaims::resumeFrom(const QStringList &candidates)
{
    const QString queue = u"%1:%2:%3"_s.arg(candidates.size())
                              .arg(candidates.value(0), candidates.value(candidates.size() - 1));
    if (queue != m_resumeQueue || !m_resumeAge.isValid() || m_resumeAge.hasExpired(60000)) {
        m_resumeQueue = queue;
        m_resumeAt = 0;
        m_resumeAge.start();
    }
    return (m_resumeAt / kChunk) * kChunk;
}

void QueueClaims::remember(const QStringList &candidates, qsizetype at)
{
    if (at >= 0 && at < candidates.size())
        m_resumeAt = at;
}

Result<std::optional<QString>, WorkspaceError> QueueClaims::claimNext(const QStringList &candidates,
                                                                      bool secondOpinion)
{
    const qsizetype start = resumeFrom(candidates);
    const qsizetype span = (candidates.size() + kChunk - 1) / kChunk * kChunk;
    // From the chunk where the last claim was found to the end, then the part before it.
    for (qsizetype step = 0; step < span; step += kChunk) {
        const qsizetype from = (start + step) % span;
        const QStringList chunk = candidates.mid(from, kChunk);
        // Look and take in one transaction: a file's is exclusive, and on a server the customer's
        // lock is held until the claim commits. Until the chunk has nobody open left.
        std::optional<QString> claimed;
        bool chunkDone = false;
        while (!claimed && !chunkDone) {
            const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
                const auto open = openAmong(chunk, secondOpinion);
                if (!open)
                    return open.error();
                if (open.value().isEmpty()) {
                    chunkDone = true;
                    return std::nullopt;
                }
                const auto taken = take(open.value().constFirst(), true);
                if (!taken)
                    return taken.error();
                if (taken.value())
                    claimed = open.value().constFirst();
                return std::nullopt;
            });
            if (failed)
                return *failed;
        }
        if (claimed) {
            remember(candidates, candidates.indexOf(*claimed, from));
            return claimed;
        }
    }
    return std::optional<QString>();
}

Result<QueueClaim, WorkspaceError> QueueClaims::claim(const QString &customerId)
{
    if (customerId.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("A claim needs a customer."));
    const auto taken = take(customerId, true);
    if (!taken)
        return taken.error();
    const auto now = holder(customerId);
    if (!now)
        return now.error();
    if (!now.value())
        return WorkspaceError::make(
            WorkspaceError::Kind::Storage,
            tr("The claim on %1 ran out as it was taken; try again.").arg(customerId));
    return *now.value();
}

std::optional<WorkspaceError> QueueClaims::release(const QString &customerId)
{
    return m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto held = holder(customerId);
        if (!held)
            return held.error();
        if (!held.value())
            return WorkspaceError::make(WorkspaceError::Kind::NotFound,
                                        tr("Nobody holds customer %1.").arg(customerId));
        if (held.value()->analyst != m_audit->analyst())
            return WorkspaceError::make(
                WorkspaceError::Kind::NotFound,
                tr("Customer %1 is held by %2, not by you.").arg(customerId, held.value()->analyst));
        if (auto notRun = m_database->run(u"DELETE FROM queue_claims WHERE customer_id = ? AND analyst = ?"_s,
                                          { customerId, m_audit->analyst() }, tr("releasing the customer")))
            return notRun;
        const auto audited = m_audit->append({ u"release"_s, customerId, {} });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
}
