#include "SphereCustomerUpdateCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "RequestFile.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"
#include "VendorConnection.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerUpdateCommand::SphereCustomerUpdateCommand()
    : Command({ u"sphere"_s, u"customers"_s, u"update"_s })
{ }

int SphereCustomerUpdateCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                         const QStringList &args)
{
    HttpTransport transport;
    QString problem;
    const auto sphere = connectSphere(&transport, parser, &problem);
    if (!sphere)
        return failWith(problem);
    const RawResponsePrinter raw(&transport, parser, u"Sphere"_s);
    if (args.size() != 4 || !parser.isSet(u"from-json"_s))
        return failWith(tr("usage: sphere customers update ID --from-json FILE"));
    const QString file = parser.value(u"from-json"_s);
    const auto changes = readCustomerRequest(file, CustomerRequestValidator::Mode::Update);
    if (!changes)
        return 1;
    if (SphereRequestCodec::isEmpty(*changes))
        return failWith(tr("%1 sets no field to change").arg(file));
    int exitCode = 0;
    sphere->sphere()->updateCustomer(
        args.at(3), *changes, &app,
        printAnswer<Customer>(
            app, exitCode, parser.isSet(u"json"_s), [](const Customer &c) { return SphereCodec::encode(c); },
            &CliOutput::printCustomerDetails));
    return runUntilDone(app, exitCode);
}
