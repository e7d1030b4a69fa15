#pragma once

#include "Command.h"

// workspace migrate | status | verify, on --workspace (or the app's own workspace).
class WorkspaceCommand : public Command
{
public:
    WorkspaceCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
