#include "SandboxServer.h"

#include "FaultSpec.h"
#include "HostileVendorProxy.h"
#include "LowDelayTcpServer.h"
#include "OtherOriginRecorder.h"
#include "SandboxStore.h"
#include "SardineRoutes.h"
#include "SeedGenerator.h"
#include "SphereRoutes.h"
#include "YativoRoutes.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>

using namespace Qt::Literals::StringLiterals;

namespace {

// QSqlDatabase names are process-wide; each server (tests make many, the app one per thread)
// needs its own.
QString uniqueConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return u"kycdesk-sandbox-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{ }

SandboxServer::~SandboxServer()
{
    // Routes hold a reference to the store, and the server's handlers reference the routes.
    m_hostileFront.reset();
    m_otherOrigin.reset();
    m_http.reset();
    m_sphere.reset();
    m_sardine.reset();
    m_yativo.reset();
    m_store.reset();
}

SandboxStore &SandboxServer::store()
{
    if (!m_store)
        m_store = std::make_unique<SandboxStore>(uniqueConnectionName());
    return *m_store;
}

bool SandboxServer::openStore()
{
    if (store().isOpen())
        return true;
    if (m_config.databasePath.isEmpty()) {
        m_error = u"No sandbox database path configured"_s;
        return false;
    }
    QString error; // the store creates the folder (owner-only) if needed
    if (!m_store->open(m_config.databasePath, &error)) {
        m_error = u"Cannot open sandbox database "_s + m_config.databasePath + u": "_s + error;
        return false;
    }
    // Seed only an empty database, so customers created through the API survive restarts.
    if (m_store->customerCount() == 0 && m_config.seedCustomers > 0) {
        QElapsedTimer timer;
        timer.start();
        SeedGenerator generator(m_config.seed);
        if (!generator.populate(*m_store, m_config.seedCustomers, &error)) {
            m_error = u"Seeding the sandbox database failed: "_s + error;
            return false;
        }
        m_seedMs = timer.elapsed();
    }
    return true;
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_error.clear();
    if (m_http) {
        m_error = u"The sandbox server is already listening"_s;
        return 0;
    }
    std::optional<FaultSpec> faults = FaultSpec();
    if (!m_config.faults.isEmpty()) {
        faults = FaultSpec::parse(m_config.faults, &m_error);
        if (!faults)
            return 0;
    }
    if (!openStore())
        return 0;
    auto http = std::make_unique<QHttpServer>();
    auto sphere = std::make_unique<SphereRoutes>(*m_store, m_config.token);
    sphere->registerOn(*http);
    SphereRoutes *routes = sphere.get();
    // One port serves every vendor under its documented paths (shared/interfaces.md).
    auto sardine
        = std::make_unique<SardineRoutes>(m_store->connectionName(), m_store->cipher(), m_config.token);
    sardine->registerOn(*http);
    auto yativo = std::make_unique<YativoRoutes>(m_store->connectionName(), m_config.token);
    yativo->registerOn(*http);
    // Unknown paths answer in Sphere's envelope: it is the vendor whose clients probe the most.
    http->setMissingHandler([routes](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QHttpServerResponse response = routes->unmatched(request);
        responder.write(response.data(), response.mimeType(),
                        static_cast<QHttpServerResponder::StatusCode>(response.statusCode()));
    });
    auto *tcp = new LowDelayTcpServer(http.get());
    // With faults the routes move to a private loopback port behind the hostile front.
    const bool hostile = !faults->isEmpty() || m_config.latencyMs > 0 || m_config.bandwidthKbps > 0;
    if (!tcp->listen(hostile ? QHostAddress(QHostAddress::LocalHost) : address, hostile ? 0 : port)) {
        m_error = u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString());
        return 0;
    }
    http->bind(tcp);
    quint16 bound = tcp->serverPort();
    if (hostile) {
        auto otherOrigin = std::make_unique<OtherOriginRecorder>();
        if (!otherOrigin->listen(address, 0)) {
            m_error = u"Cannot listen for the other origin: "_s + otherOrigin->errorString();
            return 0;
        }
        QUrl backend;
        backend.setScheme(u"http"_s);
        backend.setHost(u"127.0.0.1"_s);
        backend.setPort(bound);
        auto front = std::make_unique<HostileVendorProxy>(*faults, backend, otherOrigin.get());
        front->setNetwork(m_config.latencyMs, m_config.bandwidthKbps);
        if (!front->listen(address, port)) {
            m_error
                = u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(front->errorString());
            return 0;
        }
        bound = front->serverPort();
        m_otherOrigin = std::move(otherOrigin);
        m_hostileFront = std::move(front);
    }
    m_http = std::move(http);
    m_sphere = std::move(sphere);
    m_sardine = std::move(sardine);
    m_yativo = std::move(yativo);
    m_address = address;
    m_port = bound;
    return bound;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}
