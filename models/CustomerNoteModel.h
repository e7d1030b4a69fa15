#pragma once

#include "RecordTableModel.h"
#include "ReviewTypes.h"

// The selected customer's notes, oldest first, as a conversation reads.
class CustomerNoteModel : public RecordTableModel<CustomerNote>
{
    Q_OBJECT

public:
    enum Column { WrittenAt, Author, Text, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setNotes(const QList<CustomerNote> &notes) { resetRecords(notes); }

protected:
    QStringList headers() const override;
    QVariant cell(const CustomerNote &note, int column, int role) const override;
};
