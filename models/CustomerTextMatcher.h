#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

// The free-text part of the customer book's filter: every term must occur in a row's lowercase
// search text (CustomerTableModel::searchText). Built for a million rows a keystroke: each term is
// looked for by its two rarest bytes, sixteen places at a time (SSE2), then compared whole, and a
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
    // `haystack`: a lowercase search text, UTF-8 (CustomerTableModel::searchText).
    bool matches(QByteArrayView haystack) const;
    // Every row this accepts, `before` accepted too (typing on: "ann" -> "anna", "ann" -> "ann ber").
    bool narrows(const CustomerTextMatcher &before) const;
    // Every row `before` accepted, this accepts too (deleting: "anna" -> "ann").
    bool widens(const CustomerTextMatcher &before) const { return before.narrows(*this); }

    // The rows of one buffer whose texts lie back to back: row i from starts[i] to starts[i + 1].
    // Calls decide(i, matches) for every row i with need(i), in order; the buffer is read at most
    // once, front to back.
    template<typename Need, typename Decide>
    void scanBuffer(QByteArrayView buffer, const std::vector<int> &starts, Need need, Decide decide) const;

private:
    struct Term
    {
        QByteArray text; // UTF-8: a UTF-8 term is found in UTF-8 text exactly where its characters are
        // Its rarest byte and the next rarest (the same one in a term of one byte): a
        // place where both are found is compared whole.
        qsizetype anchor = 0;
        qsizetype partner = 0;
        int rarity = 0;
    };
    static Term termOf(const QByteArray &text);
    static qsizetype find(QByteArrayView haystack, qsizetype from, const Term &term);
    bool matchesAfterFirst(QByteArrayView haystack) const;

    QList<Term> m_terms; // the most selective first
};

template<typename Need, typename Decide>
void CustomerTextMatcher::scanBuffer(QByteArrayView buffer, const std::vector<int> &starts, Need need,
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
