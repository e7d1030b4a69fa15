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
    // text buffers in the arenas, where freeing them makes them reusable. A fixed trim threshold stops
    // glibc from trimming an arena's top each time a body is freed. Both also turn off glibc's
    // adjusting of these thresholds at run time, so the behaviour is the same on every run.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    // One arena for every thread. With one per thread, a book's texts were freed in the arenas of the
    // decoding threads that made them, while the next load's could land in another (a new list or
    // pool thread takes whichever arena is free): a reload of a million customers then could not
    // reuse the old book's pages, and three loads peaked at 629-665 MiB, against 489 MiB in one
    // arena. The threads that allocate a lot do so a few times a page, so they hardly contend.
    mallopt(M_ARENA_MAX, 1);
#endif
}

void handBackSoon()
{
#ifdef __GLIBC__
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}

} // namespace FreedMemory
