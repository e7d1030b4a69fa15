#pragma once

#include "Command.h"

// review decide CUSTOMER_ID approve|reject|escalate|request-info --reason TEXT [--comment TEXT]:
// records the analyst's case decision in the workspace, audited; prints the decision's id.
class ReviewDecideCommand : public Command
{
public:
    ReviewDecideCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
