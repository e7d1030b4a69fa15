#pragma once

#include "Command.h"
#include "CustomerRequestValidator.h"

// sphere customers create --from-json FILE | sphere customers update ID --from-json FILE: FILE is
// the documented create body, or only the fields to change; it is checked like the form checks it
// before anything is sent.
class SphereCustomerSaveCommand : public Command
{
public:
    explicit SphereCustomerSaveCommand(CustomerRequestValidator::Mode mode);
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;

private:
    bool creates() const { return m_mode == CustomerRequestValidator::Mode::Create; }

    CustomerRequestValidator::Mode m_mode;
};
