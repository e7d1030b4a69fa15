#pragma once

#include "ApiEndpoint.h"
#include "MainWindow.h"

#include <chrono>
#include <QList>
#include <QTextStream>

// What the benchmark programs share: the sandbox they talk to, their output and the figures they take.
namespace bench {
// The token the sandbox is seeded with (or was, when --url names one already running).
extern const QString kToken;
// The sandbox as the Sphere vendor, authenticated with kToken; `stallTimeout` is the endpoint's.
ApiEndpoint sphereEndpoint(const QUrl &base, std::chrono::milliseconds stallTimeout);
// The environment the window shows while it is benchmarked against the sandbox at `base`.
EnvironmentDescription environment(const QUrl &base);
QTextStream &out();
// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"), -1 when it cannot be read.
qint64 procStatusKb(const char *field);
// User and system CPU of every thread of this process so far.
double processCpuMs();
// Page faults of this process since it started (minor and major): about the pages it touched for
// the first time, or again after handing them back.
qint64 processPageFaults();
double median(QList<double> values);
} // namespace bench
