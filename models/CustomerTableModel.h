#pragma once

#include "SphereTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// One compact row per customer. An analyst's book reaches 100 000 customers, so the table keeps
// only what its columns and filters need (≈ 400 bytes a row, see README) and the detail pane
// fetches the full customer on demand.
struct CustomerRow
{
    QString id;
    QString name;
    QString email;
    QString rawUnknownStatus; // "kyc=…;tos=…" only when a status is unknown to this build
    QString searchText;       // lowercase name + email + id, precomputed for the filter
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int openRequirements = 0;
    CustomerType type = CustomerType::Unknown;
    KycStatus kyc = KycStatus::Unknown;
    TosStatus tos = TosStatus::Unknown;
    MsaStatus msa = MsaStatus::Unknown;
    bool kycNull = false;

    static CustomerRow fromCustomer(const Customer &customer);
};

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Email, Kyc, Tos, Msa, OpenRequirements, Created, Updated, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // comparable raw values: ordinals, msecs, lowercase text
        IdRole,
        KycStatusRole, // KycStatus as int
        TypeRole,      // CustomerType as int
        SearchTextRole,
        ToneRole, // StatusText::Tone as int, for status columns
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendCustomers(const QList<Customer> &customers); // one insert per page
    void upsertCustomer(const Customer &customer);          // replaces the row with this id, or appends
    void clear();

    QString customerId(int row) const;
    int rowOfId(const QString &id) const;
    const CustomerRow &rowAt(int row) const { return m_rows.at(row); }

private:
    QVariant displayData(const CustomerRow &row, int column) const;
    QVariant sortData(const CustomerRow &row, int column) const;

    QList<CustomerRow> m_rows;
    QHash<QString, int> m_rowById;
};
