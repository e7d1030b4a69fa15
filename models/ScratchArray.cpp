#include "ScratchArray.h"

#include <cstdlib>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#    include <sys/mman.h>
#endif

namespace ScratchMemory {

namespace {
// Below this malloc takes it from its heap (FreedMemory::keepForReuse), where the pages a block
// freed are reused warm; a mapping of its own would be fresh each time.
constexpr std::size_t kMappedFrom = std::size_t(32) << 20;
} // namespace

void *allocate(std::size_t bytes, std::size_t &mappedBytes)
{
    mappedBytes = 0;
#ifdef Q_OS_LINUX
    if (bytes >= kMappedFrom) {
        void *memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        // Advice only: where transparent huge pages are off ("never") the pages stay small.
        madvise(memory, bytes, MADV_HUGEPAGE);
        mappedBytes = bytes;
        return memory;
    }
#endif
    void *memory = std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void release(void *memory, std::size_t mappedBytes) noexcept
{
    if (!memory)
        return;
#ifdef Q_OS_LINUX
    if (mappedBytes > 0) {
        munmap(memory, mappedBytes);
        return;
    }
#endif
    std::free(memory);
}

} // namespace ScratchMemory
