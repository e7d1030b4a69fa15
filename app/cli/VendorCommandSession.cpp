#include "VendorCommandSession.h"

#include "CliConnection.h"
#include "EnvironmentSelection.h"
#include "HttpTransport.h"
#include "RawResponsePrinter.h"
#include "VendorConnection.h"

VendorCommandSession::VendorCommandSession(Vendor vendor, const QCommandLineParser &parser)
    : m_transport(std::make_unique<HttpTransport>())
{
    switch (vendor) {
    case Vendor::Sphere:
        m_connection = cli::connectSphere(m_transport.get(), parser, &m_problem);
        break;
    case Vendor::Sardine:
        m_connection = cli::connectSardine(m_transport.get(), parser, &m_problem);
        break;
    case Vendor::Yativo:
        m_connection = cli::connectYativo(m_transport.get(), parser, &m_problem);
        break;
    }
    if (m_connection)
        m_raw = std::make_unique<RawResponsePrinter>(m_transport.get(), parser,
                                                     VendorEnvironment::vendorName(vendor));
}

// The connection's clients send through the transport: they go first.
VendorCommandSession::~VendorCommandSession()
{
    m_raw.reset();
    m_connection.reset();
}

SphereClient *VendorCommandSession::sphere() const
{
    return m_connection ? m_connection->sphere() : nullptr;
}

SardineClient *VendorCommandSession::sardine() const
{
    return m_connection ? m_connection->sardine() : nullptr;
}

YativoClient *VendorCommandSession::yativo() const
{
    return m_connection ? m_connection->yativo() : nullptr;
}

QString VendorCommandSession::recordKey() const
{
    return m_connection ? recordKeyOf(*m_connection) : VendorEnvironment::unknownRecordKey();
}

QString VendorCommandSession::recordKeyOf(const VendorConnection &connection)
{
    const EnvironmentKind kind = connection.environment();
    const bool ownUrl = kind == EnvironmentKind::Custom || kind == EnvironmentKind::VendorSandbox;
    EnvironmentSelection selection;
    selection.setEnvironment(connection.vendor(), kind, ownUrl ? connection.baseUrl() : QUrl());
    return selection.recordKey(connection.vendor());
}
