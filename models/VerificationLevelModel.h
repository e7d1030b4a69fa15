#pragma once

#include "RecordTableModel.h"
#include "SphereTypes.h"

// A customer's verification levels (ach_pull) with status and what each still needs.
class VerificationLevelModel : public RecordTableModel<VerificationLevel>
{
    Q_OBJECT

public:
    enum Column { Name, Status, OpenRequirements, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setLevels(const QList<VerificationLevel> &levels) { resetRecords(levels); }

protected:
    QStringList headers() const override;
    QVariant cell(const VerificationLevel &level, int column, int role) const override;
};
