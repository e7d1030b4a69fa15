// The desk on small screens: a laptop's 1024×700 at scale 1 and a 1366×768 screen at scale 1.5
// (about 910×512 logical pixels; ctest runs this binary a second time with QT_SCALE_FACTOR=1.5).
// The main window and every dialog fit that screen with their buttons on it, the book still shows
// its key columns, rows keep one height whatever the first row is, and the window's layout comes
// back after a restart.

#include "AboutDialog.h"
#include "AuditTrail.h"
#include "AuditTrailDialog.h"
#include "CollapsibleSection.h"
#include "ConnectionTester.h"
#include "CustomerDetailWidget.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerFormDialog.h"
#include "CustomerTableModel.h"
#include "DecisionDialog.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "NoteSearchDialog.h"
#include "ReviewStore.h"
#include "RiskCheckDialog.h"
#include "RiskPanel.h"
#include "SandboxFixture.h"
#include "SettingsDialog.h"
#include "SphereClient.h"
#include "UboEditorDialog.h"
#include "WorkspaceDatabase.h"
#include "YativoCustomerDialog.h"
#include "YativoLinks.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"screen-fit-token"_s;

// The screen under test in logical pixels: 1366×768 divided by the scale when one is set
// (QT_SCALE_FACTOR), else the small laptop's 1024×700.
QSize deskSize()
{
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    if (scale > 1.01)
        return QSize(int(1366 / scale), int(768 / scale));
    return QSize(1024, 700);
}

// What a window manager takes: the frame around a window and its title bar.
QSize usableSize()
{
    return deskSize() - QSize(16, 40);
}

bool fits(const QSize &size, const QSize &into)
{
    return size.width() <= into.width() && size.height() <= into.height();
}

QString describe(const QSize &size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

// For a failure message: the descendants that need the most room, to say which one to fix.
QString largestChildren(const QWidget *window)
{
    QList<const QWidget *> children;
    for (const QWidget *child : window->findChildren<QWidget *>())
        if (child->isVisibleTo(window))
            children.append(child);
    std::sort(children.begin(), children.end(), [](const QWidget *a, const QWidget *b) {
        const QSize x = a->minimumSizeHint().expandedTo(a->minimumSize());
        const QSize y = b->minimumSizeHint().expandedTo(b->minimumSize());
        return x.width() * 4 + x.height() > y.width() * 4 + y.height();
    });
    QStringList lines;
    for (const QWidget *child : children.mid(0, 6))
        lines << u"%1 %2 needs %3"_s.arg(QString::fromLatin1(child->metaObject()->className()),
                                         child->objectName(),
                                         describe(child->minimumSizeHint().expandedTo(child->minimumSize())));
    return lines.join(u"; "_s);
}
} // namespace

class TestScreenFit : public SandboxTestCase
{
    Q_OBJECT

    // A window as the desktop app builds it: the review workspace adds the queues and the Case page.
    struct Desk
    {
        Desk(TestScreenFit &test, const QString &settingsFile)
            : sphere(test.m_transport, sphereEndpointAt(test.m_sandbox->baseUrl(), kToken))
            , workspace(test.m_dir.filePath(u"workspace.sqlite"_s))
            , audit(&workspace, u"ana"_s)
            , review(&workspace, &audit)
            , links(&workspace, &audit)
            , settings(test.m_dir.filePath(settingsFile), QSettings::IniFormat)
            , window(&sphere, EnvironmentDescription { u"Test"_s, {}, false })
        {
            window.restoreViewState(&settings);
            window.setReviewWorkspace(&review, &audit, &settings);
            window.setYativoLinks(&links);
        }

        bool load()
        {
            QSignalSpy loaded(&window, &MainWindow::customersLoaded);
            window.reload();
            return loaded.wait(20000);
        }
        QTreeView *table() const { return window.findChild<QTreeView *>(u"customerTreeView"_s); }
        QSplitter *splitter() const { return window.findChild<QSplitter *>(u"mainSplitter"_s); }
        QLineEdit *search() const { return window.findChild<QLineEdit *>(u"searchLineEdit"_s); }

        SphereClient sphere;
        WorkspaceDatabase workspace;
        AuditTrail audit;
        ReviewStore review;
        YativoLinks links;
        QSettings settings;
        MainWindow window;
    };

    // Shows `dialog` at most as large as the screen, as a window manager places it, and checks that
    // every button of its button boxes is shown whole inside the screen.
    static void checkButtonsOnScreen(QDialog *dialog, const QString &name)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // As opened: no larger than the free part of the screen, unless it cannot be smaller.
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size() - QSize(16, 40);
        QVERIFY2(fits(dialog->size(), available.expandedTo(dialog->minimumSizeHint())),
                 qPrintable(u"%1 opens at %2 on a screen with %3 free"_s.arg(name, describe(dialog->size()),
                                                                             describe(available))));
        const QSize usable = usableSize();
        dialog->resize(dialog->size().boundedTo(usable));
        dialog->move(0, 0);
        QApplication::processEvents();
        QVERIFY2(fits(dialog->minimumSizeHint(), usable),
                 qPrintable(u"%1 needs at least %2 on a screen of %3: %4"_s.arg(
                     name, describe(dialog->minimumSizeHint()), describe(usable), largestChildren(dialog))));
        QVERIFY2(fits(dialog->size(), usable),
                 qPrintable(
                     u"%1 is %2 on a screen of %3"_s.arg(name, describe(dialog->size()), describe(usable))));
        const QList<QDialogButtonBox *> boxes = dialog->findChildren<QDialogButtonBox *>();
        QVERIFY2(!boxes.isEmpty() || name == u"NoteSearchDialog"_s, qPrintable(name));
        const QRect screen(QPoint(0, 0), usable);
        int buttons = 0;
        for (QDialogButtonBox *box : boxes) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->isHidden())
                    continue; // deliberately hidden until needed, e.g. "Save draft" with no drafts
                ++buttons;
                QVERIFY2(button->isVisible(), qPrintable(name + u": "_s + button->text()));
                const QRect onScreen(button->mapTo(dialog, QPoint(0, 0)) + dialog->pos(), button->size());
                QVERIFY2(screen.contains(onScreen)
                             && dialog->rect().contains(onScreen.translated(-dialog->pos())),
                         qPrintable(u"%1: \"%2\" at %3,%4 %5 is not inside the screen %6"_s.arg(
                             name, button->text(), QString::number(onScreen.x()),
                             QString::number(onScreen.y()), describe(onScreen.size()), describe(usable))));
                QVERIFY2(button->width() >= button->minimumSizeHint().width() / 2 && button->height() >= 10,
                         qPrintable(name + u": "_s + button->text() + u" squeezed"_s));
            }
        }
        QVERIFY2(buttons > 0 || name == u"NoteSearchDialog"_s, qPrintable(name + u" shows no buttons"_s));
        // To look at: KYCDESK_SCREENSHOT_DIR=… saves each dialog as shown on the small screen.
        if (const QString shots = qEnvironmentVariable("KYCDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + u"/fit-"_s + QString(name).replace(u'/', u'-') + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSharedSandbox(300, kToken));
        qInfo("desk under test: %s logical pixels (scale %.2f)", qPrintable(describe(deskSize())),
              QGuiApplication::primaryScreen()->devicePixelRatio());
    }

    void mainWindowFitsTheScreen()
    {
        Desk desk(*this, u"fit.ini"_s);
        const QSize usable = usableSize();
        QVERIFY2(
            fits(desk.window.minimumSizeHint(), usable),
            qPrintable(u"the main window needs %1, the screen has %2: %3"_s.arg(
                describe(desk.window.minimumSizeHint()), describe(usable), largestChildren(&desk.window))));
        // The window opens no larger than the screen it is on (a first start has no saved geometry).
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(fits(desk.window.size(), available.size()), qPrintable(describe(desk.window.size())));

        desk.window.resize(usable);
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QVERIFY(desk.load());
        QTRY_COMPARE(desk.window.size(), usable);
        desk.window.selectFirstCustomer();
        QTRY_VERIFY(desk.window.detailWidget()->customer().has_value());
        QApplication::processEvents();
        QCOMPARE(desk.window.size(), usable); // a loaded customer does not push the window wider

        // The columns an analyst reads first are on screen, wide enough to read.
        QTreeView *table = desk.table();
        QVERIFY(table);
        const int viewport = table->viewport()->width();
        const int readable = table->fontMetrics().averageCharWidth() * 8;
        for (int column : { int(CustomerTableModel::Name), int(CustomerTableModel::Email),
                            int(CustomerTableModel::Kyc) }) {
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!table->isColumnHidden(column), qPrintable(title));
            const int left = table->header()->sectionViewportPosition(column);
            const int width = table->columnWidth(column);
            QVERIFY2(width >= readable, qPrintable(u"%1 is %2 px wide"_s.arg(title).arg(width)));
            QVERIFY2(left >= 0 && left + width <= viewport,
                     qPrintable(u"%1 at %2..%3, the viewport is %4 px wide"_s.arg(title)
                                    .arg(left)
                                    .arg(left + width)
                                    .arg(viewport)));
        }

        // The detail pane as the window opens: its content as wide as the pane, no sideways scrolling.
        auto *detailArea = desk.window.findChild<QScrollArea *>(u"detailScrollArea"_s);
        QVERIFY(detailArea);
        QVERIFY2(
            detailArea->widget()->minimumSizeHint().width() <= detailArea->viewport()->width(),
            qPrintable(u"the detail pane needs %1 px, it has %2: %3"_s.arg(
                QString::number(detailArea->widget()->minimumSizeHint().width()),
                QString::number(detailArea->viewport()->width()), largestChildren(detailArea->widget()))));

        // The identity box folds away: the Risk page needs less height, and the images are hidden.
        auto *identity = desk.window.findChild<CollapsibleSection *>(u"identitySection"_s);
        QVERIFY(identity && identity->isExpanded());
        RiskPanel *risk = desk.window.detailWidget()->riskPanel();
        auto *detailTabs = desk.window.findChild<QTabWidget *>(u"detailTabWidget"_s);
        for (int i = 0; i < detailTabs->count(); ++i) {
            if (detailTabs->widget(i)->isAncestorOf(risk))
                detailTabs->setCurrentIndex(i); // as the analyst opens the Risk tab
        }
        QApplication::processEvents();
        const int unfolded = risk->minimumSizeHint().height();
        QTest::mouseClick(identity->toggleButton(), Qt::LeftButton);
        QVERIFY(!identity->isExpanded());
        QApplication::processEvents(); // the layouts take the change
        QVERIFY(!risk->findChild<QLabel *>(u"identityFrontImageLabel"_s)->isVisibleTo(risk));
        QVERIFY2(
            risk->minimumSizeHint().height() < unfolded,
            qPrintable(u"%1 px folded, %2 unfolded"_s.arg(risk->minimumSizeHint().height()).arg(unfolded)));
        QTest::mouseClick(identity->toggleButton(), Qt::LeftButton);
        QVERIFY(identity->isExpanded());

        // The splitter lets the book take more than half the window.
        QSplitter *splitter = desk.splitter();
        QVERIFY(splitter);
        const int tableIndex = splitter->indexOf(table);
        QVERIFY(tableIndex >= 0);
        QList<int> sizes(splitter->count(), 1);
        sizes[tableIndex] = splitter->width();
        splitter->setSizes(sizes);
        QApplication::processEvents();
        QVERIFY2(table->width() > splitter->width() / 2,
                 qPrintable(u"the book gets %1 of %2 px"_s.arg(table->width()).arg(splitter->width())));
        for (int i = 0; i < splitter->count(); ++i)
            QVERIFY2(splitter->widget(i)->width() > 0, "a pane collapsed out of sight");
    }

    void dialogsShowTheirButtons_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             { "AboutDialog", "AuditTrailDialog", "CustomerFormDialog/individual",
               "CustomerFormDialog/business", "CustomerFormDialog/update", "DecisionDialog",
               "DecisionDialog/request-info", "NoteSearchDialog", "RiskCheckDialog", "SettingsDialog",
               "UboEditorDialog", "YativoCustomerDialog", "YativoCustomerDialog/links" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void dialogsShowTheirButtons()
    {
        QFETCH(QString, name);
        HttpTransport transport;
        SphereClient sphere(&transport, sphereEndpointAt(QUrl(u"http://127.0.0.1:9"_s), kToken));
        WorkspaceDatabase workspace(m_dir.filePath(u"dialogs.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QSettings settings(m_dir.filePath(u"dialogs.ini"_s), QSettings::IniFormat);
        MemoryCredentialStore keychain;
        MemoryCredentialStore session;
        ConnectionTester tester(&transport);

        std::unique_ptr<QDialog> dialog;
        if (name == u"AboutDialog"_s) {
            dialog = std::make_unique<AboutDialog>();
        } else if (name == u"AuditTrailDialog"_s) {
            dialog = std::make_unique<AuditTrailDialog>(&audit);
        } else if (name.startsWith(u"CustomerFormDialog"_s)) {
            const bool update = name.endsWith(u"update"_s);
            auto form = std::make_unique<CustomerFormDialog>(update ? CustomerFormDialog::Mode::Update
                                                                    : CustomerFormDialog::Mode::Create,
                                                             &sphere, nullptr);
            if (name.endsWith(u"business"_s)) {
                auto *type = form->findChild<QComboBox *>(u"typeComboBox"_s);
                QVERIFY(type);
                type->setCurrentIndex(type->count() - 1);
            }
            dialog = std::move(form);
        } else if (name.startsWith(u"DecisionDialog"_s)) {
            const bool request = name.endsWith(u"request-info"_s);
            dialog = std::make_unique<DecisionDialog>(
                request ? CaseDecisionKind::RequestInformation : CaseDecisionKind::Reject,
                QStringList { u"Sanctions match"_s, u"Document expired"_s }, u"Olivia Quintero"_s,
                QStringList { u"Identity document"_s, u"Proof of address"_s, u"Address — line 1"_s });
        } else if (name == u"NoteSearchDialog"_s) {
            dialog = std::make_unique<NoteSearchDialog>(&review);
        } else if (name == u"RiskCheckDialog"_s) {
            dialog = std::make_unique<RiskCheckDialog>(SardineCustomerRequest {});
        } else if (name == u"SettingsDialog"_s) {
            dialog = std::make_unique<SettingsDialog>(&settings, &keychain, &session, &tester);
        } else if (name == u"UboEditorDialog"_s) {
            dialog = std::make_unique<UboEditorDialog>(CustomerRequestValidator::Mode::Create, 10 << 20);
        } else if (name.startsWith(u"YativoCustomerDialog"_s)) {
            dialog = std::make_unique<YativoCustomerDialog>(nullptr, nullptr);
            if (name.endsWith(u"links"_s)) {
                // As after Yativo has answered: the links, statuses and requirements under the form.
                auto *result = dialog->findChild<QGroupBox *>(u"resultGroupBox"_s);
                QVERIFY(result);
                result->show();
            }
        }
        QVERIFY(dialog);
        checkButtonsOnScreen(dialog.get(), name);
        if (QTest::currentTestFailed())
            return;
        // Every tab of a tabbed dialog fits as well, whatever page is in front.
        for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                QVERIFY2(fits(dialog->minimumSizeHint(), usableSize()),
                         qPrintable(u"%1, tab %2: needs %3: %4"_s.arg(name, tabs->tabText(i),
                                                                      describe(dialog->minimumSizeHint()),
                                                                      largestChildren(dialog.get()))));
            }
        }
    }

    void rowsKeepOneHeight()
    {
        Desk desk(*this, u"rows.ini"_s);
        desk.window.resize(usableSize());
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QVERIFY(desk.load());
        QTreeView *table = desk.table();
        const int fontHeight = table->fontMetrics().height();
        int height = -1;
        // Whatever row comes first: everyone, a name ("olivia", the one reported), a business, an id.
        for (const QString &filter :
             { QString(), u"olivia"_s, u"inc"_s, u"ltd"_s, u"customer_"_s, u"zz"_s }) {
            desk.search()->clear();
            QTest::keyClicks(desk.search(), filter);
            QApplication::processEvents();
            const int rows = table->model()->rowCount();
            if (rows == 0)
                continue;
            QVERIFY2(rows > 0, qPrintable(filter));
            table->scrollToTop();
            const int first = table->visualRect(table->model()->index(0, 0)).height();
            if (height < 0)
                height = first;
            QVERIFY2(first >= fontHeight,
                     qPrintable(u"\"%1\": rows %2 px high, the font %3 px"_s.arg(filter).arg(first).arg(
                         fontHeight)));
            QVERIFY2(first == height,
                     qPrintable(u"\"%1\": rows %2 px high, %3 px with no filter"_s.arg(filter).arg(first).arg(
                         height)));
            for (int row = 1; row < std::min(rows, 20); ++row) {
                for (int column : { int(CustomerTableModel::Name), int(CustomerTableModel::Kyc),
                                    int(CustomerTableModel::Updated) }) {
                    const QModelIndex index = table->model()->index(row, column);
                    QCOMPARE(table->visualRect(index).height(), height);
                    // What the delegate would need for the cell fits the row: nothing drawn outside.
                    QStyleOptionViewItem option;
                    option.initFrom(table);
                    option.font = table->font();
                    QVERIFY2(table->itemDelegateForIndex(index)->sizeHint(option, index).height() <= height,
                             qPrintable(u"\"%1\" row %2 column %3"_s.arg(filter).arg(row).arg(column)));
                }
            }
        }
        QVERIFY(height > 0);
    }

    void viewStateComesBack()
    {
        const QString file = u"restore.ini"_s;
        QSize size;
        QList<int> splitterSizes;
        int emailWidth = 0;
        int kycVisual = -1;
        qsizetype filteredRows = 0;
        {
            Desk desk(*this, file);
            desk.window.resize(usableSize() - QSize(40, 30));
            desk.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
            QVERIFY(desk.load());
            QTreeView *table = desk.table();
            QSplitter *splitter = desk.splitter();
            QList<int> sizes = splitter->sizes();
            const int tableIndex = splitter->indexOf(table);
            sizes[tableIndex] += 40;
            sizes[splitter->count() - 1] -= 40;
            splitter->setSizes(sizes);
            table->setColumnWidth(CustomerTableModel::Email, 137);
            table->header()->moveSection(table->header()->visualIndex(CustomerTableModel::Kyc), 1);
            table->sortByColumn(CustomerTableModel::Email, Qt::DescendingOrder);
            QTest::keyClicks(desk.search(), u"ol"_s);
            filteredRows = table->model()->rowCount();
            QVERIFY(filteredRows > 0 && filteredRows < 300);
            size = desk.window.size();
            splitterSizes = splitter->sizes();
            emailWidth = table->columnWidth(CustomerTableModel::Email);
            kycVisual = table->header()->visualIndex(CustomerTableModel::Kyc);
            QCOMPARE(kycVisual, 1);
            desk.window.close(); // saves, as quitting the app does
        }
        Desk again(*this, file);
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QCOMPARE(again.window.size(), size);
        QCOMPARE(again.splitter()->sizes(), splitterSizes);
        QTreeView *table = again.table();
        QCOMPARE(table->columnWidth(CustomerTableModel::Email), emailWidth);
        QCOMPARE(table->header()->visualIndex(CustomerTableModel::Kyc), kycVisual);
        QCOMPARE(table->header()->sortIndicatorSection(), int(CustomerTableModel::Email));
        QCOMPARE(table->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(again.search()->text(), u"ol"_s);
        QVERIFY(again.load());
        QCOMPARE(table->model()->rowCount(), filteredRows);
        // Sorted as it was: by email, descending.
        const QString first = table->model()->index(0, CustomerTableModel::Email).data().toString();
        const QString second = table->model()->index(1, CustomerTableModel::Email).data().toString();
        QVERIFY2(first.compare(second, Qt::CaseInsensitive) >= 0, qPrintable(first + u" before "_s + second));
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screen_fit.moc"
