#pragma once

#include "CustomerRowSnapshot.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CustomerBook;
class CustomerCache;

// Writes each complete listing to the workspace for the next start (CustomerCache::keepBook) without
// holding up the window or doubling the app's memory. The rows are serialized a chunk per turn of
// the event loop (CustomerRowSnapshot::kChunkRows, a few milliseconds each), each chunk compressed
// on the thread pool, no more than kChunksInFlight chunks wait to be compressed, and each is written
// to the workspace as soon as it and those before it are (CustomerCache::keepBookChunk); the last
// makes the listing the kept one. At a million rows the serialized book at once was 265 MB beside
// the book, its compression ten seconds of one block, and its write half a second of the UI thread.
//
// The book must stay as it was read: a reload or a change of environment (the table reset) drops
// the listing being kept, whose successor is kept when complete. A customer fetched meanwhile may be
// kept as the listing had it, which the next listing puts right. A listing still being kept when
// the writer goes, or finish() is called, is finished then, so that closing the window right after a
// load still leaves the copy for the next start. The cache must outlive this object.
class KeptBookWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunksInFlight = 2;

    explicit KeptBookWriter(CustomerCache *cache, QObject *parent = nullptr);
    ~KeptBookWriter() override; // finish()

    // Keeps the book's rows as they are now, under `environment`; a listing still being kept is dropped.
    void keep(const QString &environment, const CustomerBook *book);
    bool isWriting() const { return !m_book.isNull(); }
    // The listing being kept, written now, on this thread: the window is closing.
    void finish();

private:
    void scheduleNext();
    void serializeNext();
    void writeCompressed(); // the chunks compressed in order so far
    void writeIfComplete();
    void drop();
    int chunksCompressing() const;

    CustomerCache *m_cache;
    QPointer<const CustomerBook> m_book; // null when nothing is being kept
    QMetaObject::Connection m_bookReset;
    CustomerRowSnapshot::RowSource m_rowAt;
    QString m_environment;
    int m_rows = 0;
    int m_nextRow = 0;
    QList<QFuture<CustomerRowSnapshot::CompressedChunk>> m_chunks; // not yet written, in order
    QString m_generation; // of the chunks written (CustomerCache)
    int m_chunksWritten = 0;
    quint64 m_listing = 0; // which listing a compressed chunk belongs to
    bool m_serializeQueued = false;
};
