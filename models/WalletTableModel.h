#pragma once

#include "RecordTableModel.h"
#include "SphereTypes.h"

// A customer's wallets; fetched one by one by id, so rows arrive with addOrUpdate().
class WalletTableModel : public RecordTableModel<Wallet>
{
    Q_OBJECT

public:
    enum Column { Nickname, Network, Address, Owner, Primary, Signed, Created, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    using RecordTableModel::RecordTableModel;
    void setWallets(const QList<Wallet> &wallets) { resetRecords(wallets); }
    void addOrUpdate(const Wallet &wallet)
    {
        upsertRecord(wallet, [](const Wallet &w) { return w.id; });
    }

    // "0x12ab…9f3c": enough to recognise an address without a wide column.
    static QString shortAddress(const QString &address);

protected:
    QStringList headers() const override;
    QVariant cell(const Wallet &wallet, int column, int role) const override;
};
