#include "YativoKycStatusCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "VendorConnection.h"
#include "YativoClient.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

YativoKycStatusCommand::YativoKycStatusCommand() : Command({ u"yativo"_s, u"customers"_s, u"kyc-status"_s }) { }

int YativoKycStatusCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    if (args.size() != 4)
        return failWith(tr("usage: yativo customers kyc-status ID"));
    HttpTransport transport;
    QString problem;
    const auto yativo = connectYativo(&transport, parser, &problem);
    if (!yativo)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Yativo"_s);
    int exitCode = 0;
    yativo->yativo()->kycStatus(
        args.at(3), &app,
        printAnswer<YativoKycStatus>(
            app, exitCode, parser.isSet(u"json"_s), [](const YativoKycStatus &s) { return YativoCodec::encode(s); },
            &CliOutput::printYativoKycStatus));
    return runUntilDone(app, exitCode);
}
