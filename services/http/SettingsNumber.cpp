#include "SettingsNumber.h"

#include <QSettings>

std::optional<double> readSettingFromOneTo(const QSettings &settings, const QString &key, int highest,
                                           SettingNumber kind, qint64 fallback, const QString &refusal,
                                           QStringList *problems)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QString text = settings.value(key).toString().trimmed();
    bool ok = false;
    const double value = kind == SettingNumber::Whole ? text.toInt(&ok) : text.toDouble(&ok);
    // Written as "not at least 1" so that NaN, which compares false with everything, is refused.
    if (!ok || !(value >= 1) || value > highest) {
        problems->append(refusal.arg(key, text.left(40)).arg(highest).arg(fallback));
        return std::nullopt;
    }
    return value;
}
