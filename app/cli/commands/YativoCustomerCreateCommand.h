#pragma once

#include "Command.h"

// yativo customers create --from-json FILE: FILE is checked like the onboarding form checks it
// before anything is sent.
class YativoCustomerCreateCommand : public Command
{
public:
    YativoCustomerCreateCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
