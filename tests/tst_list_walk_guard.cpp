// The rules that end a walk over a vendor's pages, page by page: the page the vendor called the
// last ends the walk even when it says more follow, and a walk that brings more rows than the cap
// fails with a typed error naming the cap.
#include "CompactIdSet.h"
#include "ListWalkGuard.h"

#include <QRandomGenerator>
#include <QSet>
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
    // The walk's id set agrees with QSet<QString> on ids that differ in one character, share long
    // prefixes, are empty, non-ASCII (the same text in UTF-8 only once), or longer than its length
    // field, through growth from empty and after a reserve.
    void compactIdSetAgreesWithQSet_data()
    {
        QTest::addColumn<bool>("reserved");
        QTest::newRow("growing") << false;
        QTest::newRow("reserved") << true;
    }

    void compactIdSetAgreesWithQSet()
    {
        QFETCH(bool, reserved);
        CompactIdSet set;
        if (reserved)
            set.reserve(5000);
        QSet<QString> reference;
        QRandomGenerator random(16);
        const QStringList parts { u"customer_"_s, u"Kunde_ß"_s, u"𐐀"_s, u"a"_s,
                                  u"A"_s,         QString(),    u"é"_s, u"e\u0301"_s };
        const auto check = [&](const QString &id) {
            const bool fresh = !reference.contains(id);
            reference.insert(id);
            QCOMPARE(set.insert(id), fresh);
            QVERIFY(set.contains(id));
        };
        for (int i = 0; i < 20000; ++i) {
            QString id;
            for (int n = random.bounded(4); n >= 0; --n)
                id += parts.at(random.bounded(int(parts.size())));
            id += QString::number(random.bounded(3000));
            check(id);
        }
        check(QString());
        check(QString());
        const QString huge(70000, u'x');
        check(huge);
        check(huge + u'y');
        check(huge);
        QCOMPARE(set.size(), reference.size());
        QVERIFY(!set.contains(u"never listed"_s));
    }

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
