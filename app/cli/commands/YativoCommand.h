#pragma once

#include "Command.h"

// yativo …: what no other "yativo" command took — its usage.
class YativoCommand : public Command
{
public:
    YativoCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
