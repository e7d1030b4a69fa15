#pragma once

#include <QAbstractListModel>
#include <QStringList>

// Open requirements ("address.line1", "ssn", …) in words, with the vendor's key kept in a role.
class RequirementListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setRequirements(const QStringList &keys);
    const QStringList &requirements() const { return m_keys; }

private:
    QStringList m_keys;
};
