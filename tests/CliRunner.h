#pragma once

// Runs the real kycdesk-cli binary the way a script does, so the CLI tests check the shipped program
// and not a copy of its logic. One place builds the isolated environment (no settings or keychain of
// the person running the tests) and collects stdout, stderr and the exit code; the event loop keeps
// running meanwhile, because the loopback servers and the embedded sandbox answer from this process.

#include <QDir>
#include <QEventLoop>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

struct CliRun
{
    int exitCode = -1; // -1 also when the CLI crashed or did not finish
    QByteArray out;
    QByteArray err;
};

enum class CliVendors { SphereOnly, All };

// An environment whose HOME and XDG folders live under `scratchDir`, with `token` as every vendor's
// secret (Sardine and Yativo only with CliVendors::All).
inline QProcessEnvironment isolatedCliEnvironment(const QString &scratchDir, const QString &token,
                                                  CliVendors vendors = CliVendors::All)
{
    using namespace Qt::StringLiterals;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KYCDESK_SPHERE_TOKEN"_s, token);
    if (vendors == CliVendors::All) {
        env.insert(u"KYCDESK_SARDINE_CLIENT_ID"_s, u"sandbox"_s);
        env.insert(u"KYCDESK_SARDINE_CLIENT_SECRET"_s, token);
        env.insert(u"KYCDESK_YATIVO_ACCOUNT_ID"_s, u"sandbox"_s);
        env.insert(u"KYCDESK_YATIVO_APP_SECRET"_s, token);
    }
    const QDir dir(scratchDir);
    env.insert(u"HOME"_s, dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"home/.config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"home/.local/share"_s));
    return env;
}

inline CliRun runCli(const QString &binary, const QStringList &args, const QProcessEnvironment &env,
                     int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(binary, args);
    loop.exec();
    CliRun run;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}
