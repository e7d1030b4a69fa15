#pragma once

#include "FieldTable.h"

#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// A field table as a reader of raw JSON bytes needs it (SphereListDecoder's simdjson fast path):
// each field's FieldWire, whether it is required, its nested object's shape, found by its key as a
// std::string_view: a direct index by length and the first and last bytes, then a check of
// the key with two word-sized loads (a customer has thirty-odd keys, a page a thousand customers, and
// this lookup is most of what the fast path does per key).
class WireShape
{
public:
    struct Field
    {
        FieldWire wire;
        bool required;
        quint8 role; // what a reader does with it besides checking it (readTableRow's Column)
        qint8 next; // the next field in the same bucket, or -1
        quint8 length; // of the key
        int index; // in the table
        const WireShape *nested; // Nested, NestedList
        quint64 head; // the key as words, see words()
        quint64 tail;
        quint64 second;
        quint64 third;
        std::string key;
    };

    explicit WireShape(const FieldDescriptions &fields)
    {
        Q_ASSERT(fields.size() <= 64);
        m_first.fill(-1);
        m_fields.reserve(size_t(fields.size()));
        for (const FieldDescription &f : fields) {
            const int index = int(m_fields.size());
            const WireShape *nested = nullptr;
            if (f.nestedFields) {
                m_nested.push_back(std::make_unique<WireShape>(f.nestedFields()));
                nested = m_nested.back().get();
            }
            if (f.required())
                m_requiredMask |= quint64(1) << index;
            const std::string key = f.key.toStdString();
            Q_ASSERT(!key.empty() && key.size() < kLongestKey);
            const size_t b = bucket(key);
            Field field { f.wire, f.required(), 0, m_first[b], quint8(key.size()), index, nested, 0, 0, 0,
                          0,      key };
            words(key.data(), key.size(), &field.head, &field.tail);
            if (key.size() > 16)
                std::memcpy(&field.second, key.data() + 8, 8);
            if (key.size() > 24)
                std::memcpy(&field.third, key.data() + 16, 8);
            m_fields.push_back(std::move(field));
            m_first[b] = qint8(index);
        }
        m_count = m_fields.size();
    }

    // Objects of one vendor list their keys in one order, nearly always the table's: the field
    // after the previous one (`expected`) is tried first.
    const Field *find(std::string_view key, size_t expected) const
    {
        if (expected < m_count) {
            const Field &f = m_fields[expected];
            if (f.length == key.size() && sameKey(f, key.data(), key.size()))
                return &f;
        }
        return find(key);
    }

    const Field *find(std::string_view key) const
    {
        const size_t n = key.size();
        if (n == 0 || n >= kLongestKey)
            return nullptr;
        for (qint8 i = m_first[bucket(key)]; i >= 0; i = m_fields[size_t(i)].next) {
            const Field &f = m_fields[size_t(i)];
            if (f.length == n && sameKey(f, key.data(), n))
                return &f;
        }
        return nullptr;
    }
    quint64 requiredMask() const { return m_requiredMask; }
    void setRole(std::string_view key, quint8 role) { m_fields[size_t(find(key)->index)].role = role; }

private:
    static constexpr size_t kLongestKey = 64;

    static size_t bucket(std::string_view key)
    {
        return (key.size() & 63) << 5 | ((quint8(key.front()) + quint8(key.back())) & 31);
    }
    // Fixed-size loads inside the key (they overlap in short keys): two integer comparisons, no
    // memcmp call, for keys of up to 16 bytes.
    static void words(const char *p, size_t n, quint64 *head, quint64 *tail)
    {
        if (n >= 8) {
            std::memcpy(head, p, 8);
            std::memcpy(tail, p + n - 8, 8);
        } else if (n >= 4) {
            quint32 h = 0;
            quint32 t = 0;
            std::memcpy(&h, p, 4);
            std::memcpy(&t, p + n - 4, 4);
            *head = h;
            *tail = t;
        } else {
            *head = quint8(p[0]) | quint64(quint8(p[n / 2])) << 8 | quint64(quint8(p[n - 1])) << 16;
            *tail = 0;
        }
    }
    // `p` holds n == f.key.size() bytes. Up to 32 bytes, word comparisons cover the whole key.
    static bool sameKey(const Field &f, const char *p, size_t n)
    {
        quint64 head = 0;
        quint64 tail = 0;
        words(p, n, &head, &tail);
        if (head != f.head || tail != f.tail)
            return false;
        if (n <= 16)
            return true;
        quint64 word = 0;
        std::memcpy(&word, p + 8, 8);
        if (word != f.second)
            return false;
        if (n <= 24)
            return true;
        std::memcpy(&word, p + 16, 8);
        return word == f.third && (n <= 32 || std::memcmp(p + 24, f.key.data() + 24, n - 32) == 0);
    }

    std::vector<Field> m_fields;
    size_t m_count = 0;
    std::array<qint8, 64 * 32> m_first {}; // by bucket(): the last field added to it, or -1
    std::vector<std::unique_ptr<WireShape>> m_nested;
    quint64 m_requiredMask = 0;
};
