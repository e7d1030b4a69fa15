#pragma once

#include "EnvironmentSelection.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

class QWidget;

// The question asked before anything is sent while the vendors' environments are mixed (a
// production customer risk-checked on a sandbox, say): the analyst sees the environments and
// chooses; declining sends nothing. A resumed draft saved for another environment of the vendor
// it goes to is asked about the same way. Neither: nothing is asked.
class EnvironmentConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentConfirmation)

public:
    // Where a resumed draft was saved: its vendor and the record key it was saved with.
    struct SavedDraft
    {
        Vendor vendor;
        QString environment;
    };
    // None for a form that was not resumed from a draft (`environment` empty).
    static std::optional<SavedDraft> resumed(Vendor vendor, const QString &environment)
    {
        return environment.isEmpty() ? std::nullopt : std::optional(SavedDraft { vendor, environment });
    }

    // Calls `send` at once, or after "Send anyway" in a window-modal question (objectName
    // "mixedEnvironmentMessageBox"); never after `parent` is gone.
    static void confirmThenSend(QWidget *parent, const EnvironmentSelection &environments,
                                const QString &action, std::function<void()> send,
                                const std::optional<SavedDraft> &draft = std::nullopt);
};
