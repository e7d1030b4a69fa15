#include "SardineCommand.h"

#include "CliSupport.h"

using namespace Qt::Literals::StringLiterals;

SardineCommand::SardineCommand() : Command({ u"sardine"_s }) { }

int SardineCommand::execute(QCoreApplication &, const QCommandLineParser &, const QStringList &)
{
    return cli::failWith(cli::tr(
        "usage: sardine risk SPHERE_CUSTOMER_ID | sardine risk --from-json FILE | sardine identity ID | "
        "sardine history ID | sardine feedback SESSION_KEY|--customer ID --status S | sardine feedback "
        "--send-queued"));
}
