#pragma once

#include <QAnyStringView>
#include <QtGlobal>
#include <vector>

// The table row of each customer id: open addressing over the ids' precomputed hashes
// (CustomerRow::idHash, computed where the decoder already has the id in cache). Appending the
// book through a QHash<QString, int> cost ≈ 0.7 µs an id on the project's VM — every insertion copied
// a QString (touching its cold heap block) and every growth re-hashed all strings — which made it the
// largest single cost of loading 100 000 customers. Here a slot is 8 bytes, growth re-uses the stored
// hashes, and an id's characters are read only when two hashes match. Rows are never removed from
// the table (only cleared), so there are no tombstones.
class CustomerIdIndex
{
public:
    // Row of `id` (whose hash is `hash`), or -1. `idAt(row)` gives the id stored at a row.
    template<typename IdAt> int find(QAnyStringView id, quint32 hash, IdAt &&idAt) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.row < 0)
                return -1;
            if (slot.hash == hash && idAt(slot.row) == id)
                return slot.row;
        }
    }
    // For an id not in the index yet (find() said -1).
    void insert(quint32 hash, int row);
    // Room for `count` ids in all without growing.
    void reserve(qsizetype count);
    void clear();
    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 row = -1;
    };
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots; // a power of two, at most half full
    size_t m_mask = 0;
    qsizetype m_size = 0;
};
