#pragma once

#include "SphereTypes.h"

#include <limits>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// One compact row per customer. An analyst's book reaches 100 000 customers, so the table keeps
// only what its columns and filters need (measured ≈ 450 bytes of heap a row, id index and search
// text included, on 100 000 synthetic rows) and the detail pane fetches the full customer on demand.
struct CustomerRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); // created/updated missing

    QString id;
    QString name;
    QString email;
    QString rawUnknownStatus; // "kyc=…;tos=…" only when a status is unknown to this build
    // The precomputed lowercase haystack "name\nemail\nid" lives in the model's one contiguous
    // buffer (CustomerTableModel::searchText): a keystroke scans 100 000 of them, and one buffer
    // read front to back is several times faster than 100 000 scattered heap strings.
    qsizetype searchOffset = 0;
    int searchLength = 0;
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

    static CustomerRow fromCustomer(const Customer &customer); // searchOffset/Length left at 0
    static QString searchTextOf(const Customer &customer); // lowercase name + email + id
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
        TypeRole, // CustomerType as int
        SearchTextRole,
        ToneRole, // StatusText::Tone as int, for status columns
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override; // no virtual calls
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
    QStringView searchText(const CustomerRow &row) const
    {
        return QStringView(m_haystack).mid(row.searchOffset, row.searchLength);
    }
    QStringView searchText(int row) const { return searchText(m_rows.at(row)); }

private:
    QVariant displayData(const CustomerRow &row, int column) const;
    QVariant sortData(const CustomerRow &row, int column) const;
    QVariant toolTipData(const CustomerRow &row, int column) const;
    CustomerRow makeRow(const Customer &customer); // appends its haystack to m_haystack
    void replaceRow(int row, const Customer &customer);
    void compactHaystack();

    QList<CustomerRow> m_rows;
    QHash<QString, int> m_rowById;
    QString m_haystack; // every row's search text, back to back
    qsizetype m_haystackGarbage = 0; // characters of replaced rows, reclaimed by compactHaystack()
};
