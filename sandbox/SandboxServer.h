#pragma once

#include "SandboxConfig.h"

#include <memory>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

class HostileVendorProxy;
class OtherOriginRecorder;
class QHttpServer;
class SandboxStore;
class SardineRoutes;
class SphereRoutes;
class YativoRoutes;

// One HTTP server emulating the vendors on one port, backed by one SQLite file. Not thread-safe:
// create, listen and destroy it on one thread (EmbeddedSandbox runs it on a thread of its own).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (and on first use seeds) the database, then listens. Port 0 picks a free port.
    // Returns the port, or 0 with errorString() set.
    quint16 listen(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    // The persistence behind the routes, for tests and tools that check what was stored
    // (uploaded document bytes, private fields) without an API that would leak them.
    SandboxStore &store();

    // Milliseconds the last seeding took (0 when the database already had customers).
    qint64 seedMilliseconds() const { return m_seedMs; }

private:
    bool openStore();

    SandboxConfig m_config;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<SphereRoutes> m_sphere;
    std::unique_ptr<SardineRoutes> m_sardine;
    std::unique_ptr<YativoRoutes> m_yativo;
    // With faults: the other origin the redirect faults point at, and the hostile front that
    // takes the public port while the routes above listen on a private one behind it.
    std::unique_ptr<OtherOriginRecorder> m_otherOrigin;
    std::unique_ptr<HostileVendorProxy> m_hostileFront;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_seedMs = 0;
    QString m_error;
};
