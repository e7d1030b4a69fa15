#pragma once

#include "RecordTableModel.h"
#include "SphereTypes.h"

// A business's ultimate beneficial owners.
class UboTableModel : public RecordTableModel<Ubo>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Country, OpenRequirements, Created, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    using RecordTableModel::RecordTableModel;
    void setUbos(const QList<Ubo> &ubos) { resetRecords(ubos); }

protected:
    QStringList headers() const override;
    QStringList headerToolTips() const override;
    QVariant cell(const Ubo &ubo, int column, int role) const override;
};
