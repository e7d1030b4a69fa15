// Small things of the book and the detail pane (issue 17, part 8): no counts on the tabs without a
// customer, the review reason in words with Sphere's value beside them, headers that name their
// column in full and columns as wide as their header and statuses, an owner opened by a
// double-click, search by phone and owners' names, several KYC statuses at once, a message over an
// empty result, and the application's name once in the window title.

#include "BankAccountTableModel.h"
#include "CustomerBook.h"
#include "CustomerDetailWidget.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerTableModel.h"
#include "KycFilterComboBox.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "SphereClient.h"
#include "StatusText.h"
#include "UboDetailsDialog.h"
#include "UboTableModel.h"
#include "WalletTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"book-details-token"_s;
constexpr int kCustomers = 40;
} // namespace

class TestBookDetails : public SandboxTestCase
{
    Q_OBJECT

    struct Desk
    {
        explicit Desk(TestBookDetails &test)
            : sphere(test.m_transport,
                     sphereEndpointAt(test.m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)))
            , window(&sphere, EnvironmentDescription { u"Embedded sandbox"_s, {}, false })
        { }
        bool open()
        {
            window.resize(1366, 768);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return false;
            QSignalSpy loaded(&window, &MainWindow::customersLoaded);
            window.reload();
            return loaded.wait(20000);
        }
        template<typename T> T *find(const QString &name) const { return window.findChild<T *>(name); }
        QTreeView *book() const { return find<QTreeView>(u"customerTreeView"_s); }
        QLineEdit *search() const { return find<QLineEdit>(u"searchLineEdit"_s); }
        QTabWidget *tabs() const { return find<QTabWidget>(u"detailTabWidget"_s); }
        // Shows the customer at `row` of the book as shown; true once the pane has it.
        bool showRow(int row)
        {
            window.book()->setCurrentRow(row);
            const QString id = window.book()->currentId();
            return QTest::qWaitFor(
                [this, id] {
                    return window.detailWidget()->customer() && window.detailWidget()->customer()->id == id;
                },
                10000);
        }
        QStringList shownIds() const
        {
            QStringList ids;
            for (int r = 0; r < book()->model()->rowCount(); ++r)
                ids << book()->model()->index(r, 0).data(CustomerTableModel::IdRole).toString();
            return ids;
        }

        SphereClient sphere;
        MainWindow window;
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(kCustomers, kToken)); }

    void tabsCarryNoCountsWithoutACustomer()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        QTabWidget *tabs = desk.tabs();
        QVERIFY(tabs);
        const auto titles = [tabs] {
            return QStringList { tabs->tabText(0), tabs->tabText(1), tabs->tabText(2) };
        };
        QCOMPARE(titles(), QStringList({ u"Beneficial owners"_s, u"Wallets"_s, u"Bank accounts"_s }));
        QVERIFY(desk.showRow(0));
        const Customer shown = *desk.window.detailWidget()->customer();
        QCOMPARE(tabs->tabText(1), u"Wallets (%1)"_s.arg(shown.wallets.size()));
        QCOMPARE(tabs->tabText(2), u"Bank accounts (%1)"_s.arg(shown.bankAccounts.size()));

        desk.window.book()->clearSelection();
        QTRY_COMPARE(desk.find<QLabel>(u"customerNameLabel"_s)->text(), u"No customer selected"_s);
        QCOMPARE(titles(), QStringList({ u"Beneficial owners"_s, u"Wallets"_s, u"Bank accounts"_s }));
        QCOMPARE(desk.window.detailWidget()->uboModel()->rowCount(), 0);
        QCOMPARE(desk.window.detailWidget()->walletModel()->rowCount(), 0);
        QCOMPARE(desk.window.detailWidget()->bankAccountModel()->rowCount(), 0);
    }

    void reviewReasonIsDescribedWithSpheresValue()
    {
        QCOMPARE(StatusText::reviewReason(u"highRiskJurisdiction"_s),
                 u"High-risk jurisdiction (highRiskJurisdiction)"_s);
        QCOMPARE(StatusText::reviewReason(u"somethingNew"_s), u"somethingNew"_s); // shown as sent
        for (const QString &raw : { u"sanctionsScreening"_s, u"adverseMedia"_s, u"politicallyExposedPerson"_s,
                                    u"documentMismatch"_s }) {
            QVERIFY(!StatusText::reviewReasonDescription(raw).isEmpty());
            QVERIFY(StatusText::reviewReason(raw).endsWith(u" (%1)"_s.arg(raw)));
        }

        Desk desk(*this);
        QVERIFY(desk.open());
        desk.window.customerProxy()->setKycFilter(KycStatus::AdditionalReviewRequired);
        QVERIFY(desk.book()->model()->rowCount() > 0);
        auto *label = desk.find<QLabel>(u"reviewReasonLabel"_s);
        QVERIFY(label);
        bool seen = false;
        for (int row = 0; row < desk.book()->model()->rowCount() && !seen; ++row) {
            QVERIFY(desk.showRow(row));
            const std::optional<QString> reason
                = desk.window.detailWidget()->customer()->additionalReviewRequiredReason;
            if (!reason)
                continue;
            seen = true;
            QCOMPARE(label->text(), StatusText::reviewReason(*reason));
            QVERIFY(label->text().contains(*reason)); // Sphere's own word stays visible
            QVERIFY(label->text() != *reason); // the sandbox's reasons are all described
            QVERIFY(label->toolTip().contains(*reason));
        }
        QVERIFY2(seen, "no customer in additional review with a reason in the sandbox book");
    }

    void headersNameTheirColumnAndFitIt()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        QHeaderView *header = desk.book()->header();
        QAbstractItemModel *model = desk.book()->model();
        for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
            const QString tip = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(!tip.isEmpty(), qPrintable(u"no tooltip on column %1"_s.arg(column)));
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(u"column %1 narrower than its header"_s.arg(column)));
        }
        QCOMPARE(model->headerData(CustomerTableModel::OpenRequirements, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 u"Open requirements"_s);
        // The detail pane's tables: every header has its full name as a tooltip, and a cut one shows
        // its beginning.
        desk.window.customerProxy()->setTypeFilter(CustomerType::Business);
        QVERIFY(desk.showRow(0));
        for (const QString &name : { u"uboTableView"_s, u"verificationLevelTableView"_s, u"walletTableView"_s,
                                     u"bankAccountTableView"_s }) {
            auto *view = desk.find<QTableView>(name);
            QVERIFY(view);
            QVERIFY(view->horizontalHeader()->defaultAlignment() & Qt::AlignLeft);
            for (int column = 0; column < view->model()->columnCount(); ++column)
                QVERIFY2(
                    !view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                    qPrintable(name));
        }
        QCOMPARE(desk.window.detailWidget()->uboModel()->headerData(UboTableModel::OpenRequirements,
                                                                    Qt::Horizontal, Qt::ToolTipRole),
                 QVariant(u"Open requirements"_s));
        desk.window.customerProxy()->setTypeFilter(std::nullopt);
        // The longest KYC status, after its icon, is not cut.
        const QFontMetrics metrics = desk.book()->fontMetrics();
        QVERIFY(header->sectionSize(CustomerTableModel::Kyc)
                >= metrics.horizontalAdvance(StatusText::kyc(KycStatus::AdditionalReviewRequired))
                    + metrics.height());
        QVERIFY(header->sectionSize(CustomerTableModel::Tos) >= metrics.horizontalAdvance(u"Incomplete"_s));
    }

    void doubleClickOnAnOwnerOpensIt()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        desk.window.customerProxy()->setTypeFilter(CustomerType::Business);
        QVERIFY(desk.book()->model()->rowCount() > 0);
        QVERIFY(desk.showRow(0));
        QTRY_VERIFY(desk.window.detailWidget()->uboModel()->rowCount() > 0);
        desk.tabs()->setCurrentIndex(0);
        auto *owners = desk.find<QTableView>(u"uboTableView"_s);
        QVERIFY(owners);
        QTRY_VERIFY(owners->isVisible());
        const QModelIndex first = owners->model()->index(0, UboTableModel::Name);
        const QRect cell = owners->visualRect(first);
        QVERIFY(cell.isValid());
        QTest::mouseClick(owners->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(owners->viewport(), Qt::LeftButton, {}, cell.center());
        UboDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<UboDetailsDialog *>()) != nullptr && dialog->isVisible());
        const Ubo &ubo = desk.window.detailWidget()->customer()->ubos.first();
        QCOMPARE(dialog->findChild<QLabel *>(u"uboNameLabel"_s)->text(), first.data().toString());
        QCOMPARE(dialog->findChild<QLabel *>(u"uboIdLabel"_s)->text(), ubo.id);
        QCOMPARE(dialog->findChild<QLabel *>(u"uboEmailLabel"_s)->text(), StatusText::orDash(ubo.email));
        dialog->reject();
        QTRY_VERIFY(desk.window.findChild<UboDetailsDialog *>() == nullptr);
        // Enter on an owner opens it too.
        owners->setFocus();
        owners->setCurrentIndex(first);
        QTest::keyClick(owners, Qt::Key_Return);
        QTRY_VERIFY(desk.window.findChild<UboDetailsDialog *>() != nullptr);
        desk.window.findChild<UboDetailsDialog *>()->reject();
    }

    void searchFindsPhoneAndOwnerNames()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        // The search box says what it can and cannot find.
        QVERIFY(desk.search()->toolTip().contains(u"phone"_s));
        QVERIFY(desk.search()->toolTip().contains(u"Wallet addresses and bank account numbers are not"_s));

        QVERIFY(desk.showRow(3));
        const Customer person = *desk.window.detailWidget()->customer();
        QVERIFY(person.phoneNumber && !person.phoneNumber->isEmpty());
        desk.window.book()->clearSelection();
        QTest::keyClicks(desk.search(), *person.phoneNumber); // as Sphere writes it: "+1 415 555-0134"
        QVERIFY(desk.shownIds().contains(person.id));
        QVERIFY(desk.book()->model()->rowCount() < kCustomers);
        desk.search()->clear();

        desk.window.customerProxy()->setTypeFilter(CustomerType::Business);
        QVERIFY(desk.showRow(0));
        const Customer business = *desk.window.detailWidget()->customer();
        QVERIFY(!business.ubos.isEmpty());
        desk.window.customerProxy()->setTypeFilter(std::nullopt);
        const Ubo &owner = business.ubos.constLast();
        QTest::keyClicks(desk.search(),
                         owner.firstName.value_or(QString()) + u' ' + owner.lastName.value_or(QString()));
        QVERIFY(desk.shownIds().contains(business.id));
    }

    void kycFilterTakesSeveralStatuses()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        auto *kyc = desk.find<KycFilterComboBox>(u"kycFilterComboBox"_s);
        QVERIFY(kyc);
        QCOMPARE(kyc->currentText(), u"All KYC statuses"_s);
        const auto countOf = [&desk](const QList<KycStatus> &statuses) {
            int n = 0;
            CustomerTableModel *model = desk.window.customerModel();
            for (int r = 0; r < model->rowCount(); ++r)
                n += statuses.contains(
                    KycStatus(model->index(r, 0).data(CustomerTableModel::KycStatusRole).toInt()));
            return n;
        };
        // One status chosen from the list, as before.
        kyc->setCurrentIndex(kyc->findData(int(KycStatus::Pending)));
        QCOMPARE(desk.book()->model()->rowCount(), countOf({ KycStatus::Pending }));
        QCOMPARE(kyc->statuses(), QList<KycStatus>({ KycStatus::Pending }));

        // A click on another status's box in the open list ticks it too, and the list stays open.
        kyc->showPopup();
        QAbstractItemView *list = kyc->view();
        QTRY_VERIFY(list->isVisible());
        const QRect approved
            = list->visualRect(list->model()->index(kyc->findData(int(KycStatus::Approved)), 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(approved.left() + list->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2,
                                 approved.center().y()));
        QVERIFY(list->isVisible());
        QCOMPARE(kyc->statuses(), QList<KycStatus>({ KycStatus::Pending, KycStatus::Approved }));
        kyc->hidePopup();
        QCOMPARE(desk.book()->model()->rowCount(), countOf({ KycStatus::Pending, KycStatus::Approved }));
        QCOMPARE(kyc->currentIndex(), -1);
        QCOMPARE(kyc->placeholderText(), u"Pending, Approved"_s);
        for (int r = 0; r < desk.book()->model()->rowCount(); ++r) {
            const auto status = KycStatus(
                desk.book()->model()->index(r, 0).data(CustomerTableModel::KycStatusRole).toInt());
            QVERIFY(status == KycStatus::Pending || status == KycStatus::Approved);
        }
        // Space in the list unticks one.
        kyc->showPopup();
        QTRY_VERIFY(list->isVisible());
        list->setCurrentIndex(list->model()->index(kyc->findData(int(KycStatus::Pending)), 0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(kyc->statuses(), QList<KycStatus>({ KycStatus::Approved }));
        kyc->hidePopup();
        QCOMPARE(desk.book()->model()->rowCount(), countOf({ KycStatus::Approved }));
        // "All KYC statuses" clears every tick.
        kyc->setCurrentIndex(0);
        QVERIFY(kyc->statuses().isEmpty());
        QCOMPARE(desk.book()->model()->rowCount(), kCustomers);
    }

    void anEmptyResultSaysWhatMatchedNothing()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        auto *empty = desk.find<QLabel>(u"emptyBookLabel"_s);
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(desk.search(), u"zzqx nobody"_s);
        QCOMPARE(desk.book()->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"No customer matches \"zzqx nobody\""_s));
        auto *kyc = desk.find<KycFilterComboBox>(u"kycFilterComboBox"_s);
        kyc->setStatuses({ KycStatus::Rejected, KycStatus::Pending });
        QVERIFY(empty->text().contains(u"KYC Pending, Rejected"_s));
        QVERIFY(empty->geometry().intersects(desk.book()->viewport()->rect()));
        desk.search()->clear();
        QVERIFY(desk.book()->model()->rowCount() > 0);
        QVERIFY(!empty->isVisible());
        kyc->setCurrentIndex(0);
        QVERIFY(!empty->isVisible());
    }

    void theTitleNamesTheAppOnce()
    {
        Desk desk(*this);
        QVERIFY(desk.open());
        const auto once = [](const QString &title) { return title.count(u"KYC Desk"_s) == 1; };
        QVERIFY2(once(desk.window.windowTitle()), qPrintable(desk.window.windowTitle()));
        // Ends with the display name the app sets, so the platform adds nothing to it.
        QVERIFY(desk.window.windowTitle().endsWith(u" — KYC Desk"_s));
        QVERIFY(desk.window.windowTitle().contains(u"Embedded sandbox"_s));
        QVERIFY(desk.showRow(0));
        const QString name = desk.window.detailWidget()->customer()->displayName();
        QCOMPARE(desk.window.windowTitle(), u"%1 — Embedded sandbox — KYC Desk"_s.arg(name));
        desk.window.book()->clearSelection();
        QTRY_COMPARE(desk.window.windowTitle(), u"Embedded sandbox — KYC Desk"_s);
        desk.window.setEnvironment({ u"Sphere"_s, {}, true });
        QCOMPARE(desk.window.windowTitle(), u"PRODUCTION — Sphere — KYC Desk"_s);
    }
};

QTEST_MAIN(TestBookDetails)
#include "tst_book_details.moc"
