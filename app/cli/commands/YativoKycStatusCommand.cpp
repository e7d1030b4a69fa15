#include "YativoKycStatusCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "VendorCommandSession.h"
#include "YativoClient.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

YativoKycStatusCommand::YativoKycStatusCommand() : Command({ u"yativo"_s, u"customers"_s, u"kyc-status"_s })
{ }

int YativoKycStatusCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    if (args.size() != 4)
        return failWith(tr("usage: yativo customers kyc-status ID"));
    const VendorCommandSession yativo(Vendor::Yativo, parser);
    if (!yativo.isReady())
        return failWith(yativo.problem());
    return sendAndPrint<YativoKycStatus>(
        app, parser, [](const YativoKycStatus &s) { return YativoCodec::encode(s); },
        &CliOutput::printYativoKycStatus,
        [&](const auto &onAnswer) { yativo.yativo()->kycStatus(args.at(3), &app, onAnswer); });
}
