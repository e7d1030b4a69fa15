#pragma once

#include <memory>
#include <QAnyStringView>
#include <QByteArray>
#include <QList>
#include <vector>

// A set of ids, exact, in about 60 bytes an id where QSet<QString> takes about 150: each id once as
// UTF-8 in an arena of 1 MiB chunks (a length byte pair, then the bytes), found through an
// open-addressing table of 32-bit hash tags and arena references. A listing walk of a million
// customers keeps every id it has seen until it ends, so this is what the walk's duplicate check
// costs at its peak.
//
// The hash is seeded per process (like QHash), so a vendor cannot send ids chosen to pile up in one
// run of the table. The arena grows a chunk at a time: where the app raises glibc's mmap threshold
// (FreedMemory::keepForReuse) the chunks come from the heap and a walk reuses the pages a previous
// one freed, where one 44 MB arena at a million ids would be mapped and faulted in afresh.
class CompactIdSet
{
public:
    CompactIdSet();
    ~CompactIdSet();
    CompactIdSet(const CompactIdSet &) = delete;
    CompactIdSet &operator=(const CompactIdSet &) = delete;

    // True when `id` was not in the set (it is now); false when it was.
    bool insert(QAnyStringView id);
    // insert() for each id in turn, a page at a time: every id's slot is looked up ahead of the
    // insertions, so the table's cache misses overlap instead of coming one after the other. The
    // answer has one entry per id, true where it was new (an id twice in `ids` is new once).
    QList<bool> insertAll(const QList<QAnyStringView> &ids);
    bool contains(QAnyStringView id) const;
    qsizetype size() const { return m_size; }
    // The arena's bytes in use: each id's UTF-8 (cut past 64 KiB) and two bytes of length.
    qint64 storedBytes() const
    {
        return m_chunks.empty() ? 0 : qint64(m_chunks.size() - 1) * kChunkBytes + m_chunkUsed;
    }
    // Room for `ids` without growing the table again (the arena grows as ids come).
    void reserve(qsizetype ids);

private:
    static constexpr quint32 kEmpty = 0xffffffffu;
    struct Slot
    {
        quint32 tag = 0;
        quint32 ref = kEmpty; // chunk << kChunkBits | offset in the chunk
    };
    static constexpr int kChunkBits = 20;
    static constexpr qsizetype kChunkBytes = qsizetype(1) << kChunkBits;

    // An id's key bytes (its UTF-8, cut to the length field's range) and their hash. Bytes that are
    // not the caller's own are in a scratch buffer, from `scratchAt`: the buffer may move as later
    // keys are written to it.
    struct Key
    {
        QByteArrayView bytes;
        size_t hash = 0;
        qsizetype scratchAt = -1;
    };
    // `id`'s key, written to the end of `scratch` when it is not UTF-8 or ASCII already.
    Key keyOf(QAnyStringView id, QByteArray &scratch) const;
    size_t hashOf(QByteArrayView bytes) const;
    static quint32 tagOf(size_t hash) { return quint32(quint64(hash) >> 32) ^ quint32(hash); }
    // The slot holding `key`, or the empty slot where it would go.
    size_t find(const Key &key) const;
    bool insertKey(const Key &key);
    QByteArrayView stored(quint32 ref) const;
    quint32 store(QByteArrayView bytes);
    void prefetch(size_t hash) const;
    void ensureRoomFor(qsizetype more);
    void grow(size_t slots);

    std::vector<Slot> m_slots;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    qsizetype m_chunkUsed = kChunkBytes; // bytes used in the last chunk; full when there is none
    qsizetype m_size = 0;
    size_t m_seed;
    mutable QByteArray m_scratch; // keyOf()'s, kept for its capacity
    std::vector<Key> m_keys; // insertAll()'s, kept for its capacity
};
