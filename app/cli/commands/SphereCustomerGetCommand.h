#pragma once

#include "Command.h"

// sphere customers get ID: one customer, every field that has a value, or --json.
class SphereCustomerGetCommand : public Command
{
public:
    SphereCustomerGetCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
