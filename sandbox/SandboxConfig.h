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
    // A network in front of the vendors (`--latency`, `--bandwidth`): each request answered after
    // `latencyMs`, each answer's bytes sent at `bandwidthKbps` kilobits a second. 0: as fast as
    // loopback. Either one puts the same raw-HTTP front as the faults before the routes.
    int latencyMs = 0;
    int bandwidthKbps = 0;
};
