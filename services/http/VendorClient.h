#pragma once

#include "ApiCall.h"
#include "ApiEndpoint.h"
#include "HttpTransport.h"
#include "Result.h"

#include <functional>
#include <QObject>

// What every endpoint-based vendor client (Sphere, Sardine) holds: the transport it sends through
// and the endpoint it talks to, named after the vendor when the settings left the name empty, so
// that error messages say whose answer failed.
class VendorClient : public QObject
{
public:
    const ApiEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const ApiEndpoint &endpoint) { m_endpoint = endpoint; }
    HttpTransport *transport() const { return m_transport; }

protected:
    VendorClient(HttpTransport *transport, ApiEndpoint endpoint, const QString &vendor, QObject *parent)
        : QObject(parent), m_transport(transport), m_endpoint(std::move(endpoint))
    {
        if (m_endpoint.vendor.isEmpty())
            m_endpoint.vendor = vendor;
    }

    // Sends `request` and hands `done` the vendor codec's typed answer (ApiCall::deliver).
    template<typename T>
    ApiJob *send(const ApiRequest &request, QObject *context, Result<T> (*decode)(int, const QByteArray &),
                 std::function<void(const Result<T> &)> done)
    {
        return ApiCall::deliver(m_transport->send(m_endpoint, request), context, decode, std::move(done));
    }

    HttpTransport *m_transport;
    ApiEndpoint m_endpoint;
};
