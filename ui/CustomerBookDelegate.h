#pragma once

#include <QStyledItemDelegate>

// The book's cells, all one height taken from the font. QTreeView's uniform row heights come from
// the first row's size hint, which followed that row's content (a row without a status swatch made
// every row 14 px high, and the 16 px swatches spilled into the rows around them). The KYC column's
// status is the tone's icon (its shape says the tone too), sized to fit inside the cell.
class CustomerBookDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The one height of every row for `font`.
    static int rowHeight(const QFont &font);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
