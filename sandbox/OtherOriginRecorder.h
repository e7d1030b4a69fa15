#pragma once

#include <QJsonArray>
#include <QTcpServer>
#include <QUrl>

// The "other origin" the redirect faults point at: a listener on another port that answers every
// request with 200 and records what reached it, so tests can assert that no credential and no
// request body ever left the vendor's origin.
class OtherOriginRecorder : public QTcpServer
{
    Q_OBJECT

public:
    explicit OtherOriginRecorder(QObject *parent = nullptr);

    QUrl url() const;
    // One object a request: method, path, authorization (whether the header came), bodyBytes.
    QJsonArray received() const { return m_received; }

private:
    QJsonArray m_received;
};
