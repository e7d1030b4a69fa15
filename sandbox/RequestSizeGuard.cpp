#include "RequestSizeGuard.h"

#include <QHash>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

void RequestSizeGuard::watch(QTcpSocket *socket, QObject *httpServer)
{
    new RequestSizeGuard(socket, httpServer); // owned by the socket
}

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, QObject *httpServer)
    : QObject(socket), m_socket(socket), m_http(httpServer)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::onReadyRead);
}

void RequestSizeGuard::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_phase == Phase::Refused) {
        // Nothing reads this connection any more: drop what arrives, close once it is all here.
        m_socket->skip(available);
        m_bodyLeft -= available;
        if (m_bodyLeft <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_phase == Phase::Unchecked || available <= 0)
        return;
    if (m_phase == Phase::Body && available < m_bodyLeft) {
        m_bodyLeft -= available; // all body: nothing to look at
        return;
    }
    // QHttpServer reads everything available after this slot returns, so these are exactly the
    // bytes that arrived since the last signal.
    const QByteArray fresh = m_socket->peek(available);
    qsizetype pos = 0;
    while (pos < fresh.size() && m_phase != Phase::Refused && m_phase != Phase::Unchecked) {
        if (m_phase == Phase::Body) {
            const qint64 take = qMin<qint64>(m_bodyLeft, fresh.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                m_phase = Phase::Head;
            continue;
        }
        const qsizetype used = readHead(fresh.mid(pos));
        if (used < 0)
            return;
        pos += used;
    }
}

qsizetype RequestSizeGuard::readHead(const QByteArray &fresh)
{
    const qsizetype before = m_head.size();
    m_head.append(fresh);
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kMaxHeadBytes) {
            m_phase = Phase::Unchecked; // not HTTP any more: QHttpServer's parser refuses it
            m_head.clear();
        }
        return -1;
    }
    const QByteArray head = m_head.left(end);
    m_head.clear();
    const qsizetype used = end + 4 - before;

    const QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.value(0).trimmed();
    // Empty lines may precede a request (RFC 9112 §2.2).
    qsizetype first = 0;
    while (requestLine.isEmpty() && first + 1 < lines.size())
        requestLine = lines.at(++first).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    const QString target = QString::fromLatin1(parts.value(1));
    const SandboxLimits::Api api = SandboxLimits::apiForPath(target);

    qint64 length = 0;
    bool chunked = false;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(api, 400, u"bad-request"_s, u"Content-Length must be a whole number of bytes"_s, 0);
                return used;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    const qint64 limit = SandboxLimits::maxBodyBytes(api);
    if (chunked) {
        refuse(api, 411, u"length-required"_s,
               u"Request bodies must carry Content-Length (at most %1 bytes here)"_s.arg(limit), 0);
    } else if (length > limit) {
        refuse(api, 413, u"payload-too-large"_s,
               u"Request body of %1 bytes is over this endpoint's limit of %2 bytes"_s.arg(length).arg(limit),
               length - (fresh.size() - used));
    } else {
        m_bodyLeft = length;
        m_phase = length > 0 ? Phase::Body : Phase::Head;
    }
    return used;
}

void RequestSizeGuard::refuse(SandboxLimits::Api api, int status, const QString &code, const QString &message,
                              qint64 bodyStillToCome)
{
    m_phase = Phase::Refused;
    if (m_http)
        disconnect(m_socket, &QTcpSocket::readyRead, m_http, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    static const QHash<int, QByteArray> reasons { { 400, "Bad Request" },
                                                  { 411, "Length Required" },
                                                  { 413, "Payload Too Large" } };
    const QByteArray body = SandboxLimits::errorBody(api, status, code, message);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status)
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // What already arrived is dropped; the rest is dropped as it comes.
    m_socket->skip(m_socket->bytesAvailable());
    m_bodyLeft = bodyStillToCome;
    if (m_bodyLeft <= 0) {
        m_socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}
