#include "CliConnection.h"

#include "CliSupport.h"
#include "ConnectionSettings.h"
#include "KeychainCredentialStore.h"
#include "VendorConnection.h"

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {

// Reads the keychain (a child of the connection, so it outlives every read) when nothing was
// preset, and waits for the answer: the command cannot go on without it.
std::unique_ptr<VendorConnection> connect(HttpTransport *transport, Vendor vendor,
                                          EnvironmentKind environment, const QUrl &baseUrl,
                                          const ApiEndpoint &limits,
                                          const std::function<void(VendorConnection &)> &preset)
{
    auto *keychain = new KeychainCredentialStore(QStringLiteral("KYC Desk"));
    auto connection = std::make_unique<VendorConnection>(vendor, transport, keychain);
    keychain->setParent(connection.get());
    connection->setEmbeddedCredential(VendorConnection::EmbeddedCredential::StoredElseDemo);
    connection->setLimits(limits);
    if (preset)
        preset(*connection);
    VendorConnectionSettings settings;
    settings.environment = environment;
    connection->connectTo(settings, baseUrl);
    while (connection->state() == VendorConnection::State::LoadingCredential)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return connection;
}

// The keychain's own words when it failed, else an empty string.
QString keychainProblem(const VendorConnection &connection)
{
    const auto &problem = connection.problem();
    if (problem && problem->kind == VendorConnection::Problem::Kind::CredentialUnreadable)
        return problem->detail;
    return {};
}

// A problem the options could not have caused (the URL was checked before): its own words.
QString otherProblem(const VendorConnection &connection)
{
    const auto &problem = connection.problem();
    if (!problem || problem->kind == VendorConnection::Problem::Kind::NoCredential
        || problem->kind == VendorConnection::Problem::Kind::CredentialUnreadable)
        return {};
    return problem->detail.isEmpty() ? tr("no usable base URL") : problem->detail;
}

// Where a vendor's connection points and its network options, read before connecting.
struct ConnectionOptions
{
    QString baseUrl;
    ApiEndpoint limits;
    QString limitsProblem; // a bad --timeout or --stall-timeout
};

// nullopt with `problem` set when the URL is missing or unusable. A bad network option is only
// noted: Sphere and Sardine report it after a missing credential, as they always did.
std::optional<ConnectionOptions> readOptions(const QCommandLineParser &parser, Vendor vendor,
                                             QString *problem)
{
    ConnectionOptions options;
    options.baseUrl = vendorBaseUrl(parser, vendor, problem);
    if (!problem->isEmpty())
        return std::nullopt;
    options.limitsProblem = applyNetworkOptions(parser, options.limits);
    return options;
}

// `connection`, unless there is none or a network option was bad (then `problem` says so).
std::unique_ptr<VendorConnection> unlessLimitsBad(std::unique_ptr<VendorConnection> connection,
                                                  const ConnectionOptions &options, QString *problem)
{
    if (!connection)
        return nullptr;
    if (*problem = options.limitsProblem; !problem->isEmpty())
        return nullptr;
    return connection;
}

// Sardine and Yativo: both parts from the environment, else the stored credential.
std::unique_ptr<VendorConnection> connectTwoPart(HttpTransport *transport, const QCommandLineParser &parser,
                                                 Vendor vendor, const ConnectionOptions &options,
                                                 const char *idVariable, const char *secretVariable,
                                                 QString *problem)
{
    const QString id = qEnvironmentVariable(idVariable).trimmed();
    const QString secret = qEnvironmentVariable(secretVariable).trimmed();
    const bool preset = !id.isEmpty() && !secret.isEmpty();
    // With the credential in the environment the keychain is not read, so its environment does
    // not matter.
    QString environmentProblem;
    const EnvironmentKind environment = activeEnvironment(parser, vendor, &environmentProblem);
    if (!preset && !environmentProblem.isEmpty()) {
        *problem = environmentProblem;
        return nullptr;
    }
    auto connection = connect(transport, vendor, environment, QUrl(options.baseUrl), options.limits,
                              [&](VendorConnection &c) {
                                  if (preset)
                                      c.setPresetCredential(VendorCredential { id, secret });
                              });
    if (connection->state() == VendorConnection::State::Ready)
        return connection;
    if (*problem = otherProblem(*connection); !problem->isEmpty())
        return nullptr;
    const QString keychain = keychainProblem(*connection);
    *problem = QCoreApplication::translate(
                   "cli", "no %1 credentials: set %2 and %3, or run 'kycdesk-cli credentials set %4'%5")
                   .arg(VendorEnvironment::vendorName(vendor), QString::fromLatin1(idVariable),
                        QString::fromLatin1(secretVariable), VendorEnvironment::vendorKey(vendor),
                        keychain.isEmpty() ? QString() : u" (keychain: "_s + keychain + u')');
    return nullptr;
}

} // namespace

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
        *problem = vendor == Vendor::Sphere
            ? QCoreApplication::translate(
                "cli",
                "no Sphere URL: pass --base-url (the embedded sandbox runs only inside the app; start "
                "kycdesk-sandbox and use the URL it prints)")
            : QCoreApplication::translate("cli", "no %1 URL: pass --base-url or --%2-base-url")
                  .arg(VendorEnvironment::vendorName(vendor), key);
        return {};
    }
    if (const QString p = VendorEnvironment::baseUrlProblem(base); !p.isEmpty())
        *problem = p;
    return base;
}

std::unique_ptr<VendorConnection> connectSphere(HttpTransport *transport, const QCommandLineParser &parser,
                                                QString *problem)
{
    const EnvironmentKind environment = activeEnvironment(parser, Vendor::Sphere, problem);
    if (!problem->isEmpty())
        return nullptr;
    const auto options = readOptions(parser, Vendor::Sphere, problem);
    if (!options)
        return nullptr;
    const QString token = qEnvironmentVariable("KYCDESK_SPHERE_TOKEN").trimmed();
    auto connection
        = connect(transport, Vendor::Sphere, environment, QUrl(options->baseUrl, QUrl::StrictMode),
                  options->limits, [&token](VendorConnection &c) {
                      if (!token.isEmpty())
                          c.setPresetCredential(VendorCredential { QString(), token });
                  });
    if (connection->state() != VendorConnection::State::Ready) {
        if (*problem = otherProblem(*connection); !problem->isEmpty())
            return nullptr;
        const QString keychain = keychainProblem(*connection);
        *problem = keychain.isEmpty()
            ? QCoreApplication::translate("cli",
                                          "no Sphere token: set KYCDESK_SPHERE_TOKEN or run "
                                          "'kycdesk-cli credentials set sphere --environment %1'")
                  .arg(VendorEnvironment::environmentKey(environment))
            : QCoreApplication::translate("cli",
                                          "no Sphere token: KYCDESK_SPHERE_TOKEN is not set and the "
                                          "keychain could not be read (%1)")
                  .arg(keychain);
        return nullptr;
    }
    return unlessLimitsBad(std::move(connection), *options, problem);
}

std::unique_ptr<VendorConnection> connectSardine(HttpTransport *transport, const QCommandLineParser &parser,
                                                 QString *problem)
{
    const auto options = readOptions(parser, Vendor::Sardine, problem);
    if (!options)
        return nullptr;
    return unlessLimitsBad(connectTwoPart(transport, parser, Vendor::Sardine, *options,
                                          "KYCDESK_SARDINE_CLIENT_ID", "KYCDESK_SARDINE_CLIENT_SECRET",
                                          problem),
                           *options, problem);
}

std::unique_ptr<VendorConnection> connectYativo(HttpTransport *transport, const QCommandLineParser &parser,
                                                QString *problem)
{
    const auto options = readOptions(parser, Vendor::Yativo, problem);
    if (!options)
        return nullptr;
    if (*problem = options->limitsProblem; !problem->isEmpty())
        return nullptr; // unlike Sphere and Sardine, before any credential is looked for

    const QString token = qEnvironmentVariable("KYCDESK_YATIVO_TOKEN").trimmed();
    if (!token.isEmpty()) {
        QString ignored; // no keychain is read, so its environment does not matter
        return connect(transport, Vendor::Yativo, activeEnvironment(parser, Vendor::Yativo, &ignored),
                       QUrl(options->baseUrl), options->limits,
                       [&token](VendorConnection &c) { c.setPresetToken(token); });
    }
    return connectTwoPart(transport, parser, Vendor::Yativo, *options, "KYCDESK_YATIVO_ACCOUNT_ID",
                          "KYCDESK_YATIVO_APP_SECRET", problem);
}

} // namespace cli
