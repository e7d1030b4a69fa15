#pragma once

#include "Command.h"

// sardine identity CUSTOMER_ID: the identity entity gathered through document KYC.
class SardineIdentityCommand : public Command
{
public:
    SardineIdentityCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
