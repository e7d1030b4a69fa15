#pragma once

#include "Command.h"

// sphere customers import --csv FILE [--report FILE] [--concurrency N]: one customer a row; exit 0 when
// every row was created (blank rows are skipped, not failures), 2 when some rows failed, 1 when
// nothing could be done (unreadable file, unknown column, refused credentials, unreachable host).
class SphereCustomerImportCommand : public Command
{
public:
    SphereCustomerImportCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
