#pragma once

#include "Result.h"
#include "SardineFeedback.h"
#include "WorkspaceError.h"

#include <QCoreApplication>

class RiskHistory;
class WorkspaceDatabase;

// The Sardine session a decision is reported against, and the environment that scored it.
struct FeedbackSession
{
    QString sessionKey;
    QString environment;
};

// Sardine feedback kept in the workspace until Sardine has it. A row is written in the same
// transaction as the decision it reports (ReviewStore), so a crash before it is sent loses neither;
// FeedbackSender sends what is due and marks each row sent, refused or still waiting with the
// reason. Rows are never deleted; once settled they never change (the schema refuses it).
class FeedbackOutbox
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackOutbox)

public:
    explicit FeedbackOutbox(WorkspaceDatabase *database);
    // On a team server each desk sends what it queued: `analyst` is kept with each row, and due()
    // and waiting() give this desk's rows only (one desk per row; no feedback sent twice).
    void setAnalyst(const QString &analyst) { m_analyst = analyst; }

    // The customer's latest risk check kept on this computer that has a session key and a known
    // environment, if any.
    static std::optional<FeedbackSession> latestSession(const RiskHistory &history,
                                                        const QString &customerId);

    // Queues `feedback` for the Sardine environment `environment` (a record key), not to be sent
    // before `notBefore`.
    Result<QueuedFeedback, WorkspaceError> enqueue(const SardineFeedback &feedback, const QString &decisionId,
                                                   const QString &environment, const QDateTime &notBefore);
    // The decision was undone: what it queued and has not gone yet never goes.
    std::optional<WorkspaceError> cancelFor(const QString &decisionId);

    // Waiting rows for `environment` that may go at `now`, oldest first.
    Result<QList<QueuedFeedback>, WorkspaceError> due(const QString &environment, const QDateTime &now) const;
    // Every waiting row, of any environment, oldest first.
    Result<QList<QueuedFeedback>, WorkspaceError> waiting() const;
    // Everything queued for the customer, newest first.
    Result<QList<QueuedFeedback>, WorkspaceError> forCustomer(const QString &customerId) const;
    Result<QueuedFeedback, WorkspaceError> find(const QString &id) const;

    std::optional<WorkspaceError> markSent(const QString &id);
    // An attempt failed: `refused` settles the row (Sardine will not take it as it is); otherwise it
    // waits for the next attempt. `why` is kept for the analyst either way.
    std::optional<WorkspaceError> markFailed(const QString &id, const QString &why, bool refused);

private:
    Result<QList<QueuedFeedback>, WorkspaceError> select(const QString &where, const QVariantList &values,
                                                         const QString &order) const;

    // The condition (and its value) that keeps to this desk's rows on a team server.
    QString mine() const;
    QVariantList mineValues() const;

    WorkspaceDatabase *m_database;
    QString m_analyst;
};
