#pragma once

// Starts the embedded sandbox (the test oracle: real HTTP on a loopback port, real SQLite) the same
// way in every test, so a test states only what differs: where the database lives, how many
// synthetic customers it starts with, which token it accepts and which hostile-vendor faults
// (kycdesk-sandbox --faults) it plays.

#include "HttpTransport.h"
#include "SandboxServer.h"

#include <memory>
#include <QHostAddress>
#include <QObject>
#include <QTemporaryDir>

// Sphere's and Sardine's endpoints at `baseUrl` (a sandbox, or a server standing in for one) with
// the credentials a sandbox accepts: Sphere's bearer token; Sardine's client "sandbox" and its secret.
inline ApiEndpoint sphereEndpointAt(const QUrl &baseUrl, const QString &token,
                                    std::chrono::milliseconds stallTimeout = ApiEndpoint {}.stallTimeout)
{
    return { QStringLiteral("Sphere"), baseUrl, ApiEndpoint::bearer(token), stallTimeout };
}

inline ApiEndpoint sardineEndpointAt(const QUrl &baseUrl, const QString &secret,
                                     std::chrono::milliseconds stallTimeout = ApiEndpoint {}.stallTimeout)
{
    return { QStringLiteral("Sardine"), baseUrl, ApiEndpoint::basic(QStringLiteral("sandbox"), secret),
             stallTimeout };
}

// Null when the sandbox could not listen; callers QVERIFY the result.
inline std::unique_ptr<SandboxServer> startSandbox(const QString &databasePath, int seedCustomers,
                                                   const QString &token, const QString &faults = {})
{
    SandboxConfig config;
    config.databasePath = databasePath;
    config.seedCustomers = seedCustomers;
    config.token = token;
    config.faults = faults;
    auto sandbox = std::make_unique<SandboxServer>(config);
    if (sandbox->listen(QHostAddress::LocalHost, 0) == 0)
        return nullptr;
    return sandbox;
}

// The base of a test class whose functions share one sandbox: a private folder for whatever the
// tests write, the sandbox with its database in that folder (started from initTestCase with
// QVERIFY(startSharedSandbox(...)), or by the test itself), and one transport for the clients.
class SandboxTestCase : public QObject
{
protected:
    bool startSharedSandbox(int seedCustomers, const QString &token)
    {
        if (!m_dir.isValid())
            return false;
        m_sandbox = startSandbox(m_dir.filePath(QStringLiteral("sandbox.sqlite")), seedCustomers, token);
        return m_sandbox != nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpTransport *const m_transport = new HttpTransport(this);
};
