#pragma once

#include "Command.h"

// sardine history CUSTOMER_ID: Sardine's own past results for the customer.
class SardineHistoryCommand : public Command
{
public:
    SardineHistoryCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
