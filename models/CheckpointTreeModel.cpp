#include "CheckpointTreeModel.h"

#include "RiskVocabulary.h"
#include "StatusColours.h"
#include "StatusText.h"

#include <QBrush>
#include <QColor>

CheckpointTreeModel::CheckpointTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

QStringList CheckpointTreeModel::defaultExpected()
{
    // The documented set (sardine-post-customer-information.txt); others (phoneLevel, taxIdLevel, …)
    // are shown when the engine returns them.
    return { QStringLiteral("riskLevel"), QStringLiteral("customerPurchaseLevel"),
             QStringLiteral("emailLevel"), QStringLiteral("historicalLevel") };
}

void CheckpointTreeModel::setCheckpoints(const QList<Checkpoint> &checkpoints, const QStringList &expected)
{
    beginResetModel();
    m_entries.clear();
    for (const Checkpoint &c : checkpoints)
        m_entries.append({ c, false });
    for (const QString &name : expected) {
        const bool present = std::any_of(checkpoints.begin(), checkpoints.end(),
                                         [&name](const Checkpoint &c) { return c.name == name; });
        if (!present)
            m_entries.append({ Checkpoint { name, {}, {}, {}, {} }, true });
    }
    endResetModel();
}

std::optional<QString> CheckpointTreeModel::valueOf(const QString &checkpoint) const
{
    for (const Entry &e : m_entries) {
        if (e.checkpoint.name == checkpoint)
            return e.missing ? std::nullopt : std::optional<QString>(e.checkpoint.value);
    }
    return std::nullopt;
}

QModelIndex CheckpointTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {}; // rule rows have no children
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CheckpointTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CheckpointTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.row()).checkpoint.ruleIds.size());
}

int CheckpointTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CheckpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Checkpoint / rule") : section == Value ? tr("Value") : QVariant();
}

QVariant CheckpointTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Entry &parentEntry = m_entries.at(int(index.internalId() - 1));
        const QString &rule = parentEntry.checkpoint.ruleIds.at(index.row());
        // The id first, then what it means: a narrow column cuts the description, not the id.
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == Name) {
            const QString description = RiskVocabulary::ruleDescription(rule);
            return description.isEmpty() ? tr("rule %1").arg(rule)
                                         : tr("rule %1 — %2").arg(rule, description);
        }
        if (role == RuleIdRole)
            return rule;
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return RiskVocabulary::checkpointText(e.checkpoint.name);
        if (e.missing)
            return tr("missing (not returned)");
        return e.checkpoint.value.isEmpty() ? StatusText::missing() : e.checkpoint.value;
    case Qt::ForegroundRole:
        if (index.column() == Value) {
            if (e.missing)
                return QBrush(StatusColours::current().muted());
            if (e.checkpoint.value == u"high" || e.checkpoint.value == u"very_high")
                return QBrush(StatusColours::current().text(StatusText::Tone::Bad));
            if (e.checkpoint.value == u"medium")
                return QBrush(StatusColours::current().text(StatusText::Tone::Attention));
        }
        return {};
    case Qt::ToolTipRole:
        return e.missing ? tr("The risk engine did not return this checkpoint.") : QVariant();
    case MissingRole:
        return e.missing;
    case NameRole:
        return e.checkpoint.name;
    default:
        return {};
    }
}
