#pragma once

#include "SandboxLimits.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Reads each request's head on one connection before QHttpServer does, so an oversized body is
// refused from its Content-Length alone (413) instead of being buffered whole first: QHttpServer
// reads a request's entire body into memory before any handler can look at it. A body without a
// length (chunked) is refused with 411, since its size is only known once it has been read.
//
// It sees every byte exactly once because its readyRead slot is connected before QHttpServer's and
// only peeks; the refused connection is unhooked from QHttpServer, the rest of the announced body
// is read and dropped (so the client gets the answer rather than a reset), then it is closed.
class RequestSizeGuard : public QObject
{
public:
    // Call from QTcpServer::nextPendingConnection(), before QHttpServer connects to the socket.
    static void watch(QTcpSocket *socket, QObject *httpServer);

private:
    RequestSizeGuard(QTcpSocket *socket, QObject *httpServer);
    void onReadyRead();
    // Returns how many bytes of `fresh` the head used, or -1 while the head is incomplete.
    qsizetype readHead(const QByteArray &fresh);
    void refuse(SandboxLimits::Api api, int status, const QString &code, const QString &message,
                qint64 bodyStillToCome);

    enum class Phase { Head, Body, Unchecked, Refused };
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // QHttpServer's parser refuses larger heads
    static constexpr int kLingerMs = 3000; // longest wait for a refused body before closing

    QTcpSocket *m_socket;
    QPointer<QObject> m_http;
    Phase m_phase = Phase::Head;
    QByteArray m_head; // the current request's head so far
    qint64 m_bodyLeft = 0; // bytes of the current body not seen yet
};
