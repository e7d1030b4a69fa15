#include "FreedMemory.h"

#include <QThreadPool>

#ifdef __GLIBC__
#    include <malloc.h>
#endif

namespace FreedMemory {

void keepForReuse()
{
#ifdef __GLIBC__
    // No block of its own mapping for a large allocation, and a fixed trim threshold: a list page's
    // 1.2 MB body, a book's text buffers and a sort's 48 MB of keys at a million rows all come from
    // the heap and are reused there when freed, instead of being unmapped and touched afresh the next
    // time (a sort by name at a million rows spent most of its time on its fresh pages). glibc hands
    // the top of the heap back once more than 256 MiB of it is free. Both also turn off glibc's
    // adjusting of its thresholds at run time, so the behaviour is the same on every run.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
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
