#pragma once

#include "Command.h"

// sardine risk SPHERE_CUSTOMER_ID: fetches the Sphere customer, maps it to Sardine's request and posts
// it; sardine risk --from-json FILE posts a given Sardine request body instead.
class SardineRiskCommand : public Command
{
public:
    SardineRiskCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
