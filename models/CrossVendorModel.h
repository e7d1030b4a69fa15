#pragma once

#include "CustomerComparison.h"

#include <QAbstractTableModel>

// One customer across vendors, a row per field (name, date of birth, address, phone, email) and a
// column per vendor; a field the vendors disagree on is marked in its first column and tinted.
// The date of birth is masked unless revealed (it is compared all the same).
class CrossVendorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Sphere, Sardine, Yativo, ColumnCount };
    enum Role { DiffersRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFacts(const std::optional<ComparedFacts> &sphere, const std::optional<ComparedFacts> &sardine,
                  const std::optional<ComparedFacts> &yativo);
    void setRevealed(bool revealed);
    int differingFields() const;
    static QString fieldName(ComparedField field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<ComparedFacts> m_sphere, m_sardine, m_yativo;
    QList<FieldComparison> m_rows;
    bool m_revealed = false;
};
