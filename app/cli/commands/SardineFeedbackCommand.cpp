#include "SardineFeedbackCommand.h"

#include "AuditEvents.h"
#include "AuditTrail.h"
#include "CliSupport.h"
#include "FeedbackOutbox.h"
#include "ReviewReasons.h"
#include "RiskHistoryStore.h"
#include "VendorCommandSession.h"
#include "WorkspaceSession.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SardineFeedbackCommand::SardineFeedbackCommand() : Command({ u"sardine"_s, u"feedback"_s }) { }

int SardineFeedbackCommand::execute(QCoreApplication &, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    const QString usage
        = tr("usage: sardine feedback SESSION_KEY --customer ID --status %1 [--reason TEXT] | "
             "sardine feedback --customer ID --status S [--reason TEXT] | "
             "sardine feedback --send-queued")
              .arg(sardineFeedbackStatuses().join(u'|'));
    const WorkspaceSession workspace(parser);
    if (parser.isSet(u"send-queued"_s)) {
        if (args.size() != 2)
            return failWith(usage);
        if (!workspace.isReady())
            return failWith(workspace.problem());
        const auto round = workspace.sendDueFeedback(parser);
        out() << tr("sent %1, still queued %2").arg(round.sent).arg(round.waiting) << '\n';
        if (round.waiting > 0 && !round.problem.isEmpty())
            warn(round.problem);
        else if (round.waiting > 0 && !round.blockedBy.isEmpty())
            warn(round.blockedBy);
        return 0;
    }
    if (args.size() > 3 || !parser.isSet(u"customer"_s) || !parser.isSet(u"status"_s))
        return failWith(usage);
    const QString status = parser.value(u"status"_s);
    if (!sardineFeedbackStatuses().contains(status))
        return failWith(tr("unknown feedback status \"%1\"; %2").arg(status, usage));
    if (!workspace.isReady())
        return failWith(workspace.problem());
    const QString customerId = parser.value(u"customer"_s).trimmed();
    FeedbackSession session;
    if (args.size() == 3) {
        // A session named by hand belongs to the Sardine environment these options reach.
        const VendorCommandSession sardine(Vendor::Sardine, parser);
        if (!sardine.isReady())
            return failWith(sardine.problem());
        session = { args.at(2), sardine.recordKey() };
    } else {
        const auto kept = workspace.riskHistory()
            ? FeedbackOutbox::latestSession(*workspace.riskHistory(), customerId)
            : std::nullopt;
        if (!kept)
            return failWith(
                tr("no Sardine session is kept for customer %1: run 'kycdesk-cli sardine risk %1' "
                   "first, or name the session key")
                    .arg(customerId));
        session = *kept;
    }
    // Like a decision's, the reason that goes out is one from the short list, else "other".
    const QString reason = parser.value(u"reason"_s).trimmed();
    QStringList listed;
    for (const CaseDecisionKind kind : { CaseDecisionKind::Approve, CaseDecisionKind::Reject,
                                         CaseDecisionKind::Escalate, CaseDecisionKind::RequestInformation })
        listed << ReviewReasons::load(QSettings(), kind);
    const SardineFeedback feedback { QString(),
                                     session.sessionKey,
                                     customerId,
                                     status,
                                     reason.isEmpty() || listed.contains(reason) ? reason : u"other"_s,
                                     QDateTime::currentDateTimeUtc() };
    const auto queued = workspace.outbox()->enqueue(feedback, QString(), session.environment,
                                                    QDateTime::currentDateTimeUtc());
    if (!queued)
        return failWith(queued.error().message);
    if (const auto audited
        = workspace.audit()->append(AuditEvents::sardineFeedback(queued.value(), u"queued"_s));
        !audited)
        return failWith(audited.error().message);
    out() << queued.value().feedback.id << '\n';
    return workspace.reportFeedback(queued.value().feedback.id, workspace.sendDueFeedback(parser));
}
