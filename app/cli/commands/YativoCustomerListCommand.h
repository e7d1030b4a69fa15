#pragma once

#include "Command.h"

// yativo customers list: every Yativo customer, page after page.
class YativoCustomerListCommand : public Command
{
public:
    YativoCustomerListCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
