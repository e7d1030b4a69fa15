#include "KeptBookWriter.h"

#include "CustomerBook.h"
#include "CustomerCache.h"
#include "CustomerTableModel.h"

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
    collectCompressed();
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
    chunk.then(this, [this, listing = m_listing](const QFuture<CustomerRowSnapshot::CompressedChunk> &) {
        if (listing != m_listing)
            return;
        collectCompressed();
        scheduleNext();
        writeIfComplete();
    });
    scheduleNext();
}

void KeptBookWriter::collectCompressed()
{
    while (!m_chunks.isEmpty() && m_chunks.constFirst().isFinished())
        m_compressed.append(m_chunks.takeFirst().takeResult());
}

void KeptBookWriter::writeIfComplete()
{
    if (!m_book || m_nextRow < m_rows || !m_chunks.isEmpty())
        return;
    const QList<CustomerRowSnapshot::CompressedChunk> chunks = std::exchange(m_compressed, {});
    const QString environment = m_environment;
    const int rows = m_rows;
    drop();
    if (const auto failed = m_cache->keepBook(environment, rows, chunks))
        qWarning("customer list not kept for offline use: %s", qPrintable(failed->message));
}

void KeptBookWriter::drop()
{
    ++m_listing;
    disconnect(m_bookReset);
    m_book = nullptr;
    m_rowAt = {};
    m_chunks.clear(); // those still compressing finish on the pool, unread
    m_compressed.clear();
    m_rows = m_nextRow = 0;
}

int KeptBookWriter::chunksCompressing() const
{
    return int(std::count_if(m_chunks.cbegin(), m_chunks.cend(),
                             [](const auto &chunk) { return !chunk.isFinished(); }));
}
