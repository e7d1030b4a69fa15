#include "ReviewSecondOpinionCommand.h"

#include "CliSupport.h"
#include "ReviewJson.h"
#include "ReviewStore.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceSession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

ReviewSecondOpinionCommand::ReviewSecondOpinionCommand() : Command({ u"review"_s }) { }

int ReviewSecondOpinionCommand::execute(QCoreApplication &, const QCommandLineParser &parser,
                                        const QStringList &args)
{
    const QString usage
        = tr("usage: review decide CUSTOMER_ID DECISION --reason TEXT | review confirm|return "
             "DECISION_ID --reason TEXT | review awaiting [--json]");
    const QString verb = args.value(1);
    const bool opinion = (verb == u"confirm"_s || verb == u"return"_s) && args.size() == 3;
    if (!opinion && !(verb == u"awaiting"_s && args.size() == 2))
        return failWith(usage);
    if (opinion && !parser.isSet(u"reason"_s))
        return failWith(usage);
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    if (opinion) {
        const auto done
            = workspace.review()->secondOpinion(args.at(2), verb == u"confirm"_s, parser.value(u"reason"_s));
        if (!done)
            return failWith(done.error().message);
        out() << caseDecisionStateWord(done.value().state) << '\n';
        return 0;
    }
    const auto waiting = workspace.review()->awaitingSecond();
    if (!waiting)
        return failWith(waiting.error().message);
    if (parser.isSet(u"json"_s)) {
        QJsonArray rows;
        for (const CaseDecision &d : waiting.value())
            rows << ReviewJson::encode(d);
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const CaseDecision &d : waiting.value())
        out() << d.id << "  " << d.customerId << "  " << caseDecisionWord(d.kind) << "  " << d.analyst << "  "
              << WorkspaceDatabase::timeText(d.decidedAt) << '\n';
    out() << QCoreApplication::translate("cli", "%n decision(s) awaiting a second analyst", nullptr,
                                         int(waiting.value().size()))
          << '\n';
    return 0;
}
