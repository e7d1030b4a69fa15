#pragma once

#include "Command.h"

// sphere customers list [--kyc STATUS] [--type TYPE] [--search TEXT]: every page of the book, as a table or
// --json.
class SphereCustomerListCommand : public Command
{
public:
    SphereCustomerListCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
