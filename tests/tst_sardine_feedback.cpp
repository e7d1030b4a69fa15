// Sardine feedback end to end against the real sandbox: a decision on a customer whose session is
// kept queues its feedback in the same transaction, the sender delivers it (the sandbox's feedback
// store shows exactly that outcome, never the analyst's comment); with Sardine unreachable it waits,
// and a restarted desk (new connections on the same file) sends it once Sardine is back; an undo in
// time withdraws it; a refusal settles it; feedback is only ever sent to the environment that
// scored the session; and what has gone can no longer be changed with plain SQL.

#include "AuditTrail.h"
#include "FeedbackOutbox.h"
#include "FeedbackSender.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "WaitForAnswer.h"
#include "WorkspaceDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"feedback-token"_s;
const QString kEnvironment = u"custom:http://127.0.0.1"_s;

// One desk session on a workspace file: what DesktopSession and the CLI put together.
struct Desk
{
    explicit Desk(const QString &file, std::chrono::seconds hold = std::chrono::seconds(0))
        : database(file)
        , audit(&database, u"ana"_s)
        , review(&database, &audit)
        , outbox(&database)
        , history(file)
    {
        review.setFeedback(
            &outbox, [this](const QString &id) { return FeedbackOutbox::latestSession(history, id); }, hold);
    }
    WorkspaceDatabase database;
    AuditTrail audit;
    ReviewStore review;
    FeedbackOutbox outbox;
    RiskHistoryStore history;
};

// One round of `sender`, waited for: how many went and how many due ones still wait.
std::pair<int, int> sendRound(FeedbackSender &sender)
{
    QSignalSpy finished(&sender, &FeedbackSender::roundFinished);
    sender.sendDue();
    if (finished.isEmpty() && !finished.wait(10000))
        qFatal("no feedback round finished");
    return { finished.constFirst().at(0).toInt(), finished.constFirst().at(1).toInt() };
}
} // namespace

class TestSardineFeedback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HttpTransport m_transport;
    QNetworkAccessManager m_network;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A real risk check on the sandbox, kept as the app keeps it: the session feedback refers to.
    QString keepRiskCheck(SardineClient &sardine, Desk &desk, const QString &customerId)
    {
        SardineCustomerRequest request;
        request.sessionKey = u"session-"_s + customerId;
        request.customer.id = customerId;
        const auto result = waitForAnswer<Result<RiskResult>>(
            [&](auto done) { sardine.checkCustomer(request, this, done); });
        if (!result.ok() || !result.value().sessionKey)
            return {};
        desk.history.add(customerId, kEnvironment, u"unknown"_s, QDateTime::currentDateTimeUtc(),
                         result.value());
        return *result.value().sessionKey;
    }

    // The sandbox's own record of what arrived for a session (GET /v1/feedbacks, sandbox-only).
    QJsonArray receivedBy(const QUrl &sandbox, const QString &sessionKey)
    {
        QUrl url = sandbox;
        url.setPath(u"/v1/feedbacks"_s);
        url.setQuery(QUrlQuery { { u"sessionKey"_s, sessionKey } });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + (u"sandbox:"_s + kToken).toUtf8().toBase64());
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            qFatal("the sandbox did not answer");
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

private Q_SLOTS:
    void decisionQueuesFeedbackAndTheSenderDeliversIt()
    {
        const auto sandbox = startSandbox(path(u"sandbox-deliver.sqlite"_s), 0, kToken);
        QVERIFY(sandbox);
        SardineClient sardine(&m_transport,
                              sardineEndpointAt(sandbox->baseUrl(), kToken, std::chrono::seconds(5)));
        Desk desk(path(u"deliver.sqlite"_s));
        const QString session = keepRiskCheck(sardine, desk, u"customer_fb1"_s);
        QVERIFY(!session.isEmpty());

        const auto decided = desk.review.decide(u"customer_fb1"_s, CaseDecisionKind::Reject,
                                                u"Document forged or altered"_s, u"Jane Roe called twice"_s);
        QVERIFY(decided.ok());
        QVERIFY(!decided.value().feedbackId.isEmpty());
        QCOMPARE(desk.outbox.waiting().value().size(), 1);
        QCOMPARE(desk.audit.records().value().constLast().event.detail.value(u"sardineFeedback"_s).toString(),
                 decided.value().feedbackId);

        FeedbackSender sender(&desk.outbox, &desk.audit);
        sender.setRetrying(false);
        sender.setSardine(&sardine, kEnvironment);
        QCOMPARE(sendRound(sender), std::make_pair(1, 0));

        const QJsonArray received = receivedBy(sandbox->baseUrl(), session);
        QCOMPARE(received.size(), 1);
        const QJsonObject body = received.at(0).toObject();
        QCOMPARE(body.value(u"customer"_s).toObject().value(u"id"_s).toString(), u"customer_fb1"_s);
        const QJsonObject feedback = body.value(u"feedback"_s).toObject();
        QCOMPARE(feedback.value(u"id"_s).toString(), decided.value().feedbackId);
        QCOMPARE(feedback.value(u"status"_s).toString(), u"declined"_s);
        QCOMPARE(feedback.value(u"reason"_s).toString(), u"Document forged or altered"_s);
        QCOMPARE(qint64(feedback.value(u"timeMillis"_s).toDouble()),
                 decided.value().decidedAt.toMSecsSinceEpoch());
        QVERIFY(!QJsonDocument(body).toJson().contains("Jane")); // the comment stays on this computer

        const auto row = desk.outbox.find(decided.value().feedbackId);
        QCOMPARE(row.value().state(), QueuedFeedback::State::Sent);
        QCOMPARE(row.value().attempts, 1);
        const AuditRecord last = desk.audit.records().value().constLast();
        QCOMPARE(last.event.action, u"sardine-feedback"_s);
        QCOMPARE(last.event.detail.value(u"outcome"_s).toString(), u"sent"_s);
        QVERIFY(!desk.audit.verify().value().has_value());

        // A second round has nothing to send: the feedback went once.
        QCOMPARE(sendRound(sender), std::make_pair(0, 0));
        QCOMPARE(receivedBy(sandbox->baseUrl(), session).size(), 1);
    }

    void offlineDecisionIsSentAfterARestartOnceSardineIsBack()
    {
        const QString sandboxFile = path(u"sandbox-offline.sqlite"_s);
        const QString workspace = path(u"offline.sqlite"_s);
        QString session;
        QString feedbackId;
        {
            auto sandbox = startSandbox(sandboxFile, 0, kToken);
            QVERIFY(sandbox);
            const QUrl gone = sandbox->baseUrl();
            {
                SardineClient sardine(&m_transport, sardineEndpointAt(gone, kToken, std::chrono::seconds(5)));
                Desk desk(workspace);
                session = keepRiskCheck(sardine, desk, u"customer_fb2"_s);
                QVERIFY(!session.isEmpty());
            }
            sandbox.reset(); // Sardine is unreachable from here on

            Desk desk(workspace);
            SardineClient sardine(&m_transport, sardineEndpointAt(gone, kToken, std::chrono::seconds(5)));
            const auto decided = desk.review.decide(u"customer_fb2"_s, CaseDecisionKind::Approve,
                                                    u"Documents verified"_s, {});
            QVERIFY(decided.ok());
            feedbackId = decided.value().feedbackId;
            FeedbackSender sender(&desk.outbox, &desk.audit);
            sender.setRetrying(false);
            sender.setSardine(&sardine, kEnvironment);
            QCOMPARE(sendRound(sender), std::make_pair(0, 1));
            const auto row = desk.outbox.find(feedbackId).value();
            QCOMPARE(row.state(), QueuedFeedback::State::Waiting);
            QCOMPARE(row.attempts, 1);
            QVERIFY(!row.lastError.isEmpty());
        } // the desk closes with the feedback still queued

        const auto sandbox = startSandbox(sandboxFile, 0, kToken);
        QVERIFY(sandbox);
        Desk restarted(workspace);
        QCOMPARE(restarted.outbox.waiting().value().size(), 1);
        SardineClient sardine(&m_transport,
                              sardineEndpointAt(sandbox->baseUrl(), kToken, std::chrono::seconds(5)));
        FeedbackSender sender(&restarted.outbox, &restarted.audit);
        QSignalSpy finished(&sender, &FeedbackSender::roundFinished);
        sender.setSardine(&sardine, kEnvironment); // as the app does once Sardine's connection is ready
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        const QJsonArray received = receivedBy(sandbox->baseUrl(), session);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).toObject().value(u"feedback"_s).toObject().value(u"status"_s).toString(),
                 u"approved"_s);
        QCOMPARE(restarted.outbox.find(feedbackId).value().state(), QueuedFeedback::State::Sent);
        QCOMPARE(restarted.outbox.find(feedbackId).value().attempts, 2);
    }

    void undoInTimeWithdrawsTheFeedback()
    {
        Desk desk(path(u"undo.sqlite"_s), ReviewStore::kUndoWindow);
        RiskResult scored;
        scored.sessionKey = u"session-undo"_s;
        scored.level = { RiskLevel::Low, u"low"_s, false };
        scored.status = u"Success"_s;
        QVERIFY(desk.history.add(u"customer_fb3"_s, kEnvironment, u"unknown"_s,
                                 QDateTime::currentDateTimeUtc(), scored));
        const auto decided
            = desk.review.decide(u"customer_fb3"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {});
        QVERIFY(decided.ok());
        QVERIFY(!decided.value().feedbackId.isEmpty());
        // Held back while it may be undone.
        QVERIFY(desk.outbox.due(kEnvironment, QDateTime::currentDateTimeUtc()).value().isEmpty());
        QCOMPARE(desk.outbox.due(kEnvironment, QDateTime::currentDateTimeUtc().addSecs(11)).value().size(),
                 1);
        QVERIFY(desk.review.undo(decided.value().id).ok());
        QCOMPARE(desk.outbox.find(decided.value().feedbackId).value().state(),
                 QueuedFeedback::State::Cancelled);
        QVERIFY(desk.outbox.due(kEnvironment, QDateTime::currentDateTimeUtc().addSecs(11)).value().isEmpty());
    }

    void aCustomerWithoutASessionQueuesNothing()
    {
        Desk desk(path(u"nosession.sqlite"_s));
        const auto decided
            = desk.review.decide(u"customer_fb4"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {});
        QVERIFY(decided.ok());
        QVERIFY(decided.value().feedbackId.isEmpty());
        QVERIFY(desk.outbox.waiting().value().isEmpty());
        QVERIFY(!desk.audit.records().value().constLast().event.detail.contains(u"sardineFeedback"_s));
    }

    void refusalSettlesAndOtherEnvironmentsWait()
    {
        const auto sandbox = startSandbox(path(u"sandbox-refuse.sqlite"_s), 0, kToken);
        QVERIFY(sandbox);
        SardineClient sardine(&m_transport,
                              sardineEndpointAt(sandbox->baseUrl(), kToken, std::chrono::seconds(5)));
        Desk desk(path(u"refuse.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A reason past the sandbox's field limit: Sardine answers 400, which no retry changes.
        const auto refused = desk.outbox.enqueue(
            { {}, u"session-r"_s, u"customer_fb5"_s, u"approved"_s, QString(5000, u'x'), now }, {},
            kEnvironment, now);
        QVERIFY(refused.ok());
        const auto elsewhere
            = desk.outbox.enqueue({ {}, u"session-p"_s, u"customer_fb5"_s, u"declined"_s, u"other"_s, now },
                                  {}, u"production"_s, now);
        QVERIFY(elsewhere.ok());
        QCOMPARE(failureOf(
                     desk.outbox.enqueue({ {}, u"s"_s, u"c"_s, u"fraud"_s, {}, now }, {}, kEnvironment, now)),
                 std::optional(WorkspaceError::Kind::InvalidInput));

        FeedbackSender sender(&desk.outbox, &desk.audit);
        sender.setRetrying(false);
        sender.setSardine(&sardine, kEnvironment);
        QCOMPARE(sendRound(sender), std::make_pair(0, 0));
        const auto row = desk.outbox.find(refused.value().feedback.id).value();
        QCOMPARE(row.state(), QueuedFeedback::State::Refused);
        QVERIFY2(row.lastError.contains(u"400"_s), qPrintable(row.lastError));
        QCOMPARE(desk.audit.records().value().constLast().event.detail.value(u"outcome"_s).toString(),
                 u"refused"_s);
        // Production's feedback is never sent to this environment.
        QCOMPARE(desk.outbox.find(elsewhere.value().feedback.id).value().state(),
                 QueuedFeedback::State::Waiting);
        QCOMPARE(desk.outbox.find(elsewhere.value().feedback.id).value().attempts, 0);
        QVERIFY(receivedBy(sandbox->baseUrl(), u"session-p"_s).isEmpty());
    }

    void anAnswerThatIsNotSardinesAcknowledgementKeepsItWaiting()
    {
        const auto sandbox = startSandbox(path(u"sandbox-hostile.sqlite"_s), 0, kToken, u"wrong-envelope"_s);
        QVERIFY(sandbox);
        SardineClient sardine(&m_transport,
                              sardineEndpointAt(sandbox->baseUrl(), kToken, std::chrono::seconds(5)));
        Desk desk(path(u"hostile.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto queued = desk.outbox.enqueue(
            { {}, u"session-h"_s, u"customer_fb7"_s, u"approved"_s, {}, now }, {}, kEnvironment, now);
        QVERIFY(queued.ok());
        FeedbackSender sender(&desk.outbox, &desk.audit);
        sender.setRetrying(false);
        sender.setSardine(&sardine, kEnvironment);
        QCOMPARE(sendRound(sender), std::make_pair(0, 1)); // `{}` with 200 is not "taken"
        const auto row = desk.outbox.find(queued.value().feedback.id).value();
        QCOMPARE(row.state(), QueuedFeedback::State::Waiting);
        QVERIFY2(row.lastError.contains(u"status"_s), qPrintable(row.lastError));
    }

    void settledFeedbackIsKeptAsItWent()
    {
        Desk desk(path(u"guard.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto queued = desk.outbox.enqueue(
            { {}, u"session-g"_s, u"customer_fb6"_s, u"approved"_s, {}, now }, {}, kEnvironment, now);
        QVERIFY(queued.ok());
        QVERIFY(!desk.outbox.markSent(queued.value().feedback.id).has_value());
        QSqlQuery q(desk.database.database());
        QVERIFY(!q.exec(u"UPDATE sardine_feedback SET status = 'declined'"_s));
        QVERIFY(!q.exec(u"UPDATE sardine_feedback SET sent_at = NULL"_s));
        QVERIFY(!q.exec(u"DELETE FROM sardine_feedback"_s));
        QCOMPARE(desk.outbox.find(queued.value().feedback.id).value().feedback.status, u"approved"_s);
    }

private:
    template<typename T>
    static std::optional<WorkspaceError::Kind> failureOf(const Result<T, WorkspaceError> &r)
    {
        return r.ok() ? std::nullopt : std::optional(r.error().kind);
    }
};

QTEST_GUILESS_MAIN(TestSardineFeedback)
#include "tst_sardine_feedback.moc"
