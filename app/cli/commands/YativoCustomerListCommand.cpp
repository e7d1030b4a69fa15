#include "YativoCustomerListCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "VendorCommandSession.h"
#include "YativoClient.h"

#include <QCommandLineParser>

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
    return sendAndPrint<QList<YativoCustomer>>(
        app, parser,
        [](const QList<YativoCustomer> &customers) {
            return encodeEach(customers, [](const YativoCustomer &c) { return YativoCodec::encode(c); });
        },
        &CliOutput::printYativoCustomerTable,
        [&](const auto &onAnswer) {
            yativo.yativo()->listAllCustomers(&app, onAnswer, YativoClient::kDefaultPerPage,
                                              [](const ListWarning &w) { warn(w.message); });
        });
}
