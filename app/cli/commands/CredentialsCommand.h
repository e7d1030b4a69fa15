#pragma once

#include "Command.h"

// credentials set|clear VENDOR [--environment E]: the secret comes on stdin ("ID:SECRET" for Sardine
// and Yativo), so it never appears in a process list or shell history.
class CredentialsCommand : public Command
{
public:
    CredentialsCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
