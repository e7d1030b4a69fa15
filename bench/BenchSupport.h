#pragma once

#include <QList>
#include <QTextStream>

// What the benchmark programs share: their output and the figures they take.
namespace bench {
QTextStream &out();
// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"), -1 when it cannot be read.
qint64 procStatusKb(const char *field);
// User and system CPU of every thread of this process so far.
double processCpuMs();
double median(QList<double> values);
} // namespace bench
