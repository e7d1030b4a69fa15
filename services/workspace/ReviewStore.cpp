#include "ReviewStore.h"

#include "AuditTrail.h"
#include "FeedbackOutbox.h"
#include "PendingChanges.h"
#include "QueueClaims.h"
#include "ReviewReasons.h"
#include "WorkspaceDatabase.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime timeFrom(const QVariant &text)
{
    return WorkspaceDatabase::timeFrom(text.toString());
}

QString timeText(const QDateTime &when)
{
    return WorkspaceDatabase::timeText(when);
}

const QString kDecisionColumns
    = u"id, customer_id, decision, reason, comment, analyst, decided_at, undone_at, "
      "state, second_analyst, second_at, second_reason"_s;

CaseDecision decisionFrom(const QSqlQuery &q)
{
    CaseDecision d;
    d.id = q.value(0).toString();
    d.customerId = q.value(1).toString();
    d.kind = caseDecisionFromWord(q.value(2).toString()).value_or(CaseDecisionKind::Escalate);
    d.reason = q.value(3).toString();
    d.comment = q.value(4).toString();
    d.analyst = q.value(5).toString();
    d.decidedAt = timeFrom(q.value(6));
    if (!q.value(7).isNull())
        d.undoneAt = timeFrom(q.value(7));
    d.state = caseDecisionStateFromWord(q.value(8).toString()).value_or(CaseDecisionState::Final);
    d.secondAnalyst = q.value(9).toString();
    if (!q.value(10).isNull())
        d.secondAt = timeFrom(q.value(10));
    d.secondReason = q.value(11).toString();
    return d;
}

CustomerNote noteFrom(const QSqlQuery &q)
{
    return CustomerNote { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          timeFrom(q.value(3)), q.value(4).toString() };
}

} // namespace

ReviewStore::ReviewStore(WorkspaceDatabase *database, AuditTrail *audit)
    : m_database(database), m_audit(audit), m_knownReasons(&ReviewReasons::defaults)
{ }

Result<QString, WorkspaceError>
ReviewStore::queueFeedback(const CaseDecision &d, const FeedbackSession &session, const QDateTime &when)
{
    // Sardine hears the outcome and the listed reason only: the comment and other wording stay here.
    const bool listed = m_knownReasons(d.kind).contains(d.reason);
    const auto queued
        = m_outbox->enqueue({ QString(), session.sessionKey, d.customerId, sardineFeedbackStatus(d.kind),
                              listed ? d.reason : u"other"_s, when },
                            d.id, session.environment, when.addSecs(m_feedbackHold.count()));
    if (!queued)
        return queued.error();
    return queued.value().feedback.id;
}

bool ReviewStore::maySecondOpinion() const
{
    return m_database->maySecondOpinion() && m_database->mayWrite();
}

bool ReviewStore::mayWrite() const
{
    return m_database->mayWrite();
}

bool ReviewStore::keepsWhileAway() const
{
    return m_pending && m_database->isTeamServer() && !m_database->isReachable();
}

int ReviewStore::pendingCount() const
{
    return m_pending ? m_pending->count() : 0;
}

Result<ReplayReport, WorkspaceError> ReviewStore::replayPending()
{
    ReplayReport report;
    if (!m_pending)
        return report;
    const auto changes = m_pending->all();
    if (!changes)
        return changes.error();
    report.left = int(changes.value().size());
    if (report.left == 0 || !m_database->isReachable())
        return report;
    // Set aside while replaying, so a change that fails now is reported, not kept a second time.
    PendingChanges *pending = std::exchange(m_pending, nullptr);
    const auto restore = qScopeGuard([&] { m_pending = pending; });
    for (const PendingChanges::Change &change : changes.value()) {
        const QJsonObject &b = change.body;
        std::optional<WorkspaceError> failure;
        QString what;
        if (change.kind == PendingChanges::Kind::Decision) {
            const auto kind = caseDecisionFromWord(b.value(u"kind"_s).toString());
            what = tr("the decision on %1").arg(b.value(u"customerId"_s).toString());
            if (!kind) {
                failure = WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("unknown decision"));
            } else {
                const DecisionContext context { b.value(u"sardineLevel"_s).toString(),
                                                b.value(u"openRequirements"_s).toBool(),
                                                b.value(u"id"_s).toString(),
                                                timeFrom(b.value(u"decidedAt"_s)) };
                const auto decided
                    = decide(b.value(u"customerId"_s).toString(), *kind, b.value(u"reason"_s).toString(),
                             b.value(u"comment"_s).toString(), context);
                if (!decided)
                    failure = decided.error();
            }
        } else {
            what = tr("the note on %1").arg(b.value(u"customerId"_s).toString());
            const auto noted = addNote(b.value(u"customerId"_s).toString(), b.value(u"text"_s).toString(),
                                       b.value(u"changeId"_s).toString());
            if (!noted)
                failure = noted.error();
        }
        if (failure && !m_database->isReachable())
            return report; // gone again: the rest stays kept, in order
        if (failure) {
            report.refused << tr("%1 was not taken by the team server: %2").arg(what, failure->message);
            if (auto notKept = pending->markRefused(change.sequence, failure->message))
                return *notKept;
        } else {
            ++report.written;
            if (auto notCleared = pending->remove(change.sequence))
                return *notCleared;
        }
        --report.left;
    }
    return report;
}

QStringList ReviewStore::fourEyesRule() const
{
    // A rule that cannot be read is the strict default, never "none".
    return m_database->teamSetting(u"four-eyes"_s, u"approve-high-risk approve-open-requirement"_s)
        .split(u' ', Qt::SkipEmptyParts);
}

bool ReviewStore::needsFourEyes(const QStringList &rule, CaseDecisionKind kind,
                                const DecisionContext &context)
{
    if (kind == CaseDecisionKind::Reject)
        return rule.contains(u"reject"_s);
    if (kind != CaseDecisionKind::Approve)
        return false;
    // A customer Sardine has not rated (or whose rating this desk cannot read) counts as high risk.
    const bool highRisk = context.sardineLevel.isEmpty() || context.sardineLevel == u"high"_s
        || context.sardineLevel == u"very_high"_s;
    return rule.contains(u"approve"_s) || (highRisk && rule.contains(u"approve-high-risk"_s))
        || (context.openRequirements && rule.contains(u"approve-open-requirement"_s));
}

std::optional<WorkspaceError> ReviewStore::refuseIfHeldByAnother(const QString &customerId) const
{
    const auto holder = QueueClaims(m_database, m_audit).holder(customerId);
    if (!holder)
        return holder.error();
    if (!holder.value() || holder.value()->analyst == m_audit->analyst())
        return std::nullopt;
    return WorkspaceError::make(
        WorkspaceError::Kind::InvalidInput,
        tr("%1 is working on this customer (claimed until %2): only they can decide "
           "it now.")
            .arg(holder.value()->analyst, holder.value()->expiresAt.toLocalTime().toString(u"HH:mm"_s)));
}

Result<CaseDecision, WorkspaceError> ReviewStore::decide(const QString &customerId, CaseDecisionKind kind,
                                                         const QString &reason, const QString &comment,
                                                         const DecisionContext &context)
{
    if (customerId.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("A decision needs a customer."));
    if (reason.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("A decision needs a reason."));
    CaseDecision d;
    d.id = context.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : context.id;
    d.customerId = customerId.trimmed();
    d.kind = kind;
    d.reason = reason.trimmed();
    d.comment = comment.isNull() ? u""_s : comment.trimmed(); // a null QString would bind as SQL NULL
    d.analyst = m_audit->analyst();
    d.decidedAt = timeFrom(
        timeText(context.decidedAt.isValid() ? context.decidedAt : QDateTime::currentDateTimeUtc()));
    const std::optional<FeedbackSession> session
        = m_outbox && m_sessionFor ? m_sessionFor(d.customerId) : std::nullopt;
    bool replayed = false;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (!context.id.isEmpty()) {
            const auto earlier = queryDecisions(u"id = ?"_s, { context.id });
            if (!earlier)
                return earlier.error();
            if (!earlier.value().isEmpty()) {
                d = earlier.value().constFirst();
                replayed = true;
                return std::nullopt;
            }
        }
        if (auto held = refuseIfHeldByAnother(d.customerId))
            return held;
        if (needsFourEyes(fourEyesRule(), kind, context))
            d.state = CaseDecisionState::AwaitingSecond;
        if (auto notRun
            = m_database->run(u"INSERT INTO case_decisions (id, customer_id, decision, reason, comment, "
                              u"analyst, decided_at, "
                              "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              { d.id, d.customerId, caseDecisionWord(kind), d.reason, d.comment, d.analyst,
                                timeText(d.decidedAt), caseDecisionStateWord(d.state) },
                              tr("recording the decision")))
            return notRun;
        // A reason from the short list is kept as it is; the comment and any other wording may name
        // people, so they stay out.
        const bool listed = m_knownReasons(kind).contains(d.reason);
        const QString auditedReason = listed ? d.reason : u"other"_s;
        QJsonObject detail { { u"decision"_s, d.id },
                             { u"kind"_s, caseDecisionWord(kind) },
                             { u"reason"_s, auditedReason },
                             { u"hasComment"_s, !d.comment.isEmpty() } };
        if (d.state == CaseDecisionState::AwaitingSecond)
            detail.insert(u"state"_s, caseDecisionStateWord(d.state));
        // Sardine hears a decision that stands; one awaiting a second analyst is told when confirmed.
        if (session && d.state == CaseDecisionState::Final) {
            const auto queued = queueFeedback(d, *session, d.decidedAt);
            if (!queued)
                return queued.error();
            d.feedbackId = queued.value();
            detail.insert(u"sardineFeedback"_s, d.feedbackId);
        }
        const auto audited = m_audit->append({ u"decision"_s, d.customerId, detail });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
    if (failed && keepsWhileAway()) {
        const QJsonObject kept { { u"id"_s, d.id },
                                 { u"customerId"_s, d.customerId },
                                 { u"kind"_s, caseDecisionWord(kind) },
                                 { u"reason"_s, d.reason },
                                 { u"comment"_s, d.comment },
                                 { u"sardineLevel"_s, context.sardineLevel },
                                 { u"openRequirements"_s, context.openRequirements },
                                 { u"decidedAt"_s, timeText(d.decidedAt) } };
        if (auto notKept = m_pending->add(PendingChanges::Kind::Decision, kept))
            return *notKept;
        d.pending = true;
        return d;
    }
    if (failed)
        return *failed;
    if (replayed)
        qCInfo(lcWorkspace) << "decision" << d.id << "was already on the server";
    return d;
}

Result<CaseDecision, WorkspaceError> ReviewStore::secondOpinion(const QString &decisionId, bool confirm,
                                                                const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                    tr("Confirming or returning a decision needs a reason."));
    std::optional<CaseDecision> done;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto found = decisionById(decisionId);
        if (!found)
            return found.error();
        CaseDecision d = found.value();
        if (d.state != CaseDecisionState::AwaitingSecond || d.undoneAt)
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("That decision is not waiting for a second analyst."));
        // The database refuses it too; this says it in the analyst's words.
        if (d.analyst.section(u'/', 0, 0) == m_audit->analyst().section(u'/', 0, 0))
            return WorkspaceError::make(
                WorkspaceError::Kind::InvalidInput,
                tr("%1 made this decision; a second analyst must confirm or return it.").arg(d.analyst));
        const QDateTime now = timeFrom(timeText(QDateTime::currentDateTimeUtc()));
        d.state = confirm ? CaseDecisionState::Confirmed : CaseDecisionState::Returned;
        d.secondAnalyst = m_audit->analyst();
        d.secondAt = now;
        d.secondReason = reason.trimmed();
        // Another desk may have confirmed, returned or undone it since it was read: nothing changed then.
        const auto changed = m_database->selectRows<QString>(
            u"UPDATE case_decisions SET state = ?, second_analyst = ?, second_at = ?, second_reason = ? "
            "WHERE id = ? AND state = 'awaiting-second' AND undone_at IS NULL RETURNING id"_s,
            { caseDecisionStateWord(d.state), d.secondAnalyst, timeText(now), d.secondReason, d.id },
            [](const QSqlQuery &q) { return q.value(0).toString(); },
            confirm ? tr("confirming the decision") : tr("returning the decision"));
        if (!changed)
            return changed.error();
        if (changed.value().isEmpty())
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("That decision was confirmed, returned or undone meanwhile."));
        const std::optional<FeedbackSession> session
            = confirm && m_outbox && m_sessionFor ? m_sessionFor(d.customerId) : std::nullopt;
        QJsonObject detail { { u"decision"_s, d.id },
                             { u"kind"_s, caseDecisionWord(d.kind) },
                             { u"first"_s, d.analyst } };
        if (session) {
            const auto queued = queueFeedback(d, *session, now);
            if (!queued)
                return queued.error();
            detail.insert(u"sardineFeedback"_s, queued.value());
        }
        const auto audited = m_audit->append(
            { confirm ? u"decision-confirm"_s : u"decision-return"_s, d.customerId, detail });
        if (!audited)
            return audited.error();
        done = d;
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return *done;
}

Result<QList<CaseDecision>, WorkspaceError> ReviewStore::awaitingSecond() const
{
    return m_database->selectRows<CaseDecision>(
        u"SELECT %1 FROM case_decisions WHERE state = 'awaiting-second' AND undone_at IS NULL "
        "ORDER BY decided_at, %2"_s.arg(kDecisionColumns, m_database->insertionOrder()),
        {}, decisionFrom, tr("reading decisions"));
}

Result<CaseDecision, WorkspaceError> ReviewStore::undo(const QString &decisionId, std::chrono::seconds window)
{
    // A decision still kept on this computer is undone by not sending it.
    if (m_pending) {
        const auto kept = m_pending->all();
        if (!kept)
            return kept.error();
        for (const PendingChanges::Change &change : kept.value()) {
            if (change.kind != PendingChanges::Kind::Decision
                || change.body.value(u"id"_s).toString() != decisionId)
                continue;
            if (auto notRemoved = m_pending->remove(change.sequence))
                return *notRemoved;
            CaseDecision d;
            d.id = decisionId;
            d.customerId = change.body.value(u"customerId"_s).toString();
            d.kind = caseDecisionFromWord(change.body.value(u"kind"_s).toString())
                         .value_or(CaseDecisionKind::Escalate);
            d.reason = change.body.value(u"reason"_s).toString();
            d.analyst = m_audit->analyst();
            d.decidedAt = timeFrom(change.body.value(u"decidedAt"_s));
            d.undoneAt = QDateTime::currentDateTimeUtc();
            d.pending = true;
            return d;
        }
    }
    std::optional<CaseDecision> undone;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto found = decisionById(decisionId);
        if (!found)
            return found.error();
        CaseDecision d = found.value();
        if (d.undoneAt)
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("That decision was already undone."));
        if (d.analyst != m_audit->analyst())
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("Only %1, who made the decision, can undo it.").arg(d.analyst));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (d.decidedAt.msecsTo(now) > std::chrono::milliseconds(window).count())
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("A decision can be undone for %n second(s) after it is made.",
                                           nullptr, int(window.count())));
        const auto changed = m_database->selectRows<QString>(
            u"UPDATE case_decisions SET undone_at = ? WHERE id = ? AND undone_at IS NULL RETURNING id"_s,
            { timeText(now), d.id }, [](const QSqlQuery &q) { return q.value(0).toString(); },
            tr("undoing the decision"));
        if (!changed)
            return changed.error();
        if (changed.value().isEmpty())
            return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                        tr("That decision was already undone."));
        d.undoneAt = timeFrom(timeText(now));
        if (m_outbox) {
            if (auto notWithdrawn = m_outbox->cancelFor(d.id))
                return notWithdrawn;
        }
        const auto audited = m_audit->append(
            { u"decision-undo"_s, d.customerId,
              QJsonObject { { u"decision"_s, d.id }, { u"kind"_s, caseDecisionWord(d.kind) } } });
        if (!audited)
            return audited.error();
        undone = d;
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return *undone;
}

Result<QList<CaseDecision>, WorkspaceError> ReviewStore::queryDecisions(const QString &where,
                                                                        const QVariantList &values) const
{
    return m_database->selectRows<CaseDecision>(
        u"SELECT %1 FROM case_decisions WHERE %2 ORDER BY decided_at DESC, %3 DESC"_s.arg(
            kDecisionColumns, where, m_database->insertionOrder()),
        values, decisionFrom, tr("reading decisions"));
}

Result<CaseDecision, WorkspaceError> ReviewStore::decisionById(const QString &decisionId) const
{
    const auto found = queryDecisions(u"id = ?"_s, { decisionId });
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::NotFound,
                                    tr("There is no decision %1.").arg(decisionId));
    return found.value().constFirst();
}

Result<QList<CaseDecision>, WorkspaceError> ReviewStore::decisions(const QString &customerId) const
{
    return queryDecisions(u"customer_id = ?"_s, { customerId });
}

Result<QList<CaseDecision>, WorkspaceError> ReviewStore::decisionsBy(const QString &analyst,
                                                                     const QDateTime &since) const
{
    return queryDecisions(u"analyst = ? AND decided_at >= ? AND undone_at IS NULL"_s,
                          { analyst, timeText(since) });
}

Result<CustomerNote, WorkspaceError> ReviewStore::addNote(const QString &customerId, const QString &text,
                                                          const QString &changeId)
{
    if (customerId.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("A note needs a customer."));
    if (text.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("The note is empty."));
    CustomerNote note;
    note.customerId = customerId.trimmed();
    note.author = m_audit->analyst();
    note.writtenAt = timeFrom(timeText(QDateTime::currentDateTimeUtc()));
    note.text = text.trimmed();
    const QString change = changeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : changeId;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (!changeId.isEmpty()) {
            const auto earlier = queryNotes(u"change_id = ?"_s, { changeId }, u"id"_s);
            if (!earlier)
                return earlier.error();
            if (!earlier.value().isEmpty()) {
                note = earlier.value().constFirst();
                return std::nullopt;
            }
        }
        const auto inserted = m_database->selectRows<qint64>(
            u"INSERT INTO customer_notes (customer_id, author, written_at, text, change_id) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            { note.customerId, note.author, timeText(note.writtenAt), note.text, change },
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, tr("saving the note"));
        if (!inserted)
            return inserted.error();
        note.id = inserted.value().value(0);
        // The text may hold anything an analyst types; the trail keeps that a note was written.
        const auto audited
            = m_audit->append({ u"note"_s, note.customerId,
                                QJsonObject { { u"note"_s, note.id }, { u"length"_s, note.text.size() } } });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
    if (failed && keepsWhileAway()) {
        const QJsonObject kept { { u"changeId"_s, change },
                                 { u"customerId"_s, note.customerId },
                                 { u"text"_s, note.text } };
        if (auto notKept = m_pending->add(PendingChanges::Kind::Note, kept))
            return *notKept;
        note.pending = true;
        return note;
    }
    if (failed)
        return *failed;
    return note;
}

Result<QList<CustomerNote>, WorkspaceError>
ReviewStore::queryNotes(const QString &where, const QVariantList &values, const QString &order) const
{
    return m_database->selectRows<CustomerNote>(
        u"SELECT id, customer_id, author, written_at, text FROM customer_notes WHERE %1 ORDER BY %2"_s.arg(
            where, order),
        values, noteFrom, tr("reading notes"));
}

Result<QList<CustomerNote>, WorkspaceError> ReviewStore::notes(const QString &customerId) const
{
    return queryNotes(u"customer_id = ?"_s, { customerId }, u"id"_s);
}

Result<QList<CustomerNote>, WorkspaceError> ReviewStore::searchNotes(const QString &text) const
{
    // instr on lower(): LIKE would treat % and _ in the analyst's words as wildcards.
    return queryNotes(m_database->containsText(u"text"_s), { text }, u"id DESC"_s);
}
