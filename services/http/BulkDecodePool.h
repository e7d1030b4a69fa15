#pragma once

#include <exception>
#include <memory>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <type_traits>
#include <utility>

// Threads for decoding what arrives in bulk: the pages of a listing, seconds of CPU at a million
// customers. That work must yield to what the analyst waits for meanwhile: the UI thread, the
// network threads bringing the next pages (and, when it shares the machine, the vendor sending
// them), and a keystroke's scan on Qt's global pool. So its threads are not the global pool's,
// where a scan would queue behind pages, and each lowers its own scheduling priority before its
// first task: it takes whatever CPU is left, and a thread that wakes up for those gets the core at
// once instead of a turn behind a decoder.
namespace BulkDecodePool {

QThreadPool *instance();

// The calling thread's priority, lowered once for good (an unprivileged thread may not raise it
// again on Linux); true if it now is. Only for the pool's own threads.
bool lowerCurrentThread();

// `work` on one of the pool's threads, the thread lowered first. Always there: unlike
// QtConcurrent::run's, this future is not run by a thread that waits for it (QFuture::result()
// takes a task not yet started and runs it itself), which would lower that thread for good.
template<typename Work> QFuture<std::invoke_result_t<Work &>> run(Work work)
{
    using Result = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    instance()->start([promise, work = std::move(work)]() mutable {
        lowerCurrentThread();
        try {
            promise->addResult(work());
        } catch (...) {
            // Kept for whoever reads the future (QFuture rethrows it there), as QtConcurrent does:
            // escaping the pool's thread would end the program from it.
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

} // namespace BulkDecodePool
