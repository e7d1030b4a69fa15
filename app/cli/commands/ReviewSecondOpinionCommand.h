#pragma once

#include "Command.h"

// review confirm|return DECISION_ID --reason TEXT: the second analyst's word on a decision awaiting
// it (four eyes); review awaiting [--json]: the decisions waiting for one, oldest first.
class ReviewSecondOpinionCommand : public Command
{
public:
    ReviewSecondOpinionCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
