#pragma once

#include "Result.h"
#include "ReviewTypes.h"
#include "WorkspaceError.h"

#include <chrono>
#include <functional>
#include <QCoreApplication>

class AuditTrail;
class FeedbackOutbox;
class PendingChanges;
class WorkspaceDatabase;
struct FeedbackSession;

// What the desk knows of the customer when a decision is made: what the team's four-eyes rule
// looks at. `id` replays a decision made while the team server was away (the server keeps the
// first copy of each id); empty: a new decision.
struct DecisionContext
{
    QString sardineLevel; // the latest Sardine risk level word (low, medium, high, very_high) or empty
    bool openRequirements = false;
    QString id;
    QDateTime decidedAt; // a replayed decision's own time; invalid: now
};

// What replaying the changes kept on this computer did.
struct ReplayReport
{
    int written = 0;
    int left = 0; // still kept: the server went away again
    QStringList refused; // one line each: a change the server would not take (and why)
};

// The analyst's case work kept in the workspace: decisions with their reason, and notes. Each
// change is written together with its audit row (one transaction), so a decision never exists
// without its trail. Undo marks a recent decision undone (and is audited as such); nothing is
// deleted.
//
// Four eyes: where the team's rule (team setting "four-eyes": approve-high-risk,
// approve-open-requirement, approve, reject) covers a decision it waits for a second analyst, who
// confirms or returns it; the database refuses the same analyst twice, and on a team server anyone
// but a senior analyst. A customer another analyst holds (QueueClaims) cannot be decided.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    static constexpr std::chrono::seconds kUndoWindow { 10 };
    // How long the app holds a decision's Sardine feedback: past the undo window by a margin, so an
    // undo accepted at its last moment always finds the feedback still unsent.
    static constexpr std::chrono::seconds kFeedbackHold { 15 };

    ReviewStore(WorkspaceDatabase *database, AuditTrail *audit);

    // The short list a reason is checked against before it goes to the audit trail (the settings'
    // list in the app and the CLI; ReviewReasons::defaults otherwise). A reason not on it is kept with
    // the decision but the trail says only "other": free text may name people.
    void setKnownReasons(std::function<QStringList(CaseDecisionKind)> knownReasons)
    {
        m_knownReasons = std::move(knownReasons);
    }

    // Where the customer has a Sardine session (`sessionFor`), each decision queues its feedback in
    // `outbox` in the same transaction, held back for `hold` (the time it may still be undone);
    // undoing the decision withdraws feedback that has not gone.
    void setFeedback(FeedbackOutbox *outbox,
                     std::function<std::optional<FeedbackSession>(const QString &customerId)> sessionFor,
                     std::chrono::seconds hold)
    {
        m_outbox = outbox;
        m_sessionFor = std::move(sessionFor);
        m_feedbackHold = hold;
    }

    // On a team server: decisions and notes made while it cannot be reached are kept in `pending`
    // (returned marked pending) and written by replayPending() when it is back.
    void setPendingChanges(PendingChanges *pending) { m_pending = pending; }
    Result<ReplayReport, WorkspaceError> replayPending();
    int pendingCount() const;

    Result<CaseDecision, WorkspaceError> decide(const QString &customerId, CaseDecisionKind kind,
                                                const QString &reason, const QString &comment,
                                                const DecisionContext &context = {});
    // The second analyst's word on a decision awaiting it: confirmed, or returned to be decided again.
    Result<CaseDecision, WorkspaceError> secondOpinion(const QString &decisionId, bool confirm,
                                                       const QString &reason);
    // Decisions waiting for a second analyst, oldest first.
    Result<QList<CaseDecision>, WorkspaceError> awaitingSecond() const;
    // The rule's words, as the team setting holds them.
    QStringList fourEyesRule() const;
    // Whether this analyst may confirm or return a decision awaiting a second analyst.
    bool maySecondOpinion() const;
    // Whether this analyst may decide and write notes at all (an auditor may not).
    bool mayWrite() const;
    static bool needsFourEyes(const QStringList &rule, CaseDecisionKind kind, const DecisionContext &context);
    // Only the analyst's own decision, within `window` of making it, and only once.
    Result<CaseDecision, WorkspaceError> undo(const QString &decisionId,
                                              std::chrono::seconds window = kUndoWindow);
    // The customer's decisions, newest first (undone ones included, marked).
    Result<QList<CaseDecision>, WorkspaceError> decisions(const QString &customerId) const;
    // Decisions (not undone) made by `analyst` since `since`, newest first.
    Result<QList<CaseDecision>, WorkspaceError> decisionsBy(const QString &analyst,
                                                            const QDateTime &since) const;

    // `changeId` replays a note written while the team server was away; the server keeps one note
    // per change id. Empty: a new note.
    Result<CustomerNote, WorkspaceError> addNote(const QString &customerId, const QString &text,
                                                 const QString &changeId = {});
    // Oldest first, as a conversation reads.
    Result<QList<CustomerNote>, WorkspaceError> notes(const QString &customerId) const;
    // Notes of any customer whose text contains `text` (case-insensitive), newest first.
    Result<QList<CustomerNote>, WorkspaceError> searchNotes(const QString &text) const;

private:
    // The server cannot be reached and a place to keep changes exists.
    bool keepsWhileAway() const;
    // Queues the decision's Sardine feedback, held for the undo window from `when`; its id.
    Result<QString, WorkspaceError> queueFeedback(const CaseDecision &decision,
                                                  const FeedbackSession &session, const QDateTime &when);
    std::optional<WorkspaceError> refuseIfHeldByAnother(const QString &customerId) const;
    // The decision with this id; NotFound when there is none.
    Result<CaseDecision, WorkspaceError> decisionById(const QString &decisionId) const;
    Result<QList<CaseDecision>, WorkspaceError> queryDecisions(const QString &where,
                                                               const QVariantList &values) const;
    Result<QList<CustomerNote>, WorkspaceError> queryNotes(const QString &where, const QVariantList &values,
                                                           const QString &order) const;

    WorkspaceDatabase *m_database;
    AuditTrail *m_audit;
    std::function<QStringList(CaseDecisionKind)> m_knownReasons;
    FeedbackOutbox *m_outbox = nullptr;
    PendingChanges *m_pending = nullptr;
    std::function<std::optional<FeedbackSession>(const QString &)> m_sessionFor;
    std::chrono::seconds m_feedbackHold { 0 };
};
