#include "KeptBookWriter.h"

#include "CustomerCache.h"
#include "CustomerRowSnapshot.h"

#include <QtConcurrent>

KeptBookWriter::KeptBookWriter(CustomerCache *cache, QObject *parent) : QObject(parent), m_cache(cache)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &KeptBookWriter::writePending);
}

KeptBookWriter::~KeptBookWriter()
{
    m_watcher.disconnect(this);
    if (m_pending.isValid()) {
        m_pending.waitForFinished();
        writePending();
    }
}

void KeptBookWriter::keep(const QString &environment, const QByteArray &serializedRows, int rows)
{
    m_environment = environment;
    m_rows = rows;
    m_pending = QtConcurrent::run([serializedRows] { return CustomerRowSnapshot::compress(serializedRows); });
    m_watcher.setFuture(m_pending); // a compression still running for an older listing is not written
}

void KeptBookWriter::writePending()
{
    if (!m_pending.isValid() || !m_pending.isFinished())
        return;
    const QByteArray compressed = m_pending.result();
    m_pending = {};
    if (const auto failed = m_cache->keepBook(m_environment, compressed, m_rows))
        qWarning("customer list not kept for offline use: %s", qPrintable(failed->message));
}
