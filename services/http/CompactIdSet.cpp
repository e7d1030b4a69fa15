#include "CompactIdSet.h"

#include <algorithm>
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

size_t CompactIdSet::encode(QAnyStringView id) const
{
    // As UTF-8, whichever way the caller holds the id: the table keeps most as ASCII bytes
    // (CustomerRow::idFolded), the decoder hands over UTF-16.
    id.visit([this](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QUtf8StringView>) {
            m_scratch = QByteArray(reinterpret_cast<const char *>(view.data()), view.size());
        } else {
            const bool ascii = std::all_of(view.begin(), view.end(), [](auto c) { return unitOf(c) < 0x80; });
            if (!ascii) {
                m_scratch = QAnyStringView(view).toString().toUtf8();
                return;
            }
            m_scratch.resize(view.size());
            char *out = m_scratch.data();
            for (const auto c : view)
                *out++ = char(unitOf(c));
        }
    });
    if (m_scratch.size() > kMaxIdBytes) {
        // No vendor id is 64 KiB; an id that is keeps its exactness up to that length and is
        // compared by the rest's hash after it.
        const size_t tail = qHash(QByteArrayView(m_scratch).sliced(kMaxIdBytes - 16), 0x9e3779b9);
        m_scratch.resize(kMaxIdBytes - 16);
        m_scratch.append(reinterpret_cast<const char *>(&tail), sizeof tail);
    }
    return qHash(QByteArrayView(m_scratch), 0x5bd1e995);
}

QByteArrayView CompactIdSet::stored(quint32 offset) const
{
    const auto *p = reinterpret_cast<const uchar *>(m_arena.constData()) + offset;
    const qsizetype length = p[0] | (p[1] << 8);
    return QByteArrayView(m_arena.constData() + offset + 2, length);
}

size_t CompactIdSet::find(size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    const auto tag = quint32(hash >> 32) ^ quint32(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.offset == kEmpty || (slot.tag == tag && stored(slot.offset) == QByteArrayView(m_scratch)))
            return i;
    }
}

bool CompactIdSet::contains(QAnyStringView id) const
{
    if (m_slots.empty())
        return false;
    return m_slots[find(encode(id))].offset != kEmpty;
}

bool CompactIdSet::insert(QAnyStringView id)
{
    if (size_t(m_size + 1) * 10 > m_slots.size() * 7)
        grow(std::max<size_t>(16, m_slots.size() * 2));
    const size_t hash = encode(id);
    Slot &slot = m_slots[find(hash)];
    if (slot.offset != kEmpty)
        return false;
    if (m_arena.size() + m_scratch.size() + 2 >= qsizetype(kEmpty))
        qFatal("CompactIdSet: more than 4 GiB of ids");
    slot.tag = quint32(hash >> 32) ^ quint32(hash);
    slot.offset = quint32(m_arena.size());
    const qsizetype length = m_scratch.size();
    m_arena.append(char(length & 0xff)).append(char(length >> 8)).append(m_scratch);
    ++m_size;
    return true;
}

void CompactIdSet::reserve(qsizetype ids)
{
    size_t slots = 16;
    while (slots * 7 < size_t(ids) * 10)
        slots *= 2;
    if (slots > m_slots.size())
        grow(slots);
    m_arena.reserve(ids * 44); // a typical vendor id: 40 characters and the length
}

void CompactIdSet::grow(size_t slots)
{
    Q_ASSERT(isPowerOfTwo(slots));
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    const size_t mask = slots - 1;
    for (const Slot &slot : old) {
        if (slot.offset == kEmpty)
            continue;
        const size_t hash = qHash(stored(slot.offset), 0x5bd1e995);
        size_t i = hash & mask;
        while (m_slots[i].offset != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}
