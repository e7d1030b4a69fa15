#include "EmbeddedSandbox.h"

#include "SandboxServer.h"

#include <QHostAddress>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

EmbeddedSandbox::EmbeddedSandbox(QObject *parent) : QObject(parent) { }

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QUrl EmbeddedSandbox::start(const SandboxConfig &config)
{
    if (m_thread) {
        m_error = u"The embedded sandbox was already started"_s;
        return {};
    }
    m_thread = new QThread;
    m_thread->setObjectName(u"kycdesk-sandbox"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    QUrl url;
    QString error;
    QMetaObject::invokeMethod(
        m_context,
        [this, &config, &url, &error] {
            // Constructed here so the server, its sockets and its QSqlDatabase belong to this thread.
            m_server = new SandboxServer(config);
            if (m_server->listen(QHostAddress::LocalHost, 0) != 0) {
                url = m_server->baseUrl();
            } else {
                error = m_server->errorString();
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        m_error = error;
        stop();
        return {};
    }
    m_baseUrl = url;
    return url;
}

void EmbeddedSandbox::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has finished, so deleting it here is safe
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_baseUrl.clear();
}
