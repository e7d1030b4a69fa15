#include "BankAccountTableModel.h"

#include "StatusText.h"

void BankAccountTableModel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    refreshAll();
}

QStringList BankAccountTableModel::headers() const
{
    return { tr("Bank"),           tr("Account name"),   tr("Holder"), tr("Type"),   tr("Currency"),
             tr("Account number"), tr("Routing number"), tr("Status"), tr("Created") };
}

QString BankAccountTableModel::maskedNumber(const std::optional<QString> &number,
                                            const std::optional<QString> &last4) const
{
    if (m_revealed && number && !number->isEmpty())
        return *number;
    if (last4 && !last4->isEmpty())
        return StatusText::masked(*last4);
    if (number && !number->isEmpty())
        return StatusText::masked(*number);
    return StatusText::missing();
}

QVariant BankAccountTableModel::cell(const BankAccount &b, int column, int role) const
{
    if (role == RecordRoles::PersonalData)
        return column == Holder || column == AccountNumber || column == RoutingNumber;
    if (role == IdRole)
        return b.id;
    if (role == Qt::ToolTipRole) {
        if ((column == AccountNumber || column == RoutingNumber) && !m_revealed)
            return tr("Masked: tick \"Reveal account numbers\" to show what the vendor sent.");
        return b.id;
    }
    if (role == SortRole) {
        if (column == Created)
            return dateSortKey(b.created);
        if (column == Status)
            return int(b.status.value);
        return textSortKey(b, column); // masked numbers sort masked
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Bank:
        return StatusText::orDash(b.bankName);
    case AccountName:
        return StatusText::orDash(b.accountName);
    case Holder:
        return StatusText::orDash(b.accountHolderName);
    case Type:
        return StatusText::bankAccountType(b.accountType);
    case Currency:
        return b.currency ? b.currency->toUpper() : StatusText::missing();
    case AccountNumber:
        return maskedNumber(b.accountNumber, b.last4);
    case RoutingNumber:
        // Routing numbers carry no last4 of their own; mask them to their tail like the account.
        return maskedNumber(b.routingNumber, std::nullopt);
    case Status:
        return StatusText::bankAccountStatus(b.status);
    case Created:
        return dateText(b.created);
    default:
        return {};
    }
}
