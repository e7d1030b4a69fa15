#pragma once

#include "Command.h"

// sphere customers …: what no other "sphere customers" command took — its usage, or "unknown command"
// once the Sphere connection is known to work.
class SphereCustomersCommand : public Command
{
public:
    SphereCustomersCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
