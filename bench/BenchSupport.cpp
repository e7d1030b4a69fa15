#include "BenchSupport.h"

#include <algorithm>
#include <QFile>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace bench {

const QString kToken = u"bench-token"_s;

ApiEndpoint sphereEndpoint(const QUrl &base, std::chrono::milliseconds stallTimeout)
{
    return ApiEndpoint { u"Sphere"_s, base, ApiEndpoint::bearer(kToken), stallTimeout };
}

EnvironmentDescription environment(const QUrl &base)
{
    return EnvironmentDescription { u"Benchmark sandbox"_s, base.toString(), false };
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 procStatusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &tv) { return tv.tv_sec * 1e3 + tv.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

qint64 processPageFaults()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace bench
