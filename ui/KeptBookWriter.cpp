#include "KeptBookWriter.h"

#include "CustomerBook.h"
#include "CustomerCache.h"
#include "CustomerTableModel.h"

#include <QFutureWatcher>
#include <QtConcurrent>

KeptBookWriter::KeptBookWriter(CustomerCache *cache, QObject *parent) : QObject(parent), m_cache(cache) { }

KeptBookWriter::~KeptBookWriter()
{
    finish();
}

void KeptBookWriter::keep(const QString &environment, const CustomerBook *book)
{
    drop();
    m_book = book;
    m_rowAt = book->snapshotRows();
    m_environment = environment;
    m_rows = book->model()->rowCount();
    m_nextRow = 0;
    m_generation = CustomerCache::newGeneration();
    m_bookReset
        = connect(book->model(), &QAbstractItemModel::modelAboutToBeReset, this, &KeptBookWriter::drop);
    scheduleNext();
}

void KeptBookWriter::finish()
{
    if (!m_book)
        return;
    while (m_nextRow < m_rows) {
        const int count = std::min(CustomerRowSnapshot::kChunkRows, m_rows - m_nextRow);
        m_chunks.append(QtFuture::makeReadyFuture(CustomerRowSnapshot::compressChunk(
            CustomerRowSnapshot::serializeChunk(m_nextRow, count, m_rowAt), count)));
        m_nextRow += count;
    }
    for (auto &chunk : m_chunks)
        chunk.waitForFinished();
    writeCompressed();
    writeIfComplete();
}

void KeptBookWriter::scheduleNext()
{
    if (!m_book || m_serializeQueued || chunksCompressing() >= kChunksInFlight)
        return;
    m_serializeQueued = true;
    QMetaObject::invokeMethod(this, &KeptBookWriter::serializeNext, Qt::QueuedConnection);
}

void KeptBookWriter::serializeNext()
{
    m_serializeQueued = false;
    if (!m_book)
        return; // dropped since
    if (m_nextRow >= m_rows) {
        writeIfComplete();
        return;
    }
    const int count = std::min(CustomerRowSnapshot::kChunkRows, m_rows - m_nextRow);
    QByteArray serialized = CustomerRowSnapshot::serializeChunk(m_nextRow, count, m_rowAt);
    m_nextRow += count;
    auto chunk = QtConcurrent::run(&CustomerRowSnapshot::compressChunk, std::move(serialized), count);
    m_chunks.append(chunk);
    // A watcher rather than QFuture::then(this, …): a continuation runs on the pool's thread and
    // posts to this object there, which races with its destruction; a watcher it owns is
    // disconnected under the future's lock when it goes.
    auto *watcher = new QFutureWatcher<CustomerRowSnapshot::CompressedChunk>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, listing = m_listing] {
        watcher->deleteLater();
        if (listing != m_listing)
            return;
        writeCompressed();
        scheduleNext();
        writeIfComplete();
    });
    watcher->setFuture(chunk);
    scheduleNext();
}

void KeptBookWriter::writeCompressed()
{
    while (m_book && !m_chunks.isEmpty() && m_chunks.constFirst().isFinished()) {
        const auto chunk = m_chunks.takeFirst().takeResult();
        if (const auto failed = m_cache->keepBookChunk(m_environment, m_generation, m_chunksWritten, chunk)) {
            qWarning("customer list not kept for offline use: %s", qPrintable(failed->message));
            drop();
            return;
        }
        ++m_chunksWritten;
    }
}

void KeptBookWriter::writeIfComplete()
{
    if (!m_book || m_nextRow < m_rows || !m_chunks.isEmpty())
        return;
    const QString environment = m_environment, generation = m_generation;
    const int rows = m_rows, chunks = m_chunksWritten;
    m_chunksWritten = 0; // finished: nothing to abandon
    drop();
    if (const auto failed = m_cache->finishKeptBook(environment, generation, rows, chunks)) {
        qWarning("customer list not kept for offline use: %s", qPrintable(failed->message));
        m_cache->abandonKeptBook(environment, generation);
    }
}

void KeptBookWriter::drop()
{
    ++m_listing;
    if (m_chunksWritten > 0)
        m_cache->abandonKeptBook(m_environment, m_generation);
    m_chunksWritten = 0;
    disconnect(m_bookReset);
    m_book = nullptr;
    m_rowAt = {};
    m_chunks.clear(); // those still compressing finish on the pool, unread
    m_rows = m_nextRow = 0;
}

int KeptBookWriter::chunksCompressing() const
{
    return int(std::count_if(m_chunks.cbegin(), m_chunks.cend(),
                             [](const auto &chunk) { return !chunk.isFinished(); }));
}
