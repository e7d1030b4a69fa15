#pragma once

#include "Command.h"

// sardine …: what no other "sardine" command took — its usage.
class SardineCommand : public Command
{
public:
    SardineCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
