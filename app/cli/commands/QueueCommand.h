#pragma once

#include "Command.h"

// queue next [--queue NAME] | queue release CUSTOMER_ID: claims for the OS user the customer of a
// queue who has waited longest, from the book the desk last kept (the workspace's copy of the
// listing of the app's Sphere environment), skipping customers another analyst holds or somebody
// decided.
class QueueCommand : public Command
{
public:
    QueueCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
