#include "SardineIdentityCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "SardineClient.h"
#include "VendorConnection.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SardineIdentityCommand::SardineIdentityCommand() : Command({ u"sardine"_s, u"identity"_s }) { }

int SardineIdentityCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    HttpTransport transport;
    QString problem;
    const auto sardine = connectSardine(&transport, parser, &problem);
    if (!sardine)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Sardine"_s);
    if (args.size() != 3)
        return failWith(tr("usage: sardine identity CUSTOMER_ID"));
    int exitCode = 0;
    sardine->sardine()->identity(
        args.at(2), &app,
        printAnswer<IdentityEntity>(
            app, exitCode, parser.isSet(u"json"_s), [](const IdentityEntity &e) { return SardineCodec::encode(e); },
            &CliOutput::printIdentity));
    return runUntilDone(app, exitCode);
}
