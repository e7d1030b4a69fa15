#include "CustomerIdIndex.h"

#include <utility>

void CustomerIdIndex::insert(quint32 hash, int row)
{
    Q_ASSERT(row >= 0);
    reserve(m_size + 1);
    size_t i = hash & m_mask;
    while (m_slots[i].row >= 0)
        i = (i + 1) & m_mask;
    m_slots[i] = { hash, row };
    ++m_size;
}

void CustomerIdIndex::reserve(qsizetype count)
{
    // Linear probing stays short at a load factor of one half.
    size_t wanted = 16;
    while (wanted < size_t(count) * 2)
        wanted *= 2;
    if (wanted > m_slots.size())
        rehash(std::max(wanted, m_slots.size() * 2));
}

void CustomerIdIndex::clear()
{
    m_slots = {};
    m_mask = 0;
    m_size = 0;
}

void CustomerIdIndex::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    m_mask = slotCount - 1;
    for (const Slot &slot : old) {
        if (slot.row < 0)
            continue;
        size_t i = slot.hash & m_mask;
        while (m_slots[i].row >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}
