#include "AboutDialog.h"
#include "UiResources.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

// Help → About names this build and every library whose licence asks to be shown.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionAndBuild()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7 (build abcdef1234)"_s);
        AboutDialog dialog;
        auto *version = dialog.findChild<QLabel *>(u"versionLabel"_s);
        QVERIFY(version);
        QVERIFY2(version->text().contains(u"9.8.7 (build abcdef1234)"_s), qPrintable(version->text()));
        QVERIFY(version->text().contains(QString::fromLatin1(qVersion())));
    }

    void listsEveryLibraryWithItsLicence()
    {
        AboutDialog dialog;
        QTreeWidget *tree = dialog.componentsTreeWidget();
        QHash<QString, QString> licences;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0) + u" has no version"_s));
            licences.insert(item->text(0), item->text(2));
        }
        QCOMPARE(licences.value(u"Qt"_s), u"LGPL-3.0-only"_s);
        QCOMPARE(licences.value(u"QtKeychain"_s), u"BSD-3-Clause"_s);
        QCOMPARE(licences.value(u"libsodium"_s), u"ISC"_s);
        QCOMPARE(licences.value(u"simdjson"_s), u"Apache-2.0"_s);
    }

    void appIconComesFromTheResources()
    {
        const QIcon icon = UiResources::appIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(48, 48).size(), QSize(48, 48));
    }

    void everyToneHasItsOwnStatusIcon()
    {
        const QList<StatusText::Tone> tones { StatusText::Tone::Neutral, StatusText::Tone::Good,
                                              StatusText::Tone::Attention, StatusText::Tone::Bad };
        QSet<QByteArray> drawings;
        for (const StatusText::Tone tone : tones) {
            const QIcon icon = UiResources::statusIcon(tone);
            const QImage image = icon.pixmap(16, 16).toImage();
            QVERIFY2(!image.isNull() && image.pixelColor(8, 8).alpha() > 0, "the SVG did not render");
            drawings.insert(
                QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        }
        QCOMPARE(drawings.size(), tones.size());
    }

    // The book's delegate asks for a status icon for every cell it paints: each tone's icon is made
    // once, so its SVG is parsed once and its drawn pixmaps are reused from paint to paint.
    void aToneGivesTheSameIconEachTime()
    {
        for (const StatusText::Tone tone : { StatusText::Tone::Neutral, StatusText::Tone::Good,
                                             StatusText::Tone::Attention, StatusText::Tone::Bad }) {
            const QIcon first = UiResources::statusIcon(tone);
            (void)first.pixmap(16, 16);
            QCOMPARE(UiResources::statusIcon(tone).cacheKey(), first.cacheKey());
        }
        QVERIFY(UiResources::statusIcon(StatusText::Tone::Good).cacheKey()
                != UiResources::statusIcon(StatusText::Tone::Bad).cacheKey());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
