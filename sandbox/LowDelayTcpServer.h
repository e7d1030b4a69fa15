#pragma once

#include "RequestSizeGuard.h"

#include <QTcpServer>
#include <QTcpSocket>

// QHttpServer writes a response's headers and body separately. With Nagle's algorithm on, the
// body then waits for the client's delayed ACK (up to 40 ms on Linux) on every keep-alive
// request; real vendor front ends do not behave like that, so the emulator must not either.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // parent() is the QHttpServer, which connects to the socket only after this returns.
            RequestSizeGuard::watch(socket, parent());
        }
        return socket;
    }
};
