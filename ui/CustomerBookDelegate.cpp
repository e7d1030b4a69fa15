#include "CustomerBookDelegate.h"

#include "CustomerTableModel.h"
#include "UiResources.h"

#include <QFontMetrics>

namespace {
constexpr int kVerticalPadding = 3; // above and below the text, as the style's own item margins

int iconSide(const QFont &font)
{
    return QFontMetrics(font).height() - 2;
}
} // namespace

int CustomerBookDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 2 * kVerticalPadding;
}

QSize CustomerBookDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.font));
    return size;
}

void CustomerBookDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != CustomerTableModel::Kyc) {
        option->features &= ~QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon();
        return;
    }
    // Every KYC cell gets its icon, a neutral one too, so the statuses line up under each other.
    const auto tone = StatusText::Tone(index.data(CustomerTableModel::ToneRole).toInt());
    option->icon = UiResources::statusIcon(tone);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = iconSide(option->font);
    option->decorationSize = QSize(side, side);
}
