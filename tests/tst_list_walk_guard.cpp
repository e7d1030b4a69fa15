// The rules that end a walk over a vendor's pages, page by page: the page the vendor called the
// last ends the walk even when it says more follow, and a walk that brings more rows than the cap
// fails with a typed error naming the cap.
#include "ListWalkGuard.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Admits `count` ids never seen before, numbered from `first`.
void admitFresh(ListWalkGuard &guard, int first, int count)
{
    for (int i = first; i < first + count; ++i)
        QVERIFY(guard.admit(u"customer_%1"_s.arg(i)));
}
} // namespace

class TestListWalkGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopsAtTheAnnouncedLastPage()
    {
        ListWalkGuard guard(u"Sphere"_s);
        admitFresh(guard, 0, 10);
        QCOMPARE(guard.afterPage(1, true, 3), ListWalkGuard::Step::Continue);
        admitFresh(guard, 10, 10);
        QCOMPARE(guard.afterPage(2, true, 3), ListWalkGuard::Step::Continue);
        admitFresh(guard, 20, 10); // fresh ids, and still "hasNext": the vendor's own count ends it
        QCOMPARE(guard.afterPage(3, true, 3), ListWalkGuard::Step::Done);
        QVERIFY(!guard.error());
        const QList<ListWarning> warnings = guard.warnings();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, ListWarning::Kind::MorePagesThanAnnounced);
        QVERIFY2(warnings.first().message.contains(u"page 3"_s), qPrintable(warnings.first().message));
    }

    void unknownTotalDoesNotStopTheWalk()
    {
        ListWalkGuard guard(u"Sphere"_s);
        admitFresh(guard, 0, 10);
        QCOMPARE(guard.afterPage(1, true, 0), ListWalkGuard::Step::Continue);
        QVERIFY(guard.warnings().isEmpty());
    }

    void failsPastTheRowCap()
    {
        ListWalkGuard guard(u"Yativo"_s, ListWalkGuard::kDefaultMaxPages, 15);
        admitFresh(guard, 0, 10);
        QCOMPARE(guard.afterPage(1, true, 0), ListWalkGuard::Step::Continue);
        admitFresh(guard, 10, 10);
        QCOMPARE(guard.afterPage(2, false, 2), ListWalkGuard::Step::Failed);
        QVERIFY(guard.error());
        QCOMPARE(guard.error()->kind, ApiError::Kind::LimitExceeded);
        QVERIFY2(guard.error()->message.contains(u"15 rows"_s), qPrintable(guard.error()->message));
    }

    void rowsUpToTheCapAreFine()
    {
        ListWalkGuard guard(u"Yativo"_s, ListWalkGuard::kDefaultMaxPages, 20);
        admitFresh(guard, 0, 20);
        QCOMPARE(guard.afterPage(1, false, 1), ListWalkGuard::Step::Done);
        QVERIFY(!guard.error());
        QCOMPARE(ListWalkGuard(u"Sphere"_s).maxRows(), qint64(1000000));
    }
};

QTEST_GUILESS_MAIN(TestListWalkGuard)
#include "tst_list_walk_guard.moc"
