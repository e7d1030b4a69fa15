// Risk from the customer view, as an analyst runs it: select a customer, press "Run risk check…",
// edit the prefilled request, run it against the sandbox's Sardine, and read the level, score,
// signals and checkpoints back from the panel's models; the score history grows with each check.

#include "CheckpointTreeModel.h"
#include "CustomerDetailWidget.h"
#include "CustomerTableModel.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "MainWindowSteps.h"
#include "RiskCheckDialog.h"
#include "RiskHistoryStore.h"
#include "RiskPanel.h"
#include "RiskSignalModel.h"
#include "RiskVocabulary.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SardineRequestCodec.h"
#include "SphereClient.h"
#include "SphereCodec.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"risk-panel-token"_s;
}

class TestRiskPanel : public SandboxTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(40, kToken)); }

    void riskCheckDialogSendsOnlyWhatIsFilledIn()
    {
        // A Sphere customer with a name and an email only: no address, no phone.
        Customer customer;
        customer.id = u"customer_0123456789abcdef0123456789abcdef"_s;
        customer.type = SphereCodec::customerTypeFromWire(u"individual"_s);
        customer.firstName = u"Ada"_s;
        customer.lastName = u"Example"_s;
        customer.email = u"ada@example.com"_s;
        customer.address = Address(); // Sphere's all-null address
        RiskCheckDialog dialog(SardineMapping::fromSphere(customer));
        dialog.findChild<QLineEdit *>(u"flowLineEdit"_s)->clear();

        QJsonObject wire = SardineRequestCodec::encode(dialog.request());
        QCOMPARE(wire.keys(), (QStringList { u"customer"_s, u"sessionKey"_s }));
        QCOMPARE(wire.value(u"customer"_s).toObject().keys(),
                 (QStringList { u"emailAddress"_s, u"firstName"_s, u"id"_s, u"lastName"_s }));

        // A transaction goes where the document puts it, with only what the analyst sees.
        dialog.findChild<QGroupBox *>(u"transactionGroupBox"_s)->setChecked(true);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"amountLineEdit"_s), u"250"_s);
        wire = SardineRequestCodec::encode(dialog.request());
        QVERIFY(!wire.contains(u"transaction"_s));
        const QJsonObject tx = wire.value(u"customer"_s).toObject().value(u"transaction"_s).toObject();
        QCOMPARE(tx.keys(),
                 (QStringList { u"actionType"_s, u"amount"_s, u"currencyCode"_s, u"id"_s, u"itemCategory"_s,
                                u"paymentMethod"_s }));
    }

    // The amount says its unit (Sardine's amount is in major units, its balance in cents).
    void amountSaysItsUnit()
    {
        Customer customer;
        customer.id = u"customer_0123456789abcdef0123456789abcdef"_s;
        RiskCheckDialog dialog(SardineMapping::fromSphere(customer));
        auto *amount = dialog.findChild<QLineEdit *>(u"amountLineEdit"_s);
        auto *form
            = qobject_cast<QFormLayout *>(dialog.findChild<QGroupBox *>(u"transactionGroupBox"_s)->layout());
        QVERIFY(form);
        auto *label = qobject_cast<QLabel *>(form->labelForField(amount));
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"major units"_s), qPrintable(label->text()));
        QVERIFY(amount->accessibleName().contains(u"major units"_s));
    }

    // Before any check: no bogus time axis, a plain sentence; the tables get the room, not the chart.
    void emptyPanelAndItsProportions()
    {
        RiskPanel panel;
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *chart = panel.findChild<QChartView *>(u"riskHistoryChartView"_s);
        auto *empty = panel.findChild<QLabel *>(u"riskHistoryEmptyLabel"_s);
        QVERIFY(chart && empty);
        QVERIFY(!chart->isVisible());
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No risk checks yet"_s);

        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        panel.showHistory({ { t0, 30.0 }, { t0.addSecs(600), 60.0 } });
        QVERIFY(chart->isVisible());
        QVERIFY(!empty->isVisible());
        auto *signalView = panel.findChild<QTableView *>(u"riskSignalTableView"_s);
        auto *checkpointView = panel.findChild<QTreeView *>(u"checkpointTreeView"_s);
        QVERIFY(signalView && checkpointView);
        QTRY_VERIFY(signalView->height() > chart->height());
        // At least six rows of signals fit without scrolling.
        QVERIFY(signalView->viewport()->height() >= 6 * signalView->verticalHeader()->defaultSectionSize());
        QVERIFY(checkpointView->height() >= signalView->height() - 1);

        panel.showHistory({});
        QVERIFY(!chart->isVisible());
        QVERIFY(empty->isVisible());
    }

    void runRiskCheckFromTheCustomerView()
    {
        HttpTransport transport;
        SphereClient sphere(&transport,
                            sphereEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        SardineClient sardine(&transport,
                              sardineEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        RiskHistoryStore history(m_dir.filePath(u"workspace.sqlite"_s));
        QVERIFY(history.isOpen());
        MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false }, nullptr, &sardine,
                          &history);
        CustomerDetailWidget *detail = window.detailWidget();
        QAbstractItemModelTester signalTester(detail->riskPanel()->signalModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checkpointTester(detail->riskPanel()->checkpointModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(selectFirstCustomer(window));

        auto *run = window.findChild<QPushButton *>(u"runRiskCheckButton"_s);
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        RiskCheckDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<RiskCheckDialog *>()) != nullptr);
        // Prefilled from Sphere: the customer's email is there; the analyst swaps it for a disposable one.
        auto *email = dialog->findChild<QLineEdit *>(u"emailAddressLineEdit"_s);
        QCOMPARE(email->text(), detail->customer()->email.value_or(QString()));
        email->clear();
        QTest::keyClicks(email, u"throwaway@mailinator.com"_s);
        auto *dob = dialog->findChild<QLineEdit *>(u"dateOfBirthLineEdit"_s);
        QTest::keyClicks(dob, u"1990-13-01"_s); // not a date: the dialog refuses to run
        auto *ok
            = dialog->findChild<QDialogButtonBox *>(u"riskCheckButtonBox"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dob->clear();
        QTest::keyClicks(dob, u"1990-03-01"_s);
        QVERIFY(ok->isEnabled());
        QSignalSpy finished(detail, &CustomerDetailWidget::riskCheckFinished);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);

        RiskPanel *panel = detail->riskPanel();
        QCOMPARE(panel->levelText(), u"High"_s);
        const RiskSignalModel *signalModel = panel->signalModel();
        bool disposable = false;
        int expectedScore
            = 4; // the sandbox's documented scoring: 4 + 12 / 28 / 45 per medium / high / very_high
        for (int row = 0; row < signalModel->rowCount(); ++row) {
            const QString value = signalModel->index(row, RiskSignalModel::Value).data().toString();
            expectedScore += value == u"medium" ? 12 : value == u"high" ? 28 : value == u"very_high" ? 45 : 0;
            const QModelIndex key = signalModel->index(row, RiskSignalModel::Key);
            if (key.data(RiskSignalModel::RawKeyRole).toString() == u"emailDomainLevel") {
                // Described for the analyst, the raw key kept visible.
                QCOMPARE(key.data().toString(),
                         u"Email address at a disposable-mail domain (emailDomainLevel)"_s);
                disposable = true;
                QCOMPARE(signalModel->index(row, RiskSignalModel::Value).data().toString(), u"high"_s);
            }
        }
        QVERIFY(disposable);
        QCOMPARE(panel->scoreText(), RiskVocabulary::scoreText(std::min(expectedScore, 99)));
        QVERIFY(panel->scoreText().endsWith(u" / 100"_s));
        QCOMPARE(panel->checkpointModel()->valueOf(u"emailLevel"_s), std::optional<QString>(u"high"_s));
        QCOMPARE(panel->checkpointModel()->valueOf(u"riskLevel"_s), std::optional<QString>(u"high"_s));
        QCOMPARE(panel->historyPointCount(), 1);
        // The checkpoints' levels stay in sight beside long names (no sideways scrolling to them).
        auto *checkpointView = panel->findChild<QTreeView *>(u"checkpointTreeView"_s);
        QVERIFY(checkpointView->columnViewportPosition(CheckpointTreeModel::Value)
                    + checkpointView->columnWidth(CheckpointTreeModel::Value)
                <= checkpointView->viewport()->width());

        // A second check (directly, with a large transaction) adds to the history and shows money.
        SardineCustomerRequest request;
        request.flow = u"test"_s;
        request.sessionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request.customer.id = detail->customer()->id;
        request.customer.emailAddress = u"ok@example.com"_s;
        request.customer.isEmailVerified = true;
        SardineTransaction t;
        t.amount = 5000;
        t.currencyCode = u"USD"_s;
        request.customer.transaction = t;
        finished.clear();
        detail->runRiskCheck(request);
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel->historyPointCount(), 2);
        QCOMPARE(panel->levelText(), u"Medium"_s);
        QVERIFY2(panel->indemnificationText().contains(u"conditionally_approved"_s),
                 qPrintable(panel->indemnificationText()));
        // Money with its currency (the request's: Sardine's answer does not repeat it).
        QVERIFY2(panel->indemnificationText().contains(QLocale().toString(2500.0, 'f', 2) + u" USD"_s),
                 qPrintable(panel->indemnificationText()));
        QCOMPARE(history.entries(detail->customer()->id).size(), 2);

        // For the README: KYCDESK_SCREENSHOT_DIR=… saves what the analyst sees.
        const QString shots = qEnvironmentVariable("KYCDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            auto *tabs = detail->findChild<QTabWidget *>(u"detailTabWidget"_s);
            tabs->setCurrentIndex(tabs->count() - 1);
            window.resize(1500, 950);
            QTest::qWait(200);
            window.grab().save(shots + u"/risk-panel.png"_s);
        }
    }
};

QTEST_MAIN(TestRiskPanel)
#include "tst_risk_panel.moc"
