#include "SardineHistoryCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "SardineClient.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SardineHistoryCommand::SardineHistoryCommand() : Command({ u"sardine"_s, u"history"_s }) { }

int SardineHistoryCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                   const QStringList &args)
{
    if (args.size() != 3)
        return failWith(tr("usage: sardine history CUSTOMER_ID"));
    const VendorCommandSession sardine(Vendor::Sardine, parser);
    if (!sardine.isReady())
        return failWith(sardine.problem());
    int exitCode = 0;
    const auto encode = [](const QList<RiskResult> &results) {
        QJsonArray array;
        for (const RiskResult &result : results)
            array.append(SardineCodec::encode(result));
        return array;
    };
    sardine.sardine()->history(args.at(2), &app,
                               printAnswer<QList<RiskResult>>(app, exitCode, parser.isSet(u"json"_s), encode,
                                                              &CliOutput::printRiskHistory));
    return runUntilDone(app, exitCode);
}
