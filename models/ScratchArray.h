#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

// Scratch memory for one sort of the book: room for `count` items, left as it is (the first write to
// each page is the caller's, done on the pool), freed when the sort is done. At a million rows a sort
// by name needs about 70 MB of it, and first touches of 4 KiB pages made up a third of that sort on
// this project's VMs (README, "The first sort by name at a million"). An array of 32 MiB or more is
// mapped on its own and asked to be backed by transparent huge pages, which the kernel then maps
// 2 MiB at a time; a smaller one comes from malloc's heap, where freed pages are reused warm.
namespace ScratchMemory {
// Throws std::bad_alloc, as new does, when there is no room. `mappedBytes` says how to release it.
void *allocate(std::size_t bytes, std::size_t &mappedBytes);
void release(void *memory, std::size_t mappedBytes) noexcept;
} // namespace ScratchMemory

template<typename T> class ScratchArray
{
    static_assert(std::is_trivially_default_constructible_v<
                      T> && std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    static_assert(alignof(T) <= alignof(std::max_align_t));

public:
    ScratchArray() = default;
    explicit ScratchArray(std::size_t count) : m_count(count)
    {
        if (count > 0)
            m_items = static_cast<T *>(ScratchMemory::allocate(count * sizeof(T), m_mappedBytes));
    }
    ~ScratchArray() { ScratchMemory::release(m_items, m_mappedBytes); }

    ScratchArray(ScratchArray &&other) noexcept
        : m_items(std::exchange(other.m_items, nullptr))
        , m_count(std::exchange(other.m_count, 0))
        , m_mappedBytes(std::exchange(other.m_mappedBytes, 0))
    { }
    ScratchArray &operator=(ScratchArray &&other) noexcept
    {
        ScratchArray(std::move(other)).swap(*this);
        return *this;
    }
    ScratchArray(const ScratchArray &) = delete;
    ScratchArray &operator=(const ScratchArray &) = delete;

    void swap(ScratchArray &other) noexcept
    {
        std::swap(m_items, other.m_items);
        std::swap(m_count, other.m_count);
        std::swap(m_mappedBytes, other.m_mappedBytes);
    }

    T *data() { return m_items; }
    const T *data() const { return m_items; }
    std::size_t size() const { return m_count; }
    T &operator[](std::size_t i) { return m_items[i]; }
    const T &operator[](std::size_t i) const { return m_items[i]; }

private:
    T *m_items = nullptr;
    std::size_t m_count = 0;
    std::size_t m_mappedBytes = 0; // 0: from malloc
};
