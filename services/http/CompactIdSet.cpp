#include "CompactIdSet.h"

#include <algorithm>
#include <cstring>
#include <QHashFunctions>

namespace {

constexpr qsizetype kMaxIdBytes = 0xffff; // the length prefix's range; longer ids are cut to a hash

char16_t unitOf(QChar c)
{
    return c.unicode();
}

char16_t unitOf(char c)
{
    return uchar(c);
}

bool isPowerOfTwo(size_t n)
{
    return n && !(n & (n - 1));
}

} // namespace

CompactIdSet::CompactIdSet() : m_seed(QHashSeed::globalSeed() ^ 0x5bd1e995) { }

CompactIdSet::~CompactIdSet() = default;

size_t CompactIdSet::hashOf(QByteArrayView bytes) const
{
    return qHash(bytes, m_seed);
}

CompactIdSet::Key CompactIdSet::keyOf(QAnyStringView id, QByteArray &scratch) const
{
    // As UTF-8, whichever way the caller holds the id: the table keeps most as ASCII bytes
    // (CustomerRow::idFolded), the decoder hands over UTF-16. UTF-8 and ASCII bytes are used where
    // they are; only the others are written out.
    Key key;
    id.visit([&](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QUtf8StringView>) {
            key.bytes = QByteArrayView(view.data(), view.size());
        } else {
            const bool ascii = std::all_of(view.begin(), view.end(), [](auto c) { return unitOf(c) < 0x80; });
            if constexpr (std::is_same_v<View, QLatin1StringView>) {
                if (ascii) {
                    key.bytes = QByteArrayView(view.data(), view.size());
                    return;
                }
            }
            key.scratchAt = scratch.size();
            if (ascii) {
                scratch.resize(key.scratchAt + view.size());
                char *out = scratch.data() + key.scratchAt;
                for (const auto c : view)
                    *out++ = char(unitOf(c));
            } else {
                scratch.append(QAnyStringView(view).toString().toUtf8());
            }
            key.bytes = QByteArrayView(scratch).sliced(key.scratchAt);
        }
    });
    if (key.bytes.size() > kMaxIdBytes) {
        // No vendor id is 64 KiB; an id that is keeps its exactness up to that length and is
        // compared by the rest's hash after it.
        // The length goes into the seed: Qt 6.4's qHash of bytes leaves it out on its AES path
        // (17 and 18 bytes of 'a' hash alike under a non-zero seed on an x86 CPU with AES-NI), and
        // the cut keeps only the hash of the rest.
        const size_t lengthSeed
            = m_seed ^ 0x9e3779b9 ^ size_t(quint64(key.bytes.size()) * 0x9e3779b97f4a7c15ULL);
        const size_t tail = qHash(key.bytes.sliced(kMaxIdBytes - 16), lengthSeed);
        QByteArray cut = key.bytes.first(kMaxIdBytes - 16).toByteArray(); // before the scratch moves
        cut.append(reinterpret_cast<const char *>(&tail), sizeof tail);
        key.scratchAt = scratch.size();
        scratch.append(cut);
        key.bytes = QByteArrayView(scratch).sliced(key.scratchAt);
    }
    key.hash = hashOf(key.bytes);
    return key;
}

QByteArrayView CompactIdSet::stored(quint32 ref) const
{
    const auto *p
        = reinterpret_cast<const uchar *>(m_chunks[ref >> kChunkBits].get()) + (ref & (kChunkBytes - 1));
    const qsizetype length = p[0] | (p[1] << 8);
    return QByteArrayView(p + 2, length);
}

quint32 CompactIdSet::store(QByteArrayView bytes)
{
    const qsizetype record = bytes.size() + 2;
    if (m_chunkUsed + record > kChunkBytes) {
        if (m_chunks.size() >= (size_t(1) << (32 - kChunkBits)) - 1)
            qFatal("CompactIdSet: more than 4 GiB of ids"); // ListWalkGuard stops a walk long before
        m_chunks.emplace_back(new char[size_t(kChunkBytes)]); // not zeroed: only written bytes are read
        m_chunkUsed = 0;
    }
    char *at = m_chunks.back().get() + m_chunkUsed;
    at[0] = char(bytes.size() & 0xff);
    at[1] = char(bytes.size() >> 8);
    std::memcpy(at + 2, bytes.data(), size_t(bytes.size()));
    const auto ref = quint32(((m_chunks.size() - 1) << kChunkBits) | size_t(m_chunkUsed));
    m_chunkUsed += record;
    return ref;
}

size_t CompactIdSet::find(const Key &key) const
{
    const size_t mask = m_slots.size() - 1;
    const quint32 tag = tagOf(key.hash);
    for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.ref == kEmpty || (slot.tag == tag && stored(slot.ref) == key.bytes))
            return i;
    }
}

void CompactIdSet::prefetch(size_t hash) const
{
#if defined(Q_CC_GNU) || defined(Q_CC_CLANG)
    __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
#else
    Q_UNUSED(hash);
#endif
}

bool CompactIdSet::contains(QAnyStringView id) const
{
    if (m_slots.empty())
        return false;
    m_scratch.resize(0);
    return m_slots[find(keyOf(id, m_scratch))].ref != kEmpty;
}

bool CompactIdSet::insertKey(const Key &key)
{
    Slot &slot = m_slots[find(key)];
    if (slot.ref != kEmpty)
        return false;
    slot.tag = tagOf(key.hash);
    slot.ref = store(key.bytes);
    ++m_size;
    return true;
}

bool CompactIdSet::insert(QAnyStringView id)
{
    ensureRoomFor(1);
    m_scratch.resize(0);
    return insertKey(keyOf(id, m_scratch));
}

QList<bool> CompactIdSet::insertAll(const QList<QAnyStringView> &ids)
{
    ensureRoomFor(ids.size());
    // Every key first, its slot asked for as it is hashed; keys written to the scratch are looked at
    // only once all are written, since writing may move them.
    m_scratch.resize(0);
    m_keys.clear();
    m_keys.reserve(size_t(ids.size()));
    for (const QAnyStringView id : ids) {
        m_keys.push_back(keyOf(id, m_scratch));
        prefetch(m_keys.back().hash);
    }
    QList<bool> fresh;
    fresh.reserve(ids.size());
    for (Key &key : m_keys) {
        if (key.scratchAt >= 0)
            key.bytes = QByteArrayView(m_scratch.constData() + key.scratchAt, key.bytes.size());
        fresh.append(insertKey(key));
    }
    return fresh;
}

void CompactIdSet::ensureRoomFor(qsizetype more)
{
    const size_t wanted = size_t(m_size + more);
    size_t slots = std::max<size_t>(16, m_slots.size());
    while (wanted * 10 > slots * 7)
        slots *= 2;
    if (slots != m_slots.size())
        grow(slots);
}

void CompactIdSet::reserve(qsizetype ids)
{
    ensureRoomFor(std::max<qsizetype>(0, ids - m_size));
}

void CompactIdSet::grow(size_t slots)
{
    Q_ASSERT(isPowerOfTwo(slots));
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    const size_t mask = slots - 1;
    for (const Slot &slot : old) {
        if (slot.ref == kEmpty)
            continue;
        size_t i = hashOf(stored(slot.ref)) & mask;
        while (m_slots[i].ref != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}
