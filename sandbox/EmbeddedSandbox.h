#pragma once

#include "SandboxConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;
class SandboxServer;

// The sandbox inside the desktop app: a SandboxServer on its own thread, so seeding and request
// handling never stall the UI. The server (and its SQLite connection) is created, used and
// destroyed on that thread only.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the server and joins the thread

    // Blocks until the server listens on 127.0.0.1 (free port); returns its base URL, or an
    // empty QUrl with errorString() set. Call once.
    QUrl start(const SandboxConfig &config);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

private:
    void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; the target of cross-thread invocations
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_error;
};
