#include "ColdStartBench.h"

#include "BenchSupport.h"
#include "CustomerCache.h"
#include "CustomerTableModel.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "SphereClient.h"
#include "WorkspaceDatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

// One start of the desktop in a process of its own, timed by the parent from the moment it starts
// the process until the child says the book is painted.
struct StartTiming
{
    double wallMs = 0; // process start to "painted", as the parent saw it
    double inProcessMs = 0; // QApplication's construction to "painted", as the child measured it
    int rows = 0;
};

std::optional<StartTiming> startChild(const QString &self, const QString &workspace, const QUrl &base)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    child.start(self, { u"--cold-start-child"_s, workspace, u"--url"_s, base.toString() });
    if (!child.waitForReadyRead(30000))
        return std::nullopt;
    const double wallMs = wall.nsecsElapsed() / 1e6;
    const QList<QByteArray> fields = child.readLine().trimmed().split(' ');
    child.waitForFinished(30000);
    if (fields.size() != 3 || fields.first() != "painted")
        return std::nullopt;
    return StartTiming { wallMs, fields.at(1).toDouble(), fields.at(2).toInt() };
}

} // namespace

int coldStartChild(QApplication &app, const QElapsedTimer &sinceStart, const QString &workspace,
                   const QUrl &base)
{
    // As the desktop starts: the workspace opened, the kept book shown, the network asked (here it
    // does not answer: the parent stopped the sandbox), the window painted.
    WorkspaceDatabase database(workspace);
    if (!database.isOpen()) {
        bench::out() << "bench: the workspace did not open: " << database.error()->message << Qt::endl;
        return 1;
    }
    CustomerCache cache(&database);
    HttpTransport transport;
    SphereClient client(&transport, bench::sphereEndpoint(base, std::chrono::seconds(5)));
    MainWindow window(&client, bench::environment(base));
    window.resize(1400, 860);
    window.setCustomerCache(&cache);
    window.reload();
    window.show();
    window.repaint();
    const int rows = window.customerModel()->rowCount();
    bench::out() << "painted " << sinceStart.nsecsElapsed() / 1e6 << ' ' << rows << Qt::endl;
    Q_UNUSED(app);
    return 0;
}

int coldStartBench(QApplication &app, const QUrl &base, QProcess *sandbox, int runs)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(u"kept.sqlite"_s);
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    {
        // The book loaded once from the sandbox and kept, as the desktop keeps every complete load.
        WorkspaceDatabase database(kept);
        CustomerCache cache(&database);
        HttpTransport transport;
        SphereClient client(&transport, bench::sphereEndpoint(base, std::chrono::seconds(60)));
        MainWindow window(&client, bench::environment(base));
        window.setCustomerCache(&cache);
        bool done = false;
        QObject::connect(&window, &MainWindow::customersLoaded, &app, [&](qint64) { done = true; });
        window.reload();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        WorkspaceDatabase emptyDatabase(empty);
    }
    if (sandbox->state() != QProcess::NotRunning) {
        sandbox->terminate();
        sandbox->waitForFinished(5000);
    }

    const QString self = QCoreApplication::applicationFilePath();
    QList<double> keptWall;
    QList<double> keptInProcess;
    QList<double> emptyWall;
    int rows = 0;
    startChild(self, kept, base); // untimed: the first start reads the binaries from disk
    for (int r = 0; r < runs; ++r) {
        const std::optional<StartTiming> withBook = startChild(self, kept, base);
        const std::optional<StartTiming> withoutBook = startChild(self, empty, base);
        if (!withBook || !withoutBook) {
            bench::out() << "bench: a start did not report" << Qt::endl;
            return 1;
        }
        keptWall << withBook->wallMs;
        keptInProcess << withBook->inProcessMs;
        emptyWall << withoutBook->wallMs;
        rows = withBook->rows;
    }
    bench::out() << Qt::fixed;
    bench::out().setRealNumberPrecision(1);
    bench::out() << "cold start, kept book painted:  " << bench::median(keptWall)
                 << " ms after the process starts  (target <= 500 ms; " << rows
                 << " rows, no network answer; " << bench::median(keptInProcess)
                 << " ms of it measured inside the process; median of " << runs << ")" << Qt::endl;
    bench::out() << "  floor, an empty book painted: " << bench::median(emptyWall) << " ms  (ratio "
                 << (bench::median(emptyWall) > 0 ? bench::median(keptWall) / bench::median(emptyWall) : 0)
                 << "x)" << Qt::endl;
    return 0;
}
