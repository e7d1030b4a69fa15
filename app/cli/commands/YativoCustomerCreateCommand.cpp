#include "YativoCustomerCreateCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "RequestFile.h"
#include "VendorCommandSession.h"
#include "YativoClient.h"
#include "YativoRequestValidator.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

YativoCustomerCreateCommand::YativoCustomerCreateCommand()
    : Command({ u"yativo"_s, u"customers"_s, u"create"_s })
{ }

int YativoCustomerCreateCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                         const QStringList &args)
{
    if (args.size() != 3 || !parser.isSet(u"from-json"_s))
        return failWith(tr("usage: yativo customers create --from-json FILE"));
    QString problem;
    vendorBaseUrl(parser, Vendor::Yativo, &problem); // a bad URL fails before the file is read
    if (!problem.isEmpty())
        return failWith(problem);
    const QString file = parser.value(u"from-json"_s);
    const auto request
        = readRequestBody(file, [](const QByteArray &body) { return YativoCodec::decodeRequestBody(body); });
    if (!request || failWithIssues(file, YativoRequestValidator::validate(*request)))
        return 1;
    const VendorCommandSession yativo(Vendor::Yativo, parser);
    if (!yativo.isReady())
        return failWith(yativo.problem());
    return sendAndPrint<YativoCustomer>(
        app, parser, [](const YativoCustomer &c) { return YativoCodec::encode(c); },
        &CliOutput::printYativoCustomer,
        [&](const auto &onAnswer) { yativo.yativo()->createCustomer(*request, &app, onAnswer); });
}
