// Colours with a meaning on the light and the dark palette: every status, notice and environment
// colour reads at 4.5:1 or better (WCAG 2 relative luminance) on what it is drawn on, and the widgets
// take them from the palette in use — switching the theme to dark changes a badge, a message bar,
// a table's status text and the risk chart, and switching back restores them.

#include "MessageBar.h"
#include "RiskPanel.h"
#include "StatusBadge.h"
#include "StatusColours.h"
#include "StatusText.h"
#include "UiTheme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using Tone = StatusText::Tone;
constexpr double kMinimum = 4.5;

QString describe(const QColor &a, const QColor &b)
{
    return u"%1 on %2: %3:1"_s.arg(a.name(), b.name()).arg(StatusColours::contrast(a, b), 0, 'f', 2);
}

// The colour painted at `at` in the widget as shown.
QColor pixel(QWidget &widget, QPoint at)
{
    return QColor(widget.grab().toImage().pixel(at));
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 && qAbs(a.blue() - b.blue()) <= 2;
}
} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT

private:
    static void addPalettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << UiTheme::lightPalette();
        QTest::newRow("dark") << UiTheme::darkPalette();
    }

private Q_SLOTS:
    void cleanup() { UiTheme::apply(UiTheme::Choice::Light); }

    void contrastIsWcag()
    {
        QCOMPARE(StatusColours::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColours::contrast(Qt::white, Qt::white), 1.0);
        // #767676 is the lightest grey that passes on white; #777777 just fails.
        QVERIFY(StatusColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= kMinimum);
        QVERIFY(StatusColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < kMinimum);
        QCOMPARE(StatusColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white),
                 StatusColours::contrast(Qt::white, QColor(0x77, 0x77, 0x77)));
    }

    void theSetFollowsTheWindowLightness()
    {
        QVERIFY(!StatusColours::isDark(UiTheme::lightPalette()));
        QVERIFY(StatusColours::isDark(UiTheme::darkPalette()));
        QVERIFY(StatusColours::forPalette(UiTheme::darkPalette()).dark());
        QVERIFY(StatusColours::forPalette(UiTheme::lightPalette()).text(Tone::Good)
                != StatusColours::forPalette(UiTheme::darkPalette()).text(Tone::Good));
    }

    void toneTextReadsOnViewsAndWindows_data() { addPalettes(); }
    void toneTextReadsOnViewsAndWindows()
    {
        QFETCH(QPalette, palette);
        const StatusColours colours = StatusColours::forPalette(palette);
        // Tables (plain and alternate rows) and inline messages on the window.
        for (const QPalette::ColorRole background :
             { QPalette::Base, QPalette::AlternateBase, QPalette::Window }) {
            const QColor behind = palette.color(QPalette::Active, background);
            for (const Tone tone : { Tone::Good, Tone::Attention, Tone::Bad }) {
                const QColor text = colours.text(tone);
                QVERIFY(text.isValid());
                QVERIFY2(StatusColours::contrast(text, behind) >= kMinimum,
                         qPrintable(describe(text, behind)));
            }
            QVERIFY2(StatusColours::contrast(colours.muted(), behind) >= kMinimum,
                     qPrintable(describe(colours.muted(), behind)));
        }
        QVERIFY(!colours.text(Tone::Neutral).isValid()); // the palette's own text
    }

    void fillsReadOnThemselves_data() { addPalettes(); }
    void fillsReadOnThemselves()
    {
        QFETCH(QPalette, palette);
        const StatusColours colours = StatusColours::forPalette(palette);
        QList<std::pair<QString, StatusColours::Fill>> fills;
        for (const Tone tone : { Tone::Neutral, Tone::Good, Tone::Attention, Tone::Bad })
            fills.append({ u"badge %1"_s.arg(int(tone)), colours.badge(tone) });
        for (const auto notice :
             { StatusColours::Notice::Info, StatusColours::Notice::Warning, StatusColours::Notice::Error })
            fills.append({ u"notice %1"_s.arg(int(notice)), colours.notice(notice) });
        for (const auto kind : { StatusColours::Environment::TestData, StatusColours::Environment::Production,
                                 StatusColours::Environment::Mixed })
            fills.append({ u"environment %1"_s.arg(int(kind)), colours.environment(kind) });
        fills.append({ u"differs"_s, colours.differs() });
        for (const auto &[name, fill] : std::as_const(fills)) {
            QVERIFY2(StatusColours::contrast(fill.text, fill.background) >= kMinimum,
                     qPrintable(name + u": "_s + describe(fill.text, fill.background)));
        }
        // A notice or badge stands apart from the window it sits on (not the same colour as it).
        for (const Tone tone : { Tone::Good, Tone::Attention, Tone::Bad })
            QVERIFY(colours.badge(tone).background != palette.color(QPalette::Window));
    }

    void modelsTakeTheToneColourOfThePaletteInUse()
    {
        UiTheme::apply(UiTheme::Choice::Light);
        QCOMPARE(StatusText::color(Tone::Bad),
                 StatusColours::forPalette(UiTheme::lightPalette()).text(Tone::Bad));
        UiTheme::apply(UiTheme::Choice::Dark);
        QVERIFY(StatusColours::isDark(QApplication::palette()));
        QCOMPARE(StatusText::color(Tone::Bad),
                 StatusColours::forPalette(UiTheme::darkPalette()).text(Tone::Bad));
        QCOMPARE(UiTheme::current(), UiTheme::Choice::Dark);
    }

    void badgeAndMessageBarChangeWithThePalette()
    {
        UiTheme::apply(UiTheme::Choice::Light);
        QWidget window;
        auto *badge = new StatusBadge(u"KYC"_s, &window);
        badge->setStatus(u"Approved"_s, Tone::Good);
        badge->move(10, 10);
        badge->resize(badge->sizeHint());
        auto *bar = new MessageBar(&window);
        bar->move(10, 60);
        bar->resize(400, 40);
        bar->showMessage(MessageBar::Level::Warning, u"Kept copy"_s);
        window.resize(440, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *barText = bar->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(barText);

        const auto check = [&](const QPalette &palette) {
            const StatusColours colours = StatusColours::forPalette(palette);
            const StatusColours::Fill badgeFill = colours.badge(Tone::Good);
            const StatusColours::Fill notice = colours.notice(StatusColours::Notice::Warning);
            QCOMPARE(badge->palette().color(badge->foregroundRole()), badgeFill.text);
            // Painted: inside the badge's right padding, and inside the bar's left margin.
            const QColor badgeBack = pixel(*badge, QPoint(badge->width() - 5, badge->height() / 2));
            QVERIFY2(near(badgeBack, badgeFill.background), qPrintable(badgeBack.name()));
            QCOMPARE(barText->palette().color(barText->foregroundRole()), notice.text);
            const QColor barBack = pixel(*bar, QPoint(5, bar->height() / 2));
            QVERIFY2(near(barBack, notice.background), qPrintable(barBack.name()));
            QVERIFY(StatusColours::contrast(barText->palette().color(barText->foregroundRole()), barBack)
                    >= kMinimum);
        };
        check(UiTheme::lightPalette());
        UiTheme::apply(UiTheme::Choice::Dark);
        check(UiTheme::darkPalette());
        // A badge set while dark is dark too, and light again after switching back.
        badge->setStatus(u"Rejected"_s, Tone::Bad);
        QCOMPARE(badge->palette().color(badge->foregroundRole()),
                 StatusColours::forPalette(UiTheme::darkPalette()).badge(Tone::Bad).text);
        UiTheme::apply(UiTheme::Choice::Light);
        QCOMPARE(badge->palette().color(badge->foregroundRole()),
                 StatusColours::forPalette(UiTheme::lightPalette()).badge(Tone::Bad).text);
    }

    void riskChartIsNotWhiteOnDark()
    {
        UiTheme::apply(UiTheme::Choice::Light);
        RiskPanel panel;
        panel.showHistory({ { QDateTime::currentDateTimeUtc().addDays(-1), 20.0 },
                            { QDateTime::currentDateTimeUtc(), 70.0 } });
        auto *view = panel.findChild<QChartView *>(u"riskHistoryChartView"_s);
        QVERIFY(view && view->chart());
        QCOMPARE(view->chart()->backgroundBrush().color(), UiTheme::lightPalette().color(QPalette::Base));
        UiTheme::apply(UiTheme::Choice::Dark);
        QCOMPARE(view->chart()->backgroundBrush().color(), UiTheme::darkPalette().color(QPalette::Base));
        QVERIFY(view->chart()->backgroundBrush().color().lightness() < 64);
        QCOMPARE(view->chart()->titleBrush().color(), UiTheme::darkPalette().color(QPalette::Text));
        // A chart drawn afresh while dark starts dark.
        panel.showHistory({});
        QCOMPARE(view->chart()->backgroundBrush().color(), UiTheme::darkPalette().color(QPalette::Base));
    }

    void systemGoesBackToTheStartingPalette()
    {
        UiTheme::apply(UiTheme::Choice::System);
        const QColor system = QApplication::palette().color(QPalette::Window);
        UiTheme::apply(UiTheme::Choice::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window) != system);
        UiTheme::apply(UiTheme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system);
    }
};

QTEST_MAIN(TestPaletteContrast)
#include "tst_palette_contrast.moc"
