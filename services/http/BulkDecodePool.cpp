#include "BulkDecodePool.h"

#include "LogCategories.h"

#include <algorithm>
#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#    include <cerrno>
#    include <sys/resource.h>
#    include <unistd.h>
#endif

namespace {

#ifdef Q_OS_LINUX
// Five steps of nice: a third of the weight of a normal thread, so a decoder still gets a fair
// part of a busy desktop's CPU (SCHED_IDLE or nice 19 would leave a load waiting behind any
// other program) while the threads the load waits on come first.
constexpr int kNiceSteps = 5;
#endif

QThreadPool *createPool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("bulk-decode"));
    // Decoding tasks read statics of the decoders, which go when the program's statics do: the pool
    // is drained while the application object is destroyed, as Qt drains its global pool.
    qAddPostRoutine([] { BulkDecodePool::instance()->waitForDone(); });
    return pool;
}

} // namespace

namespace BulkDecodePool {

QThreadPool *instance()
{
    // Never destroyed: a task finishing during the program's exit must not find its pool gone.
    static QThreadPool *const pool = createPool();
    return pool;
}

bool lowerCurrentThread()
{
    // Tried once per thread: one that cannot be lowered decodes at the usual priority.
    thread_local const bool lowered = [] {
#ifdef Q_OS_LINUX
        // Linux keeps a nice value per thread; QThread::setPriority cannot express one under the
        // default scheduling policy (only SCHED_IDLE, too weak: see kNiceSteps).
        const id_t thread = id_t(gettid());
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, thread);
        if (errno != 0 || setpriority(PRIO_PROCESS, thread, std::min(nice + kNiceSteps, 19)) != 0) {
            const int error = errno;
            qCDebug(lcHttp) << "bulk decoding: this thread's priority stays as it is, errno" << error;
            return false;
        }
        return true;
#else
        QThread::currentThread()->setPriority(QThread::LowPriority);
        return true;
#endif
    }();
    return lowered;
}

} // namespace BulkDecodePool
