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
                    if (!m_buffer.contains("\r\n\r\n") || m_hang)
                        return;
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
