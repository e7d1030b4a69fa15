#pragma once

#include <QStringView>
#include <QtGlobal>

class CustomerTableModel;
struct CustomerRow;

// Order-preserving 64-bit keys for the customer table's columns, as CustomerFilterProxyModel sorts
// them: for any two rows, key(a) < key(b) means a sorts before b. Equal keys decide nothing (two
// names with the same first four characters); the proxy then compares the rows themselves.
namespace CustomerSortKey {
// Numbers and statuses map exactly. Names and e-mails keep their first four UTF-16 units, case-folded
// the way QString::compare(…, Qt::CaseInsensitive) folds them, 16 bits each.
quint64 of(const CustomerTableModel &model, const CustomerRow &row, int column);
// The text part alone (exposed for the test that checks it against QString::compare).
quint64 ofText(QStringView text);
// How many UTF-16 units a text key holds.
constexpr qsizetype kTextUnits = 4;
} // namespace CustomerSortKey
