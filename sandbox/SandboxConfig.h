#pragma once

#include <QString>

// How a sandbox instance starts. Without a token the fixed demo token below is used; it is
// printed in sandbox/README.md because it protects nothing but synthetic data.
struct SandboxConfig
{
    QString databasePath; // SQLite file; created if missing
    int seedCustomers = 300; // synthetic customers written when the database is empty
    QString token = QStringLiteral("kycdesk-sandbox-token");
    quint32 seed = 20241125; // the generator's seed: same seed, same customers
    // Hostile vendor modes (FaultSpec, `--faults`); empty serves the vendors as documented.
    QString faults;
};
