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

    // A page at a time: ids held as UTF-16, Latin-1 and UTF-8 views (the same id in each is one
    // id), repeats within a page and across pages, ids longer than the length field and more than
    // one arena chunk's worth, with the table growing in the middle of the walk.
    void compactIdSetTakesPagesAsOneIdAtATimeWould()
    {
        CompactIdSet set;
        QSet<QString> reference;
        QRandomGenerator random(61);
        const QString huge(70000, u'q');
        QByteArray latin1Ids;
        QByteArray utf8Ids;
        latin1Ids.reserve(1 << 23);
        utf8Ids.reserve(1 << 23);
        for (int page = 0; page < 40; ++page) {
            QList<QAnyStringView> ids;
            QStringList texts;
            const int rows = page == 0 ? 3 : 1000;
            for (int i = 0; i < rows; ++i) {
                QString id = u"customer_%1"_s.arg(random.bounded(30000), 48, 10, QChar(u'0'));
                if (i == 0)
                    id = huge + QString::number(random.bounded(3)); // cut, compared by the rest's hash
                else if (random.bounded(4) == 0)
                    id += u"_Kunde_ß"_s; // UTF-16 that is not ASCII
                texts.append(id);
            }
            for (const QString &id : std::as_const(texts)) {
                const bool ascii
                    = std::all_of(id.begin(), id.end(), [](QChar c) { return c.unicode() < 0x80; });
                switch (random.bounded(3)) {
                case 0:
                    ids.append(QStringView(id));
                    break;
                case 1:
                    if (ascii) {
                        const qsizetype at = latin1Ids.size();
                        latin1Ids.append(id.toLatin1());
                        ids.append(QLatin1StringView(latin1Ids.constData() + at, id.size()));
                        break;
                    }
                    Q_FALLTHROUGH();
                default: {
                    const QByteArray utf8 = id.toUtf8();
                    const qsizetype at = utf8Ids.size();
                    utf8Ids.append(utf8);
                    ids.append(QUtf8StringView(utf8Ids.constData() + at, utf8.size()));
                    break;
                }
                }
            }
            QVERIFY(latin1Ids.capacity() == 1 << 23 && utf8Ids.capacity() == 1 << 23); // views still valid
            const QList<bool> fresh = set.insertAll(ids);
            QCOMPARE(fresh.size(), texts.size());
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const bool expected = !reference.contains(texts.at(i));
                reference.insert(texts.at(i));
                QCOMPARE(fresh.at(i), expected);
            }
            QCOMPARE(set.size(), reference.size());
        }
        QVERIFY(set.size() > 20000); // well past one 1 MiB chunk of ids of 57 bytes and more
        for (const QString &id : std::as_const(reference))
            QVERIFY(set.contains(id));
        QVERIFY(!set.contains(huge));
        QVERIFY(!set.contains(u"customer_"_s));
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
