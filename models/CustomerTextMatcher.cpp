#include "CustomerTextMatcher.h"

#include <algorithm>

namespace {
// How rare a character is in customers' names, e-mails and ids: ASCII letters by their frequency in
// English text; the characters every e-mail or id holds (digits, '.', '@', '_', '-') as the most
// common; anything else as rarer than any letter.
int rarityOf(char16_t unit)
{
    static constexpr char kLettersByFrequency[] = "etaoinsrhldcumfpgwybvkxjqz";
    if (unit >= u'a' && unit <= u'z')
        return 2
            + int(std::find(std::begin(kLettersByFrequency), std::end(kLettersByFrequency), char(unit))
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
            m_terms.append(termOf(text));
    }
    std::stable_sort(m_terms.begin(), m_terms.end(), [](const Term &a, const Term &b) {
        return a.rarity != b.rarity ? a.rarity > b.rarity : a.text.size() > b.text.size();
    });
}

CustomerTextMatcher::Term CustomerTextMatcher::termOf(const QString &text)
{
    Term term;
    term.text = text;
    term.rarity = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int rarity = rarityOf(text.at(i).unicode());
        if (rarity > term.rarity) {
            term.rarity = rarity;
            term.anchor = i;
            term.anchorUnit = text.at(i).unicode();
        }
    }
    return term;
}

qsizetype CustomerTextMatcher::find(QStringView haystack, qsizetype from, const Term &term)
{
    const qsizetype length = term.text.size();
    const QStringView text(term.text);
    for (qsizetype at = from + term.anchor; at < haystack.size(); ++at) {
        at = haystack.indexOf(QChar(term.anchorUnit), at);
        if (at < 0)
            return -1;
        const qsizetype start = at - term.anchor;
        if (start + length <= haystack.size() && haystack.sliced(start, length) == text)
            return start;
    }
    return -1;
}

bool CustomerTextMatcher::matchesAfterFirst(QStringView haystack) const
{
    for (qsizetype t = 1; t < m_terms.size(); ++t) {
        if (find(haystack, 0, m_terms.at(t)) < 0)
            return false;
    }
    return true;
}

bool CustomerTextMatcher::matches(QStringView haystack) const
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
