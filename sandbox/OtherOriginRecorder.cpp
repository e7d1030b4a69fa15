#include "OtherOriginRecorder.h"

#include "RawHttpRequest.h"

#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

OtherOriginRecorder::OtherOriginRecorder(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                while (const std::optional<RawHttpRequest> request = RawHttpRequest::take(buffer)) {
                    m_received.append(QJsonObject {
                        { u"method"_s, QString::fromLatin1(request->method) },
                        { u"path"_s, QString::fromLatin1(request->path()) },
                        { u"authorization"_s, !request->header("Authorization").isEmpty() },
                        { u"bodyBytes"_s, qint64(request->body.size()) },
                    });
                    const QByteArray body = "{\"ok\":true,\"recorded\":true}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    return;
                }
                socket->setProperty("buffer", buffer);
            });
        }
    });
}

QUrl OtherOriginRecorder::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    return url;
}
