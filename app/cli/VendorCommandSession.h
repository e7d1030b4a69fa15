#pragma once

#include "VendorEnvironment.h"

#include <memory>
#include <QString>

class HttpTransport;
class QCommandLineParser;
class RawResponsePrinter;
class SardineClient;
class SphereClient;
class VendorConnection;
class YativoClient;

// What a command needs to talk to its vendor: an HTTP transport, the vendor's ready connection
// (CliConnection: options, environment variables, keychain) and, with --raw, the printer of that
// vendor's answers. Check isReady() first; problem() is the one line to fail with otherwise.
class VendorCommandSession
{
public:
    VendorCommandSession(Vendor vendor, const QCommandLineParser &parser);
    ~VendorCommandSession();
    VendorCommandSession(const VendorCommandSession &) = delete;
    VendorCommandSession &operator=(const VendorCommandSession &) = delete;

    bool isReady() const { return m_connection != nullptr; }
    const QString &problem() const { return m_problem; }
    HttpTransport *transport() const { return m_transport.get(); }
    // What records made through this connection store as their environment (as the app writes
    // it: EnvironmentSelection::recordKey).
    QString recordKey() const;
    static QString recordKeyOf(const VendorConnection &connection);

    SphereClient *sphere() const;
    SardineClient *sardine() const;
    YativoClient *yativo() const;

private:
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<VendorConnection> m_connection;
    std::unique_ptr<RawResponsePrinter> m_raw;
    QString m_problem;
};
