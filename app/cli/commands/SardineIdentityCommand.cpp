#include "SardineIdentityCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "SardineClient.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SardineIdentityCommand::SardineIdentityCommand() : Command({ u"sardine"_s, u"identity"_s }) { }

int SardineIdentityCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    const VendorCommandSession sardine(Vendor::Sardine, parser);
    if (!sardine.isReady())
        return failWith(sardine.problem());
    if (args.size() != 3)
        return failWith(tr("usage: sardine identity CUSTOMER_ID"));
    return sendAndPrint<IdentityEntity>(
        app, parser, [](const IdentityEntity &e) { return SardineCodec::encode(e); },
        &CliOutput::printIdentity,
        [&](const auto &onAnswer) { sardine.sardine()->identity(args.at(2), &app, onAnswer); });
}
