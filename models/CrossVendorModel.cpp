#include "CrossVendorModel.h"

#include "StatusColours.h"
#include "StatusText.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

void CrossVendorModel::setFacts(const std::optional<ComparedFacts> &sphere,
                                const std::optional<ComparedFacts> &sardine,
                                const std::optional<ComparedFacts> &yativo)
{
    beginResetModel();
    m_sphere = sphere;
    m_sardine = sardine;
    m_yativo = yativo;
    m_rows = compareCustomer(sphere, sardine, yativo);
    endResetModel();
}

void CrossVendorModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Sphere), index(int(m_rows.size()) - 1, Yativo));
}

int CrossVendorModel::differingFields() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const FieldComparison &r) { return r.differs; }));
}

QString CrossVendorModel::fieldName(ComparedField field)
{
    switch (field) {
    case ComparedField::Name:
        return tr("Name");
    case ComparedField::DateOfBirth:
        return tr("Date of birth");
    case ComparedField::Address:
        return tr("Address");
    case ComparedField::Phone:
        return tr("Phone");
    case ComparedField::Email:
        return tr("Email");
    }
    return {};
}

int CrossVendorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrossVendorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CrossVendorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldComparison &row = m_rows.at(index.row());
    const std::array<const std::optional<ComparedFacts> *, 3> sources { &m_sphere, &m_sardine, &m_yativo };
    const int vendor = index.column() - Sphere;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Field)
            return row.differs ? tr("%1 ≠").arg(fieldName(row.field)) : fieldName(row.field);
        if (!*sources[size_t(vendor)])
            return index.column() == Sardine ? tr("no identity entity") : tr("not linked");
        if (!row.values[size_t(vendor)])
            return StatusText::missing();
        if (row.field == ComparedField::DateOfBirth && !m_revealed)
            return u"••••-••-••"_s;
        return *row.values[size_t(vendor)];
    case Qt::BackgroundRole:
        return row.differs ? QBrush(StatusColours::current().differs().background) : QVariant();
    case Qt::ForegroundRole:
        return row.differs ? QBrush(StatusColours::current().differs().text) : QVariant();
    case Qt::ToolTipRole:
        return row.differs ? tr("The vendors disagree on the %1 (spelling, case and spaces aside).")
                                 .arg(fieldName(row.field).toLower())
                           : QVariant();
    case DiffersRole:
        return row.differs;
    case SortRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CrossVendorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Sphere:
        return u"Sphere"_s;
    case Sardine:
        return tr("Sardine (identity)");
    case Yativo:
        return u"Yativo"_s;
    default:
        return {};
    }
}
