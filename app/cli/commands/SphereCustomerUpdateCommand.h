#pragma once

#include "Command.h"

// sphere customers update ID --from-json FILE: FILE holds only the fields to change.
class SphereCustomerUpdateCommand : public Command
{
public:
    SphereCustomerUpdateCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
