#pragma once

#include "ReviewTypes.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the desk tells Sardine about a case it decided (POST /v1/feedbacks, shared/vendor-notes.md;
// the body is described in the README's "Sardine feedback"): the session that was scored, the
// customer, and the outcome. `id` is the feedback's own id: sent again after a lost answer it is
// the same feedback, not a second one.
struct SardineFeedback
{
    QString id;
    QString sessionKey;
    QString customerId;
    QString status; // approved, declined, manual_review (sardineFeedbackStatus)
    QString reason; // a reason from the short list, or "other": free text stays on this computer
    QDateTime decidedAt;
};

// Sardine's answer to a feedback: its status word when it sent one, and the body as sent.
struct SardineFeedbackReceipt
{
    QString status;
    QJsonObject raw;
};

// The outcome word Sardine is told for a case decision: only approve and reject close a case;
// escalating and asking the customer for more both leave it in manual review.
QString sardineFeedbackStatus(CaseDecisionKind kind);
// The words `kycdesk-cli sardine feedback --status` accepts, in the order above.
QStringList sardineFeedbackStatuses();

// A feedback kept in the workspace's outbox until Sardine has it. `environment` is the Sardine
// environment that scored the session (its record key): the feedback goes there and nowhere else.
struct QueuedFeedback
{
    enum class State { Waiting, Sent, Cancelled, Refused };

    SardineFeedback feedback;
    QString decisionId; // empty for feedback sent by hand (kycdesk-cli sardine feedback)
    QString environment;
    QDateTime queuedAt;
    QDateTime notBefore; // held back while the decision may still be undone
    std::optional<QDateTime> sentAt;
    std::optional<QDateTime> cancelledAt; // the decision was undone before it went
    std::optional<QDateTime> refusedAt; // Sardine refused it (a 4xx other than 408 / 429)
    int attempts = 0;
    QString lastError; // why the last attempt failed, as the analyst reads it

    State state() const
    {
        if (sentAt)
            return State::Sent;
        if (cancelledAt)
            return State::Cancelled;
        if (refusedAt)
            return State::Refused;
        return State::Waiting;
    }
};
