#pragma once

#include "SardineTypes.h"

#include <QAbstractItemModel>
#include <QList>

// Checkpoints as a tree: checkpoint → its value → the rule ids that fired. Checkpoints the
// analyst expects (riskLevel, emailLevel, …) but the engine did not return are listed as
// "missing", never shown as "low". Names are described when RiskVocabulary knows them, the raw
// name kept beside the description (NameRole gives it alone); a rule row shows its id, then
// its description.
class CheckpointTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, ColumnCount };
    enum Role { MissingRole = Qt::UserRole + 1, RuleIdRole, NameRole };

    explicit CheckpointTreeModel(QObject *parent = nullptr);

    // `expected` names checkpoints to show even when absent.
    void setCheckpoints(const QList<Checkpoint> &checkpoints,
                        const QStringList &expected = defaultExpected());
    static QStringList defaultExpected();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The checkpoint's value, or an empty optional when the engine did not return it.
    std::optional<QString> valueOf(const QString &checkpoint) const;

private:
    struct Entry
    {
        Checkpoint checkpoint;
        bool missing = false;
    };
    // Internal ids: 0 for top level; (row + 1) of the parent checkpoint for rule rows.
    QList<Entry> m_entries;
};
