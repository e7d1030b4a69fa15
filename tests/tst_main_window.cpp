// The main window on a real sandbox over loopback HTTP: every customer arrives, the analyst types
// in the search box and picks a KYC status, and sees exactly the matching customers; selecting
// one fills the detail pane.

#include "BankAccountTableModel.h"
#include "CustomerDetailWidget.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerFormDialog.h"
#include "CustomerTableModel.h"
#include "DraftStore.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "MessageBar.h"
#include "SandboxFixture.h"
#include "SphereClient.h"
#include "StatusBadge.h"
#include "WalletTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kCustomers = 420;
const QString kToken = u"widget-test-token"_s;

// A keychain that answers only when told to, like one waiting for the analyst to unlock it.
class GatedKeychain : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    int secretReads = 0;
    std::function<void()> pending;

    void readSecret(const QString &name, QObject *context, SecretReadHandler done) override
    {
        ++secretReads;
        pending = [this, name, context, done] { MemoryCredentialStore::readSecret(name, context, done); };
    }
    void unlock() { std::exchange(pending, {})(); }
};
} // namespace

class TestMainWindow : public SandboxTestCase
{
    Q_OBJECT

private:
    ApiEndpoint endpoint(const QString &token) const
    {
        ApiEndpoint e;
        e.vendor = u"Sphere"_s;
        e.baseUrl = m_sandbox->baseUrl();
        e.authorization = ApiEndpoint::bearer(token);
        return e;
    }

    // Counted straight from the source model's display text, independent of the proxy's logic.
    static int countSourceRows(const CustomerTableModel *model, const std::function<bool(int)> &accept)
    {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += accept(row) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(kCustomers, kToken)); }

    void showsEveryCustomerAndFilters()
    {
        SphereClient sphere(m_transport, endpoint(kToken));
        MainWindow window(&sphere, EnvironmentDescription { u"Test sandbox"_s, {}, false });
        QAbstractItemModelTester proxyTester(window.customerProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(window.customerModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::customersLoaded);
        window.reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toLongLong(), qint64(kCustomers));

        auto *table = window.findChild<QTreeView *>(u"customerTreeView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), kCustomers);
        auto *count = window.findChild<QLabel *>(u"countLabel"_s);
        QVERIFY(count && count->text().contains(QString::number(kCustomers)));

        // Pick a real e-mail domain fragment from the data and type it as an analyst would.
        const CustomerTableModel *model = window.customerModel();
        const QString email = model->index(7, CustomerTableModel::Email).data().toString();
        QVERIFY(email.contains(u'@'));
        const QString needle = email.left(4);
        // Name, email, id, and a business's owners' names (the search text's last lines).
        const auto found = [&needle](const QModelIndex &at) {
            return at.data(CustomerTableModel::SearchTextRole).toString().contains(needle.toLower());
        };
        const int expected = countSourceRows(model, [&](int row) { return found(model->index(row, 0)); });
        QVERIFY(expected > 0 && expected < kCustomers);

        auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, needle);
        QCOMPARE(search->text(), needle);
        QCOMPARE(table->model()->rowCount(), expected);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY2(found(table->model()->index(row, 0)),
                     qPrintable(table->model()->index(row, CustomerTableModel::Name).data().toString()));

        // Clear the text and filter by KYC status with the combo box instead.
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(table->model()->rowCount(), kCustomers);
        auto *kyc = window.findChild<QComboBox *>(u"kycFilterComboBox"_s);
        QVERIFY(kyc);
        const int approvedIndex = kyc->findData(int(KycStatus::Approved));
        QVERIFY(approvedIndex > 0);
        kyc->setCurrentIndex(approvedIndex);
        const int approved = countSourceRows(model, [&](int row) {
            return model->index(row, 0).data(CustomerTableModel::KycStatusRole).toInt()
                == int(KycStatus::Approved);
        });
        QVERIFY(approved > 0 && approved < kCustomers);
        QCOMPARE(table->model()->rowCount(), approved);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(CustomerTableModel::KycStatusRole).toInt(),
                     int(KycStatus::Approved));

        // Selecting a customer fetches it and fills the detail pane.
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *detail = window.detailWidget();
        QTRY_VERIFY_WITH_TIMEOUT(detail->customer().has_value(), 10000);
        const QString selectedId = table->model()->index(0, 0).data(CustomerTableModel::IdRole).toString();
        QCOMPARE(detail->customer()->id, selectedId);
        auto *badge = window.findChild<StatusBadge *>(u"kycBadgeLabel"_s);
        QVERIFY(badge);
        QVERIFY(badge->text().contains(u"Approved"_s));
        auto *name = window.findChild<QLabel *>(u"customerNameLabel"_s);
        QCOMPARE(name->text(), detail->customer()->displayName());
        QTRY_COMPARE_WITH_TIMEOUT(
            detail->walletModel()->rowCount() + detail->bankAccountModel()->rowCount(),
            int(detail->customer()->wallets.size() + detail->customer()->bankAccounts.size()), 10000);
        QVERIFY(window.messageBar()->isHidden());
    }

    void draftsKeyIsFetchedWhenAFormOpensAndWhatWasTypedMeanwhileIsKept()
    {
        // Browsing the book must not prompt for the keychain; the first form does, and what the
        // analyst types while the keychain is still locked is saved once it opens.
        SphereClient sphere(m_transport, endpoint(kToken));
        GatedKeychain keychain;
        DraftStore drafts(&keychain, m_dir.filePath(u"drafts.sqlite"_s));
        MainWindow window(&sphere, EnvironmentDescription { u"Test sandbox"_s, {}, false });
        connect(&window, &MainWindow::draftsNeeded, &drafts,
                [&drafts, this] { drafts.open(this, [](auto) {}); });
        window.setOnboarding(&drafts, nullptr);
        QSignalSpy needed(&window, &MainWindow::draftsNeeded);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::customersLoaded);
        window.reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(needed.count(), 0);
        QCOMPARE(keychain.secretReads, 0);

        CustomerFormDialog *dialog = window.newCustomer();
        QCOMPARE(needed.count(), 1);
        QCOMPARE(keychain.secretReads, 1);
        auto *firstName = dialog->findChild<QLineEdit *>(u"firstNameLineEdit"_s);
        QVERIFY(firstName);
        QTest::keyClicks(firstName, u"Imogen"_s);
        QTest::qWait(DraftStore::kAutosaveDelayMs + 300); // the autosave has fired, the key is not there
        QVERIFY(!drafts.isReady());
        QVERIFY(drafts.list().isEmpty());

        keychain.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(drafts.list().size(), 1, 5000);
        const QString draftId = drafts.list().first().id;
        dialog->close();
        // Resuming it gives back what was typed.
        QSignalSpy opened(&window, &MainWindow::customerFormOpened);
        window.resumeDraft(draftId);
        QCOMPARE(opened.count(), 1);
        auto *resumed = opened.first().first().value<CustomerFormDialog *>();
        QVERIFY(resumed);
        auto *resumedFirstName = resumed->findChild<QLineEdit *>(u"firstNameLineEdit"_s);
        QVERIFY(resumedFirstName);
        QCOMPARE(resumedFirstName->text(), u"Imogen"_s);
        resumed->close();
    }

    // Unsent drafts are announced with a way to them: a button on the notice, and File → Drafts in
    // the menu bar (the toolbar's Drafts button can hide behind its » at the default width).
    void unsentDraftsAreOneClickAway()
    {
        SphereClient sphere(m_transport, endpoint(kToken));
        MemoryCredentialStore keys;
        DraftStore drafts(&keys, m_dir.filePath(u"unsent-drafts.sqlite"_s));
        bool opened = false;
        drafts.open(this, [&opened](const std::optional<ApiError> &error) { opened = !error; });
        QTRY_VERIFY(opened);
        QVERIFY(!drafts.save({ u"sphere-create/x"_s, u"sphere-create"_s, u"New individual customer"_s,
                               QDateTime::currentDateTimeUtc() },
                             QByteArray("payload")));
        MainWindow window(&sphere, EnvironmentDescription { u"Test sandbox"_s, {}, false });
        window.setOnboarding(&drafts, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *draftsMenu = window.findChild<QMenu *>(u"draftsMenu"_s);
        QVERIFY(draftsMenu);
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(fileMenu);
        QVERIFY(fileMenu->actions().contains(draftsMenu->menuAction()));
        QVERIFY(window.menuBar()->actions().contains(fileMenu->menuAction()));
        QVERIFY(!window.menuBar()->actionGeometry(fileMenu->menuAction()).isEmpty());

        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(u"File → Drafts"_s),
                 qPrintable(window.messageBar()->text()));
        auto *open = window.messageBar()->findChild<QPushButton *>(u"messageActionButton"_s);
        QVERIFY(open && open->isVisible());
        QTimer::singleShot(0, this, [draftsMenu] {
            QTRY_VERIFY(draftsMenu->isVisible());
            bool listed = false;
            for (const QAction *action : draftsMenu->actions())
                listed = listed || action->text().startsWith(u"New individual customer"_s);
            QVERIFY(listed);
            draftsMenu->close();
        });
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(!draftsMenu->isVisible());

        // Another message has no such button.
        window.messageBar()->showInfo(u"Something else"_s);
        QVERIFY(!open->isVisible());
    }

    void vendorErrorShowsInTheMessageBarNotAnEmptySilence()
    {
        SphereClient sphere(m_transport, endpoint(u"wrong-token"_s));
        MainWindow window(&sphere, EnvironmentDescription { u"Test sandbox"_s, {}, false });
        window.show();
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 10000);
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(window.messageBar()->text().contains(u"401"_s), qPrintable(window.messageBar()->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
