// The main window in German: the catalogues installed the way the app installs them
// (AppTranslator, for QLocale(QLocale::German)), the window built on a real sandbox as in
// tst_main_window, and its toolbar, search box, filters, tabs, menu and the customer book's
// headers read in German; without a translator, or for a language KYC Desk does not speak, they
// read in the sources' English.

#include "AppTranslator.h"
#include "CustomerTableModel.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "SphereClient.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kCustomers = 40;
const QString kToken = u"translated-ui-token"_s;

// What an analyst reads first in the window, in the order of the expectations below.
struct VisibleTexts
{
    QString reload, settings, newCustomer, updateCustomer, searchPlaceholder, allKyc, allTypes;
    QStringList menus; // the menu bar's, left to right (Review comes with a workspace)
    QStringList tabs, headers;
    QString count;
};
} // namespace

class TestTranslatedUi : public SandboxTestCase
{
    Q_OBJECT

private:
    // The window built after the translators are in place, as main() does, loaded from the sandbox.
    VisibleTexts textsOfLoadedWindow()
    {
        SphereClient sphere(m_transport, sphereEndpointAt(m_sandbox->baseUrl(), kToken));
        MainWindow window(&sphere, EnvironmentDescription { u"Test sandbox"_s, {}, false });
        window.show();
        QSignalSpy loaded(&window, &MainWindow::customersLoaded);
        window.reload();
        if (!loaded.wait(20000))
            return {};
        VisibleTexts texts;
        const auto action = [&window](const QString &name) {
            auto *a = window.findChild<QAction *>(name);
            return a ? a->text() : u"(no %1)"_s.arg(name);
        };
        texts.reload = action(u"reloadAction"_s);
        texts.settings = action(u"settingsAction"_s);
        texts.newCustomer = action(u"newCustomerAction"_s);
        texts.updateCustomer = action(u"updateCustomerAction"_s);
        if (auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s))
            texts.searchPlaceholder = search->placeholderText();
        if (auto *kyc = window.findChild<QComboBox *>(u"kycFilterComboBox"_s))
            texts.allKyc = kyc->itemText(0);
        if (auto *type = window.findChild<QComboBox *>(u"typeFilterComboBox"_s))
            texts.allTypes = type->itemText(0);
        for (const QAction *menu : window.menuBar()->actions())
            texts.menus << menu->text();
        if (auto *tabs = window.findChild<QTabWidget *>(u"detailTabWidget"_s)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.tabs << tabs->tabText(i);
        }
        if (auto *table = window.findChild<QTreeView *>(u"customerTreeView"_s)) {
            for (const int column :
                 { CustomerTableModel::Name, CustomerTableModel::Type, CustomerTableModel::Email,
                   CustomerTableModel::Created, CustomerTableModel::Updated })
                texts.headers << table->model()->headerData(column, Qt::Horizontal).toString();
        }
        if (auto *count = window.findChild<QLabel *>(u"countLabel"_s))
            texts.count = count->text();
        return texts;
    }

    void verifyEnglish(const VisibleTexts &texts)
    {
        QCOMPARE(texts.reload, u"Reload"_s);
        QCOMPARE(texts.settings, u"Vendors && credentials…"_s);
        QCOMPARE(texts.newCustomer, u"New customer…"_s);
        QCOMPARE(texts.updateCustomer, u"Update customer…"_s);
        QCOMPARE(texts.searchPlaceholder, u"Search name, email or id…"_s);
        QCOMPARE(texts.allKyc, u"All KYC statuses"_s);
        QCOMPARE(texts.allTypes, u"Individuals and businesses"_s);
        QCOMPARE(texts.menus,
                 QStringList({ u"&File"_s, u"&View"_s, u"&Customer"_s, u"&Tools"_s, u"&Help"_s }));
        QCOMPARE(texts.tabs.mid(0, 4),
                 QStringList({ u"Beneficial owners"_s, u"Wallets"_s, u"Bank accounts"_s, u"Risk"_s }));
        QCOMPARE(texts.headers,
                 QStringList({ u"Name"_s, u"Type"_s, u"Email"_s, u"Created"_s, u"Updated"_s }));
        QCOMPARE(texts.count,
                 u"%1 customer(s)"_s.arg(kCustomers)); // the source itself: English has no catalogue
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(kCustomers, kToken)); }
    void cleanup() { AppTranslator::uninstall(); }

    void germanWindow()
    {
        QCOMPARE(AppTranslator::install(QLocale(QLocale::German)), QLocale::German);
        const VisibleTexts texts = textsOfLoadedWindow();
        QCOMPARE(texts.reload, u"Neu laden"_s);
        QCOMPARE(texts.settings, u"Anbieter && Zugangsdaten…"_s);
        QCOMPARE(texts.newCustomer, u"Neuer Kunde…"_s);
        QCOMPARE(texts.updateCustomer, u"Kunden aktualisieren…"_s);
        QCOMPARE(texts.searchPlaceholder, u"Name, E-Mail oder ID suchen…"_s);
        QCOMPARE(texts.allKyc, u"Alle KYC-Status"_s);
        QCOMPARE(texts.allTypes, u"Alle Kundentypen"_s);
        QCOMPARE(texts.menus,
                 QStringList({ u"&Datei"_s, u"&Ansicht"_s, u"&Kunde"_s, u"E&xtras"_s, u"&Hilfe"_s }));
        QCOMPARE(
            texts.tabs.mid(0, 4),
            QStringList({ u"Wirtschaftlich Berechtigte"_s, u"Wallets"_s, u"Bankkonten"_s, u"Risiko"_s }));
        QCOMPARE(texts.headers,
                 QStringList({ u"Name"_s, u"Typ"_s, u"E-Mail"_s, u"Angelegt"_s, u"Aktualisiert"_s }));
        QCOMPARE(texts.count, u"%1 Kunden"_s.arg(kCustomers)); // a plural form, from the German rules
    }

    void germanStandardButtonsFromQt()
    {
        // Qt's own catalogue (Debian's qt6-translations-l10n), for the buttons of standard dialogs.
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        QVERIFY2(QFile::exists(qtbase), qPrintable(qtbase + u" is missing: scripts/install-deps"_s));
        AppTranslator::install(QLocale(QLocale::German));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        // Whether the platform theme adds a mnemonic ("&Abbrechen") is not this test's business.
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    }

    void englishWithoutTranslator() { verifyEnglish(textsOfLoadedWindow()); }

    void englishAfterGerman()
    {
        // Uninstalling leaves nothing behind: the next window is English again.
        AppTranslator::install(QLocale(QLocale::German));
        AppTranslator::uninstall();
        verifyEnglish(textsOfLoadedWindow());
    }

    void languagesWithoutCatalogueFallBackToEnglish_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English (US)") << u"en_US"_s;
        QTest::newRow("English (UK)") << u"en_GB"_s;
        QTest::newRow("Japanese") << u"ja_JP"_s;
        QTest::newRow("C") << u"C"_s;
    }

    void languagesWithoutCatalogueFallBackToEnglish()
    {
        QFETCH(QString, locale);
        QCOMPARE(AppTranslator::install(QLocale(locale)), QLocale::English);
        verifyEnglish(textsOfLoadedWindow());
    }

    void germanForEveryGermanRegion()
    {
        for (const QString &name : { u"de_DE"_s, u"de_AT"_s, u"de_CH"_s, u"de_LU"_s })
            QCOMPARE(AppTranslator::languageFor(QLocale(name)), QLocale::German);
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translated_ui.moc"
