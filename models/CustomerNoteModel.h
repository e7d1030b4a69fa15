#pragma once

#include "RecordTableModel.h"
#include "ReviewTypes.h"

// The selected customer's notes, oldest first, as a conversation reads; or the notes a search found,
// with the customer each is about (the Customer column, which the case page hides).
class CustomerNoteModel : public RecordTableModel<CustomerNote>
{
    Q_OBJECT

public:
    enum Column { WrittenAt, Author, Text, Customer, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setNotes(const QList<CustomerNote> &notes) { resetRecords(notes); }

protected:
    QStringList headers() const override;
    QVariant cell(const CustomerNote &note, int column, int role) const override;
};
