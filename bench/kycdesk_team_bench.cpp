// The team workspace under load (scripts/bench --team): N simulated analysts work one queue of
// customers on a PostgreSQL server at once, each pressing "next" (QueueClaims::claimNext) and
// deciding what it got, while one more desk listens (WorkspaceNotifications) as an open desk would.
// Prints decisions per second, claim latency p50 / p99, how soon a decision shows in the listening
// desk, and checks that no customer was decided twice and the audit chain holds.

#include "AuditTrail.h"
#include "QueueClaims.h"
#include "ReviewStore.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceNotifications.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

bool exec(WorkspaceDatabase &db, const QString &sql)
{
    QSqlQuery q(db.database());
    return q.exec(sql);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"KYC Desk team workspace benchmark"_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"server"_s, u"postgresql://SUPERUSER@HOST:PORT/postgres?host=SOCKET of a throwaway cluster"_s,
          u"url"_s },
        { u"analysts"_s, u"Simulated analysts working at once (default 20)."_s, u"n"_s, u"20"_s },
        { u"customers"_s, u"Customers in the queue (default 100000)."_s, u"n"_s, u"100000"_s },
        { u"seconds"_s, u"How long they work (default 20)."_s, u"s"_s, u"20"_s },
    });
    parser.process(app);
    const QUrl server(parser.value(u"server"_s));
    const int analysts = parser.value(u"analysts"_s).toInt();
    const int customers = parser.value(u"customers"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    if (!server.isValid() || server.userName().isEmpty() || analysts < 1 || customers < 1 || seconds < 1) {
        out() << "usage: kycdesk-team-bench --server postgresql://… [--analysts N] [--customers N] "
                 "[--seconds S]\n";
        return 2;
    }
    const auto locationOf = [&server](const QString &database, const QString &user) {
        QUrl url = server;
        url.setUserName(user);
        url.setPath(u"/"_s + database);
        return url.toString();
    };

    const QString database = u"kycdesk_team_bench_%1"_s.arg(QCoreApplication::applicationPid());
    {
        WorkspaceDatabase admin(server.toString());
        if (!admin.isOpen()) {
            out() << "the server does not answer: " << admin.error()->message << '\n';
            return 1;
        }
    }
    {
        // The superuser's own database holds nothing of ours; the bench's database is made fresh.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(QUrlQuery(server).queryItemValue(u"host"_s));
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            out() << "cannot administer the server\n";
            return 1;
        }
        QSqlQuery q(db);
        q.exec(u"CREATE DATABASE "_s + database);
        for (int n = 1; n <= analysts; ++n) {
            q.exec(u"CREATE ROLE bench_analyst_%1 LOGIN"_s.arg(n));
        }
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    {
        WorkspaceDatabase owner(locationOf(database, server.userName()));
        if (!owner.isOpen()) {
            out() << "migration failed: " << owner.error()->message << '\n';
            return 1;
        }
        for (int n = 1; n <= analysts; ++n)
            exec(owner, u"GRANT kycdesk_analyst TO bench_analyst_%1"_s.arg(n));
    }

    QStringList queue;
    queue.reserve(customers);
    for (int i = 0; i < customers; ++i)
        queue << u"cus_%1"_s.arg(i, 7, 10, QLatin1Char('0'));

    QElapsedTimer clock;
    clock.start();
    QMutex mutex;
    QList<double> claimMs;
    QList<double> decideMs;
    QHash<QString, qint64> decisionStartedNs;
    QList<double> shownMs;
    QHash<QString, qint64> heardNs;
    QStringList decided;
    QStringList problems;

    // The listening desk, on this thread's event loop.
    WorkspaceDatabase listenerDb(locationOf(database, server.userName()));
    WorkspaceNotifications listener(&listenerDb);
    QObject::connect(&listener, &WorkspaceNotifications::changed, &app,
                     [&](const WorkspaceChange &change, bool) {
                         if (change.table != u"case_decisions"_s)
                             return;
                         const qint64 now = clock.nsecsElapsed();
                         const QMutexLocker lock(&mutex);
                         heardNs.insert(change.customerId, now);
                     });

    const qint64 endNs = qint64(seconds) * 1000000000;
    QList<QThread *> desks;
    for (int n = 1; n <= analysts; ++n) {
        const QString location = locationOf(database, u"bench_analyst_%1"_s.arg(n));
        desks << QThread::create([&, location] {
            WorkspaceDatabase db(location);
            if (!db.isOpen()) {
                const QMutexLocker lock(&mutex);
                problems << db.error()->message;
                return;
            }
            AuditTrail trail(&db, db.analystName(u"bench"_s));
            QueueClaims claims(&db, &trail);
            ReviewStore review(&db, &trail);
            while (clock.nsecsElapsed() < endNs) {
                const qint64 t0 = clock.nsecsElapsed();
                const auto next = claims.claimNext(queue);
                const qint64 t1 = clock.nsecsElapsed();
                if (!next || !next.value()) {
                    const QMutexLocker lock(&mutex);
                    if (!next)
                        problems << next.error().message;
                    return;
                }
                {
                    const QMutexLocker lock(&mutex);
                    decisionStartedNs.insert(*next.value(), t1);
                }
                const auto made
                    = review.decide(*next.value(), CaseDecisionKind::Approve, u"Documents verified"_s, {});
                const qint64 t2 = clock.nsecsElapsed();
                const QMutexLocker lock(&mutex);
                claimMs << double(t1 - t0) / 1e6;
                decideMs << double(t2 - t1) / 1e6;
                if (made)
                    decided << *next.value();
                else
                    problems << made.error().message;
            }
        });
    }
    for (QThread *desk : std::as_const(desks))
        desk->start();
    while (std::any_of(desks.cbegin(), desks.cend(), [](QThread *t) { return !t->isFinished(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double elapsedS = double(clock.nsecsElapsed()) / 1e9;
    // The last notifications still on their way.
    QElapsedTimer grace;
    grace.start();
    while (grace.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    qDeleteAll(desks);

    for (const QString &id : std::as_const(decided)) {
        if (heardNs.contains(id))
            shownMs << double(heardNs.value(id) - decisionStartedNs.value(id)) / 1e6;
    }
    const QSet<QString> distinct(decided.cbegin(), decided.cend());
    WorkspaceDatabase check(locationOf(database, server.userName()));
    AuditTrail trail(&check, check.analystName(u"bench"_s));
    const auto broken = trail.verify();
    const auto rows = trail.records();

    out() << "team workspace: " << analysts << " analysts, a " << customers << "-customer queue, "
          << QString::number(elapsedS, 'f', 1) << " s on PostgreSQL (" << QThread::idealThreadCount()
          << " cores)\n";
    out() << "  decisions                      " << decided.size() << "  ("
          << QString::number(double(decided.size()) / elapsedS, 'f', 1) << " per second)\n";
    out() << "  claim latency (queue next)     p50 " << QString::number(percentile(claimMs, 0.5), 'f', 1)
          << " ms   p99 " << QString::number(percentile(claimMs, 0.99), 'f', 1) << " ms\n";
    out() << "  decision (with its audit row)  p50 " << QString::number(percentile(decideMs, 0.5), 'f', 1)
          << " ms   p99 " << QString::number(percentile(decideMs, 0.99), 'f', 1) << " ms\n";
    out() << "  shown in another desk          p50 " << QString::number(percentile(shownMs, 0.5), 'f', 1)
          << " ms   p99 " << QString::number(percentile(shownMs, 0.99), 'f', 1) << " ms   (" << shownMs.size()
          << " of " << decided.size() << " heard; from the decision's start)\n";
    out() << "  customers decided twice        " << (decided.size() - distinct.size()) << '\n';
    out() << "  audit chain                    " << (rows ? rows.value().size() : -1) << " rows, "
          << (broken && !broken.value() ? "verifies" : "BROKEN") << '\n';
    for (const QString &problem : std::as_const(problems).mid(0, 5))
        out() << "  problem: " << problem << '\n';
    out().flush();
    return problems.isEmpty() && decided.size() == distinct.size() ? 0 : 1;
}
