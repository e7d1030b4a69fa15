#include "SardineRiskCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "RequestFile.h"
#include "RiskHistoryStore.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SardineRequestCodec.h"
#include "SphereClient.h"
#include "VendorCommandSession.h"
#include "VendorConnection.h"
#include "WorkspaceSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

namespace {
// Kept like the app keeps its checks, so a decision made later (here or in the app) can tell
// Sardine about this session. A workspace that cannot take it costs a warning, not the answer.
void keepInWorkspace(const QCommandLineParser &parser, const QString &customerId, const QString &environment,
                     const QString &customerEnvironment, const RiskResult &result)
{
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady()) {
        warn(tr("the check was not kept in the workspace: %1").arg(workspace.problem()));
        return;
    }
    RiskHistory *history = workspace.riskHistory();
    if (!history)
        warn(tr("the check was not kept in the workspace: its risk history cannot be opened"));
    else if (!history->add(customerId, environment, customerEnvironment, QDateTime::currentDateTimeUtc(),
                           result))
        warn(tr("the check was not kept in the workspace: %1").arg(history->errorString()));
}
} // namespace

SardineRiskCommand::SardineRiskCommand() : Command({ u"sardine"_s, u"risk"_s }) { }

int SardineRiskCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                const QStringList &args)
{
    const VendorCommandSession sardine(Vendor::Sardine, parser);
    if (!sardine.isReady())
        return failWith(sardine.problem());
    int exitCode = 0;
    const auto printRisk = printAnswer<RiskResult>(
        app, exitCode, parser.isSet(u"json"_s), [](const RiskResult &r) { return SardineCodec::encode(r); },
        &CliOutput::printRisk);
    const auto keptThenPrinted = [&](const QString &customerId, const QString &customerEnvironment) {
        return [&, customerId, customerEnvironment](const Result<RiskResult> &r) {
            if (r)
                keepInWorkspace(parser, customerId, sardine.recordKey(), customerEnvironment, r.value());
            printRisk(r);
        };
    };

    if (parser.isSet(u"from-json"_s)) {
        const QString file = parser.value(u"from-json"_s);
        const auto request = readRequestBody(
            file, [](const QByteArray &body) { return SardineRequestCodec::decodeBody(body); });
        if (!request)
            return 1;
        sardine.sardine()->checkCustomer(
            *request, &app, keptThenPrinted(request->customer.id, VendorEnvironment::unknownRecordKey()));
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
        sardine.sardine()->checkCustomer(
            SardineMapping::fromSphere(c.value()), &app,
            keptThenPrinted(c.value().id, VendorCommandSession::recordKeyOf(*sphere)));
    });
    return runUntilDone(app, exitCode);
}
