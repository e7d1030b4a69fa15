#pragma once

#include "ApiEndpoint.h"

#include <QStringList>

class QSettings;

// The request deadlines, the stall timeout and the list pages in flight of the desktop app, tunable
// in its settings file
// (group "network") for an office behind a slow link; kycdesk-cli takes --timeout and
// --stall-timeout instead. A value that is not a number of seconds in range is reported, never
// guessed at: the endpoint keeps its default for that limit.
class RequestLimitsSettings
{
public:
    static constexpr int kMaxSeconds = 86400;

    // The settings key of a kind's deadline, e.g. "network/listPageDeadlineSeconds".
    static QString deadlineKey(RequestKind kind);
    static QString stallTimeoutKey();
    static QString listPagesInFlightKey();

    // Returns `endpoint` with the configured limits; one line per rejected value in `problems`.
    static ApiEndpoint apply(const QSettings &settings, ApiEndpoint endpoint, QStringList *problems);
};
