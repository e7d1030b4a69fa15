#include "RiskSignalModel.h"

#include "RiskVocabulary.h"
#include "StatusColours.h"
#include "StatusText.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString RiskSignalModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return StatusText::missing();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList RiskSignalModel::headers() const
{
    return { tr("Signal"), tr("Value"), tr("Reason codes") };
}

QVariant RiskSignalModel::cell(const RiskSignal &s, int column, int role) const
{
    if (role == RawValueRole)
        return s.value.toVariant();
    if (role == RawKeyRole)
        return s.key;
    if (role == Qt::ForegroundRole && column == Value) {
        const QString v = s.value.toString();
        if (v == u"high" || v == u"very_high")
            return QBrush(StatusColours::current().text(StatusText::Tone::Bad));
        if (v == u"medium")
            return QBrush(StatusColours::current().text(StatusText::Tone::Attention));
        return {};
    }
    if (role == SortRole)
        return textSortKey(s, column);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Key:
        return RiskVocabulary::signalText(s.key);
    case Value:
        return valueText(s.value);
    case ReasonCodes:
        return s.reasonCodes.isEmpty() ? StatusText::missing() : s.reasonCodes.join(QStringLiteral(", "));
    default:
        return {};
    }
}
