#include "ReviewDecideCommand.h"

#include "CliSupport.h"
#include "ReviewStore.h"
#include "WorkspaceSession.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

ReviewDecideCommand::ReviewDecideCommand() : Command({ u"review"_s, u"decide"_s }) { }

int ReviewDecideCommand::execute(QCoreApplication &, const QCommandLineParser &parser,
                                 const QStringList &args)
{
    const QString usage
        = tr("usage: review decide CUSTOMER_ID approve|reject|escalate|request-info --reason TEXT "
             "[--comment TEXT]");
    if (args.size() != 4 || !parser.isSet(u"reason"_s))
        return failWith(usage);
    const std::optional<CaseDecisionKind> kind = caseDecisionFromWord(args.at(3));
    if (!kind)
        return failWith(tr("unknown decision \"%1\"; %2").arg(args.at(3), usage));
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    const auto decided
        = workspace.review()->decide(args.at(2), *kind, parser.value(u"reason"_s), parser.value(u"comment"_s),
                                     workspace.decisionContext(args.at(2)));
    if (!decided)
        return failWith(decided.error().message);
    out() << decided.value().id << '\n';
    if (decided.value().state == CaseDecisionState::AwaitingSecond)
        warn(tr("the team's four-eyes rule covers this decision: it waits for a second analyst "
                "(review confirm|return %1)")
                 .arg(decided.value().id));
    if (decided.value().feedbackId.isEmpty())
        return 0; // no Sardine session kept for the customer: nothing to tell Sardine
    // The decision is recorded whatever Sardine says: a refusal is said on stderr, and the exit stays 0
    // so a script that retries on failure does not decide twice.
    return workspace.reportFeedback(decided.value().feedbackId, workspace.sendDueFeedback(parser), false);
}
