#pragma once

#include "FaultSpec.h"
#include "RawHttpRequest.h"

#include <functional>
#include <QTcpServer>
#include <QUrl>

class OtherOriginRecorder;
class QNetworkAccessManager;
class QTcpSocket;

// The front of `kycdesk-sandbox --faults`: it takes every request on the public port and answers
// the way a broken or hostile vendor would (FaultSpec), forwarding to the real emulator behind it
// where the fault needs a real answer to spoil. It speaks raw HTTP on the socket because dripping,
// cutting off or endlessly streaming a body is exactly what an HTTP server library prevents.
// GET /_sandbox/faults answers, unspoiled, what it did: the active faults, how many vendor requests
// came, and what reached the other origin.
class HostileVendorProxy : public QTcpServer
{
    Q_OBJECT

public:
    HostileVendorProxy(FaultSpec faults, QUrl backend, OtherOriginRecorder *otherOrigin,
                       QObject *parent = nullptr);
    // The network it stands for: every request held `latencyMs` before it is answered, every
    // answer sent at `bandwidthKbps` kilobits a second (0: no limit).
    void setNetwork(int latencyMs, int bandwidthKbps)
    {
        m_latencyMs = latencyMs;
        m_bandwidthKbps = bandwidthKbps;
    }

private:
    using Forwarded = std::function<void(int status, const QByteArray &contentType, const QByteArray &body)>;

    void handle(QTcpSocket *socket, const RawHttpRequest &request);
    void spoil(QTcpSocket *socket, const RawHttpRequest &request, int status, const QByteArray &contentType,
               QByteArray body);
    void reshapeList(QTcpSocket *socket, const RawHttpRequest &request, int status,
                     const QByteArray &contentType, const QByteArray &body);
    void forward(const RawHttpRequest &request, const QByteArray &target, QObject *context, Forwarded done);
    QByteArray introspection() const;
    // The whole answer, at the network's bandwidth, then the connection closed.
    void send(QTcpSocket *socket, const QByteArray &bytes);

    FaultSpec m_faults;
    QUrl m_backend;
    OtherOriginRecorder *m_otherOrigin;
    QNetworkAccessManager *m_network;
    qint64 m_vendorRequests = 0;
    int m_inProgress = 0; // vendor requests received and not yet answered
    qint64 m_rateLimited = 0;
    int m_latencyMs = 0;
    int m_bandwidthKbps = 0;
};
