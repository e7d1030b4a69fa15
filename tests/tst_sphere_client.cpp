// SphereClient against the sandbox over real loopback HTTP, and against a canned server for the
// failures the sandbox does not produce.

#include "ApiJob.h"
#include "BackgroundCustomerList.h"
#include "BulkDecodePool.h"
#include "CannedHttpServer.h"
#include "CustomerListJob.h"
#include "HttpTransport.h"
#include "SandboxFixture.h"
#include "SphereClient.h"
#include "TestColumns.h"
#include "TestData.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <stdexcept>

#ifdef Q_OS_LINUX
#    include <cerrno>
#    include <sys/resource.h>
#    include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kSeed = 230;
const QString kToken = u"client-test-token"_s;

template<typename T> struct Captured
{
    std::optional<Result<T>> result;
    bool done() const { return result.has_value(); }
};
} // namespace

class TestSphereClient : public SandboxTestCase
{
    Q_OBJECT

private:
    ApiEndpoint endpoint(const QString &token = kToken) const
    {
        ApiEndpoint e;
        e.vendor = u"Sphere"_s;
        e.baseUrl = m_sandbox->baseUrl();
        e.authorization = ApiEndpoint::bearer(token);
        return e;
    }

    template<typename T, typename Call> Result<T> wait(Call &&call)
    {
        Captured<T> captured;
        call([&captured](const Result<T> &r) { captured.result = r; });
        if (!QTest::qWaitFor([&] { return captured.done(); }, 15000))
            return ApiError::timeout(u"test"_s, 15000);
        return *captured.result;
    }

    // customer_x, which the sandbox does not have, through `e`: the failure cases only differ in
    // where `e` points and how it authenticates.
    Result<Customer> getCustomerThrough(const ApiEndpoint &e)
    {
        SphereClient client(m_transport, e);
        return wait<Customer>([&](auto done) { client.getCustomer(u"customer_x"_s, this, done); });
    }

    QList<Customer> listAll(SphereClient &client, CustomerQuery query,
                            std::optional<ApiError> *error = nullptr)
    {
        QList<Customer> all;
        QList<int> pages;
        CustomerListJob *job = client.listAllCustomers(query);
        connect(job, &CustomerListJob::pageReady, this,
                [&](const QList<Customer> &page, const Pagination &p) {
                    all += page;
                    pages.append(p.page);
                });
        bool finished = false;
        connect(job, &CustomerListJob::finished, this, [&, job] {
            finished = true;
            if (error)
                *error = job->error();
        });
        if (!QTest::qWaitFor([&] { return finished; }, 30000))
            qWarning("listing did not finish");
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i] != i + 1)
                qWarning("pages out of order");
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(kSeed, kToken)); }

    void listFollowsEveryPageInOrder()
    {
        SphereClient client(m_transport, endpoint());
        CustomerQuery query;
        query.pageSize = 17; // 230 customers -> 14 pages, the last one partial
        std::optional<ApiError> error;
        const QList<Customer> all = listAll(client, query, &error);
        QVERIFY2(!error, error ? qPrintable(error->userMessage()) : "");
        QCOMPARE(all.size(), kSeed);
        QSet<QString> ids;
        for (const Customer &c : all)
            ids.insert(c.id);
        QCOMPARE(ids.size(), kSeed);
        // Order is the sandbox's creation order, whatever order the parallel pages arrived in.
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].created <= all[i].created);
    }

    void backgroundListDeliversEveryRowOnTheCallersThread()
    {
        CustomerQuery query;
        query.pageSize = 17;
        query.tableFieldsOnly = true;
        QPointer<BackgroundCustomerList> list = new BackgroundCustomerList(endpoint(), query);
        QSet<QString> ids;
        QList<int> pages;
        bool onCallersThread = true;
        bool countsIncludeEachPage = true;
        int finishedCount = 0;
        connect(list, &BackgroundCustomerList::rowsReady, this,
                [&](const CustomerRowBatch &rows, const Pagination &pagination) {
                    onCallersThread = onCallersThread && QThread::currentThread() == thread();
                    for (const CustomerRow &row : rows.rows)
                        ids.insert(rows.id(row).toString());
                    pages.append(pagination.page);
                    // What the book's progress bar reads as the rows arrive.
                    countsIncludeEachPage
                        = countsIncludeEachPage && list->loaded() == ids.size() && list->total() == kSeed;
                });
        connect(list, &BackgroundCustomerList::finished, this, [&] {
            ++finishedCount;
            QVERIFY(!list->error());
            QCOMPARE(list->loaded(), qint64(kSeed));
            QCOMPARE(list->total(), qint64(kSeed));
        });
        QSignalSpy activity(list.data(), &BackgroundCustomerList::activityChanged);
        list->start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 30000);
        QVERIFY(onCallersThread);
        QVERIFY(countsIncludeEachPage);
        // The status bar's count: requests were on the wire, none is when it is done.
        int most = 0;
        for (const QList<QVariant> &a : std::as_const(activity))
            most = std::max(most, a.first().toInt());
        QVERIFY(most >= 1 && most <= ApiEndpoint::kDefaultListPagesInFlight);
        QCOMPARE(activity.last().first().toInt(), 0);
        QCOMPARE(ids.size(), kSeed);
        QCOMPARE(pages.size(), 14);
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i), i + 1); // in order, though fetched three at a time
        QTRY_VERIFY(list.isNull()); // deletes itself, like CustomerListJob
    }

    // The same counts for a walk that hands out whole customers (pageReady).
    void backgroundListOfCustomersCountsEachPageAsItArrives()
    {
        CustomerQuery query;
        query.pageSize = 50;
        QPointer<BackgroundCustomerList> list = new BackgroundCustomerList(endpoint(), query);
        qint64 received = 0;
        bool countsIncludeEachPage = true;
        bool finished = false;
        connect(list, &BackgroundCustomerList::pageReady, this,
                [&](const QList<Customer> &page, const Pagination &) {
                    received += page.size();
                    countsIncludeEachPage
                        = countsIncludeEachPage && list->loaded() == received && list->total() == kSeed;
                });
        connect(list, &BackgroundCustomerList::finished, this, [&] { finished = !list->error(); });
        list->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QCOMPARE(received, qint64(kSeed));
        QVERIFY(countsIncludeEachPage);
    }

    void backgroundListReportsTheVendorsError()
    {
        QPointer<BackgroundCustomerList> list
            = new BackgroundCustomerList(endpoint(u"wrong-token"_s), CustomerQuery {});
        std::optional<ApiError> error;
        int rows = 0;
        connect(list, &BackgroundCustomerList::pageReady, this,
                [&](const QList<Customer> &page, const Pagination &) { rows += int(page.size()); });
        connect(list, &BackgroundCustomerList::finished, this, [&] { error = list->error(); });
        list->start();
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 15000);
        QCOMPARE(error->kind, ApiError::Kind::HttpStatus);
        QCOMPARE(error->httpStatus, 401);
        QCOMPARE(rows, 0);
    }

    void backgroundListAbortedOrDestroyedMidWayStopsCleanly()
    {
        CustomerQuery query;
        query.pageSize = 5; // 46 pages: still walking when it is stopped
        query.tableFieldsOnly = true;
        // Aborted after the first rows: finished() once, Cancelled, and nothing after it.
        QPointer<BackgroundCustomerList> list = new BackgroundCustomerList(endpoint(), query);
        int batches = 0;
        int batchesAfterAbort = -1;
        int finishedCount = 0;
        std::optional<ApiError> error;
        connect(list, &BackgroundCustomerList::rowsReady, this, [&] {
            ++batches;
            if (batchesAfterAbort >= 0)
                ++batchesAfterAbort;
            else
                list->abort();
        });
        connect(list, &BackgroundCustomerList::finished, this, [&] {
            ++finishedCount;
            error = list->error();
            batchesAfterAbort = 0;
        });
        list->start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 15000);
        QVERIFY(error && error->kind == ApiError::Kind::Cancelled);
        QTRY_VERIFY(list.isNull());
        QTest::qWait(200); // pages that were on their way are dropped
        QCOMPARE(batchesAfterAbort, 0);
        QCOMPARE(finishedCount, 1);
        QCOMPARE(batches, 1);

        // Destroyed while walking (the window closes): its thread is stopped, nothing is delivered.
        auto *doomed = new BackgroundCustomerList(endpoint(), query);
        int delivered = 0;
        connect(doomed, &BackgroundCustomerList::rowsReady, this, [&] { ++delivered; });
        doomed->start();
        QTRY_VERIFY_WITH_TIMEOUT(delivered > 0, 15000);
        delete doomed;
        const int before = delivered;
        QTest::qWait(200);
        QCOMPARE(delivered, before);

        // Aborted and deleted at once, as a window closing mid-load does: the thread is waited for.
        auto *closing = new BackgroundCustomerList(endpoint(), query);
        int closingRows = 0;
        connect(closing, &BackgroundCustomerList::rowsReady, this, [&] { ++closingRows; });
        closing->start();
        QTRY_VERIFY_WITH_TIMEOUT(closingRows > 0, 15000);
        closing->abort();
        delete closing;
        QTest::qWait(100);

        // And one never started is simply deleted.
        delete new BackgroundCustomerList(endpoint(), query);
    }

    void listFiltersByKycAndType()
    {
        SphereClient client(m_transport, endpoint());
        CustomerQuery query;
        query.kycStatus = u"approved"_s;
        query.type = u"business"_s;
        query.pageSize = 10;
        std::optional<ApiError> error;
        const QList<Customer> approved = listAll(client, query, &error);
        QVERIFY(!error);
        QVERIFY(!approved.isEmpty());
        for (const Customer &c : approved) {
            QCOMPARE(c.kyc.value, KycStatus::Approved);
            QCOMPARE(c.type.value, CustomerType::Business);
        }
    }

    void getCustomerMatchesListing()
    {
        SphereClient client(m_transport, endpoint());
        CustomerQuery query;
        query.type = u"business"_s;
        const QList<Customer> all = listAll(client, query);
        QVERIFY(!all.isEmpty());
        const Customer &listed = all.first();
        const Result<Customer> r
            = wait<Customer>([&](auto done) { client.getCustomer(listed.id, this, done); });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        QCOMPARE(r.value().id, listed.id);
        QCOMPARE(r.value().displayName(), listed.displayName());
        QCOMPARE(r.value().kyc, listed.kyc);
        QCOMPARE(r.value().ubos.size(), listed.ubos.size());
        QVERIFY(!r.value().ubos.isEmpty()); // businesses are seeded with owners
    }

    void walletsAndBankAccountsResolve()
    {
        SphereClient client(m_transport, endpoint());
        const QList<Customer> all = listAll(client, CustomerQuery {});
        int wallets = 0;
        int accounts = 0;
        for (const Customer &c : all) {
            for (const QString &id : c.wallets) {
                const Result<Wallet> w = wait<Wallet>([&](auto done) { client.getWallet(id, this, done); });
                QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().userMessage()));
                QCOMPARE(w.value().id, id);
                QCOMPARE(w.value().customer.value_or(QString()), c.id);
                ++wallets;
            }
            for (const QString &id : c.bankAccounts) {
                const Result<BankAccount> b
                    = wait<BankAccount>([&](auto done) { client.getBankAccount(id, this, done); });
                QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().userMessage()));
                QCOMPARE(b.value().id, id);
                // The vendor censors account numbers on GET; only the last four may show.
                const QString number = b.value().accountNumber.value_or(QString());
                QVERIFY(!number.isEmpty());
                const QString last4 = b.value().last4.value_or(QString());
                QVERIFY(number.endsWith(last4));
                QVERIFY(number.count(QRegularExpression(u"[0-9]"_s)) <= 4);
                ++accounts;
            }
            if (wallets >= 5 && accounts >= 5)
                break;
        }
        QVERIFY(wallets > 0);
        QVERIFY(accounts > 0);
    }

    void wrongTokenIs401WithVendorMessage()
    {
        const Result<Customer> r = getCustomerThrough(endpoint(u"not-the-token"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(r.error().userMessage().contains(u"401"_s));
        QVERIFY(r.error().userMessage().contains(u"Sphere API token"_s));
    }

    void unknownCustomerIs404()
    {
        SphereClient client(m_transport, endpoint());
        const Result<Customer> r = wait<Customer>([&](auto done) {
            client.getCustomer(u"customer_00000000000000000000000000000000"_s, this, done);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
    }

    void listingStopsAtTheFirstError()
    {
        SphereClient client(m_transport, endpoint(u"nope"_s));
        std::optional<ApiError> error;
        const QList<Customer> all = listAll(client, CustomerQuery {}, &error);
        QVERIFY(all.isEmpty());
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 401);
    }

    void refusedConnectionIsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        ApiEndpoint e = endpoint();
        e.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        const Result<Customer> r = getCustomerThrough(e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
    }

    void hangingServerTimesOut()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.hang();
        ApiEndpoint e = endpoint();
        e.baseUrl = server.url();
        e.stallTimeout = std::chrono::milliseconds(300);
        const Result<Customer> r = getCustomerThrough(e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    }

    void badResponsesAreTyped_data()
    {
        addColumns<int, QByteArray, int, QString, QString>("status", "body", "kind", "jsonPath", "message");
        QTest::newRow("html 200") << 200 << QByteArray("<html>maintenance</html>")
                                  << int(ApiError::Kind::Decode) << u"$"_s << QString();
        QTest::newRow("wrong type")
            << 200
            << QByteArray(R"({"ok":true,"data":{"customer":{"id":42,"type":"individual","kyc":"approved"}}})")
            << int(ApiError::Kind::Decode) << u"data.customer.id"_s << QString();
        QTest::newRow("500 envelope")
            << 500
            << QByteArray(
                   R"({"ok":false,"object":"object","statusCode":500,"error":"internal","message":"Upstream KYC provider unavailable","data":null,"ts":"2024-08-22T16:13:02.026Z","request":"request_abc"})")
            << int(ApiError::Kind::HttpStatus) << QString() << u"Upstream KYC provider unavailable"_s;
    }

    void badResponsesAreTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, jsonPath);
        QFETCH(QString, message);
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(status, body);
        ApiEndpoint e = endpoint();
        e.baseUrl = server.url();
        const Result<Customer> r = getCustomerThrough(e);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        if (!jsonPath.isEmpty())
            QCOMPARE(r.error().jsonPath, jsonPath);
        if (!message.isEmpty()) {
            QCOMPARE(r.error().message, message);
            QCOMPARE(r.error().requestId, u"request_abc"_s);
        }
        QCOMPARE(server.requests(), 1); // errors other than 429 are not retried
        QVERIFY(server.lastRequest().contains(QByteArray("Authorization: Bearer " + kToken.toUtf8())));
    }

    void plainHttpToRemoteHostIsRefusedBeforeSending()
    {
        ApiEndpoint e = endpoint();
        e.baseUrl = QUrl(u"http://example.com"_s);
        const Result<Customer> r = getCustomerThrough(e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::InsecureTransport);
        QVERIFY(ApiJob::transportProblem(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
        QVERIFY(ApiJob::transportProblem(QUrl(u"http://localhost:8080"_s)).isEmpty());
        QVERIFY(ApiJob::transportProblem(QUrl(u"https://api.spherepay.co"_s)).isEmpty());
        QVERIFY(!ApiJob::transportProblem(QUrl(u"http://10.0.0.5"_s)).isEmpty());
        QVERIFY(!ApiJob::transportProblem(QUrl(u"ftp://api.spherepay.co"_s)).isEmpty());
    }

    // A certificate the system does not trust (self-signed, checked into tests/data) fails the
    // request with a TLS error naming the problem; the request, and so the token, is never sent.
    void tlsErrorsAreNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QFile certFile(testDataPath(u"tls-self-signed.crt"_s));
        QFile keyFile(testDataPath(u"tls-self-signed.key"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QByteArray received;
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *) { ++handshakes; });
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [&received, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiEndpoint e = endpoint();
        e.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        const Result<Customer> r = getCustomerThrough(e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Tls);
        QVERIFY2(r.error().message.contains(u"self signed"_s, Qt::CaseInsensitive)
                     || r.error().message.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(r.error().message));
        QVERIFY(handshakes >= 1); // it did reach the server: the failure is the certificate
        QVERIFY2(received.isEmpty(), received.constData());
    }

    // A job aborted before the event loop started it (a walk that ends with requests queued) is
    // cancelled and never hands a request to the network stack.
    void aJobAbortedBeforeItStartsSendsNothing()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(200, QByteArray(R"({"ok":true,"data":{}})"));
        ApiEndpoint e = endpoint();
        e.baseUrl = server.url();
        ApiRequest request;
        request.path = u"/v1/customer/customer_1"_s;
        QSignalSpy replies(m_transport->network(), &QNetworkAccessManager::finished);
        ApiJob *job = m_transport->send(e, request);
        QSignalSpy finished(job, &ApiJob::finished);
        job->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
        // A request sent after it, answered: by then any reply of the first would have ended too.
        ApiJob *probe = m_transport->send(e, request);
        QSignalSpy probed(probe, &ApiJob::finished);
        QVERIFY(probed.wait(5000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCOMPARE(replies.size(), 1); // the probe's alone
        QCOMPARE(server.requests(), 1);
        QCOMPARE(finished.size(), 1);
    }

    // A listing's pages are decoded on BulkDecodePool, never on Qt's global pool: a keystroke's scan
    // there must not queue behind a page. With every global thread busy the listing still arrives.
    void listPagesAreDecodedOffTheGlobalPool()
    {
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int busy = global->maxThreadCount();
        for (int i = 0; i < busy; ++i) {
            global->start([&release, &started] {
                started.release();
                release.acquire();
            });
        }
        const auto unblock = qScopeGuard([&] {
            release.release(busy);
            global->waitForDone();
        });
        QVERIFY(started.tryAcquire(busy, 5000));

        CustomerQuery query;
        query.pageSize = 50;
        query.tableFieldsOnly = true;
        SphereClient client(m_transport, endpoint());
        CustomerListJob *job = client.listAllCustomers(query);
        qsizetype rows = 0;
        connect(job, &CustomerListJob::rowsReady, this,
                [&rows](const CustomerRowBatch &batch, const Pagination &) { rows += batch.size(); });
        bool finished = false;
        connect(job, &CustomerListJob::finished, this, [&finished] { finished = true; });
        QVERIFY2(QTest::qWaitFor([&] { return finished; }, 15000), "the listing waited for Qt's global pool");
        QCOMPARE(rows, qsizetype(kSeed));
    }

    // Its threads yield to the rest: lowered once, before their first task, and not again.
    void bulkDecodingThreadsRunAtALowerPriority()
    {
#ifndef Q_OS_LINUX
        QSKIP("the nice value per thread is Linux's");
#else
        struct Seen
        {
            pid_t thread;
            int nice;
        };
        const auto seenHere = [] {
            errno = 0;
            const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
            return Seen { gettid(), errno == 0 ? nice : -100 };
        };
        const Seen caller = seenHere();
        if (caller.nice >= 15)
            QSKIP("this test already runs at the lowest priorities");
        QThreadPool *pool = BulkDecodePool::instance();
        // An empty pool of one thread: both tasks run on the thread it starts for the first.
        pool->waitForDone();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const auto restore = qScopeGuard([pool, threads] { pool->setMaxThreadCount(threads); });
        const Seen first = BulkDecodePool::run(seenHere).result();
        const Seen second = BulkDecodePool::run(seenHere).result();
        QVERIFY(first.thread != caller.thread); // never run by the thread that waits for it
        QCOMPARE(second.thread, first.thread);
        QCOMPARE(first.nice, caller.nice + 5);
        QCOMPARE(second.nice, first.nice); // lowered once, not before every task
        QCOMPARE(seenHere().nice, caller.nice); // the caller's own thread is left alone
#endif
    }

    // What a task throws reaches whoever reads its future, as with QtConcurrent, instead of ending
    // the program from the pool's thread.
    void bulkDecodingKeepsWhatATaskThrowsForItsReader()
    {
        QFuture<int> future
            = BulkDecodePool::run([]() -> int { throw std::runtime_error("decoder failed"); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, future.waitForFinished());
        QCOMPARE(future.resultCount(), 0);
        QCOMPARE(BulkDecodePool::run([] { return 7; }).result(), 7); // the pool goes on
    }

    void activityIsCounted()
    {
        QSignalSpy spy(m_transport, &HttpTransport::activityChanged);
        getCustomerThrough(endpoint());
        QVERIFY(spy.size() >= 2);
        QCOMPARE(spy.first().first().toInt(), 1);
        QCOMPARE(spy.last().first().toInt(), 0);
        QCOMPARE(m_transport->requestsInFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSphereClient)
#include "tst_sphere_client.moc"
