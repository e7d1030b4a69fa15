// Customer-book benchmark at analyst scale (100 000 customers by default):
//  - the sandbox runs as its own process, like a vendor, seeded with N customers;
//  - time to the first page shown and to the full list in the model, against plain curl
//    fetching the same pages one after another on one keep-alive connection (the floor);
//  - median time of one filter keystroke on the full proxy;
//  - memory per customer row and peak RSS.
// Prints figures; it asserts nothing (tests do that).

#include "CustomerFilterProxyModel.h"
#include "CustomerListJob.h"
#include "CustomerTableModel.h"
#include "HttpTransport.h"
#include "SphereClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

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

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { u"sandbox"_s, u"Path to kycdesk-sandbox."_s, u"path"_s, u"kycdesk-sandbox"_s },
        { u"customers"_s, u"Customers to seed."_s, u"N"_s, u"100000"_s },
        { u"page-size"_s, u"Customers per page."_s, u"N"_s, u"1000"_s },
        { u"runs"_s, u"Repetitions of each load (median is printed)."_s, u"N"_s, u"3"_s },
    });
    parser.process(app);
    const int customers = parser.value(u"customers"_s).toInt();
    const int pageSize = parser.value(u"page-size"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QString token = u"bench-token"_s;

    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer seedTimer;
    seedTimer.start();
    sandbox.start(parser.value(u"sandbox"_s),
                  { u"--port"_s, u"0"_s, u"--database"_s, dir.filePath(u"bench.sqlite"_s), u"--seed-customers"_s,
                    QString::number(customers), u"--token"_s, token });
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(600000)) {
        out() << "bench: the sandbox did not start: " << sandbox.errorString() << Qt::endl;
        return 1;
    }
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed()));
    const double seedSeconds = seedTimer.elapsed() / 1000.0;
    out() << "sandbox " << base.toString() << " seeded with " << customers << " customers in " << seedSeconds
          << " s (start-up included)" << Qt::endl;

    // Floor: the same pages with plain curl, sequentially, one connection.
    const int pages = (customers + pageSize - 1) / pageSize;
    QStringList curlArgs { u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-H"_s, u"Authorization: Bearer "_s + token };
    for (int p = 1; p <= pages; ++p) {
        if (p > 1)
            curlArgs << u"-o"_s << u"/dev/null"_s;
        curlArgs << base.toString() + u"/v1/customer?page=%1&limit=%2"_s.arg(p).arg(pageSize);
    }
    QList<double> curlTimes;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(u"curl"_s, curlArgs);
        curlTimes << t.nsecsElapsed() / 1e6;
        if (rc != 0) {
            out() << "bench: curl failed (" << rc << ")" << Qt::endl;
            return 1;
        }
    }

    HttpTransport transport;
    ApiEndpoint endpoint { u"Sphere"_s, base, ApiEndpoint::bearer(token), std::chrono::seconds(60) };
    SphereClient client(&transport, endpoint);
    CustomerQuery query;
    query.pageSize = pageSize;

    QList<double> firstPageTimes;
    QList<double> fullTimes;
    qint64 rssBefore = 0;
    qint64 rssAfter = 0;
    auto model = std::make_unique<CustomerTableModel>();
    CustomerFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.sortByColumn(CustomerTableModel::Updated, Qt::DescendingOrder);
    view.resize(1200, 800);
    view.show();

    for (int r = 0; r < runs; ++r) {
        model->clear();
        QCoreApplication::processEvents();
        rssBefore = procStatusKb("VmRSS:");
        QElapsedTimer t;
        t.start();
        bool first = true;
        bool done = false;
        CustomerListJob *job = client.listAllCustomers(query);
        QObject::connect(job, &CustomerListJob::pageReady, &app, [&](const QList<Customer> &page, const Pagination &) {
            model->appendCustomers(page);
            if (first) {
                view.repaint(); // the first page on screen is what the analyst waits for
                firstPageTimes << t.nsecsElapsed() / 1e6;
                first = false;
            }
        });
        QObject::connect(job, &CustomerListJob::finished, &app, [&, job] {
            if (job->error())
                out() << "bench: load failed: " << job->error()->userMessage() << Qt::endl;
            fullTimes << t.nsecsElapsed() / 1e6;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        rssAfter = procStatusKb("VmRSS:");
    }
    const int rows = model->rowCount();

    // Keystrokes as an analyst types them, growing then shrinking the filter.
    QList<double> keystrokes;
    const QStringList words { u"anna"_s, u"smith"_s, u"example.org"_s, u"customer_0"_s, u"zz"_s };
    for (const QString &word : words) {
        for (int n = 1; n <= word.size(); ++n) {
            QElapsedTimer t;
            t.start();
            proxy.setTextFilter(word.left(n));
            keystrokes << t.nsecsElapsed() / 1e6;
        }
        for (int n = word.size() - 1; n >= 0; --n) {
            QElapsedTimer t;
            t.start();
            proxy.setTextFilter(word.left(n));
            keystrokes << t.nsecsElapsed() / 1e6;
        }
    }
    const double curl = median(curlTimes);
    const double full = median(fullTimes);
    const double perRow = rows > 0 ? (rssAfter - rssBefore) * 1024.0 / rows : 0;
    out() << Qt::fixed;
    out().setRealNumberPrecision(1);
    out() << "rows in model:                 " << rows << Qt::endl;
    out() << "pages:                         " << pages << " x " << pageSize << Qt::endl;
    out() << "curl, same pages (floor):      " << curl << " ms" << Qt::endl;
    out() << "first page shown:              " << median(firstPageTimes) << " ms" << Qt::endl;
    out() << "full list in the model:        " << full << " ms" << Qt::endl;
    out().setRealNumberPrecision(2);
    out() << "full load / curl:              " << (curl > 0 ? full / curl : 0) << "x  (target <= 1.5x)" << Qt::endl;
    out() << "filter keystroke, median:      " << median(keystrokes) << " ms  (target <= 16 ms; max "
          << *std::max_element(keystrokes.begin(), keystrokes.end()) << " ms over " << keystrokes.size()
          << " keystrokes)" << Qt::endl;
    out().setRealNumberPrecision(0);
    out() << "memory per customer row:       " << perRow << " bytes  (target <= 1024)" << Qt::endl;
    out() << "peak RSS:                      " << procStatusKb("VmHWM:") / 1024 << " MiB" << Qt::endl;

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
