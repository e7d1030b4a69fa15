#pragma once

#include "Command.h"

class QCommandLineParser;
class WorkspaceSession;

// audit verify: exit 0 when the workspace's audit hash chain holds; otherwise exit 1 with one line
// naming the first broken row.
// audit list [--customer ID] [--since DATE] [--json]: the trail, oldest first, with the chain hashes.
class AuditCommand : public Command
{
public:
    AuditCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;

private:
    static int verify(const WorkspaceSession &workspace);
    static int list(const WorkspaceSession &workspace, const QCommandLineParser &parser);
};
