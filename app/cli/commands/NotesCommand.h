#pragma once

#include "Command.h"

class WorkspaceSession;

// notes add CUSTOMER_ID TEXT: a note on the customer by the OS user, audited; prints its id.
// notes list CUSTOMER_ID [--json]: the customer's notes, oldest first.
class NotesCommand : public Command
{
public:
    NotesCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;

private:
    static int add(const WorkspaceSession &workspace, const QString &customerId, const QString &text);
    static int list(const WorkspaceSession &workspace, const QString &customerId, bool json);
};
