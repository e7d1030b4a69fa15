#include "SphereCustomerCreateCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "RequestFile.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "VendorConnection.h"

#include <QCommandLineParser>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerCreateCommand::SphereCustomerCreateCommand()
    : Command({ u"sphere"_s, u"customers"_s, u"create"_s })
{ }

int SphereCustomerCreateCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                         const QStringList &args)
{
    HttpTransport transport;
    QString problem;
    const auto sphere = connectSphere(&transport, parser, &problem);
    if (!sphere)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Sphere"_s);
    if (args.size() != 3 || !parser.isSet(u"from-json"_s))
        return failWith(tr("usage: sphere customers create --from-json FILE"));
    const auto request
        = readCustomerRequest(parser.value(u"from-json"_s), CustomerRequestValidator::Mode::Create);
    if (!request)
        return 1;
    int exitCode = 0;
    // A fresh key per invocation: the client's own 429 retries reuse it, so a retried request
    // never creates the customer twice.
    sphere->sphere()->createCustomer(
        *request, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), &app,
        printAnswer<Customer>(
            app, exitCode, parser.isSet(u"json"_s), [](const Customer &c) { return SphereCodec::encode(c); },
            &CliOutput::printCustomerDetails));
    return runUntilDone(app, exitCode);
}
