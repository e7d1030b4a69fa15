#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

// The free-text part of the customer book's filter: every term must occur in a row's lowercase
// search text (CustomerTableModel::searchText). Built for a million rows a keystroke: each term is
// looked for by its rarest character with a vectorised character search, then compared whole, and a
// page's texts are scanned as one buffer (scanChunk) rather than row by row.
class CustomerTextMatcher
{
public:
    // The search box's text as terms: lowercase, split at whitespace. A term of digits and phone
    // punctuation only ("555-0134", "(415)", "+1") keeps its digits: the search text has a phone
    // number's digits alone (CustomerRow::searchExtras).
    static QStringList termsOf(const QString &text);

    CustomerTextMatcher() = default;
    explicit CustomerTextMatcher(const QStringList &lowercaseTerms);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(QStringView haystack) const;
    // Every row this accepts, `before` accepted too (typing on: "ann" -> "anna", "ann" -> "ann ber").
    bool narrows(const CustomerTextMatcher &before) const;
    // Every row `before` accepted, this accepts too (deleting: "anna" -> "ann").
    bool widens(const CustomerTextMatcher &before) const { return before.narrows(*this); }

    // The rows of one buffer whose texts lie back to back: row i from starts[i] to starts[i + 1].
    // Calls decide(i, matches) for every row i with need(i), in order; the buffer is read at most
    // once, front to back.
    template<typename Need, typename Decide>
    void scanBuffer(QStringView buffer, const std::vector<int> &starts, Need need, Decide decide) const;

private:
    struct Term
    {
        QString text;
        qsizetype anchor = 0; // the position of its rarest character, looked for first
        char16_t anchorUnit = 0;
        int rarity = 0;
    };
    static Term termOf(const QString &text);
    static qsizetype find(QStringView haystack, qsizetype from, const Term &term);
    bool matchesAfterFirst(QStringView haystack) const;

    QList<Term> m_terms; // the most selective first
};

template<typename Need, typename Decide>
void CustomerTextMatcher::scanBuffer(QStringView buffer, const std::vector<int> &starts, Need need,
                                     Decide decide) const
{
    const int rows = starts.empty() ? 0 : int(starts.size()) - 1;
    if (m_terms.isEmpty()) {
        for (int i = 0; i < rows; ++i) {
            if (need(i))
                decide(i, true);
        }
        return;
    }
    const Term &first = m_terms.first();
    int i = 0;
    while (i < rows) {
        if (!need(i)) {
            ++i;
            continue;
        }
        const qsizetype hit = find(buffer.first(starts[size_t(rows)]), starts[size_t(i)], first);
        if (hit < 0) {
            for (; i < rows; ++i) {
                if (need(i))
                    decide(i, false);
            }
            return;
        }
        for (; starts[size_t(i) + 1] <= hit; ++i) { // rows before the one the hit begins in
            if (need(i))
                decide(i, false);
        }
        if (need(i)) {
            const qsizetype end = starts[size_t(i) + 1];
            // An occurrence running into the next row's text is none (nor is any later one in this row).
            decide(i,
                   hit + first.text.size() <= end
                       && matchesAfterFirst(buffer.sliced(starts[size_t(i)], end - starts[size_t(i)])));
        }
        ++i;
    }
}
