// The customer book on its own, against the real sandbox over loopback HTTP: pages arrive in
// batches into a model that a QAbstractItemModelTester checks through every change (pages, a
// reset for an environment switch, a reload with reselection), and the book's current row follows
// the analyst's customer across a reload.

#include "BackgroundCustomerList.h"
#include "CustomerBook.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerTableModel.h"
#include "SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kCustomers = 2600; // three pages of 1 000
const QString kToken = u"book-test-token"_s;
} // namespace

// A CustomerBook with one QAbstractItemModelTester per model for the book's whole life (declared
// after it, they see every change) and its load signals recorded.
struct WatchedBook
{
    explicit WatchedBook(CustomerBook::FeedFactory feeds) : book(std::move(feeds)) { }

    CustomerBook book;
    QAbstractItemModelTester sourceTester { book.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester proxyTester { book.proxy(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest };
    QSignalSpy shown { &book, &CustomerBook::rowsShown };
    QSignalSpy finished { &book, &CustomerBook::loadFinished };
    QSignalSpy failed { &book, &CustomerBook::loadFailed };
};

class TestCustomerBook : public SandboxTestCase
{
    Q_OBJECT

private:
    int m_feedsMade = 0;

    CustomerBook::FeedFactory feeds(const QString &token)
    {
        ApiEndpoint endpoint;
        endpoint.vendor = u"Sphere"_s;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.authorization = ApiEndpoint::bearer(token);
        return [this, endpoint](const CustomerQuery &query, QObject *parent) -> CustomerFeed * {
            ++m_feedsMade;
            return new BackgroundCustomerList(endpoint, query, parent);
        };
    }

    static QSet<QString> ids(const CustomerTableModel *model)
    {
        QSet<QString> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.insert(model->customerId(row));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(kCustomers, kToken)); }

    void everyPageReachesTheModelOnce()
    {
        WatchedBook watched(feeds(kToken));
        CustomerBook &book = watched.book;
        QSignalSpy loading(&book, &CustomerBook::loadingChanged);
        const int madeBefore = m_feedsMade;

        book.reload();
        QVERIFY(book.isLoading());
        QVERIFY(watched.finished.wait(20000));
        QCOMPARE(m_feedsMade, madeBefore + 1);
        QCOMPARE(watched.failed.size(), 0);
        QCOMPARE(watched.finished.first().first().toLongLong(), qint64(kCustomers));
        QVERIFY(!book.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).first().toBool(), true);
        QCOMPARE(loading.at(1).first().toBool(), false);
        QCOMPARE(book.model()->rowCount(), kCustomers);
        QCOMPARE(ids(book.model()).size(), kCustomers); // no page twice
        QCOMPARE(book.proxy()->rowCount(), kCustomers);
        // The first page is shown at once; later ones are batched, never one signal per row.
        QVERIFY(!watched.shown.isEmpty());
        QVERIFY(watched.shown.size() <= 3);
        QCOMPARE(watched.shown.last().first().toInt(), kCustomers);
    }

    void reloadReselectsTheCustomerShownBefore()
    {
        // The testers watch the book's whole life: pages, reloads, reselection, the reset of an
        // environment switch, and a sort and a filter on top.
        WatchedBook watched(feeds(kToken));
        CustomerBook &book = watched.book;
        QSignalSpy &finished = watched.finished;
        book.proxy()->sort(CustomerTableModel::Name, Qt::AscendingOrder);
        book.reload();
        QVERIFY(finished.wait(20000));

        // A customer from the last page, so reselection has to wait for the whole walk.
        const QString wanted = book.model()->customerId(kCustomers - 1);
        book.setCurrentId(wanted);
        QCOMPARE(book.currentId(), wanted);
        QSignalSpy current(&book, &CustomerBook::currentChanged);

        finished.clear();
        book.reload(wanted);
        QVERIFY(book.currentId().isEmpty()); // the rows went with the reset
        QVERIFY(finished.wait(20000));
        QCOMPARE(book.currentId(), wanted);
        QVERIFY(current.contains({ wanted }));
        QVERIFY(book.selectionModel()->isRowSelected(book.selectionModel()->currentIndex().row()));

        // The analyst's own pick wins over a reselection still waiting.
        finished.clear();
        QSignalSpy shown(&book, &CustomerBook::rowsShown);
        book.reload(book.model()->customerId(kCustomers - 1));
        QVERIFY(shown.wait(20000));
        book.setCurrentRow(0);
        const QString picked = book.currentId();
        QVERIFY(!picked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(book.currentId(), picked);

        // A filter that hides the current row leaves no current row behind; the switch empties all.
        book.proxy()->setTextFilter(u"no customer is called this"_s);
        QCOMPARE(book.proxy()->rowCount(), 0);
        QVERIFY(book.currentId().isEmpty());
        book.proxy()->setTextFilter({});
        book.setCurrentId(picked);
        QCOMPARE(book.currentId(), picked);
        book.clear();
        book.clearSelection();
        QCOMPARE(book.model()->rowCount(), 0);
        QVERIFY(book.currentId().isEmpty());
    }

    void environmentSwitchMidLoadEmptiesTheBook()
    {
        WatchedBook watched(feeds(kToken));
        CustomerBook &book = watched.book;

        book.reload(u"someone"_s);
        QVERIFY(watched.shown.wait(20000)); // the first page is in
        QVERIFY(book.isLoading());
        book.setCurrentRow(0);
        book.clear();
        book.clearSelection();
        QCOMPARE(book.model()->rowCount(), 0);
        QVERIFY(!book.isLoading());
        QVERIFY(book.currentId().isEmpty());
        // Nothing of the old walk arrives afterwards, and a cancelled walk is neither a success
        // nor an error to show.
        QTest::qWait(600);
        QCOMPARE(book.model()->rowCount(), 0);
        QCOMPARE(watched.finished.size(), 0);
        QCOMPARE(watched.failed.size(), 0);

        book.reload();
        QVERIFY(watched.finished.wait(20000));
        QCOMPARE(book.model()->rowCount(), kCustomers);
        QVERIFY(book.currentId().isEmpty()); // the forgotten reselection stays forgotten
    }

    void aRefusedListingSaysHowMuchArrived()
    {
        CustomerBook book(feeds(u"wrong-token"_s));
        QSignalSpy failed(&book, &CustomerBook::loadFailed);
        QSignalSpy finished(&book, &CustomerBook::loadFinished);
        book.reload();
        QVERIFY(failed.wait(20000));
        QCOMPARE(finished.size(), 0);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(failed.first().at(1).toLongLong(), 0);
        QVERIFY(!book.isLoading());
    }

    void destroyedMidLoadStopsTheWalk()
    {
        auto book = std::make_unique<CustomerBook>(feeds(kToken));
        QSignalSpy shown(book.get(), &CustomerBook::rowsShown);
        book->reload();
        QVERIFY(shown.wait(20000));
        book.reset(); // must neither crash nor leave the walk's thread running into the exit
        QTest::qWait(200);
    }
};

QTEST_GUILESS_MAIN(TestCustomerBook)
#include "tst_customer_book.moc"
