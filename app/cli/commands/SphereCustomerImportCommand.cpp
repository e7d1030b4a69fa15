#include "SphereCustomerImportCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "CustomerCsvImport.h"
#include "CustomerImportRunner.h"
#include "VendorCommandSession.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace cli;

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}
} // namespace

SphereCustomerImportCommand::SphereCustomerImportCommand()
    : Command({ u"sphere"_s, u"customers"_s, u"import"_s })
{ }

int SphereCustomerImportCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                         const QStringList &)
{
    const VendorCommandSession sphere(Vendor::Sphere, parser);
    if (!sphere.isReady())
        return failWith(sphere.problem());
    if (!parser.isSet(u"csv"_s))
        return failWith(tr("usage: sphere customers import --csv FILE [--report FILE] [--concurrency N]"));
    int concurrency = CustomerImportRunner::kDefaultConcurrency;
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        concurrency = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > CustomerImportRunner::kMaxConcurrency)
            return failWith(
                tr("--concurrency must be a number from 1 to %1").arg(CustomerImportRunner::kMaxConcurrency));
    }
    // Opened before anything is sent: a report that cannot be written must not be found out
    // after a thousand customers were created.
    QFile report(parser.value(u"report"_s));
    if (parser.isSet(u"report"_s) && !report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(tr("cannot write the report %1: %2").arg(report.fileName(), report.errorString()));

    const QString csvPath = parser.value(u"csv"_s);
    const CustomerCsvImport::Plan plan = CustomerCsvImport::load(csvPath);
    if (!plan.ok())
        return failWith(tr("%1: %2").arg(csvPath, plan.error));

    QElapsedTimer clock;
    clock.start();
    CustomerImportRunner runner(sphere.sphere(), plan.rows, concurrency);
    const bool progress = stderrIsTerminal() && !parser.isSet(u"json"_s);
    qsizetype done = 0;
    if (progress) {
        QObject::connect(&runner, &CustomerImportRunner::rowFinished, &app, [&](const ImportOutcome &) {
            QTextStream err(stderr);
            err << '\r' << tr("%1 of %2 rows").arg(++done).arg(plan.rows.size());
        });
    }
    QObject::connect(&runner, &CustomerImportRunner::finished, &app, [&app] { app.quit(); });
    runner.start();
    app.exec();
    if (progress)
        QTextStream(stderr) << '\n';

    if (parser.isSet(u"json"_s))
        printJson(CliOutput::importReportJson(runner.outcomes()));
    else
        CliOutput::printImportReport(out(), runner.outcomes());
    const int created = runner.count(ImportOutcome::Status::Created);
    const int failed = runner.count(ImportOutcome::Status::Failed);
    const int skipped = runner.count(ImportOutcome::Status::Skipped);
    if (!parser.isSet(u"json"_s)) {
        out() << tr("%1 row(s): %2 created, %3 failed, %4 skipped in %5 s\n")
                     .arg(plan.rows.size())
                     .arg(created)
                     .arg(failed)
                     .arg(skipped)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    }
    out().flush();
    if (report.isOpen()) {
        const QByteArray csv = CustomerCsvImport::reportCsv(runner.outcomes());
        if (report.write(csv) != csv.size() || !report.flush())
            return failWith(
                tr("cannot write the report %1: %2").arg(report.fileName(), report.errorString()));
        report.close();
    }
    if (const auto &fatal = runner.fatalError())
        return failWith(tr("import stopped: %1").arg(fatal->userMessage()));
    return failed > 0 ? 2 : 0;
}
