#include "ScratchArray.h"

#include <numeric>
#include <QTest>

// A sort's scratch: from malloc below 32 MiB, a mapping of its own from there on. Both must hold what
// is written and move without copying or leaking (the ASan build checks the release).
class TestScratchArray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsWhatIsWrittenAndMoves_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("from malloc") << qsizetype(1000);
        QTest::newRow("just below a mapping") << qsizetype((32 << 20) / sizeof(quint64) - 1);
        QTest::newRow("mapped") << qsizetype((32 << 20) / sizeof(quint64) + 1);
    }

    void holdsWhatIsWrittenAndMoves()
    {
        QFETCH(qsizetype, count);
        ScratchArray<quint64> array { size_t(count) };
        QCOMPARE(array.size(), size_t(count));
        QCOMPARE(array.data() == nullptr, count == 0);
        std::iota(array.data(), array.data() + count, quint64(7));

        ScratchArray<quint64> moved(std::move(array));
        QCOMPARE(array.size(), size_t(0));
        QVERIFY(array.data() == nullptr);
        QCOMPARE(moved.size(), size_t(count));

        ScratchArray<quint64> assigned { 3 };
        assigned = std::move(moved);
        QCOMPARE(assigned.size(), size_t(count));
        for (qsizetype i = 0; i < count; i += 4093)
            QCOMPARE(assigned[size_t(i)], quint64(7 + i));
        if (count > 0)
            QCOMPARE(assigned[size_t(count - 1)], quint64(7 + count - 1));

        assigned = {};
        QCOMPARE(assigned.size(), size_t(0));
        QVERIFY(assigned.data() == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestScratchArray)
#include "tst_scratch_array.moc"
