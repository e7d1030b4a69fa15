#include "SphereCustomerGetCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerGetCommand::SphereCustomerGetCommand() : Command({ u"sphere"_s, u"customers"_s, u"get"_s }) { }

int SphereCustomerGetCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                      const QStringList &args)
{
    const VendorCommandSession sphere(Vendor::Sphere, parser);
    if (!sphere.isReady())
        return failWith(sphere.problem());
    if (args.size() != 4)
        return failWith(tr("usage: sphere customers get ID"));
    return sendAndPrint<Customer>(
        app, parser, [](const Customer &c) { return SphereCodec::encode(c); },
        &CliOutput::printCustomerDetails,
        [&](const auto &onAnswer) { sphere.sphere()->getCustomer(args.at(3), &app, onAnswer); });
}
