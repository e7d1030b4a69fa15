#pragma once

#include <QTest>

// A data function's columns in one statement: addColumns<QString, bool>("url", "allowed") declares
// the column "url" of QString and the column "allowed" of bool, in that order.
template<typename... Types, typename... Names> void addColumns(const Names &...names)
{
    static_assert(sizeof...(Types) == sizeof...(Names), "one name per column type");
    (QTest::addColumn<Types>(names), ...);
}
