#pragma once

#include "RecordTableModel.h"
#include "SphereTypes.h"

// A customer's bank accounts. Account and routing numbers are PII: masked ("•••• 1234") unless
// the analyst explicitly reveals them (setRevealed), and even then only what the vendor sent.
class BankAccountTableModel : public RecordTableModel<BankAccount>
{
    Q_OBJECT

public:
    enum Column {
        Bank,
        AccountName,
        Holder,
        Type,
        Currency,
        AccountNumber,
        RoutingNumber,
        Status,
        Created,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    using RecordTableModel::RecordTableModel;
    void setBankAccounts(const QList<BankAccount> &accounts) { resetRecords(accounts); }
    void addOrUpdate(const BankAccount &account)
    {
        upsertRecord(account, [](const BankAccount &a) { return a.id; });
    }
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);

protected:
    QStringList headers() const override;
    QVariant cell(const BankAccount &account, int column, int role) const override;

private:
    QString maskedNumber(const std::optional<QString> &number, const std::optional<QString> &last4) const;
    bool m_revealed = false;
};
