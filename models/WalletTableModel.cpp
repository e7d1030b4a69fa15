#include "WalletTableModel.h"

#include "StatusText.h"

using namespace Qt::Literals::StringLiterals;

QString WalletTableModel::shortAddress(const QString &address)
{
    return address.size() <= 14 ? address : address.left(6) + u'…' + address.right(4);
}

QStringList WalletTableModel::headers() const
{
    return { tr("Nickname"), tr("Network"), tr("Address"), tr("Owner"),
             tr("Primary"),  tr("Signed"),  tr("Created") };
}

QVariant WalletTableModel::cell(const Wallet &w, int column, int role) const
{
    if (role == IdRole)
        return w.id;
    if (role == RecordRoles::Copy)
        return column == Address && w.address ? QVariant(*w.address) : QVariant();
    if (role == Qt::ToolTipRole)
        return column == Address && w.address ? QVariant(*w.address) : QVariant(w.id);
    if (role == SortRole) {
        if (column == Created)
            return dateSortKey(w.created);
        if (column == Address)
            return w.address.value_or(QString()).toLower(); // the full address, not the shortened one
        return textSortKey(w, column);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Nickname:
        return StatusText::orDash(w.nickname);
    case Network:
        return StatusText::orDash(w.network);
    case Address:
        return w.address ? shortAddress(*w.address) : StatusText::missing();
    case Owner:
        return StatusText::walletOwner(w.owner);
    case Primary:
        return StatusText::yesNo(w.primary);
    case Signed:
        return StatusText::yesNo(w.isSigned);
    case Created:
        return dateText(w.created);
    default:
        return {};
    }
}
