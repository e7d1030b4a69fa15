#pragma once

#include "Command.h"

// sphere customers create --from-json FILE: FILE is the documented create body, checked like the form
// checks it before anything is sent.
class SphereCustomerCreateCommand : public Command
{
public:
    SphereCustomerCreateCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
