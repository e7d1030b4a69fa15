#pragma once

#include "ApiError.h"
#include "Result.h"
#include "SardineFeedback.h"

#include <chrono>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class AuditTrail;
class FeedbackOutbox;
class SardineClient;

// Sends the outbox's due feedback to the Sardine environment in use, one at a time. A refusal
// (a 4xx that retrying cannot change) settles the row; anything else — Sardine unreachable, a 5xx,
// a 429, credentials being fixed — leaves it waiting and ends the round, and the next round comes
// after a growing pause (15 s doubling to 5 min) or as soon as the next held-back feedback is due.
// Each feedback sent or refused is audited.
class FeedbackSender : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kFirstRetry { 15 };
    static constexpr std::chrono::seconds kLongestRetry { 300 };

    FeedbackSender(FeedbackOutbox *outbox, AuditTrail *audit, QObject *parent = nullptr);

    // The client of the Sardine environment in use and that environment's record key; only its
    // feedback is sent. nullptr while Sardine is not configured: nothing is sent.
    void setSardine(SardineClient *client, const QString &environment);
    // Off for a one-shot caller (the CLI): a round is made when asked, never on a timer.
    void setRetrying(bool retrying) { m_retrying = retrying; }

    // Starts a round now unless one is running.
    void sendDue();
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    // A feedback of `customerId` changed state (sent, refused, or a failed attempt noted).
    void feedbackChanged(const QString &customerId);
    // A round ended: how many went, and how many due ones are still waiting (after a failure).
    void roundFinished(int sent, int stillWaiting);
    // The outbox could not be read or written; said once per round.
    void storageFailed(const QString &message);

private:
    void sendNext();
    void finishRound(bool failed);
    void settle(const QueuedFeedback &row, const Result<SardineFeedbackReceipt> &answer);
    static bool isRefusal(const ApiError &error);

    FeedbackOutbox *m_outbox;
    AuditTrail *m_audit;
    QPointer<SardineClient> m_client;
    QString m_environment;
    QList<QueuedFeedback> m_round;
    int m_sentThisRound = 0;
    bool m_sending = false;
    bool m_retrying = true;
    std::chrono::seconds m_retryDelay = kFirstRetry;
    QTimer m_nextRound;
};
