// The rules that end a walk over a vendor's pages, page by page: the page the vendor called the
// last ends the walk even when it says more follow, and a walk that brings more rows than the cap
// fails with a typed error naming the cap.
#include "CompactIdSet.h"
#include "ListWalkGuard.h"

#include <deque>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// `texts` as a caller may hold them: each as UTF-16, as Latin-1 where every character is Latin-1,
// or as UTF-8, at random; the bytes of the last two kept in `bytes`.
QList<QAnyStringView> viewsOf(const QStringList &texts, QRandomGenerator &random,
                              std::deque<QByteArray> &bytes)
{
    QList<QAnyStringView> views;
    for (const QString &text : texts) {
        const bool latin1
            = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() <= 0xff; });
        switch (random.bounded(3)) {
        case 0:
            views.append(QStringView(text));
            break;
        case 1:
            if (latin1) {
                bytes.push_back(text.toLatin1());
                views.append(QLatin1StringView(bytes.back()));
                break;
            }
            Q_FALLTHROUGH();
        default:
            bytes.push_back(text.toUtf8());
            views.append(QUtf8StringView(bytes.back()));
            break;
        }
    }
    return views;
}

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
    // id), repeats within a page and across pages, ids longer than the length field anywhere in a
    // page with shorter ones written out after them (the page's scratch moves under the keys taken
    // before), more than one arena chunk's worth, the table growing in the middle of the walk.
    void compactIdSetTakesPagesAsOneIdAtATimeWould()
    {
        CompactIdSet set;
        QSet<QString> reference;
        QRandomGenerator random(61);
        const QString huge(70000, u'q');
        for (int page = 0; page < 40; ++page) {
            QStringList texts;
            const int rows = page == 0 ? 3 : 1000;
            for (int i = 0; i < rows; ++i) {
                QString id = u"customer_%1"_s.arg(random.bounded(30000), 48, 10, QChar(u'0'));
                if (random.bounded(100) == 0)
                    id = huge + QString::number(random.bounded(3)); // cut, compared by the rest's hash
                else if (random.bounded(4) == 0)
                    id += u"_Kunde_ß"_s; // not ASCII: as UTF-16 or Latin-1, written out as UTF-8
                texts.append(id);
            }
            std::deque<QByteArray> bytes;
            const QList<QAnyStringView> ids = viewsOf(texts, random, bytes);
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

    // One page with the edges: the empty id in every form, ids of exactly the length field's range
    // and one past it, an id written out first and found again after two thousand more moved the
    // page's scratch.
    void compactIdSetEdgesOfOnePage()
    {
        CompactIdSet set;
        const QString longest(0xffff, u'a');
        const QString cut = longest + u'a';
        const QByteArray longestBytes = longest.toLatin1();
        const QByteArray cutBytes = cut.toLatin1();
        // "x" first, written out to the page's scratch while it is small; all that follows moves it.
        QList<QAnyStringView> ids { QStringView(u"x"),           QStringView(u""),
                                    QLatin1StringView(""),       QUtf8StringView(""),
                                    QStringView(longest),        QUtf8StringView(longestBytes),
                                    QLatin1StringView(cutBytes), QStringView(cut) };
        QList<bool> expected { true, true, false, false, true, false, true, false };
        QStringList numbered;
        for (int n = 0; n < 2000; ++n)
            numbered.append(u"id-%1-ü"_s.arg(n));
        for (const QString &id : std::as_const(numbered)) {
            ids.append(QStringView(id));
            expected.append(true);
        }
        const QByteArray lastUtf8 = numbered.last().toUtf8();
        ids.append(QUtf8StringView("x"));
        expected.append(false);
        ids.append(QUtf8StringView(lastUtf8));
        expected.append(false);
        QCOMPARE(set.insertAll(ids), expected);
        QCOMPARE(set.size(), 2004);
        QVERIFY(set.contains(QString()));
        QVERIFY(set.contains(longest));
        QVERIFY(set.contains(cut));
        QVERIFY(!set.contains(cut + u'a')); // a different tail past the cut
        QVERIFY(!set.contains(longest.first(0xfffe)));
    }

    // Ids whose records fill the first 1 MiB chunk exactly, and to within one byte: the next id
    // starts a chunk, and every id reads back across the boundary.
    void compactIdSetFillsItsChunksToTheByte()
    {
        for (const int shorter : { 0, 1 }) {
            CompactIdSet set;
            QStringList texts;
            // Records of 2 length bytes and the id: 1 024 of 1 024 bytes are 1 MiB.
            texts.append(u"%1"_s.arg(0, 1022 - shorter, 10, QChar(u'0')));
            for (int n = 1; n < 1024; ++n)
                texts.append(u"%1"_s.arg(n, 1022, 10, QChar(u'0')));
            texts.append(u"after"_s);
            QList<QAnyStringView> ids;
            for (const QString &id : std::as_const(texts))
                ids.append(QStringView(id));
            QCOMPARE(set.insertAll(ids), QList<bool>(texts.size(), true));
            for (const QString &id : std::as_const(texts))
                QVERIFY(set.contains(id));
            QVERIFY(!set.contains(u"afte"_s));
        }
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

    // A vendor sending ids of kilobytes each: the walk fails, saying why, once the ids it holds pass
    // the budget, instead of holding ever more.
    void failsPastTheIdBytesBudget()
    {
        ListWalkGuard guard(u"Sphere"_s, ListWalkGuard::kDefaultMaxPages, ListWalkGuard::kDefaultMaxRows,
                            4 * 1024 * 1024);
        const auto admitLong = [&](int first) {
            for (int i = first; i < first + 32; ++i)
                QVERIFY(guard.admit(QString(60000, u'a') + QString::number(i)));
        };
        admitLong(0); // about 1.9 MB
        QCOMPARE(guard.afterPage(1, true, 0), ListWalkGuard::Step::Continue);
        admitLong(32);
        QCOMPARE(guard.afterPage(2, true, 0), ListWalkGuard::Step::Continue);
        admitLong(64); // past 4 MiB
        QCOMPARE(guard.afterPage(3, true, 0), ListWalkGuard::Step::Failed);
        QVERIFY(guard.error());
        QCOMPARE(guard.error()->kind, ApiError::Kind::LimitExceeded);
        QVERIFY2(guard.error()->message.contains(u"ids take more than"_s),
                 qPrintable(guard.error()->message));
        QVERIFY(guard.error()->message.contains(u"page 3"_s));
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
