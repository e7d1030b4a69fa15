#pragma once

// The workspace a review command works on (shared/interfaces.md): --workspace FILE or
// postgresql://USER@HOST:PORT/DB (the password from PGPASSWORD or ~/.pgpass), else the app's own
// workspace.sqlite. The analyst is the OS user (on a team server, "role/user"). Check isReady() first;
// problem() is the one line to fail with otherwise (a damaged or newer-schema file is reported, never
// overwritten). Decisions queue their Sardine feedback where the workspace's risk history has a session for
// the customer; sendDueFeedback() makes one round of sending it.

#include "ReviewStore.h"
#include "WorkspaceLocation.h"

#include <memory>
#include <QString>

class AuditTrail;
class CustomerCache;
class FeedbackOutbox;
class QueueClaims;
class QCommandLineParser;
class ReviewStore;
class RiskHistory;
class RiskHistoryStore;
class TeamRiskHistory;
class WorkspaceDatabase;

class WorkspaceSession
{
public:
    explicit WorkspaceSession(const QCommandLineParser &parser);
    ~WorkspaceSession();
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    bool isReady() const { return m_review != nullptr; }
    const QString &problem() const { return m_problem; }
    AuditTrail *audit() const { return m_audit.get(); }
    ReviewStore *review() const { return m_review.get(); }
    FeedbackOutbox *outbox() const { return m_outbox.get(); }
    WorkspaceDatabase *database() const { return m_database.get(); }
    CustomerCache *cache() const { return m_cache.get(); }
    QueueClaims *claims() const { return m_claims.get(); }
    // What the four-eyes rule looks at for the customer: the latest kept Sardine level, and the open
    // requirements of the customer's row in the kept book.
    DecisionContext decisionContext(const QString &customerId) const;
    // The risk checks kept in the same file, or the team's on a team server; null when that table
    // could not be opened.
    RiskHistory *riskHistory() const;

    // The workspace (--workspace, else the app's own file); empty file and host when none was usable.
    static WorkspaceLocation location(const QCommandLineParser &parser, QString *problem);

    struct FeedbackRound
    {
        int sent = 0;
        int waiting = 0; // still queued afterwards, in any environment
        QString problem; // why nothing could be sent (no Sardine connection, ...)
        QString blockedBy; // the failure of the first feedback still waiting, which ended the round
    };
    // Sends the feedback due for the Sardine environment the options reach, and waits for the answers.
    FeedbackRound sendDueFeedback(const QCommandLineParser &parser) const;
    // One line on stderr saying where feedback `feedbackId` stands after `round`: 0, or 1 (with the
    // reason) when Sardine refused it and `refusalFails`.
    int reportFeedback(const QString &feedbackId, const FeedbackRound &round, bool refusalFails = true) const;

private:
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<ReviewStore> m_review;
    std::unique_ptr<FeedbackOutbox> m_outbox;
    std::unique_ptr<RiskHistoryStore> m_history;
    std::unique_ptr<TeamRiskHistory> m_teamHistory; // on a team server, in place of m_history
    std::unique_ptr<CustomerCache> m_cache;
    std::unique_ptr<QueueClaims> m_claims;
    QString m_problem;
};
