#include "CustomerTextMatcher.h"

#include <algorithm>
#include <cstring>
#ifdef __SSE2__
#    include <emmintrin.h>
#endif

namespace {
// How rare a byte is in customers' names, e-mails and ids: ASCII letters by their frequency in
// English text; the characters every e-mail or id holds (digits, '.', '@', '_', '-') as the most
// common; anything else (a byte of a non-ASCII character too) as rarer than any letter.
int rarityOf(char unit)
{
    static constexpr char kLettersByFrequency[] = "etaoinsrhldcumfpgwybvkxjqz";
    if (unit >= u'a' && unit <= u'z')
        return 2
            + int(std::find(std::begin(kLettersByFrequency), std::end(kLettersByFrequency), unit)
                  - std::begin(kLettersByFrequency));
    if ((unit >= u'0' && unit <= u'9') || unit == u'.' || unit == u'@' || unit == u'_' || unit == u'-')
        return 1;
    return 30;
}
} // namespace

QStringList CustomerTextMatcher::termsOf(const QString &text)
{
    QStringList terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &term : terms) {
        bool digit = false;
        bool punctuation = false;
        bool other = false;
        for (QChar c : std::as_const(term)) {
            if (c >= u'0' && c <= u'9')
                digit = true;
            else if (c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.')
                punctuation = true;
            else
                other = true;
        }
        if (digit && punctuation && !other)
            term.removeIf([](QChar c) { return c < u'0' || c > u'9'; });
    }
    return terms;
}

CustomerTextMatcher::CustomerTextMatcher(const QStringList &lowercaseTerms)
{
    for (const QString &text : lowercaseTerms) {
        if (!text.isEmpty())
            m_terms.append(termOf(text.toUtf8()));
    }
    std::stable_sort(m_terms.begin(), m_terms.end(), [](const Term &a, const Term &b) {
        return a.rarity != b.rarity ? a.rarity > b.rarity : a.text.size() > b.text.size();
    });
}

CustomerTextMatcher::Term CustomerTextMatcher::termOf(const QByteArray &text)
{
    Term term;
    term.text = text;
    term.rarity = -1;
    int partnerRarity = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int rarity = rarityOf(text.at(i));
        if (rarity > term.rarity) {
            partnerRarity = term.rarity;
            term.partner = term.anchor;
            term.rarity = rarity;
            term.anchor = i;
        } else if (rarity > partnerRarity) {
            partnerRarity = rarity;
            term.partner = i;
        }
    }
    if (partnerRarity < 0)
        term.partner = term.anchor;
    return term;
}

qsizetype CustomerTextMatcher::find(QByteArrayView haystack, qsizetype from, const Term &term)
{
    // A keystroke over a million rows looks for its first term once in nearly every row, often
    // finding it a few characters in: QStringView::indexOf for the rarest character, called at
    // every occurrence, spent more on its calls than on the search. Here each step tests sixteen
    // places at once for both bytes, without a call, as in Wojciech Muła's "SIMD-friendly
    // algorithms for substring searching".
    const qsizetype length = term.text.size();
    const qsizetype lastStart = haystack.size() - length;
    const char *units = haystack.data();
    const char *needle = term.text.constData();
    const qsizetype a = term.anchor;
    const qsizetype b = term.partner;
    const auto matchesAt
        = [&](qsizetype start) { return std::memcmp(units + start, needle, size_t(length)) == 0; };
    qsizetype at = from;
#ifdef __SSE2__
    const __m128i anchorUnits = _mm_set1_epi8(needle[a]);
    const __m128i partnerUnits = _mm_set1_epi8(needle[b]);
    // Both loads stay inside the haystack: at + max(a, b) + 16 <= size.
    const qsizetype lastBlock = haystack.size() - std::max(a, b) - 16;
    for (; at <= lastBlock && at <= lastStart; at += 16) {
        const __m128i atAnchor = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + at + a));
        const __m128i atPartner = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + at + b));
        // A bit a place, in order: the first place that compares whole is the first occurrence.
        unsigned candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(atAnchor, anchorUnits), _mm_cmpeq_epi8(atPartner, partnerUnits))));
        while (candidates != 0) {
            const qsizetype start = at + qCountTrailingZeroBits(candidates);
            if (start <= lastStart && matchesAt(start))
                return start;
            candidates &= candidates - 1;
        }
    }
#endif
    for (; at <= lastStart; ++at) {
        if (units[at + a] == needle[a] && units[at + b] == needle[b] && matchesAt(at))
            return at;
    }
    return -1;
}

bool CustomerTextMatcher::matchesAfterFirst(QByteArrayView haystack) const
{
    for (qsizetype t = 1; t < m_terms.size(); ++t) {
        if (find(haystack, 0, m_terms.at(t)) < 0)
            return false;
    }
    return true;
}

bool CustomerTextMatcher::matches(QByteArrayView haystack) const
{
    return m_terms.isEmpty() || (find(haystack, 0, m_terms.first()) >= 0 && matchesAfterFirst(haystack));
}

bool CustomerTextMatcher::narrows(const CustomerTextMatcher &before) const
{
    return std::all_of(before.m_terms.cbegin(), before.m_terms.cend(), [this](const Term &old) {
        return std::any_of(m_terms.cbegin(), m_terms.cend(),
                           [&](const Term &now) { return now.text.contains(old.text); });
    });
}
