#pragma once

#include "Command.h"

// yativo customers kyc-status ID: where the customer's Yativo KYC stands now.
class YativoKycStatusCommand : public Command
{
public:
    YativoKycStatusCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
