#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A real loopback HTTP server that answers every request with one canned response (or never
// answers), for the misbehaving-vendor cases the sandbox does not produce: HTML error pages,
// wrong types, hangs. Tests still go through QNetworkAccessManager and real sockets.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0 || m_hang)
                        return;
                    // The whole body, so tests can check exactly what was sent.
                    const QByteArray headers = m_buffer.left(headerEnd).toLower();
                    const qsizetype lengthAt = headers.indexOf("content-length:");
                    if (lengthAt >= 0) {
                        const qsizetype lineEnd = headers.indexOf("\r\n", lengthAt);
                        const qsizetype length
                            = headers.mid(lengthAt + 15, lineEnd < 0 ? -1 : lineEnd - lengthAt - 15)
                                  .trimmed()
                                  .toLongLong();
                        if (m_buffer.size() < headerEnd + 4 + length)
                            return;
                    }
                    ++m_requests;
                    m_lastRequest = m_buffer;
                    m_buffer.clear();
                    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status)
                        + " Canned\r\nContent-Type: " + m_contentType + "\r\nContent-Length: "
                        + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    void respond(int status, QByteArray body, QByteArray contentType = "application/json")
    {
        m_status = status;
        m_body = std::move(body);
        m_contentType = std::move(contentType);
        m_hang = false;
    }
    void hang() { m_hang = true; }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QByteArray m_buffer;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_lastRequest;
    int m_status = 200;
    int m_requests = 0;
    bool m_hang = false;
};
