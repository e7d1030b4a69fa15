// kycdesk-cli: the same services as the desktop app, from a terminal (see shared/interfaces.md).

#include "ApiJob.h"
#include "CliOutput.h"
#include "CustomerListJob.h"
#include "HttpTransport.h"
#include "SphereClient.h"
#include "SphereCodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(const QString &message)
{
    QTextStream err(stderr);
    err << "kycdesk-cli: " << message.simplified() << '\n';
    return 1;
}

int failWith(const ApiError &error)
{
    return failWith(error.userMessage());
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

struct SphereSetup
{
    ApiEndpoint endpoint;
    QString problem;
};

SphereSetup sphereEndpoint(const QCommandLineParser &parser)
{
    SphereSetup setup;
    setup.endpoint.vendor = u"Sphere"_s;
    QString base = parser.value(u"sphere-base-url"_s);
    if (base.isEmpty())
        base = parser.value(u"base-url"_s);
    if (base.isEmpty())
        base = qEnvironmentVariable("KYCDESK_SPHERE_BASE_URL", u"https://api.spherepay.co"_s);
    setup.endpoint.baseUrl = QUrl(base, QUrl::StrictMode);
    if (!setup.endpoint.baseUrl.isValid() || setup.endpoint.baseUrl.host().isEmpty()) {
        setup.problem = QCoreApplication::translate("cli", "--base-url \"%1\" is not a valid URL").arg(base);
        return setup;
    }
    const QString token = qEnvironmentVariable("KYCDESK_SPHERE_TOKEN").trimmed();
    if (token.isEmpty()) {
        setup.problem = QCoreApplication::translate("cli", "no Sphere token: set KYCDESK_SPHERE_TOKEN");
        return setup;
    }
    setup.endpoint.authorization = ApiEndpoint::bearer(token);
    return setup;
}

int runSphereCustomers(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() < 3)
        return failWith(QCoreApplication::translate("cli", "usage: sphere customers list|get ID"));
    const SphereSetup setup = sphereEndpoint(parser);
    if (!setup.problem.isEmpty())
        return failWith(setup.problem);
    HttpTransport transport;
    SphereClient client(&transport, setup.endpoint);
    const bool json = parser.isSet(u"json"_s);
    int exitCode = 0;
    const QString action = args.at(2);

    if (action == u"get") {
        if (args.size() != 4)
            return failWith(QCoreApplication::translate("cli", "usage: sphere customers get ID"));
        client.getCustomer(args.at(3), &app, [&](const Result<Customer> &r) {
            if (!r) {
                exitCode = failWith(r.error());
            } else if (json) {
                printJson(SphereCodec::encode(r.value()));
            } else {
                CliOutput::printCustomerDetails(out(), r.value());
            }
            app.quit();
        });
    } else if (action == u"list") {
        CustomerQuery query;
        if (parser.isSet(u"kyc"_s))
            query.kycStatus = parser.value(u"kyc"_s);
        if (parser.isSet(u"type"_s))
            query.type = parser.value(u"type"_s);
        if (parser.isSet(u"search"_s))
            query.search = parser.value(u"search"_s);
        auto customers = std::make_shared<QList<Customer>>();
        CustomerListJob *job = client.listAllCustomers(query);
        QObject::connect(job, &CustomerListJob::pageReady, &app,
                         [customers](const QList<Customer> &page, const Pagination &) { customers->append(page); });
        QObject::connect(job, &CustomerListJob::finished, &app, [&, job, customers] {
            if (job->error()) {
                exitCode = failWith(*job->error());
            } else if (json) {
                QJsonArray array;
                for (const Customer &c : std::as_const(*customers))
                    array.append(SphereCodec::encode(c));
                printJson(array);
            } else {
                CliOutput::printCustomerTable(out(), *customers);
            }
            app.quit();
        });
    } else {
        return failWith(QCoreApplication::translate("cli", "unknown command \"sphere customers %1\"").arg(action));
    }
    app.exec();
    out().flush();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kycdesk"_s);
    QCoreApplication::setOrganizationName(u"KYC Desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "KYC Desk from a terminal.\n\nCommands:\n  sphere customers list [--kyc STATUS] [--type TYPE] "
               "[--search TEXT]\n  sphere customers get ID\n\nCredentials: KYCDESK_SPHERE_TOKEN."));
    parser.addHelpOption();
    parser.addOptions({
        { u"json"_s, QCoreApplication::translate("cli", "Print the vendor's JSON (decoded and re-encoded).") },
        { u"base-url"_s, QCoreApplication::translate("cli", "Base URL for every vendor."), u"url"_s },
        { u"sphere-base-url"_s, QCoreApplication::translate("cli", "Base URL for Sphere only."), u"url"_s },
        { u"kyc"_s, QCoreApplication::translate("cli", "List: only this KYC status."), u"status"_s },
        { u"type"_s, QCoreApplication::translate("cli", "List: individual or business."), u"type"_s },
        { u"search"_s, QCoreApplication::translate("cli", "List: free-text search."), u"text"_s },
    });
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "sphere customers list|get ID"));
    if (!parser.parse(app.arguments()))
        return failWith(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() >= 2 && args.at(0) == u"sphere" && args.at(1) == u"customers")
        return runSphereCustomers(app, parser, args);
    if (args.isEmpty())
        return failWith(QCoreApplication::translate("cli", "no command given; see --help"));
    return failWith(QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(args.join(u' ')));
}
