#include "SardineHistoryCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "SardineClient.h"
#include "VendorConnection.h"

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
    HttpTransport transport;
    QString problem;
    const auto sardine = connectSardine(&transport, parser, &problem);
    if (!sardine)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Sardine"_s);
    int exitCode = 0;
    const auto encode = [](const QList<RiskResult> &results) {
        QJsonArray array;
        for (const RiskResult &result : results)
            array.append(SardineCodec::encode(result));
        return array;
    };
    sardine->sardine()->history(args.at(2), &app,
                                printAnswer<QList<RiskResult>>(app, exitCode, parser.isSet(u"json"_s), encode,
                                                               &CliOutput::printRiskHistory));
    return runUntilDone(app, exitCode);
}
