#include "SphereCustomersCommand.h"

#include "CliConnection.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "VendorConnection.h"

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomersCommand::SphereCustomersCommand() : Command({ u"sphere"_s, u"customers"_s }) { }

int SphereCustomersCommand::execute(QCoreApplication &, const QCommandLineParser &parser,
                                    const QStringList &args)
{
    if (args.size() < 3)
        return failWith(tr("usage: sphere customers list|get ID|create|update ID|import (see --help)"));
    HttpTransport transport;
    QString problem;
    if (!connectSphere(&transport, parser, &problem))
        return failWith(problem);
    return failWith(tr("unknown command \"sphere customers %1\"").arg(args.at(2)));
}
