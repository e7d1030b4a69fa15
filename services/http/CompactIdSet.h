#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <vector>

// A set of ids, exact, in about 60 bytes an id where QSet<QString> takes about 150: each id once as
// UTF-8 in one arena (a length byte pair, then the bytes), found through an open-addressing table
// of 32-bit hash tags and arena offsets. A listing walk of a million customers keeps every id it has
// seen until it ends, so this is what the walk's duplicate check costs at its peak.
class CompactIdSet
{
public:
    // True when `id` was not in the set (it is now); false when it was.
    bool insert(QAnyStringView id);
    bool contains(QAnyStringView id) const;
    qsizetype size() const { return m_size; }
    // Room for `ids` without growing the table again (the arena grows as ids come).
    void reserve(qsizetype ids);

private:
    static constexpr quint32 kEmpty = 0xffffffffu;
    struct Slot
    {
        quint32 tag = 0;
        quint32 offset = kEmpty;
    };
    // `id` as UTF-8 in m_scratch; its hash.
    size_t encode(QAnyStringView id) const;
    // The slot holding m_scratch, or the empty slot where it would go.
    size_t find(size_t hash) const;
    QByteArrayView stored(quint32 offset) const;
    void grow(size_t slots);

    std::vector<Slot> m_slots;
    QByteArray m_arena;
    qsizetype m_size = 0;
    mutable QByteArray m_scratch;
};
