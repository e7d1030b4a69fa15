#include "SphereCustomerGetCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "VendorConnection.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerGetCommand::SphereCustomerGetCommand() : Command({ u"sphere"_s, u"customers"_s, u"get"_s }) { }

int SphereCustomerGetCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                      const QStringList &args)
{
    HttpTransport transport;
    QString problem;
    const auto sphere = connectSphere(&transport, parser, &problem);
    if (!sphere)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Sphere"_s);
    if (args.size() != 4)
        return failWith(tr("usage: sphere customers get ID"));
    int exitCode = 0;
    sphere->sphere()->getCustomer(
        args.at(3), &app,
        printAnswer<Customer>(
            app, exitCode, parser.isSet(u"json"_s), [](const Customer &c) { return SphereCodec::encode(c); },
            &CliOutput::printCustomerDetails));
    return runUntilDone(app, exitCode);
}
