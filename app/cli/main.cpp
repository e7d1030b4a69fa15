// kycdesk-cli: the same services as the desktop app, from a terminal (see shared/interfaces.md).

#include "ApiJob.h"
#include "BuildInfo.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "ConnectionSettings.h"
#include "CustomerCsvImport.h"
#include "CustomerImportRunner.h"
#include "CustomerListJob.h"
#include "CustomerRequestValidator.h"
#include "HttpTransport.h"
#include "KeychainCredentialStore.h"
#include "RawResponsePrinter.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SardineRequestCodec.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"
#include "TerminalSafeDevice.h"
#include "TerminalText.h"
#include "VendorLookupCommands.h"
#include "YativoClient.h"
#include "YativoRequestValidator.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace cli {

QTextStream &out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

int failWith(const QString &message)
{
    // Messages carry vendor text (an error's message, a field name from the answer).
    QTextStream err(stderr);
    err << "kycdesk-cli: " << TerminalText::escapeValue(message.simplified()) << '\n';
    return 1;
}

int failWith(const ApiError &error)
{
    return failWith(error.userMessage());
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

EnvironmentKind activeEnvironment(const QCommandLineParser &parser, Vendor vendor, QString *problem)
{
    if (parser.isSet(u"environment"_s)) {
        const auto kind = VendorEnvironment::environmentFromKey(parser.value(u"environment"_s));
        if (!kind)
            *problem = QCoreApplication::translate(
                           "cli", "unknown environment \"%1\" (embedded, sandbox, production, custom)")
                           .arg(parser.value(u"environment"_s));
        return kind.value_or(EnvironmentKind::EmbeddedSandbox);
    }
    QSettings settings;
    return VendorConnectionSettings::load(settings, vendor).environment;
}

// Environment variables first, then the OS keychain entry of the active environment.
std::optional<VendorCredential> readCredential(QCoreApplication &app, Vendor vendor,
                                               EnvironmentKind environment, QString *problem)
{
    KeychainCredentialStore store;
    std::optional<VendorCredential> found;
    bool done = false;
    store.read(vendor, environment, &app, [&](const Result<std::optional<VendorCredential>> &r) {
        if (!r)
            *problem = r.error().message;
        else
            found = r.value();
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return found;
}

SphereSetup sphereEndpoint(QCoreApplication &app, const QCommandLineParser &parser)
{
    SphereSetup setup;
    setup.endpoint.vendor = u"Sphere"_s;
    const EnvironmentKind environment = activeEnvironment(parser, Vendor::Sphere, &setup.problem);
    if (!setup.problem.isEmpty())
        return setup;
    QSettings settings;
    QString base = parser.value(u"sphere-base-url"_s);
    if (base.isEmpty())
        base = parser.value(u"base-url"_s);
    if (base.isEmpty())
        base = VendorConnectionSettings::load(settings, Vendor::Sphere)
                   .effectiveBaseUrl(Vendor::Sphere)
                   .toString();
    if (base.isEmpty()) {
        setup.problem = QCoreApplication::translate(
            "cli",
            "no Sphere URL: pass --base-url (the embedded sandbox runs only inside the app; start "
            "kycdesk-sandbox and use the URL it prints)");
        return setup;
    }
    if (const QString problem = VendorEnvironment::baseUrlProblem(base); !problem.isEmpty()) {
        setup.problem = problem;
        return setup;
    }
    setup.endpoint.baseUrl = QUrl(base, QUrl::StrictMode);
    QString token = qEnvironmentVariable("KYCDESK_SPHERE_TOKEN").trimmed();
    if (token.isEmpty()) {
        QString keychainProblem;
        const auto credential = readCredential(app, Vendor::Sphere, environment, &keychainProblem);
        if (credential)
            token = credential->secret;
        else if (environment == EnvironmentKind::EmbeddedSandbox)
            token = QString::fromUtf16(kEmbeddedSandboxToken); // a public demo token, not a secret
        if (token.isEmpty()) {
            setup.problem = keychainProblem.isEmpty()
                ? QCoreApplication::translate("cli",
                                              "no Sphere token: set KYCDESK_SPHERE_TOKEN or run "
                                              "'kycdesk-cli credentials set sphere --environment %1'")
                      .arg(VendorEnvironment::environmentKey(environment))
                : QCoreApplication::translate("cli",
                                              "no Sphere token: KYCDESK_SPHERE_TOKEN is not set and the "
                                              "keychain could not be read (%1)")
                      .arg(keychainProblem);
            return setup;
        }
    }
    setup.endpoint.authorization = ApiEndpoint::bearer(token);
    setup.problem = applyNetworkOptions(parser, setup.endpoint);
    return setup;
}

// Base URL for one vendor: --<vendor>-base-url, --base-url, then the configured environment.
QString vendorBaseUrl(const QCommandLineParser &parser, Vendor vendor, QString *problem)
{
    const QString key = VendorEnvironment::vendorKey(vendor);
    QString base = parser.value(key + u"-base-url"_s);
    if (base.isEmpty())
        base = parser.value(u"base-url"_s);
    if (base.isEmpty()) {
        QSettings settings;
        base = VendorConnectionSettings::load(settings, vendor).effectiveBaseUrl(vendor).toString();
    }
    if (base.isEmpty()) {
        *problem = QCoreApplication::translate("cli", "no %1 URL: pass --base-url or --%2-base-url")
                       .arg(VendorEnvironment::vendorName(vendor), key);
        return {};
    }
    if (const QString p = VendorEnvironment::baseUrlProblem(base); !p.isEmpty())
        *problem = p;
    return base;
}

// Environment variables first, then the keychain; the embedded environment uses the sandbox's
// public demo credential.
std::optional<VendorCredential> twoPartCredential(QCoreApplication &app, const QCommandLineParser &parser,
                                                  Vendor vendor, const char *idVariable,
                                                  const char *secretVariable, QString *problem)
{
    const QString id = qEnvironmentVariable(idVariable).trimmed();
    const QString secret = qEnvironmentVariable(secretVariable).trimmed();
    if (!id.isEmpty() && !secret.isEmpty())
        return VendorCredential { id, secret };
    const EnvironmentKind environment = activeEnvironment(parser, vendor, problem);
    if (!problem->isEmpty())
        return std::nullopt;
    QString keychainProblem;
    if (auto stored = readCredential(app, vendor, environment, &keychainProblem))
        return stored;
    if (environment == EnvironmentKind::EmbeddedSandbox)
        return VendorCredential { u"sandbox"_s, QString::fromUtf16(kEmbeddedSandboxToken) };
    *problem = QCoreApplication::translate(
                   "cli", "no %1 credentials: set %2 and %3, or run 'kycdesk-cli credentials set %4'%5")
                   .arg(VendorEnvironment::vendorName(vendor), QString::fromLatin1(idVariable),
                        QString::fromLatin1(secretVariable), VendorEnvironment::vendorKey(vendor),
                        keychainProblem.isEmpty() ? QString() : u" (keychain: "_s + keychainProblem + u')');
    return std::nullopt;
}

} // namespace cli

namespace {

using namespace cli;

// A --from-json file's bytes, or one line on stderr saying why not.
std::optional<QByteArray> readRequestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// One line naming the file and the JSON path of the first offender; nothing has been sent.
int failWithDecodeError(const QString &path, const ApiError &e)
{
    return failWith(e.jsonPath.isEmpty() || e.message.contains(e.jsonPath)
                        ? QCoreApplication::translate("cli", "%1: %2").arg(path, e.message)
                        : QCoreApplication::translate("cli", "%1: %2: %3").arg(path, e.jsonPath, e.message));
}

int runSardine(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() < 2 || (args.at(1) != u"risk" && args.at(1) != u"identity"))
        return failWith(QCoreApplication::translate(
            "cli",
            "usage: sardine risk SPHERE_CUSTOMER_ID | sardine risk --from-json FILE | sardine identity ID"));
    QString problem;
    const std::optional<ApiEndpoint> endpoint = sardineEndpoint(app, parser, &problem);
    if (!endpoint)
        return failWith(problem);
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Sardine"_s);
    SardineClient sardine(&transport, *endpoint);
    const bool json = parser.isSet(u"json"_s);
    int exitCode = 0;
    const auto onRisk = [&](const Result<RiskResult> &r) {
        if (!r)
            exitCode = failWith(r.error());
        else if (json)
            printJson(SardineCodec::encode(r.value()));
        else
            CliOutput::printRisk(out(), r.value());
        app.quit();
    };

    if (args.at(1) == u"identity") {
        if (args.size() != 3)
            return failWith(QCoreApplication::translate("cli", "usage: sardine identity CUSTOMER_ID"));
        sardine.identity(args.at(2), &app, [&](const Result<IdentityEntity> &r) {
            if (!r) {
                exitCode = failWith(r.error());
            } else if (json) {
                printJson(SardineCodec::encode(r.value()));
            } else {
                CliOutput::printIdentity(out(), r.value());
            }
            app.quit();
        });
    } else if (parser.isSet(u"from-json"_s)) {
        const QString file = parser.value(u"from-json"_s);
        const auto body = readRequestFile(file);
        if (!body)
            return 1;
        const Result<SardineCustomerRequest> request = SardineRequestCodec::decodeBody(*body);
        if (!request)
            return failWithDecodeError(file, request.error());
        sardine.checkCustomer(request.value(), &app, onRisk);
    } else {
        if (args.size() != 3)
            return failWith(QCoreApplication::translate("cli", "usage: sardine risk SPHERE_CUSTOMER_ID"));
        const SphereSetup setup = sphereEndpoint(app, parser);
        if (!setup.problem.isEmpty())
            return failWith(setup.problem);
        SphereClient sphere(&transport, setup.endpoint);
        sphere.getCustomer(args.at(2), &app, [&](const Result<Customer> &c) {
            if (!c) {
                exitCode = failWith(c.error());
                app.quit();
                return;
            }
            sardine.checkCustomer(SardineMapping::fromSphere(c.value()), &app, onRisk);
        });
        app.exec();
        out().flush();
        return exitCode;
    }
    app.exec();
    out().flush();
    return exitCode;
}

int runYativo(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 3 || args.at(1) != u"customers" || args.at(2) != u"create"
        || !parser.isSet(u"from-json"_s))
        return failWith(
            QCoreApplication::translate("cli", "usage: yativo customers create --from-json FILE"));
    QString problem;
    vendorBaseUrl(parser, Vendor::Yativo, &problem); // a bad URL fails before the file is read
    if (!problem.isEmpty())
        return failWith(problem);
    const QString file = parser.value(u"from-json"_s);
    const auto body = readRequestFile(file);
    if (!body)
        return 1;
    const Result<YativoCustomerRequest> decoded = YativoCodec::decodeRequestBody(*body);
    if (!decoded)
        return failWithDecodeError(file, decoded.error());
    const YativoCustomerRequest &request = decoded.value();
    const QList<FieldIssue> issues = YativoRequestValidator::validate(request);
    for (const FieldIssue &issue : issues)
        failWith(QCoreApplication::translate("cli", "%1: %2: %3").arg(file, issue.field, issue.message));
    if (!issues.isEmpty())
        return 1;
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Yativo"_s);
    const std::unique_ptr<YativoClient> yativo = yativoClient(app, parser, &transport, &problem);
    if (!yativo)
        return failWith(problem);
    int exitCode = 0;
    yativo->createCustomer(request, &app, [&](const Result<YativoCustomer> &r) {
        if (!r)
            exitCode = failWith(r.error());
        else if (parser.isSet(u"json"_s))
            printJson(YativoCodec::encode(r.value()));
        else
            CliOutput::printYativoCustomer(out(), r.value());
        app.quit();
    });
    app.exec();
    out().flush();
    return exitCode;
}

// credentials set|clear VENDOR [--environment E]: the secret comes on stdin ("ID:SECRET" for
// Sardine and Yativo), so it never appears in a process list or shell history.
int runCredentials(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 3 || (args.at(1) != u"set" && args.at(1) != u"clear"))
        return failWith(
            QCoreApplication::translate("cli", "usage: credentials set|clear VENDOR [--environment E]"));
    const auto vendor = VendorEnvironment::vendorFromKey(args.at(2));
    if (!vendor)
        return failWith(QCoreApplication::translate("cli", "unknown vendor \"%1\" (sphere, sardine, yativo)")
                            .arg(args.at(2)));
    QString problem;
    const EnvironmentKind environment = activeEnvironment(parser, *vendor, &problem);
    if (!problem.isEmpty())
        return failWith(problem);

    KeychainCredentialStore store;
    std::optional<ApiError> error;
    bool done = false;
    const auto finished = [&](const std::optional<ApiError> &e) {
        error = e;
        done = true;
    };
    if (args.at(1) == u"set") {
        QTextStream in(stdin);
        const QString line = in.readLine();
        VendorCredential credential;
        if (VendorEnvironment::hasTwoPartCredential(*vendor)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                return failWith(QCoreApplication::translate("cli", "%1 needs \"%2:%3\" on standard input")
                                    .arg(VendorEnvironment::vendorName(*vendor),
                                         VendorEnvironment::credentialIdLabel(*vendor),
                                         VendorEnvironment::credentialSecretLabel(*vendor)));
            credential = { line.left(colon), line.mid(colon + 1) };
        } else {
            credential.secret = line;
        }
        if (const auto invalid = CredentialStore::validate(*vendor, credential))
            return failWith(invalid->message);
        store.write(*vendor, environment, credential, &app, finished);
    } else {
        store.remove(*vendor, environment, &app, finished);
    }
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (error)
        return failWith(QCoreApplication::translate("cli", "keychain: %1").arg(error->message));
    out() << (args.at(1) == u"set"
                  ? QCoreApplication::translate("cli", "stored %1 credentials for %2 in %3\n")
                  : QCoreApplication::translate("cli", "removed %1 credentials for %2 from %3\n"))
                 .arg(VendorEnvironment::vendorName(*vendor), VendorEnvironment::environmentName(environment),
                      store.description());
    return 0;
}

// A Sphere create/update body from FILE: decoded strictly (a typo must not drop a field silently;
// the message names the JSON path), then checked like the form checks it. Every problem is one
// line on stderr; nullopt when there was any.
std::optional<CustomerRequest> readCustomerRequest(const QString &path, CustomerRequestValidator::Mode mode)
{
    const auto body = readRequestFile(path);
    if (!body)
        return std::nullopt;
    Result<CustomerRequest> decoded = SphereRequestCodec::decodeBody(*body);
    if (!decoded) {
        failWithDecodeError(path, decoded.error());
        return std::nullopt;
    }
    const QList<FieldIssue> issues = CustomerRequestValidator::validate(decoded.value(), mode);
    for (const FieldIssue &issue : issues)
        failWith(QCoreApplication::translate("cli", "%1: %2: %3").arg(path, issue.field, issue.message));
    if (!issues.isEmpty())
        return std::nullopt;
    return std::move(decoded).value();
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

// sphere customers import --csv FILE [--report FILE] [--concurrency N]: exit 0 when every row was
// created (blank rows are skipped, not failures), 2 when some rows failed, 1 when nothing could
// be done (unreadable file, unknown column, refused credentials, unreachable host).
int runImport(QCoreApplication &app, const QCommandLineParser &parser, SphereClient &client)
{
    if (!parser.isSet(u"csv"_s))
        return failWith(QCoreApplication::translate(
            "cli", "usage: sphere customers import --csv FILE [--report FILE] [--concurrency N]"));
    int concurrency = CustomerImportRunner::kDefaultConcurrency;
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        concurrency = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > CustomerImportRunner::kMaxConcurrency)
            return failWith(QCoreApplication::translate("cli", "--concurrency must be a number from 1 to %1")
                                .arg(CustomerImportRunner::kMaxConcurrency));
    }
    // Opened before anything is sent: a report that cannot be written must not be found out
    // after a thousand customers were created.
    QFile report(parser.value(u"report"_s));
    if (parser.isSet(u"report"_s) && !report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(QCoreApplication::translate("cli", "cannot write the report %1: %2")
                            .arg(report.fileName(), report.errorString()));

    const QString csvPath = parser.value(u"csv"_s);
    const CustomerCsvImport::Plan plan = CustomerCsvImport::load(csvPath);
    if (!plan.ok())
        return failWith(QCoreApplication::translate("cli", "%1: %2").arg(csvPath, plan.error));

    QElapsedTimer clock;
    clock.start();
    CustomerImportRunner runner(&client, plan.rows, concurrency);
    const bool progress = stderrIsTerminal() && !parser.isSet(u"json"_s);
    qsizetype done = 0;
    if (progress) {
        QObject::connect(&runner, &CustomerImportRunner::rowFinished, &app, [&](const ImportOutcome &) {
            QTextStream err(stderr);
            err << '\r'
                << QCoreApplication::translate("cli", "%1 of %2 rows").arg(++done).arg(plan.rows.size());
        });
    }
    QObject::connect(&runner, &CustomerImportRunner::finished, &app, [&app] { app.quit(); });
    runner.start();
    app.exec();
    if (progress)
        QTextStream(stderr) << '\n';

    if (parser.isSet(u"json"_s))
        printJson(CliOutput::importReportJson(runner.outcomes()));
    else
        CliOutput::printImportReport(out(), runner.outcomes());
    const int created = runner.count(ImportOutcome::Status::Created);
    const int failed = runner.count(ImportOutcome::Status::Failed);
    const int skipped = runner.count(ImportOutcome::Status::Skipped);
    if (!parser.isSet(u"json"_s)) {
        out() << QCoreApplication::translate("cli", "%1 row(s): %2 created, %3 failed, %4 skipped in %5 s\n")
                     .arg(plan.rows.size())
                     .arg(created)
                     .arg(failed)
                     .arg(skipped)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    }
    out().flush();
    if (report.isOpen()) {
        const QByteArray csv = CustomerCsvImport::reportCsv(runner.outcomes());
        if (report.write(csv) != csv.size() || !report.flush())
            return failWith(QCoreApplication::translate("cli", "cannot write the report %1: %2")
                                .arg(report.fileName(), report.errorString()));
        report.close();
    }
    if (const auto &fatal = runner.fatalError())
        return failWith(QCoreApplication::translate("cli", "import stopped: %1").arg(fatal->userMessage()));
    return failed > 0 ? 2 : 0;
}

int runSphereCustomers(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() < 3)
        return failWith(QCoreApplication::translate(
            "cli", "usage: sphere customers list|get ID|create|update ID|import (see --help)"));
    const SphereSetup setup = sphereEndpoint(app, parser);
    if (!setup.problem.isEmpty())
        return failWith(setup.problem);
    HttpTransport transport;
    const RawResponsePrinter raw(&transport, parser, u"Sphere"_s);
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
    } else if (action == u"create" || action == u"update") {
        const bool create = action == u"create";
        if (args.size() != (create ? 3 : 4) || !parser.isSet(u"from-json"_s))
            return failWith(
                create ? QCoreApplication::translate("cli", "usage: sphere customers create --from-json FILE")
                       : QCoreApplication::translate("cli",
                                                     "usage: sphere customers update ID --from-json FILE"));
        const auto request = readCustomerRequest(parser.value(u"from-json"_s),
                                                 create ? CustomerRequestValidator::Mode::Create
                                                        : CustomerRequestValidator::Mode::Update);
        if (!request)
            return 1;
        if (!create && SphereRequestCodec::isEmpty(*request))
            return failWith(QCoreApplication::translate("cli", "%1 sets no field to change")
                                .arg(parser.value(u"from-json"_s)));
        const auto print = [&](const Result<Customer> &r) {
            if (!r)
                exitCode = failWith(r.error());
            else if (json)
                printJson(SphereCodec::encode(r.value()));
            else
                CliOutput::printCustomerDetails(out(), r.value());
            app.quit();
        };
        if (create) {
            // A fresh key per invocation: the client's own 429 retries reuse it, so a retried
            // request never creates the customer twice.
            client.createCustomer(*request, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), &app,
                                  print);
        } else {
            client.updateCustomer(args.at(3), *request, &app, print);
        }
    } else if (action == u"import") {
        return runImport(app, parser, client);
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
        QObject::connect(
            job, &CustomerListJob::pageReady, &app,
            [customers](const QList<Customer> &page, const Pagination &) { customers->append(page); });
        QObject::connect(job, &CustomerListJob::finished, &app, [&, job, customers] {
            for (const ListWarning &w : job->warnings())
                warn(w.message);
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
        return failWith(
            QCoreApplication::translate("cli", "unknown command \"sphere customers %1\"").arg(action));
    }
    app.exec();
    out().flush();
    return exitCode;
}

// After the options in --help: every variable the credential lookup reads (first match wins).
QString credentialVariablesHelp()
{
    return QCoreApplication::translate(
        "cli",
        "\nEnvironment (read before the OS keychain of the active environment):\n"
        "  KYCDESK_SPHERE_TOKEN                 Sphere API key (Bearer).\n"
        "  KYCDESK_SARDINE_CLIENT_ID            Sardine clientId (HTTP Basic user),\n"
        "  KYCDESK_SARDINE_CLIENT_SECRET        with its clientSecret.\n"
        "  KYCDESK_YATIVO_ACCOUNT_ID            Yativo account id for /auth/login,\n"
        "  KYCDESK_YATIVO_APP_SECRET            with its app secret.\n"
        "  KYCDESK_YATIVO_TOKEN                 A ready Yativo bearer token instead of logging in\n"
        "                                       (it expires after about 600 s; no renewal).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kycdesk"_s);
    QCoreApplication::setOrganizationName(u"KYC Desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "KYC Desk from a terminal.\n\nCommands:\n  sphere customers list [--kyc STATUS] [--type TYPE] "
        "[--search TEXT]\n  sphere customers get ID\n  sphere customers create --from-json FILE\n"
        "  sphere customers update ID --from-json FILE\n"
        "  sphere customers import --csv FILE [--report FILE] [--concurrency N]\n  sardine risk "
        "SPHERE_CUSTOMER_ID | sardine risk "
        "--from-json FILE\n"
        "  sardine identity CUSTOMER_ID\n  yativo customers create --from-json FILE\n"
        "  sphere customers kyc-link ID | tos-link ID\n  sardine history CUSTOMER_ID\n"
        "  yativo customers kyc-status ID | yativo customers list\n  credentials set|clear "
        "VENDOR [--environment E]  (secret on stdin; "
        "ID:SECRET for sardine and yativo)\n\nCredentials: KYCDESK_SPHERE_TOKEN, else the OS keychain."));
    parser.addHelpOption();
    // Not addVersionOption(): the application name is "kycdesk" so the CLI shares the app's settings.
    const QCommandLineOption versionOption(u"version"_s,
                                           QCoreApplication::translate("cli", "Print the version and exit."));
    parser.addOption(versionOption);
    parser.addOptions({
        { u"json"_s,
          QCoreApplication::translate("cli", "Print the vendor's JSON (decoded and re-encoded).") },
        { u"raw"_s,
          QCoreApplication::translate("cli",
                                      "Print each response body of the command's vendor exactly as "
                                      "received (envelope and request id included).") },
        { u"base-url"_s, QCoreApplication::translate("cli", "Base URL for every vendor."), u"url"_s },
        { u"sphere-base-url"_s, QCoreApplication::translate("cli", "Base URL for Sphere only."), u"url"_s },
        { u"sardine-base-url"_s, QCoreApplication::translate("cli", "Base URL for Sardine only."), u"url"_s },
        { u"yativo-base-url"_s, QCoreApplication::translate("cli", "Base URL for Yativo only."), u"url"_s },
        { u"from-json"_s, QCoreApplication::translate("cli", "Request body from a JSON file."), u"file"_s },
        { u"kyc"_s, QCoreApplication::translate("cli", "List: only this KYC status."), u"status"_s },
        { u"type"_s, QCoreApplication::translate("cli", "List: individual or business."), u"type"_s },
        { u"search"_s, QCoreApplication::translate("cli", "List: free-text search."), u"text"_s },
        { u"csv"_s, QCoreApplication::translate("cli", "Import: one customer a row (see README)."),
          u"file"_s },
        { u"report"_s, QCoreApplication::translate("cli", "Import: also write the per-row report as CSV."),
          u"file"_s },
        { u"concurrency"_s,
          QCoreApplication::translate("cli", "Import: requests in flight at once (default 4, at most 32)."),
          u"N"_s },
        { u"verbose"_s, QCoreApplication::translate("cli", "Log requests (redacted) to stderr.") },
        { u"environment"_s, QCoreApplication::translate("cli", "embedded, sandbox, production or custom."),
          u"E"_s },
        { u"timeout"_s,
          QCoreApplication::translate("cli",
                                      "Deadline of each request in seconds (default per kind: 30 for a record, "
                                      "60 for a list page or a create, 600 with documents)."),
          u"seconds"_s },
        { u"stall-timeout"_s,
          QCoreApplication::translate("cli", "Fail a request when no data moves for this many seconds (default 30)."),
          u"seconds"_s },
    });
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("cli", "sphere customers list|get ID"));
    if (!parser.parse(app.arguments()))
        return failWith(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << credentialVariablesHelp();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out() << "kycdesk-cli " << BuildInfo::versionText() << '\n';
        return 0;
    }
    // One line on stderr on failure: the transport's own notices stay out unless asked for.
    installEscapingMessageHandler();
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"kycdesk.*.info=false\nkycdesk.*.warning=false"_s);
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(u"raw"_s))
        RawResponsePrinter::silenceDecodedOutput(cli::out());
    if (const std::optional<int> handled = VendorLookupCommands::run(app, parser, args))
        return *handled;
    if (args.size() >= 2 && args.at(0) == u"sphere" && args.at(1) == u"customers")
        return runSphereCustomers(app, parser, args);
    if (!args.isEmpty() && args.at(0) == u"sardine")
        return runSardine(app, parser, args);
    if (!args.isEmpty() && args.at(0) == u"yativo")
        return runYativo(app, parser, args);
    if (!args.isEmpty() && args.at(0) == u"credentials")
        return runCredentials(app, parser, args);
    if (args.isEmpty())
        return failWith(QCoreApplication::translate("cli", "no command given; see --help"));
    return failWith(
        QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(args.join(u' ')));
}
