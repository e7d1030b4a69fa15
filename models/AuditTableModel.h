#pragma once

#include "RecordTableModel.h"
#include "ReviewTypes.h"

// Audit trail rows as the audit view shows them, oldest first; the detail as compact text, the
// hash shortened (its tooltip has it whole).
class AuditTableModel : public RecordTableModel<AuditRecord>
{
    Q_OBJECT

public:
    enum Column { Sequence, RecordedAt, Analyst, Action, Customer, Detail, Hash, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setRecords(const QList<AuditRecord> &records) { resetRecords(records); }

protected:
    QStringList headers() const override;
    QVariant cell(const AuditRecord &record, int column, int role) const override;
};
