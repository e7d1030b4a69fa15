#pragma once

#include "Command.h"
#include "SphereTypes.h"

// sphere customers kyc-link ID | tos-link ID: the hosted page where the customer verifies their identity
// or accepts the terms of service; only an https link is ever printed.
class SphereHostedLinkCommand : public Command
{
public:
    explicit SphereHostedLinkCommand(HostedLinkKind kind);
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;

private:
    HostedLinkKind m_kind;
};
