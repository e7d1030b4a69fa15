#include "VendorLookupCommands.h"

#include "ApiJob.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "HttpTransport.h"
#include "LinkPolicy.h"
#include "RawResponsePrinter.h"
#include "SardineClient.h"
#include "SardineCodec.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "YativoClient.h"
#include "YativoCodec.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// Runs the event loop until the command's callback quits it; returns the exit status it set.
int runUntilDone(QCoreApplication &app, const int &exitCode)
{
    app.exec();
    out().flush();
    return exitCode;
}

int hostedLink(QCoreApplication &app, const QCommandLineParser &parser, HostedLinkKind kind,
               const QString &id)
{
    const SphereSetup setup = sphereEndpoint(app, parser);
    if (!setup.problem.isEmpty())
        return failWith(setup.problem);
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Sphere"_s);
    SphereClient client(&transport, setup.endpoint);
    int exitCode = 0;
    client.createHostedLink(kind, id, &app, [&](const Result<HostedLink> &r) {
        if (!r) {
            exitCode = failWith(r.error());
        } else if (!LinkPolicy::isOfferable(QUrl(r.value().url))) {
            // Not printed even with --json: a script would open it.
            exitCode = failWith(tr("Sphere sent a link that is not an https address; it is not shown"));
        } else if (parser.isSet(u"json"_s)) {
            printJson(SphereCodec::encode(r.value()));
        } else {
            CliOutput::printHostedLink(out(), kind, r.value());
        }
        app.quit();
    });
    return runUntilDone(app, exitCode);
}

int sardineHistory(QCoreApplication &app, const QCommandLineParser &parser, const QString &customerId)
{
    QString problem;
    const std::optional<ApiEndpoint> endpoint = sardineEndpoint(app, parser, &problem);
    if (!endpoint)
        return failWith(problem);
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Sardine"_s);
    SardineClient sardine(&transport, *endpoint);
    int exitCode = 0;
    sardine.history(customerId, &app, [&](const Result<QList<RiskResult>> &r) {
        if (!r) {
            exitCode = failWith(r.error());
        } else if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const RiskResult &result : r.value())
                array.append(SardineCodec::encode(result));
            printJson(array);
        } else {
            CliOutput::printRiskHistory(out(), r.value());
        }
        app.quit();
    });
    return runUntilDone(app, exitCode);
}

int yativoCustomers(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    const bool kycStatus = args.at(2) == u"kyc-status";
    if (args.size() != (kycStatus ? 4 : 3))
        return failWith(kycStatus ? tr("usage: yativo customers kyc-status ID")
                                  : tr("usage: yativo customers list"));
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Yativo"_s);
    QString problem;
    const std::unique_ptr<YativoClient> yativo = yativoClient(app, parser, &transport, &problem);
    if (!yativo)
        return failWith(problem);
    const bool json = parser.isSet(u"json"_s);
    int exitCode = 0;
    if (kycStatus) {
        yativo->kycStatus(args.at(3), &app, [&](const Result<YativoKycStatus> &r) {
            if (!r)
                exitCode = failWith(r.error());
            else if (json)
                printJson(YativoCodec::encode(r.value()));
            else
                CliOutput::printYativoKycStatus(out(), r.value());
            app.quit();
        });
    } else {
        yativo->listAllCustomers(
            &app,
            [&](const Result<QList<YativoCustomer>> &r) {
                if (!r) {
                    exitCode = failWith(r.error());
                } else if (json) {
                    QJsonArray array;
                    for (const YativoCustomer &c : r.value())
                        array.append(YativoCodec::encode(c));
                    printJson(array);
                } else {
                    CliOutput::printYativoCustomerTable(out(), r.value());
                }
                app.quit();
            },
            YativoClient::kDefaultPerPage, [](const ListWarning &w) { warn(w.message); });
    }
    return runUntilDone(app, exitCode);
}

} // namespace

namespace VendorLookupCommands {

std::optional<int> run(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    const auto is = [&args](std::initializer_list<QStringView> words) {
        if (args.size() < qsizetype(words.size()))
            return false;
        qsizetype i = 0;
        for (QStringView w : words) {
            if (args.at(i++) != w)
                return false;
        }
        return true;
    };
    if (is({ u"sphere", u"customers", u"kyc-link" }) || is({ u"sphere", u"customers", u"tos-link" })) {
        const bool kyc = args.at(2) == u"kyc-link";
        if (args.size() != 4)
            return failWith(kyc ? tr("usage: sphere customers kyc-link ID")
                                : tr("usage: sphere customers tos-link ID"));
        return hostedLink(app, parser, kyc ? HostedLinkKind::Kyc : HostedLinkKind::Tos, args.at(3));
    }
    if (is({ u"sardine", u"history" })) {
        if (args.size() != 3)
            return failWith(tr("usage: sardine history CUSTOMER_ID"));
        return sardineHistory(app, parser, args.at(2));
    }
    if (is({ u"yativo", u"customers", u"kyc-status" }) || is({ u"yativo", u"customers", u"list" }))
        return yativoCustomers(app, parser, args);
    return std::nullopt;
}

} // namespace VendorLookupCommands
