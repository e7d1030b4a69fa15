// The book with the keyboard alone: type in the search box, Down or Enter into the results (the
// first one opens), Tab from the search box reaches the book before the filters, Alt+Down / Alt+Up
// step through the customers, Ctrl+C on a wallet copies the whole address (the table shows it
// shortened), and every action sits in the menu bar (File, View, Customer, Review, Tools, Help) with
// its shortcut shown, no shortcut taken twice; View → Theme switches to dark and back, kept in the
// settings.

#include "AuditTrail.h"
#include "CustomerBook.h"
#include "CustomerDetailWidget.h"
#include "CustomerTableModel.h"
#include "MainWindow.h"
#include "ReviewStore.h"
#include "SandboxFixture.h"
#include "SphereClient.h"
#include "StatusColours.h"
#include "UiTheme.h"
#include "WalletTableModel.h"
#include "WorkspaceDatabase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"keyboard-token"_s;

// Every action under a menu, its submenus' included.
void collect(const QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), into);
        else if (!action->isSeparator())
            into.append(action);
    }
}
} // namespace

class TestKeyboard : public SandboxTestCase
{
    Q_OBJECT

    struct Desk
    {
        explicit Desk(TestKeyboard &test)
            : sphere(test.m_transport,
                     sphereEndpointAt(test.m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)))
            , workspace(test.m_dir.filePath(u"workspace.sqlite"_s))
            , audit(&workspace, u"ana"_s)
            , review(&workspace, &audit)
            , settings(test.m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
            , window(&sphere, EnvironmentDescription { u"Test"_s, {}, false })
        {
            window.setReviewWorkspace(&review, &audit, &settings);
        }
        // Shown, active, every customer loaded; nothing selected.
        bool open()
        {
            window.show();
            QApplication::setActiveWindow(&window);
            if (!QTest::qWaitForWindowActive(&window))
                return false;
            QSignalSpy loaded(&window, &MainWindow::customersLoaded);
            window.reload();
            return loaded.wait(20000);
        }
        QTreeView *book() const { return window.findChild<QTreeView *>(u"customerTreeView"_s); }
        QLineEdit *search() const { return window.findChild<QLineEdit *>(u"searchLineEdit"_s); }
        QString idAt(int row) const
        {
            return book()->model()->index(row, 0).data(CustomerTableModel::IdRole).toString();
        }

        SphereClient sphere;
        WorkspaceDatabase workspace;
        AuditTrail audit;
        ReviewStore review;
        QSettings settings;
        MainWindow window;
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(40, kToken)); }

    void searchThenEnterOpensTheFirstResult()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        QTreeView *book = desk.book();
        QLineEdit *search = desk.search();
        QVERIFY(book && search);
        const QString needle = book->model()->index(5, CustomerTableModel::Email).data().toString().left(4);
        search->setFocus();
        QTest::keyClicks(search, needle);
        QVERIFY(book->model()->rowCount() > 0);
        QVERIFY(book->model()->rowCount() < 40);
        QVERIFY(!book->currentIndex().isValid());
        const QString first = desk.idAt(0);

        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(desk.window.book()->currentId(), first);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.detailWidget()->customer().has_value(), 10000);
        QCOMPARE(desk.window.detailWidget()->customer()->id, first);
        QCOMPARE(QApplication::focusWidget(), book);
    }

    void searchThenDownMovesIntoTheBook()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        QTreeView *book = desk.book();
        QLineEdit *search = desk.search();
        desk.window.book()->setCurrentRow(3); // an earlier choice; Down starts from the top of the results
        search->setFocus();
        QTest::keyClicks(search, u"@"_s);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), book);
        QCOMPARE(book->currentIndex().row(), 0);
        QCOMPARE(search->text(), u"@"_s); // the key went to the book, not into the text
        QTRY_COMPARE_WITH_TIMEOUT(desk.window.detailWidget()->customerId(), desk.idAt(0), 10000);
        // In the book, Down is the book's own again.
        QTest::keyClick(book, Qt::Key_Down);
        QCOMPARE(book->currentIndex().row(), 1);
    }

    void tabGoesFromSearchToTheBookBeforeTheFilters()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        auto *kyc = desk.window.findChild<QComboBox *>(u"kycFilterComboBox"_s);
        auto *type = desk.window.findChild<QComboBox *>(u"typeFilterComboBox"_s);
        QVERIFY(kyc && type);
        desk.search()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), desk.search());
        QTest::keyClick(desk.search(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), desk.book());
        QTest::keyClick(desk.book(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), kyc);
        QTest::keyClick(kyc, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), type);
        // Shift+Tab walks back the same way.
        QTest::keyClick(type, Qt::Key_Backtab, Qt::ShiftModifier);
        QTest::keyClick(kyc, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), desk.book());
    }

    void altDownAndUpStepThroughTheCustomers()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        QTreeView *book = desk.book();
        desk.window.book()->setCurrentRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.detailWidget()->customer().has_value(), 10000);
        // From wherever the focus is: here the detail pane's tabs.
        auto *tabs = desk.window.findChild<QTabWidget *>(u"detailTabWidget"_s);
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(book->currentIndex().row(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(desk.window.detailWidget()->customerId(), desk.idAt(1), 10000);
        QTest::keyClick(tabs, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(book->currentIndex().row(), 2);
        QTest::keyClick(tabs, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(book->currentIndex().row(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(desk.window.detailWidget()->customerId(), desk.idAt(1), 10000);
        // The first customer has no previous one: it stays.
        desk.window.book()->setCurrentRow(0);
        QTest::keyClick(tabs, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(book->currentIndex().row(), 0);
    }

    void ctrlCOnAWalletCopiesTheWholeAddress()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        CustomerDetailWidget *detail = desk.window.detailWidget();
        QString address;
        for (int row = 0; row < desk.book()->model()->rowCount() && address.isEmpty(); ++row) {
            desk.window.book()->setCurrentRow(row);
            QTRY_VERIFY_WITH_TIMEOUT(detail->customer().has_value() && detail->customerId() == desk.idAt(row),
                                     10000);
            if (detail->customer()->wallets.isEmpty())
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(detail->walletModel()->rowCount() > 0, 10000);
            const Wallet &wallet = detail->walletModel()->records().constFirst();
            if (wallet.address && wallet.address->size() > 14)
                address = *wallet.address;
        }
        QVERIFY2(!address.isEmpty(), "no customer in the sandbox has a wallet");
        auto *tabs = detail->findChild<QTabWidget *>(u"detailTabWidget"_s);
        auto *wallets = detail->findChild<QTableView *>(u"walletTableView"_s);
        tabs->setCurrentWidget(wallets);
        const QModelIndex cell = wallets->model()->index(0, WalletTableModel::Address);
        QVERIFY(cell.data().toString().contains(u'…')); // shown shortened
        wallets->setCurrentIndex(cell);
        wallets->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(wallets, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), address);
        // Any other cell copies what it shows.
        wallets->setCurrentIndex(wallets->model()->index(0, WalletTableModel::Network));
        QTest::keyClick(wallets, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 wallets->model()->index(0, WalletTableModel::Network).data().toString());
    }

    void everyActionIsInTheMenuBarWithItsShortcut()
    {
        Desk desk(*this);
        QMenuBar *bar = desk.window.menuBar();
        QStringList menus;
        for (QAction *action : bar->actions())
            menus << action->menu()->objectName();
        QCOMPARE(menus,
                 QStringList({ u"fileMenu"_s, u"viewMenu"_s, u"customerMenu"_s, u"reviewMenu"_s,
                               u"toolsMenu"_s, u"helpMenu"_s }));
        const auto actionsOf = [&desk](const QString &menu) {
            QList<QAction *> actions;
            collect(desk.window.findChild<QMenu *>(menu), actions);
            QStringList names;
            for (QAction *a : std::as_const(actions))
                names << a->objectName();
            return names;
        };
        const QList<std::tuple<QString, QString, QKeySequence>> expected = {
            { u"fileMenu"_s, u"newCustomerAction"_s, QKeySequence::New },
            { u"fileMenu"_s, u"yativoCustomerAction"_s, {} },
            { u"fileMenu"_s, u"exportViewAction"_s, QKeySequence(u"Ctrl+Shift+S"_s) },
            { u"fileMenu"_s, u"quitAction"_s, QKeySequence::Quit },
            { u"viewMenu"_s, u"focusSearchAction"_s, QKeySequence::Find },
            { u"viewMenu"_s, u"goToQueuesAction"_s, QKeySequence(u"Ctrl+0"_s) },
            { u"viewMenu"_s, u"reloadAction"_s, QKeySequence::Refresh },
            { u"viewMenu"_s, u"themeDarkAction"_s, {} },
            { u"customerMenu"_s, u"nextCustomerAction"_s, QKeySequence(u"Alt+Down"_s) },
            { u"customerMenu"_s, u"previousCustomerAction"_s, QKeySequence(u"Alt+Up"_s) },
            { u"customerMenu"_s, u"updateCustomerAction"_s, QKeySequence(u"Ctrl+E"_s) },
            { u"customerMenu"_s, u"runRiskCheckAction"_s, {} },
            { u"customerMenu"_s, u"copyCurrentCustomerIdAction"_s, QKeySequence(u"Ctrl+Shift+C"_s) },
            { u"customerMenu"_s, u"copyCurrentKycLinkAction"_s, {} },
            { u"toolsMenu"_s, u"settingsAction"_s, QKeySequence::Preferences },
            { u"toolsMenu"_s, u"searchNotesAction"_s, QKeySequence(u"Ctrl+Shift+F"_s) },
            { u"helpMenu"_s, u"aboutAction"_s, {} },
        };
        for (const auto &[menu, name, shortcut] : expected) {
            QVERIFY2(actionsOf(menu).contains(name), qPrintable(menu + u" lacks "_s + name));
            auto *action = desk.window.findChild<QAction *>(name);
            QCOMPARE(action->shortcut(), shortcut);
        }
        // The review menu decides; the audit trail is a tool.
        QVERIFY(actionsOf(u"reviewMenu"_s).size() >= 5);

        // No shortcut answers two actions.
        QList<QAction *> all;
        for (QAction *top : bar->actions())
            collect(top->menu(), all);
        QHash<QString, QString> owners;
        for (QAction *action : std::as_const(all)) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString();
                QVERIFY2(!owners.contains(text),
                         qPrintable(text + u" on "_s + owners.value(text) + u" and "_s + action->text()));
                owners.insert(text, action->text());
            }
        }
        QVERIFY(owners.size() >= 18);
        // View → Theme switches the palette at once and keeps the choice in the settings.
        desk.window.setAppearanceSettings(&desk.settings);
        desk.window.findChild<QAction *>(u"themeDarkAction"_s)->trigger();
        QVERIFY(StatusColours::isDark(QApplication::palette()));
        QCOMPARE(desk.settings.value(u"appearance/theme"_s).toString(), u"dark"_s);
        QCOMPARE(UiTheme::load(desk.settings), UiTheme::Choice::Dark);
        desk.window.findChild<QAction *>(u"themeLightAction"_s)->trigger();
        QVERIFY(!StatusColours::isDark(QApplication::palette()));
        QCOMPARE(UiTheme::load(desk.settings), UiTheme::Choice::Light);
        desk.window.findChild<QAction *>(u"themeSystemAction"_s)->trigger();
        QCOMPARE(desk.settings.value(u"appearance/theme"_s).toString(), u"system"_s);

        // The toolbar keeps its buttons: the same actions.
        auto *reload = desk.window.findChild<QAction *>(u"reloadAction"_s);
        QVERIFY(!reload->associatedObjects().isEmpty());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
