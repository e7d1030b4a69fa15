#include "YativoCustomerListCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "VendorCommandSession.h"
#include "YativoClient.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

YativoCustomerListCommand::YativoCustomerListCommand() : Command({ u"yativo"_s, u"customers"_s, u"list"_s })
{ }

int YativoCustomerListCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                       const QStringList &args)
{
    if (args.size() != 3)
        return failWith(tr("usage: yativo customers list"));
    const VendorCommandSession yativo(Vendor::Yativo, parser);
    if (!yativo.isReady())
        return failWith(yativo.problem());
    int exitCode = 0;
    const auto encode = [](const QList<YativoCustomer> &customers) {
        QJsonArray array;
        for (const YativoCustomer &c : customers)
            array.append(YativoCodec::encode(c));
        return array;
    };
    yativo.yativo()->listAllCustomers(
        &app,
        printAnswer<QList<YativoCustomer>>(app, exitCode, parser.isSet(u"json"_s), encode,
                                           &CliOutput::printYativoCustomerTable),
        YativoClient::kDefaultPerPage, [](const ListWarning &w) { warn(w.message); });
    return runUntilDone(app, exitCode);
}
