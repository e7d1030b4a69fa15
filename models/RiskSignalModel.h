#pragma once

#include "RecordTableModel.h"
#include "SardineTypes.h"

// The risk engine's signals for one check: key (described when the catalogue knows it, the raw key
// kept beside the description), value (a level, shown as sent), reason codes.
class RiskSignalModel : public RecordTableModel<RiskSignal>
{
    Q_OBJECT

public:
    enum Column { Key, Value, ReasonCodes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RawValueRole, RawKeyRole };

    using RecordTableModel::RecordTableModel;
    void setSignals(const QList<RiskSignal> &signalList) { resetRecords(signalList); }

    static QString valueText(const QJsonValue &value);

protected:
    QStringList headers() const override;
    QVariant cell(const RiskSignal &signal, int column, int role) const override;
};
