#include "SphereCustomersCommand.h"

#include "CliSupport.h"
#include "VendorCommandSession.h"

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomersCommand::SphereCustomersCommand() : Command({ u"sphere"_s, u"customers"_s }) { }

int SphereCustomersCommand::execute(QCoreApplication &, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    if (args.size() < 3)
        return failWith(tr("usage: sphere customers list|get ID|create|update ID|import (see --help)"));
    if (const VendorCommandSession sphere(Vendor::Sphere, parser); !sphere.isReady())
        return failWith(sphere.problem());
    return failWith(tr("unknown command \"sphere customers %1\"").arg(args.at(2)));
}
