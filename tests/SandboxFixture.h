#pragma once

// Starts the embedded sandbox (the test oracle: real HTTP on a loopback port, real SQLite) the same
// way in every test, so a test states only what differs: where the database lives, how many
// synthetic customers it starts with and which token it accepts.

#include "SandboxServer.h"

#include <memory>
#include <QHostAddress>

// Null when the sandbox could not listen; callers QVERIFY the result.
inline std::unique_ptr<SandboxServer> startSandbox(const QString &databasePath, int seedCustomers,
                                                   const QString &token)
{
    SandboxConfig config;
    config.databasePath = databasePath;
    config.seedCustomers = seedCustomers;
    config.token = token;
    auto sandbox = std::make_unique<SandboxServer>(config);
    if (sandbox->listen(QHostAddress::LocalHost, 0) == 0)
        return nullptr;
    return sandbox;
}
