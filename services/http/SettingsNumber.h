#pragma once

#include <optional>
#include <QStringList>

class QSettings;

// Whether a setting takes any number (seconds: 1.5) or only a whole one (pages, MiB).
enum class SettingNumber { Any, Whole };

// The number under `key` of the settings file, or nothing when the key is absent or its value
// refused. A value is refused unless it is a number (whole if `kind` says so) from 1 to `highest`:
// then `refusal`, the caller's translated message, is appended to `problems` with %1 the key, %2
// the value as written (trimmed, at most 40 characters), %3 `highest` and %4 `fallback`. The
// message stays the caller's so that each keeps its own wording and translation context.
std::optional<double> readSettingFromOneTo(const QSettings &settings, const QString &key, int highest,
                                           SettingNumber kind, qint64 fallback, const QString &refusal,
                                           QStringList *problems);
