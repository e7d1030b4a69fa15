#include "FeedbackSender.h"

#include "AuditEvents.h"
#include "AuditTrail.h"
#include "FeedbackOutbox.h"
#include "SardineClient.h"
#include "WorkspaceDatabase.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

FeedbackSender::FeedbackSender(FeedbackOutbox *outbox, AuditTrail *audit, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_audit(audit)
{
    m_nextRound.setSingleShot(true);
    connect(&m_nextRound, &QTimer::timeout, this, &FeedbackSender::sendDue);
}

void FeedbackSender::setSardine(SardineClient *client, const QString &environment)
{
    m_client = client;
    m_environment = environment;
    m_retryDelay = kFirstRetry; // a new connection: try it at once
    if (m_client && m_retrying)
        sendDue();
}

void FeedbackSender::sendDue()
{
    if (m_sending)
        return;
    m_nextRound.stop();
    if (!m_client) {
        Q_EMIT roundFinished(0, 0);
        return;
    }
    const auto due = m_outbox->due(m_environment, QDateTime::currentDateTimeUtc());
    if (!due) {
        Q_EMIT storageFailed(due.error().message);
        Q_EMIT roundFinished(0, 0);
        return;
    }
    m_round = due.value();
    m_sentThisRound = 0;
    m_sending = true;
    sendNext();
}

void FeedbackSender::sendNext()
{
    if (m_round.isEmpty() || !m_client) {
        finishRound(false);
        return;
    }
    const QueuedFeedback row = m_round.constFirst();
    m_client->sendFeedback(row.feedback, this, [this, row](const Result<SardineFeedbackReceipt> &answer) {
        settle(row, answer);
    });
}

bool FeedbackSender::isRefusal(const ApiError &error)
{
    // Only an answer that says "not like this" settles a feedback. 401/403 wait for the analyst to
    // fix the credential; 408 and 429 ask to come back later.
    return error.kind == ApiError::Kind::HttpStatus && error.httpStatus >= 400 && error.httpStatus < 500
        && error.httpStatus != 401 && error.httpStatus != 403 && error.httpStatus != 408
        && error.httpStatus != 429;
}

void FeedbackSender::settle(const QueuedFeedback &row, const Result<SardineFeedbackReceipt> &answer)
{
    m_round.removeFirst();
    if (answer) {
        if (auto failed = m_outbox->markSent(row.feedback.id)) {
            Q_EMIT storageFailed(failed->message);
        } else {
            // Withdrawn while on its way (it should not be: the hold outlasts the undo window), the
            // row stays withdrawn and the trail says it reached Sardine all the same.
            const auto now = m_outbox->find(row.feedback.id);
            const bool sent = now && now.value().state() == QueuedFeedback::State::Sent;
            const auto audited = m_audit->append(
                AuditEvents::sardineFeedback(row, sent ? u"sent"_s : u"sent-after-withdrawal"_s));
            if (!audited)
                qCWarning(lcWorkspace, "sardine feedback sent but not audited: %s",
                          qPrintable(audited.error().message));
        }
        ++m_sentThisRound;
        m_retryDelay = kFirstRetry;
        Q_EMIT feedbackChanged(row.feedback.customerId);
        sendNext();
        return;
    }
    const ApiError &error = answer.error();
    const bool refused = isRefusal(error);
    if (auto failed = m_outbox->markFailed(row.feedback.id, error.userMessage(), refused))
        Q_EMIT storageFailed(failed->message);
    Q_EMIT feedbackChanged(row.feedback.customerId);
    if (refused) {
        if (const auto audited = m_audit->append(AuditEvents::sardineFeedback(row, u"refused"_s)); !audited)
            qCWarning(lcWorkspace, "sardine feedback refused but not audited: %s",
                      qPrintable(audited.error().message));
        sendNext();
        return;
    }
    qCInfo(lcWorkspace, "sardine feedback waits: %s", qPrintable(ApiError::kindName(error.kind)));
    finishRound(true);
}

void FeedbackSender::finishRound(bool failed)
{
    m_sending = false;
    const int stillWaiting = int(m_round.size()) + (failed ? 1 : 0);
    m_round.clear();
    Q_EMIT roundFinished(m_sentThisRound, stillWaiting);
    if (!m_retrying || !m_client)
        return;
    if (failed) {
        m_nextRound.start(m_retryDelay);
        m_retryDelay = std::min(m_retryDelay * 2, kLongestRetry);
        return;
    }
    // Nothing failed: come back when the next held-back feedback (a decision still undoable) is due.
    const auto waiting = m_outbox->waiting();
    if (!waiting)
        return;
    std::optional<QDateTime> next;
    for (const QueuedFeedback &row : waiting.value()) {
        if (row.environment == m_environment && (!next || row.notBefore < *next))
            next = row.notBefore;
    }
    if (next) {
        const qint64 ms = std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*next), 0) + 100;
        m_nextRound.start(std::chrono::milliseconds(ms));
    }
}
