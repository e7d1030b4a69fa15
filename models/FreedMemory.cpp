#include "FreedMemory.h"

#include <QThreadPool>

#ifdef __GLIBC__
#    include <malloc.h>
#endif

namespace FreedMemory {

void keepForReuse()
{
#ifdef __GLIBC__
    // A fixed mmap threshold (glibc's largest, 32 MiB) puts a list page's 1.2 MB body and a book's
    // text buffers in the heap, where freeing them makes them reusable, and a fixed trim threshold
    // stops glibc from trimming the heap's top each time a body is freed. Both also turn off glibc's
    // adjusting of these thresholds at run time, so the behaviour is the same on every run. Larger
    // blocks keep a mapping of their own: with every block from the heap (M_MMAP_MAX 0) the upload of
    // a 20 MB document peaked at 4.5 times its size, against 2.5 times (the budget is 4).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    // One arena for every thread. With one per thread, a book's texts were freed in the arenas of the
    // decoding threads that made them, while the next load's could land in another (a new list or
    // pool thread takes whichever arena is free): a reload of a million customers could not reuse the
    // old book's pages, and RSS grew with each reload (README, "First touches of memory"). The
    // threads that allocate much do so in large blocks, a few a page, and small blocks come from each
    // thread's cache, so they hardly contend.
    mallopt(M_ARENA_MAX, 1);
#endif
}

void handBackSoon()
{
#ifdef __GLIBC__
    if (QThreadPool *pool = QThreadPool::globalInstance()) // null once the application is going
        pool->start([] { malloc_trim(0); });
#endif
}

} // namespace FreedMemory
