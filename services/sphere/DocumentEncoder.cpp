#include "DocumentEncoder.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// A multiple of 3 input bytes encodes to whole base64 quanta with no padding, so the chunks'
// outputs simply concatenate to the encoding of the whole. 192 KiB keeps a cancel prompt and
// gives a 10 MB scan ~50 progress steps.
constexpr qsizetype kChunkBytes = 3 * 64 * 1024;

void encodeInChunks(QPromise<QByteArray> &promise, const QByteArray &content)
{
    promise.setProgressRange(0, 100);
    promise.setProgressValue(0);
    QByteArray out;
    out.reserve((content.size() + 2) / 3 * 4);
    for (qsizetype pos = 0; pos < content.size(); pos += kChunkBytes) {
        if (promise.isCanceled())
            return;
        const qsizetype length = std::min(kChunkBytes, content.size() - pos);
        out.append(QByteArray::fromRawData(content.constData() + pos, length).toBase64());
        promise.setProgressValue(int((pos + length) * 100 / content.size()));
    }
    // Also reached for empty content, so every run ends at 100.
    promise.setProgressValue(100);
    promise.addResult(std::move(out));
}
} // namespace

DocumentEncoder::DocumentEncoder(QObject *parent) : QObject(parent)
{
    // A child, so moveToThread() takes the watcher along and its signals keep arriving on this
    // object's thread. (It is also a member: as a child it leaves the list when destroyed first.)
    m_watcher.setParent(this);
    connect(&m_watcher, &QFutureWatcher<QByteArray>::progressValueChanged, this, &DocumentEncoder::progress);
    connect(&m_watcher, &QFutureWatcher<QByteArray>::finished, this, [this] {
        // A cancelled run finishes too (without a result): only a complete encoding is announced.
        const QFuture<QByteArray> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        m_result = future.result();
        Q_EMIT finished(m_result);
    });
}

DocumentEncoder::~DocumentEncoder()
{
    // The worker reads the content it was given by value, but nothing may be delivered to a
    // half-destroyed object: stop listening, then let the current chunk end.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DocumentEncoder::start(const QByteArray &content)
{
    cancel();
    m_result.clear();
    // setFuture() drops signals still queued from the previous run, so they cannot be mistaken
    // for this one's.
    m_watcher.setFuture(QtConcurrent::run(encodeInChunks, content));
}

void DocumentEncoder::cancel()
{
    m_watcher.cancel();
}

bool DocumentEncoder::isRunning() const
{
    return m_watcher.isRunning() && !m_watcher.isCanceled();
}

QByteArray DocumentEncoder::encode(const QByteArray &content)
{
    return content.toBase64();
}
