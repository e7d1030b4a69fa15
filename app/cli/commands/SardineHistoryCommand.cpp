#include "SardineHistoryCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "SardineClient.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>

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
    return sendAndPrint<QList<RiskResult>>(
        app, parser,
        [](const QList<RiskResult> &results) {
            return encodeEach(results, [](const RiskResult &r) { return SardineCodec::encode(r); });
        },
        &CliOutput::printRiskHistory,
        [&](const auto &onAnswer) { sardine.sardine()->history(args.at(2), &app, onAnswer); });
}
