// Accessibility (issue 17): every control of the main window (with a customer shown), the customer
// form (every tab), the owner editor, settings, the risk check and the Yativo dialog has a name a
// screen reader can say — its own text, a buddy label's, or an accessible name — and a control
// without visible text of its own also says what it is for (accessible description or tool tip).
// Then the customer form with the keyboard alone: Tab reaches every input of each page in reading
// order, fields are filled by typing, and Tab ends on the Create button.

#include "AuditTrail.h"
#include "ConnectionTester.h"
#include "CustomerDetailWidget.h"
#include "CustomerFormDialog.h"
#include "DocumentViewerDialog.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "ReviewStore.h"
#include "RiskCheckDialog.h"
#include "SandboxFixture.h"
#include "SettingsDialog.h"
#include "SphereClient.h"
#include "UboEditorDialog.h"
#include "WorkspaceDatabase.h"
#include "YativoClient.h"
#include "YativoCustomerDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"accessibility-token"_s;

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false; // parts of a view, named by it
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w);
}

// Qt's own pieces of a compound control (a spin box's line edit, a view's corner button, a tab
// bar's scroll arrows, a line edit's clear button) are announced as part of their owner.
bool isPartOfAnotherControl(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != w->window(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

bool hasOwnVisibleText(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return !button->text().remove(u'&').trimmed().isEmpty();
    return qobject_cast<const QTabBar *>(w) != nullptr;
}

// Shown, or on a page of a tab or stack not shown yet; not a control hidden until it applies (an
// action button without a message, a second credential field a vendor does not have).
bool isOnScreenOrOnAnotherPage(const QWidget *w, const QWidget *root)
{
    for (const QWidget *x = w; x && x != root; x = x->parentWidget()) {
        if (x->isHidden() && !qobject_cast<const QStackedWidget *>(x->parentWidget()))
            return false;
    }
    return true;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && p != w->window(); p = p->parentWidget())
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    return u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), path.join(u'/'));
}

// Every control under `root` (shown or on a page not shown yet): what a screen reader would lack.
QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    int checked = 0;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != root->window() || !isControl(w) || isPartOfAnotherControl(w)
            || !isOnScreenOrOnAnotherPage(w, root))
            continue;
        ++checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << describe(w) + u": no accessible interface"_s;
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(w) + u": no accessible name"_s;
        else if (!hasOwnVisibleText(w) && iface->text(QAccessible::Description).trimmed().isEmpty())
            problems << describe(w) + u": no accessible description"_s;
    }
    if (checked < 3)
        problems << u"only %1 controls found under %2"_s.arg(checked).arg(describe(root));
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // the whole list: QVERIFY2 cuts a long message
    return problems;
}

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractButton *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

// The inputs Tab must reach on a page: shown, enabled, taking focus from the keyboard.
QList<QWidget *> tabbableInputs(QWidget *page)
{
    QList<QWidget *> inputs;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (isInput(w) && !isPartOfAnotherControl(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus))
            inputs << w;
    }
    return inputs;
}
} // namespace

class TestAccessibility : public SandboxTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(12, kToken)); }

    void theMainWindowWithACustomerShown()
    {
        SphereClient sphere(m_transport,
                            sphereEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        WorkspaceDatabase workspace(m_dir.filePath(u"workspace.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false });
        window.setReviewWorkspace(&review, &audit, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::customersLoaded);
        window.reload();
        QVERIFY(loaded.wait(20000));
        auto *book = window.findChild<QTreeView *>(u"customerTreeView"_s);
        QVERIFY(book && book->model()->rowCount() > 0);
        book->setCurrentIndex(book->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailWidget()->customer().has_value(), 10000);

        const QStringList problems = accessibilityProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theCustomerFormOnEveryTab()
    {
        SphereClient sphere(m_transport, sphereEndpointAt(m_sandbox->baseUrl(), kToken));
        for (auto mode : { CustomerFormDialog::Mode::Create, CustomerFormDialog::Mode::Update }) {
            CustomerFormDialog dialog(mode, &sphere, nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *tabs = dialog.findChild<QTabWidget *>(u"formTabWidget"_s);
            auto *type = dialog.findChild<QComboBox *>(u"typeComboBox"_s);
            QVERIFY(tabs && type);
            // Both kinds of customer: the Customer tab shows a person's or a company's fields.
            for (int kind = 0; kind < type->count(); ++kind) {
                type->setCurrentIndex(kind);
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    const QStringList problems = accessibilityProblems(&dialog);
                    QVERIFY2(problems.isEmpty(),
                             qPrintable(tabs->tabText(i) + u":\n"_s + problems.join(u'\n')));
                }
            }
        }
    }

    void theOtherDialogs()
    {
        UboEditorDialog owner(CustomerRequestValidator::Mode::Create, 5 * 1024 * 1024);
        QStringList problems = accessibilityProblems(&owner);
        QVERIFY2(problems.isEmpty(), qPrintable(u"owner editor:\n"_s + problems.join(u'\n')));

        QSettings settings(m_dir.filePath(u"settings-dialog.ini"_s), QSettings::IniFormat);
        MemoryCredentialStore keychain;
        MemoryCredentialStore session;
        ConnectionTester tester(m_transport);
        SettingsDialog settingsDialog(&settings, &keychain, &session, &tester);
        problems = accessibilityProblems(&settingsDialog);
        QVERIFY2(problems.isEmpty(), qPrintable(u"settings:\n"_s + problems.join(u'\n')));

        RiskCheckDialog risk { SardineCustomerRequest {} };
        problems = accessibilityProblems(&risk);
        QVERIFY2(problems.isEmpty(), qPrintable(u"risk check:\n"_s + problems.join(u'\n')));

        YativoClient yativo(m_transport, m_sandbox->baseUrl(), u"sandbox"_s, u"secret"_s);
        YativoCustomerDialog yativoDialog(&yativo, nullptr);
        problems = accessibilityProblems(&yativoDialog);
        QVERIFY2(problems.isEmpty(), qPrintable(u"yativo:\n"_s + problems.join(u'\n')));

        // The document viewer of a two-page PDF: its page box shown too.
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), u"1"_s);
            writer.newPage();
            painter.drawText(QPointF(100, 100), u"2"_s);
        }
        DocumentViewerDialog viewer({ u"Proof of address"_s, {}, {} }, pdf, nullptr);
        QCOMPARE(viewer.pageCount(), 2);
        problems = accessibilityProblems(&viewer);
        QVERIFY2(problems.isEmpty(), qPrintable(u"document viewer:\n"_s + problems.join(u'\n')));
    }

    // Every page of the form, from its first field: Tab visits each input of the page once, top to
    // bottom, before it leaves the page.
    void everyInputOfTheFormIsReachedByTab()
    {
        SphereClient sphere(m_transport, sphereEndpointAt(m_sandbox->baseUrl(), kToken));
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, &sphere, nullptr);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"formTabWidget"_s);
        auto *type = dialog.findChild<QComboBox *>(u"typeComboBox"_s);
        QVERIFY(tabs && type);
        QSet<int> pagesWalked;
        // A business's form has the most fields (owners, compliance); an individual's the person's.
        for (int kind = 0; kind < type->count(); ++kind) {
            type->setCurrentIndex(kind);
            tabs->setCurrentIndex(0);
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i))
                    continue;
                // Ctrl+Tab from inside the tab widget turns the page, as an analyst would.
                if (tabs->currentIndex() != i) {
                    tabs->tabBar()->setFocus();
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
                }
                QCOMPARE(tabs->currentIndex(), i);
                QWidget *page = tabs->currentWidget();
                const QList<QWidget *> inputs = tabbableInputs(page);
                if (inputs.isEmpty())
                    continue; // nothing this kind of customer fills in here
                pagesWalked.insert(i);
                tabs->tabBar()->setFocus();
                QList<QWidget *> reached;
                for (int step = 0; step < 200 && reached.size() < inputs.size(); ++step) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                    QWidget *focus = QApplication::focusWidget();
                    if (inputs.contains(focus) && !reached.contains(focus))
                        reached << focus;
                    else if (focus && !page->isAncestorOf(focus) && !reached.isEmpty())
                        break; // left the page
                }
                QStringList missed;
                for (QWidget *w : inputs)
                    if (!reached.contains(w))
                        missed << describe(w);
                QVERIFY2(missed.isEmpty(),
                         qPrintable(tabs->tabText(i) + u": not reached by Tab:\n"_s + missed.join(u'\n')));
                // Reading order: never back up the page by more than a row's height.
                for (int k = 1; k < reached.size(); ++k) {
                    const int previousTop = reached.at(k - 1)->mapTo(page, QPoint()).y();
                    const int top = reached.at(k)->mapTo(page, QPoint()).y();
                    QVERIFY2(top >= previousTop - reached.at(k - 1)->height(),
                             qPrintable(u"%1: Tab goes up from %2 to %3"_s.arg(
                                 tabs->tabText(i), describe(reached.at(k - 1)), describe(reached.at(k)))));
                }
            }
        }
        // Every page has something to fill in for one kind of customer or the other.
        QCOMPARE(pagesWalked.size(), tabs->count());
    }

    // The Customer and Contact pages filled by typing only, then Tab to the Create button.
    void theFormFilledWithTheKeyboardAlone()
    {
        SphereClient sphere(m_transport, sphereEndpointAt(m_sandbox->baseUrl(), kToken));
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, &sphere, nullptr);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"formTabWidget"_s);
        auto *submit = dialog.findChild<QPushButton *>(u"submitPushButton"_s);
        QVERIFY(tabs && submit);
        const QHash<QString, QString> typed {
            { u"firstNameLineEdit"_s, u"Avery"_s },
            { u"lastNameLineEdit"_s, u"Quill"_s },
            { u"dobLineEdit"_s, u"1988-07-14"_s },
            { u"ssnLineEdit"_s, u"123-45-6789"_s },
            { u"emailLineEdit"_s, u"avery@example.test"_s },
            { u"phoneLineEdit"_s, u"+14155550123"_s },
            { u"line1LineEdit"_s, u"1 Test Way"_s },
            { u"cityLineEdit"_s, u"San Francisco"_s },
            { u"postalCodeLineEdit"_s, u"94107"_s },
            { u"stateLineEdit"_s, u"CA"_s },
            { u"countryLineEdit"_s, u"USA"_s },
        };
        QSet<QString> filled;
        for (int page = 0; page < 2; ++page) {
            tabs->tabBar()->setFocus();
            if (page > 0)
                QTest::keyClick(tabs->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
            for (int step = 0; step < 60; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                if (edit && typed.contains(edit->objectName()) && !filled.contains(edit->objectName())) {
                    QTest::keyClicks(edit, typed.value(edit->objectName()));
                    QCOMPARE(edit->text(), typed.value(edit->objectName()));
                    filled.insert(edit->objectName());
                }
                if (!tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()) && step > 0)
                    break;
            }
        }
        QStringList notFilled;
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            if (!filled.contains(it.key()))
                notFilled << it.key();
        QVERIFY2(notFilled.isEmpty(), qPrintable(notFilled.join(u", "_s)));
        // On from wherever the focus is: the Create button is on the Tab chain.
        bool reachedSubmit = false;
        for (int step = 0; step < 200 && !reachedSubmit; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reachedSubmit = QApplication::focusWidget() == submit;
        }
        QVERIFY(reachedSubmit);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
