// kycdesk-sandbox: the vendor emulator as a standalone server for scripts, demos and the CLI.
// Prints its base URL as the first line of stdout (scripts read it) and serves until SIGINT or
// SIGTERM.
#include "BuildInfo.h"
#include "FaultSpec.h"
#include "FreedMemory.h"
#include "PrivateFileGuard.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#    include <sys/socket.h>
#    include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here: wake the event loop through a socket and let it quit.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnTerminationSignals(QCoreApplication &) { }
#endif

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "kycdesk-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    // Each list page's 1.2 MB answer is built in memory reused warm, however the sandbox was started
    // (glibc's adaptive thresholds are raised only by a large allocation such as seeding);
    // sandbox/README.md has the figures.
    FreedMemory::keepForReuse();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kycdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::versionText());

    const SandboxConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local HTTP emulator of the vendor APIs KYC Desk talks to (Sphere v1 customers), with synthetic data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                        u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free port (default 0)."_s,
                                        u"P"_s, u"0"_s);
    const QCommandLineOption databaseOption(u"database"_s,
                                            u"SQLite file (default: the app data directory)."_s, u"FILE"_s);
    const QCommandLineOption seedOption(
        u"seed-customers"_s,
        u"Synthetic customers to create when the database is empty (default %1)."_s.arg(
            defaults.seedCustomers),
        u"N"_s, QString::number(defaults.seedCustomers));
    const QCommandLineOption tokenOption(
        u"token"_s, u"Bearer token clients must send (default: the demo token)."_s, u"T"_s, defaults.token);
    const QCommandLineOption faultsOption(
        u"faults"_s,
        u"Hostile vendor modes, separated by commas (see sandbox/README.md): %1."_s.arg(
            FaultSpec::knownNames().join(u", ")),
        u"SPEC"_s);
    const QCommandLineOption latencyOption(
        u"latency"_s,
        u"Answer each request this many milliseconds late, as a distant vendor would (0-60000)."_s, u"MS"_s,
        u"0"_s);
    const QCommandLineOption bandwidthOption(
        u"bandwidth"_s, u"Send each answer at this many kilobits a second (0: no limit)."_s, u"KBPS"_s,
        u"0"_s);
    parser.addOptions({ hostOption, portOption, databaseOption, seedOption, tokenOption, faultsOption,
                        latencyOption, bandwidthOption });
    parser.process(app);

    SandboxConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        die(u"--port must be a number between 0 and 65535"_s);
    config.seedCustomers = parser.value(seedOption).toInt(&ok);
    if (!ok || config.seedCustomers < 0)
        die(u"--seed-customers must be a non-negative number"_s);
    config.token = parser.value(tokenOption);
    if (config.token.isEmpty())
        die(u"--token must not be empty"_s);
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        die(u"--host must be an IP address"_s);
    config.faults = parser.value(faultsOption);
    if (parser.isSet(faultsOption)) {
        QString problem;
        if (!FaultSpec::parse(config.faults, &problem))
            die(u"--faults: "_s + problem);
    }
    config.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || config.latencyMs < 0 || config.latencyMs > 60000)
        die(u"--latency must be a number of milliseconds between 0 and 60000"_s);
    config.bandwidthKbps = parser.value(bandwidthOption).toInt(&ok);
    if (!ok || config.bandwidthKbps < 0)
        die(u"--bandwidth must be a non-negative number of kilobits a second"_s);
    config.databasePath = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox.sqlite"_s;

    SandboxServer server(config);
    if (server.listen(host, quint16(port)) == 0)
        die(server.errorString());

    std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    std::fprintf(stderr, "kycdesk-sandbox: database %s (%lld customers%s)\n",
                 qPrintable(QDir::toNativeSeparators(config.databasePath)), server.store().customerCount(),
                 server.seedMilliseconds() > 0
                     ? qPrintable(u", seeded in %1 ms"_s.arg(server.seedMilliseconds()))
                     : "");
    if (const QString repaired = PrivateFileGuard::takeRepairWarning(); !repaired.isEmpty())
        std::fprintf(stderr, "kycdesk-sandbox: warning: %s\n", qPrintable(repaired));

    quitOnTerminationSignals(app);
    return app.exec();
}
