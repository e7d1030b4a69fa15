#include "FeedbackOutbox.h"

#include "RiskHistory.h"
#include "VendorEnvironment.h"
#include "WorkspaceDatabase.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kColumns
    = u"id, decision_id, customer_id, session_key, environment, status, reason, decided_at, "
      "queued_at, not_before, sent_at, cancelled_at, refused_at, attempts, last_error"_s;
const QString kWaiting = u"sent_at IS NULL AND cancelled_at IS NULL AND refused_at IS NULL"_s;

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return WorkspaceDatabase::timeFrom(value.toString());
}

QueuedFeedback rowFrom(const QSqlQuery &q)
{
    QueuedFeedback row;
    row.feedback.id = q.value(0).toString();
    row.decisionId = q.value(1).toString();
    row.feedback.customerId = q.value(2).toString();
    row.feedback.sessionKey = q.value(3).toString();
    row.environment = q.value(4).toString();
    row.feedback.status = q.value(5).toString();
    row.feedback.reason = q.value(6).toString();
    row.feedback.decidedAt = WorkspaceDatabase::timeFrom(q.value(7).toString());
    row.queuedAt = WorkspaceDatabase::timeFrom(q.value(8).toString());
    row.notBefore = WorkspaceDatabase::timeFrom(q.value(9).toString());
    row.sentAt = optionalTime(q.value(10));
    row.cancelledAt = optionalTime(q.value(11));
    row.refusedAt = optionalTime(q.value(12));
    row.attempts = q.value(13).toInt();
    row.lastError = q.value(14).toString();
    return row;
}

QString now()
{
    return WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc());
}
} // namespace

FeedbackOutbox::FeedbackOutbox(WorkspaceDatabase *database) : m_database(database) { }

QString FeedbackOutbox::mine() const
{
    return m_database->isTeamServer() && !m_analyst.isEmpty() ? u" AND queued_by = ?"_s : QString();
}

QVariantList FeedbackOutbox::mineValues() const
{
    return mine().isEmpty() ? QVariantList() : QVariantList { m_analyst };
}

std::optional<FeedbackSession> FeedbackOutbox::latestSession(const RiskHistory &history,
                                                             const QString &customerId)
{
    const QList<RiskHistoryEntry> entries = history.entries(customerId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        // A check from an environment nobody recorded cannot say where its feedback belongs.
        if (it->environment == VendorEnvironment::legacyRecordKey()
            || it->environment == VendorEnvironment::unknownRecordKey())
            continue;
        if (it->result.sessionKey && !it->result.sessionKey->isEmpty())
            return FeedbackSession { *it->result.sessionKey, it->environment };
    }
    return std::nullopt;
}

Result<QueuedFeedback, WorkspaceError> FeedbackOutbox::enqueue(const SardineFeedback &feedback,
                                                               const QString &decisionId,
                                                               const QString &environment,
                                                               const QDateTime &notBefore)
{
    if (feedback.sessionKey.isEmpty() || feedback.customerId.isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                    tr("Feedback to Sardine needs a session key and a customer."));
    if (!sardineFeedbackStatuses().contains(feedback.status))
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                    tr("\"%1\" is not a feedback status; use one of: %2")
                                        .arg(feedback.status, sardineFeedbackStatuses().join(u", "_s)));
    QueuedFeedback row;
    row.feedback = feedback;
    if (row.feedback.id.isEmpty())
        row.feedback.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.decisionId = decisionId;
    row.environment = environment;
    const QString queuedAt = now();
    row.queuedAt = WorkspaceDatabase::timeFrom(queuedAt);
    row.notBefore = WorkspaceDatabase::timeFrom(WorkspaceDatabase::timeText(notBefore));
    if (auto failed = m_database->run(
            u"INSERT INTO sardine_feedback (id, decision_id, customer_id, session_key, environment, status, "
            "reason, decided_at, queued_at, not_before, queued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { row.feedback.id, decisionId.isNull() ? u""_s : decisionId, feedback.customerId,
              feedback.sessionKey, environment, feedback.status,
              feedback.reason.isNull() ? u""_s : feedback.reason,
              WorkspaceDatabase::timeText(feedback.decidedAt), queuedAt,
              WorkspaceDatabase::timeText(notBefore), m_analyst.isNull() ? u""_s : m_analyst },
            tr("queueing feedback for Sardine")))
        return *failed;
    return row;
}

std::optional<WorkspaceError> FeedbackOutbox::cancelFor(const QString &decisionId)
{
    return m_database->run(u"UPDATE sardine_feedback SET cancelled_at = ? WHERE decision_id = ? AND "_s
                               + kWaiting,
                           { now(), decisionId }, tr("withdrawing feedback for Sardine"));
}

Result<QList<QueuedFeedback>, WorkspaceError> FeedbackOutbox::due(const QString &environment,
                                                                  const QDateTime &when) const
{
    return select(u"environment = ? AND not_before <= ? AND "_s + kWaiting + mine(),
                  QVariantList { environment, WorkspaceDatabase::timeText(when) } + mineValues(),
                  u"queued_at, "_s + m_database->insertionOrder());
}

Result<QList<QueuedFeedback>, WorkspaceError> FeedbackOutbox::waiting() const
{
    return select(kWaiting + mine(), mineValues(), u"queued_at, "_s + m_database->insertionOrder());
}

Result<QList<QueuedFeedback>, WorkspaceError> FeedbackOutbox::forCustomer(const QString &customerId) const
{
    return select(u"customer_id = ?"_s, { customerId },
                  u"queued_at DESC, %1 DESC"_s.arg(m_database->insertionOrder()));
}

Result<QueuedFeedback, WorkspaceError> FeedbackOutbox::find(const QString &id) const
{
    const auto rows = select(u"id = ?"_s, { id }, m_database->insertionOrder());
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::NotFound, tr("There is no feedback %1.").arg(id));
    return rows.value().constFirst();
}

std::optional<WorkspaceError> FeedbackOutbox::markSent(const QString &id)
{
    return m_database->run(
        u"UPDATE sardine_feedback SET sent_at = ?, attempts = attempts + 1, last_error = '' "
        "WHERE id = ? AND "_s
            + kWaiting,
        { now(), id }, tr("marking feedback sent"));
}

std::optional<WorkspaceError> FeedbackOutbox::markFailed(const QString &id, const QString &why, bool refused)
{
    return m_database->run(
        u"UPDATE sardine_feedback SET attempts = attempts + 1, last_error = ?, refused_at = ? "
        "WHERE id = ? AND "_s
            + kWaiting,
        { why.isNull() ? u""_s : why, refused ? QVariant(now()) : QVariant(), id },
        tr("recording a failed feedback attempt"));
}

Result<QList<QueuedFeedback>, WorkspaceError>
FeedbackOutbox::select(const QString &where, const QVariantList &values, const QString &order) const
{
    return m_database->selectRows<QueuedFeedback>(
        u"SELECT %1 FROM sardine_feedback WHERE %2 ORDER BY %3"_s.arg(kColumns, where, order), values,
        rowFrom, tr("reading feedback for Sardine"));
}
