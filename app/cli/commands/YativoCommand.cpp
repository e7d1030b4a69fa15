#include "YativoCommand.h"

#include "CliSupport.h"

using namespace Qt::Literals::StringLiterals;

YativoCommand::YativoCommand() : Command({ u"yativo"_s }) { }

int YativoCommand::execute(QCoreApplication &, const QCommandLineParser &, const QStringList &)
{
    return cli::failWith(cli::tr("usage: yativo customers create --from-json FILE"));
}
