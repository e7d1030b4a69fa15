#pragma once

#include "SphereTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <limits>

// One compact row per customer. An analyst's book reaches 100 000 customers, so the table keeps
// only what its columns and filters need (measured ≈ 0.6 KB a row with the id index, see the
// models section of the README) and the detail pane fetches the full customer on demand.
struct CustomerRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); // created/updated missing

    QString id;
    QString name;
    QString email;
    QString rawUnknownStatus; // "kyc=…;tos=…" only when a status is unknown to this build
    QString searchText;       // lowercase name + email + id, precomputed for the filter
    qint64 createdMs = NoTime;
    qint64 updatedMs = NoTime;
    int openRequirements = 0;
    CustomerType type = CustomerType::Unknown;
    KycStatus kyc = KycStatus::Unknown;
    TosStatus tos = TosStatus::Unknown;
    MsaStatus msa = MsaStatus::Unknown;
    bool typeNull = true;
    bool kycNull = true;
    bool tosNull = true;
    bool msaNull = true;

    static CustomerRow fromCustomer(const Customer &customer);
    // The vendor's string for an unknown status ("type", "kyc", "tos", "msa"); empty otherwise.
    QString unknownRaw(QStringView field) const;
};
Q_DECLARE_TYPEINFO(CustomerRow, Q_RELOCATABLE_TYPE);

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

    // One beginInsertRows per page. A customer already in the table (the book moved between two
    // pages) replaces its row instead of appearing twice; within a page the last copy wins.
    void appendCustomers(const QList<Customer> &customers);
    void upsertCustomer(const Customer &customer); // replaces the row with this id, or appends
    void clear();

    QString customerId(int row) const;
    int rowOfId(const QString &id) const;
    const CustomerRow &rowAt(int row) const { return m_rows.at(row); }

private:
    QVariant displayData(const CustomerRow &row, int column) const;
    QVariant sortData(const CustomerRow &row, int column) const;
    QVariant toolTipData(const CustomerRow &row, int column) const;
    void replaceRow(int row, CustomerRow &&value);

    QList<CustomerRow> m_rows;
    QHash<QString, int> m_rowById;
};
