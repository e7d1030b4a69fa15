#pragma once

// Constant tables with one row per enum value, for the words and spellings that go with each value
// (wire names, settings keys, MIME types, labels): a row keeps everything about one value on one
// line, where a switch per spelling would list every value again. A row's first member is `value`.

#include <cstddef>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The row of `value`, or nullptr when the table has none (an Unknown value, say).
template<typename Row, std::size_t N, typename E> constexpr const Row *findRow(const Row (&rows)[N], E value)
{
    for (const Row &row : rows) {
        if (row.value == value)
            return &row;
    }
    return nullptr;
}

// The simplest table: one fixed spelling per value, the same in every language.
template<typename E> struct EnumSpelling
{
    E value;
    const char16_t *spelling;
};

// The spelling of `value`, or `fallback` when the table has no row for it.
template<typename E, std::size_t N>
QString spellingOf(const EnumSpelling<E> (&rows)[N], E value, QStringView fallback = {})
{
    const EnumSpelling<E> *row = findRow(rows, value);
    return row ? QString::fromUtf16(row->spelling) : fallback.toString();
}

// The value spelled `word` exactly, or nullopt.
template<typename E, std::size_t N>
std::optional<E> valueSpelled(const EnumSpelling<E> (&rows)[N], QStringView word)
{
    for (const EnumSpelling<E> &row : rows) {
        if (word == QStringView(row.spelling))
            return row.value;
    }
    return std::nullopt;
}

// A value's words for people, marked with QT_TRANSLATE_NOOP(context, …).
template<typename E> struct EnumLabel
{
    E value;
    const char *label;
};

// The label of `value` translated in `context`; empty when the table has no row for it.
template<typename E, std::size_t N>
QString translatedLabel(const char *context, const EnumLabel<E> (&rows)[N], E value)
{
    const EnumLabel<E> *row = findRow(rows, value);
    return row ? QCoreApplication::translate(context, row->label) : QString();
}
