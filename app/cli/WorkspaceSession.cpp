#include "WorkspaceSession.h"

#include "AnalystName.h"
#include "AuditTrail.h"
#include "CliSupport.h"
#include "CustomerCache.h"
#include "EnvironmentSelection.h"
#include "FeedbackOutbox.h"
#include "FeedbackSender.h"
#include "QueueClaims.h"
#include "ReviewReasons.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "TeamRiskHistory.h"
#include "VendorCommandSession.h"
#include "WorkspaceDatabase.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

WorkspaceLocation WorkspaceSession::location(const QCommandLineParser &parser, QString *problem)
{
    const QString text = parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s).trimmed()
                                                      : WorkspaceDatabase::defaultPath();
    if (text.isEmpty()) {
        *problem = cli::tr("--workspace needs a file or a postgresql:// address");
        return {};
    }
    const auto parsed = WorkspaceLocation::parse(text);
    if (!parsed) {
        *problem = parsed.error().message;
        return {};
    }
    return parsed.value();
}

WorkspaceSession::WorkspaceSession(const QCommandLineParser &parser)
{
    const WorkspaceLocation where = location(parser, &m_problem);
    if (!m_problem.isEmpty())
        return;
    m_database = std::make_unique<WorkspaceDatabase>(where);
    if (!m_database->isOpen()) {
        m_problem = m_database->error()->message;
        return;
    }
    m_audit = std::make_unique<AuditTrail>(m_database.get(), m_database->analystName(currentAnalystName()));
    m_review = std::make_unique<ReviewStore>(m_database.get(), m_audit.get());
    // The app's settings file (the CLI shares its name): the team's list of reasons.
    m_review->setKnownReasons([](CaseDecisionKind kind) { return ReviewReasons::load(QSettings(), kind); });
    m_outbox = std::make_unique<FeedbackOutbox>(m_database.get());
    m_outbox->setAnalyst(m_audit->analyst());
    if (m_database->isTeamServer())
        m_teamHistory = std::make_unique<TeamRiskHistory>(m_database.get(), m_audit->analyst());
    else
        m_history = std::make_unique<RiskHistoryStore>(where.file);
    m_cache = std::make_unique<CustomerCache>(m_database.get());
    m_claims = std::make_unique<QueueClaims>(m_database.get(), m_audit.get());
    // Nothing here can undo a decision, so its feedback may go at once.
    m_review->setFeedback(
        m_outbox.get(),
        [this](const QString &customerId) {
            return riskHistory() ? FeedbackOutbox::latestSession(*riskHistory(), customerId) : std::nullopt;
        },
        std::chrono::seconds(0));
}

WorkspaceSession::~WorkspaceSession() = default;

DecisionContext WorkspaceSession::decisionContext(const QString &customerId) const
{
    DecisionContext context;
    const EnvironmentSelection environments = EnvironmentSelection::load(QSettings());
    if (RiskHistory *history = riskHistory()) {
        const auto checks = history->entries(customerId, environments.recordKey(Vendor::Sardine));
        if (!checks.isEmpty())
            context.sardineLevel = checks.constLast().result.level.raw;
    }
    if (const auto kept = m_cache->keptBook(environments.recordKey(Vendor::Sphere))) {
        for (const CustomerRow &row : kept->rows.rows) {
            if (kept->rows.id(row) == customerId) {
                context.openRequirements = row.requirementMask != 0;
                break;
            }
        }
    }
    return context;
}

RiskHistory *WorkspaceSession::riskHistory() const
{
    if (m_teamHistory)
        return m_teamHistory.get();
    return m_history && m_history->isOpen() ? m_history.get() : nullptr;
}

WorkspaceSession::FeedbackRound WorkspaceSession::sendDueFeedback(const QCommandLineParser &parser) const
{
    FeedbackRound round;
    const VendorCommandSession sardine(Vendor::Sardine, parser);
    if (!sardine.isReady()) {
        round.problem = sardine.problem();
    } else {
        FeedbackSender sender(m_outbox.get(), m_audit.get());
        sender.setRetrying(false);
        sender.setSardine(sardine.sardine(), sardine.recordKey());
        QEventLoop loop;
        QObject::connect(&sender, &FeedbackSender::storageFailed, &loop,
                         [&round](const QString &message) { round.problem = message; });
        QObject::connect(&sender, &FeedbackSender::roundFinished, &loop, [&](int sent, int) {
            round.sent = sent;
            loop.quit();
        });
        sender.sendDue();
        if (sender.isSending())
            loop.exec();
    }
    if (const auto waiting = m_outbox->waiting()) {
        round.waiting = int(waiting.value().size());
        // A round stops at the first feedback Sardine did not take: that one says why the rest wait.
        for (const QueuedFeedback &row : waiting.value()) {
            if (round.blockedBy.isEmpty() && !row.lastError.isEmpty())
                round.blockedBy = row.lastError;
        }
    }
    return round;
}

int WorkspaceSession::reportFeedback(const QString &feedbackId, const FeedbackRound &round,
                                     bool refusalFails) const
{
    const auto row = m_outbox->find(feedbackId);
    if (!row)
        return cli::failWith(row.error().message);
    switch (row.value().state()) {
    case QueuedFeedback::State::Sent:
        cli::warn(cli::tr("Sardine feedback %1 sent").arg(feedbackId));
        return 0;
    case QueuedFeedback::State::Refused:
        if (!refusalFails) {
            cli::warn(cli::tr("Sardine refused feedback %1: %2").arg(feedbackId, row.value().lastError));
            return 0;
        }
        return cli::failWith(
            cli::tr("Sardine refused feedback %1: %2").arg(feedbackId, row.value().lastError));
    case QueuedFeedback::State::Cancelled:
        cli::warn(cli::tr("Sardine feedback %1 was withdrawn").arg(feedbackId));
        return 0;
    case QueuedFeedback::State::Waiting:
        break;
    }
    QString why = row.value().lastError;
    if (why.isEmpty())
        why = !round.problem.isEmpty() ? round.problem
            : !round.blockedBy.isEmpty()
            ? cli::tr("behind feedback Sardine has not taken: %1").arg(round.blockedBy)
            : cli::tr("it is for Sardine's %1 environment").arg(row.value().environment);
    cli::warn(
        cli::tr("Sardine feedback %1 queued (%2); it is sent when the desk or 'kycdesk-cli sardine feedback "
                "--send-queued' next reaches Sardine's %3 environment")
            .arg(feedbackId, why, row.value().environment));
    return 0;
}
