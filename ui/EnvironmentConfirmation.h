#pragma once

#include "EnvironmentSelection.h"

#include <functional>
#include <QCoreApplication>

class QWidget;

// The question asked before anything is sent while the vendors' environments are mixed (a
// production customer risk-checked on a sandbox, say): the analyst sees the environments and
// chooses; declining sends nothing. Not mixed: nothing is asked.
class EnvironmentConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentConfirmation)

public:
    // Calls `send` at once, or after "Send anyway" in a window-modal question (objectName
    // "mixedEnvironmentMessageBox"); never after `parent` is gone.
    static void confirmThenSend(QWidget *parent, const EnvironmentSelection &environments,
                                const QString &action, std::function<void()> send);
};
