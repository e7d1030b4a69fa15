#pragma once

#include "Command.h"

// sardine feedback SESSION_KEY --customer ID --status S [--reason TEXT]
// sardine feedback --customer ID --status S [--reason TEXT]   (the customer's latest kept session)
// sardine feedback --send-queued                              (what the workspace still holds)
// Feedback goes through the workspace's outbox, so what Sardine could not take now is kept and
// sent later (by the app, or by --send-queued).
class SardineFeedbackCommand : public Command
{
public:
    SardineFeedbackCommand();
    int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) override;
};
