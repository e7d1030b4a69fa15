// StatusBadge: a status is shown as text with its tone's icon in front, so it never rests on colour
// alone, and a vendor's value stays plain text.

#include "StatusBadge.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestStatusBadge : public QObject
{
    Q_OBJECT

private:
    // The colour near the top of the 12-pixel icon (6 px from the left edge), above the white mark
    // drawn on it: the icons' fills differ per tone (green, amber, red, grey).
    static QColor iconCentre(StatusBadge &badge)
    {
        badge.adjustSize();
        const QImage image = badge.grab().toImage();
        return image.pixelColor(6 + 6, (image.height() - 12) / 2 + 3);
    }

private Q_SLOTS:
    void eachToneShowsItsIcon()
    {
        StatusBadge badge(u"KYC"_s);
        badge.setStatus(u"Approved"_s, StatusBadge::Tone::Good);
        const QColor good = iconCentre(badge);
        badge.setStatus(u"Rejected"_s, StatusBadge::Tone::Bad);
        const QColor bad = iconCentre(badge);
        badge.setStatus(u"Pending"_s, StatusBadge::Tone::Attention);
        const QColor attention = iconCentre(badge);
        QVERIFY2(good.green() > good.red() + 40, qPrintable(good.name()));
        QVERIFY2(bad.red() > bad.green() + 60, qPrintable(bad.name()));
        QVERIFY2(attention.red() > attention.blue() + 60, qPrintable(attention.name()));
        QVERIFY(good != bad && bad != attention);
    }

    void vendorValueStaysPlainText()
    {
        StatusBadge badge(u"KYC"_s);
        badge.setStatus(u"<b>odd</b>"_s, StatusBadge::Tone::Neutral);
        QCOMPARE(badge.textFormat(), Qt::PlainText);
        QCOMPARE(badge.statusText(), u"<b>odd</b>"_s);
        QCOMPARE(badge.text(), u"KYC: <b>odd</b>"_s);
        QCOMPARE(badge.tone(), StatusBadge::Tone::Neutral);
    }
};

QTEST_MAIN(TestStatusBadge)
#include "tst_status_badge.moc"
