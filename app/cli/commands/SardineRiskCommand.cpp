#include "SardineRiskCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "RequestFile.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SardineRequestCodec.h"
#include "SphereClient.h"
#include "VendorCommandSession.h"
#include "VendorConnection.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SardineRiskCommand::SardineRiskCommand() : Command({ u"sardine"_s, u"risk"_s }) { }

int SardineRiskCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                const QStringList &args)
{
    const VendorCommandSession sardine(Vendor::Sardine, parser);
    if (!sardine.isReady())
        return failWith(sardine.problem());
    int exitCode = 0;
    const auto onRisk = printAnswer<RiskResult>(
        app, exitCode, parser.isSet(u"json"_s), [](const RiskResult &r) { return SardineCodec::encode(r); },
        &CliOutput::printRisk);

    if (parser.isSet(u"from-json"_s)) {
        const QString file = parser.value(u"from-json"_s);
        const auto request = readRequestBody(
            file, [](const QByteArray &body) { return SardineRequestCodec::decodeBody(body); });
        if (!request)
            return 1;
        sardine.sardine()->checkCustomer(*request, &app, onRisk);
        return runUntilDone(app, exitCode);
    }
    if (args.size() != 3)
        return failWith(tr("usage: sardine risk SPHERE_CUSTOMER_ID"));
    // The customer comes from Sphere; only Sardine's answers are --raw output.
    QString problem;
    const auto sphere = connectSphere(sardine.transport(), parser, &problem);
    if (!sphere)
        return failWith(problem);
    sphere->sphere()->getCustomer(args.at(2), &app, [&](const Result<Customer> &c) {
        if (!c) {
            exitCode = failWith(c.error());
            app.quit();
            return;
        }
        sardine.sardine()->checkCustomer(SardineMapping::fromSphere(c.value()), &app, onRisk);
    });
    return runUntilDone(app, exitCode);
}
