#pragma once

// A loopback HTTP proxy for tests: every request is recorded byte for byte (so a test sees exactly
// what went over the wire) and forwarded to a real server, whose answer is passed back — or, in
// swallow mode, forwarded but never answered, the way a vendor looks when the connection dies
// after it has done the work. One upstream connection per request keeps it simple.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class RecordingProxy : public QTcpServer
{
public:
    struct Recorded
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray head; // request line and headers
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };

    explicit RecordingProxy(QUrl upstream, QObject *parent = nullptr)
        : QTcpServer(parent), m_upstream(std::move(upstream))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection()) {
                client->setParent(this);
                connect(client, &QTcpSocket::readyRead, client, [this, client] { onClientData(client); });
            }
        });
    }

    void setSwallowResponses(bool swallow) { m_swallow = swallow; }
    // Swallow only the answers to requests with this method ("POST"); empty for none.
    void setSwallowMethod(const QByteArray &method) { m_swallowMethod = method; }
    const QList<Recorded> &requests() const { return m_requests; }
    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Recorded &r : m_requests)
            n += r.method == method ? 1 : 0;
        return n;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    // Length of a complete HTTP message at the start of `buffer` (Content-Length framing), or -1.
    static qsizetype messageLength(const QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return -1;
        const QByteArray headers = buffer.left(headerEnd).toLower();
        qsizetype length = 0;
        const qsizetype at = headers.indexOf("\ncontent-length:");
        if (at >= 0) {
            const qsizetype lineEnd = headers.indexOf("\r\n", at + 1);
            length = headers.mid(at + 16, lineEnd < 0 ? -1 : lineEnd - at - 16).trimmed().toLongLong();
        }
        const qsizetype total = headerEnd + 4 + length;
        return buffer.size() >= total ? total : -1;
    }

    void onClientData(QTcpSocket *client)
    {
        QByteArray &buffer = m_buffers[client];
        buffer += client->readAll();
        for (qsizetype length = messageLength(buffer); length >= 0; length = messageLength(buffer)) {
            const QByteArray message = buffer.left(length);
            buffer.remove(0, length);
            const qsizetype headerEnd = message.indexOf("\r\n\r\n");
            Recorded r;
            r.head = message.left(headerEnd);
            r.body = message.mid(headerEnd + 4);
            const QList<QByteArray> requestLine = r.head.left(r.head.indexOf("\r\n")).split(' ');
            r.method = requestLine.value(0);
            r.target = requestLine.value(1);
            m_requests.append(r);
            forward(client, message, r.method);
        }
    }

    void forward(QTcpSocket *client, const QByteArray &message, const QByteArray &method)
    {
        auto *upstream = new QTcpSocket(this);
        auto *response = new QByteArray;
        QPointer<QTcpSocket> guard(client);
        connect(upstream, &QTcpSocket::connected, upstream,
                [upstream, message] { upstream->write(message); });
        connect(upstream, &QTcpSocket::readyRead, upstream, [this, upstream, response, guard, method] {
            *response += upstream->readAll();
            const qsizetype length = messageLength(*response);
            if (length < 0)
                return;
            if (guard && !m_swallow && (m_swallowMethod.isEmpty() || method != m_swallowMethod))
                guard->write(response->left(length));
            upstream->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::disconnected, upstream, [upstream, response] {
            delete response;
            upstream->deleteLater();
        });
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }

    QUrl m_upstream;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Recorded> m_requests;
    bool m_swallow = false;
    QByteArray m_swallowMethod;
};
