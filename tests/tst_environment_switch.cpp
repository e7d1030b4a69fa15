// Environments never mix silently (issue 11, item 2): the desktop session against its embedded
// sandbox, switched to Sphere production in "Vendors & credentials", forgets the sandbox customer;
// a window whose vendors use different environments says so and asks before anything is sent;
// stores opened from before environments were recorded say "legacy".
// Long because each case is one step of the scenario on one shared desktop session.

#include "CustomerDetailWidget.h"
#include "CustomerTableModel.h"
#include "DesktopSession.h"
#include "DraftStore.h"
#include "EmbeddedSandbox.h"
#include "EnvironmentSelection.h"
#include "HeldCredentialStore.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "RiskCheckDialog.h"
#include "RiskHistoryStore.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SettingsDialog.h"
#include "SphereClient.h"
#include "YativoClient.h"
#include "YativoCustomerDialog.h"

#include <functional>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUuid>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"kycdesk-sandbox-token"_s;

template<typename T> T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Risk checks the sandbox received, read from its own database: the one count no client-side
// bookkeeping can fake.
int sandboxRiskChecks(const QString &databasePath)
{
    const QString connection = u"count-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(u"SELECT COUNT(*) FROM sardine_checks"_s, db);
            count = q.next() ? q.value(0).toInt() : 0; // no table yet: no check ever arrived
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

void clickRow(QTreeView *tree, int row)
{
    const QRect rect = tree->visualRect(tree->model()->index(row, 0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

void clickToolbarAction(QMainWindow *window, const QString &actionName)
{
    auto *action = child<QAction>(window, actionName);
    QVERIFY(action);
    auto *toolbar = child<QToolBar>(window, u"customerToolBar"_s);
    QWidget *button = toolbar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The mix question, once it is on screen, answered with the button named `answer`.
void answerMixQuestion(QWidget *window, const QString &answer, QString *informativeText = nullptr)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = child<QMessageBox>(window, u"mixedEnvironmentMessageBox"_s)) != nullptr
                && box->isVisible());
    if (informativeText)
        *informativeText = box->text() + u'\n' + box->informativeText();
    auto *button = child<QPushButton>(box, answer);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(child<QMessageBox>(window, u"mixedEnvironmentMessageBox"_s) == nullptr);
}

// Reloads the shown window's customers and clicks the first row; true once its details are shown.
bool reloadAndClickFirstCustomer(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    window.reload();
    if (!loaded.wait(30000))
        return false;
    clickRow(child<QTreeView>(&window, u"customerTreeView"_s), 0);
    return QTest::qWaitFor([&window] { return window.detailWidget()->customer().has_value(); }, 15000);
}

// Saves the settings dialog with every vendor set to `kind`.
void saveAllEnvironments(MainWindow *window, EnvironmentKind kind)
{
    clickToolbarAction(window, u"settingsAction"_s);
    if (QTest::currentTestFailed())
        return;
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) != nullptr && settings->isVisible());
    for (Vendor vendor : VendorEnvironment::kVendors) {
        auto *box
            = child<QComboBox>(settings, VendorEnvironment::vendorKey(vendor) + u"EnvironmentComboBox"_s);
        QVERIFY(box);
        box->setCurrentIndex(box->findData(int(kind)));
    }
    QTest::mouseClick(
        child<QDialogButtonBox>(settings, u"settingsButtonBox"_s)->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QTRY_VERIFY(window->findChild<SettingsDialog *>() == nullptr || !settings->isVisible());
}
} // namespace

class TestEnvironmentSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // An embedded sandbox as the desktop app runs it, on the database at `databasePath`.
    static bool startEmbedded(EmbeddedSandbox &sandbox, const QString &databasePath, int seedCustomers)
    {
        SandboxConfig config;
        config.databasePath = databasePath;
        config.seedCustomers = seedCustomers;
        return !sandbox.start(config).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The session reads QSettings and the workspace from the usual places: point both here.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KYC Desk tests"_s);
        QCoreApplication::setApplicationName(u"tst_environment_switch"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(RiskHistoryStore::defaultPath() + suffix);
    }

    // The steps, through the real session and settings dialog.
    void switchingSphereToProductionForgetsTheSandboxCustomer()
    {
        SandboxConfig config;
        config.databasePath = m_dir.filePath(u"session-sandbox.sqlite"_s);
        config.seedCustomers = 25;
        DesktopSession session(config);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        MainWindow *window = session.window();
        QSignalSpy loaded(window, &MainWindow::customersLoaded); // before any event is processed
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!loaded.isEmpty() || loaded.wait(30000));

        auto *banner = child<QLabel>(window, u"environmentBanner"_s);
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(u"Sphere: Embedded sandbox"_s), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(u"MIXED"_s));

        auto *tree = child<QTreeView>(window, u"customerTreeView"_s);
        clickRow(tree, 0);
        CustomerDetailWidget *detail = window->detailWidget();
        QTRY_VERIFY_WITH_TIMEOUT(detail->customer().has_value(), 15000);
        const QString customerId = detail->customer()->id;
        auto *update = child<QAction>(window, u"updateCustomerAction"_s);
        auto *run = child<QPushButton>(window, u"runRiskCheckButton"_s);
        QVERIFY(update->isEnabled());
        QVERIFY(run->isEnabled());
        QVERIFY2(child<QLabel>(detail, u"customerEnvironmentLabel"_s)->text().contains(u"Embedded sandbox"_s),
                 qPrintable(child<QLabel>(detail, u"customerEnvironmentLabel"_s)->text()));

        clickToolbarAction(window, u"settingsAction"_s);
        if (QTest::currentTestFailed())
            return;
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) != nullptr && settings->isVisible());
        auto *sphereEnvironment = child<QComboBox>(settings, u"sphereEnvironmentComboBox"_s);
        sphereEnvironment->setFocus();
        QTest::keyClicks(sphereEnvironment, u"Production"_s);
        QCOMPARE(EnvironmentKind(sphereEnvironment->currentData().toInt()), EnvironmentKind::Production);
        // A risk check still on its way when the environment changes must not land.
        QSignalSpy riskFinished(detail, &CustomerDetailWidget::riskCheckFinished);
        SardineCustomerRequest request;
        request.flow = u"onboarding"_s;
        request.sessionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request.customer.id = customerId;
        request.customer.emailAddress = u"ok@example.com"_s;
        detail->runRiskCheck(request);
        QTest::mouseClick(
            child<QDialogButtonBox>(settings, u"settingsButtonBox"_s)->button(QDialogButtonBox::Save),
            Qt::LeftButton);

        // Nothing of the sandbox stays on screen under the production banner.
        QVERIFY(!detail->customer().has_value());
        QCOMPARE(child<QLabel>(detail, u"customerNameLabel"_s)->text(), u"No customer selected"_s);
        QVERIFY(child<QLabel>(detail, u"customerEnvironmentLabel"_s)->text().isEmpty());
        QVERIFY(!tree->currentIndex().isValid());
        QCOMPARE(window->customerModel()->rowCount(), 0);
        QVERIFY(!update->isEnabled());
        QVERIFY(!run->isEnabled());
        for (const QString &part : { u"Sphere: Production"_s, u"Sardine: Embedded sandbox"_s,
                                     u"Yativo: Embedded sandbox"_s, u"MIXED"_s })
            QVERIFY2(banner->text().contains(part), qPrintable(banner->text()));

        // Neither the button nor a direct call sends the forgotten customer anywhere.
        QTest::qWait(300);
        const int checksBefore = sandboxRiskChecks(config.databasePath);
        QVERIFY(checksBefore >= 0);
        QTest::mouseClick(run, Qt::LeftButton);
        detail->runRiskCheck(request);
        QTest::qWait(500);
        QVERIFY(child<QMessageBox>(window, u"mixedEnvironmentMessageBox"_s) == nullptr);
        QVERIFY(!window->findChild<RiskCheckDialog *>());
        QCOMPARE(riskFinished.count(), 0);
        QCOMPARE(sandboxRiskChecks(config.databasePath), checksBefore);
        RiskHistoryStore history(RiskHistoryStore::defaultPath());
        QVERIFY(history.isOpen());
        QVERIFY(history.entries(customerId).isEmpty());
    }

    // Sphere production beside a Sardine and Yativo sandbox: shown as a mix, and each send asks.
    void mixIsShownAndAskedAboutBeforeSending()
    {
        const QString database = m_dir.filePath(u"mix-sandbox.sqlite"_s);
        EmbeddedSandbox sandbox;
        QVERIFY(startEmbedded(sandbox, database, 25));
        HttpTransport transport;
        SphereClient sphere(&transport,
                            sphereEndpointAt(sandbox.baseUrl(), kToken, std::chrono::seconds(20)));
        SardineClient sardine(&transport,
                              sardineEndpointAt(sandbox.baseUrl(), kToken, std::chrono::seconds(20)));
        YativoClient yativo(&transport, sandbox.baseUrl(), u"sandbox"_s, kToken);
        RiskHistoryStore history(m_dir.filePath(u"mix-workspace.sqlite"_s));
        QVERIFY(history.isOpen());
        MainWindow window(&sphere, EnvironmentDescription { u"Sphere: Production"_s, {}, true }, nullptr,
                          &sardine, &history);
        window.setOnboarding(nullptr, &yativo);
        EnvironmentSelection environments;
        environments.setEnvironment(Vendor::Sphere, EnvironmentKind::Production);
        environments.setEnvironment(Vendor::Sardine, EnvironmentKind::EmbeddedSandbox);
        environments.setEnvironment(Vendor::Yativo, EnvironmentKind::EmbeddedSandbox);
        window.setEnvironments(environments);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString bannerText = child<QLabel>(&window, u"environmentBanner"_s)->text();
        for (const QString &part :
             { u"MIXED"_s, u"Sphere: Production"_s, u"Sardine: Embedded sandbox"_s,
               u"Yativo: Embedded sandbox"_s, u"Sphere on production"_s,
               QString(QLocale().createSeparatedList({ u"Sardine"_s, u"Yativo"_s }) + u" on a sandbox"_s) })
            QVERIFY2(bannerText.contains(part), qPrintable(bannerText));

        QVERIFY(reloadAndClickFirstCustomer(window));
        CustomerDetailWidget *detail = window.detailWidget();
        const QString customerId = detail->customer()->id;
        QCOMPARE(detail->customerEnvironment(), u"production"_s);
        // For the README: KYCDESK_SCREENSHOT_DIR=… saves the window with its mix banner.
        const QString shots = qEnvironmentVariable("KYCDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + u"/env-banner.png"_s));

        // Risk check, declined: nothing reaches Sardine, nothing is kept.
        const int checksBefore = sandboxRiskChecks(database);
        QSignalSpy riskFinished(detail, &CustomerDetailWidget::riskCheckFinished);
        const auto openAndAccept = [&] {
            QTest::mouseClick(child<QPushButton>(detail, u"runRiskCheckButton"_s), Qt::LeftButton);
            RiskCheckDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = detail->findChild<RiskCheckDialog *>()) != nullptr && dialog->isVisible());
            const QString destination = child<QLabel>(dialog, u"riskDestinationLabel"_s)->text();
            QVERIFY2(destination.contains(u"Embedded sandbox"_s) && destination.contains(u"Production"_s),
                     qPrintable(destination));
            auto *dob = child<QLineEdit>(dialog, u"dateOfBirthLineEdit"_s);
            dob->clear();
            QTest::keyClicks(dob, u"1990-03-01"_s);
            auto *ok = child<QDialogButtonBox>(dialog, u"riskCheckButtonBox"_s)->button(QDialogButtonBox::Ok);
            QVERIFY2(ok->isEnabled(), qPrintable(dialog->validationProblem()));
            QTest::mouseClick(ok, Qt::LeftButton);
        };
        openAndAccept();
        if (QTest::currentTestFailed())
            return;
        QString question;
        answerMixQuestion(&window, u"dontSendButton"_s, &question);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(question.contains(u"Sphere on production"_s) && question.contains(u"Sardine"_s),
                 qPrintable(question));
        QTest::qWait(500);
        QCOMPARE(riskFinished.count(), 0);
        QCOMPARE(sandboxRiskChecks(database), checksBefore);
        QVERIFY(history.entries(customerId).isEmpty());

        // Accepted: sent, and the verdict says where it and its customer came from.
        openAndAccept();
        if (QTest::currentTestFailed())
            return;
        answerMixQuestion(&window, u"sendAnywayButton"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(riskFinished.wait(15000));
        QCOMPARE(riskFinished.first().first().toBool(), true);
        QCOMPARE(sandboxRiskChecks(database), checksBefore + 1);
        const QList<RiskHistoryStore::Entry> kept = history.entries(customerId);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().environment, u"embedded"_s);
        QCOMPARE(kept.first().customerEnvironment, u"production"_s);
        QCOMPARE(history.entries(customerId, u"production"_s).size(), 0);

        // Yativo onboarding, declined: not one request leaves.
        clickToolbarAction(&window, u"yativoCustomerAction"_s);
        if (QTest::currentTestFailed())
            return;
        YativoCustomerDialog *yativoDialog = nullptr;
        QTRY_VERIFY((yativoDialog = window.findChild<YativoCustomerDialog *>()) != nullptr
                    && yativoDialog->isVisible());
        for (const auto &[name, text] : { std::pair { u"nameLineEdit"_s, u"Emery Lark"_s },
                                          std::pair { u"emailLineEdit"_s, u"emery.mix@example.test"_s },
                                          std::pair { u"phoneLineEdit"_s, u"+2348000000001"_s },
                                          std::pair { u"countryLineEdit"_s, u"NGA"_s } }) {
            auto *edit = child<QLineEdit>(yativoDialog, name);
            edit->setFocus();
            QTest::keyClicks(edit, text);
        }
        QTRY_COMPARE(transport.requestsInFlight(), 0);
        QSignalSpy sent(&transport, &HttpTransport::activityChanged);
        QSignalSpy created(yativoDialog, &YativoCustomerDialog::customerCreated);
        auto *submit = child<QPushButton>(yativoDialog, u"submitPushButton"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        answerMixQuestion(yativoDialog, u"dontSendButton"_s);
        if (QTest::currentTestFailed())
            return;
        QTest::qWait(500);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(created.count(), 0);
        QVERIFY(submit->isEnabled()); // declining leaves the form as it was, ready to send later

        QTest::mouseClick(submit, Qt::LeftButton);
        answerMixQuestion(yativoDialog, u"sendAnywayButton"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(created.wait(15000));
        QVERIFY(sent.count() > 0);
    }

    // Production credentials the keychain hands over after the switch to the embedded sandbox
    // must not point any client back at production under the sandbox banner.
    void lateKeychainAnswerDoesNotUndoASwitch()
    {
        {
            QSettings settings;
            for (Vendor vendor : VendorEnvironment::kVendors) {
                VendorConnectionSettings s;
                s.environment = EnvironmentKind::Production;
                s.save(settings, vendor);
            }
        }
        HeldCredentialStore keychain;
        for (Vendor vendor : VendorEnvironment::kVendors)
            keychain.write(vendor, EnvironmentKind::Production, { u"live-id"_s, u"live-secret"_s }, this,
                           [](const std::optional<ApiError> &error) { QVERIFY(!error); });
        SandboxConfig config;
        config.databasePath = m_dir.filePath(u"late-sandbox.sqlite"_s);
        config.seedCustomers = 3;
        DesktopSession session(config, nullptr, &keychain);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(keychain.heldReads(), qsizetype(3)); // the production credentials, still unread

        saveAllEnvironments(window, EnvironmentKind::EmbeddedSandbox);
        if (QTest::currentTestFailed())
            return;
        auto *sphere = session.findChild<SphereClient *>();
        auto *sardine = session.findChild<SardineClient *>();
        QVERIFY(sphere && sardine);
        const QByteArray sandboxBearer = ApiEndpoint::bearer(kToken);
        const QByteArray sandboxBasic = ApiEndpoint::basic(u"sandbox"_s, kToken);
        QCOMPARE(sphere->endpoint().authorization, sandboxBearer);
        QCOMPARE(sardine->endpoint().authorization, sandboxBasic);
        const QUrl sandboxUrl = sardine->endpoint().baseUrl;

        keychain.answerHeldReads();
        QTest::qWait(300);
        QCOMPARE(sphere->endpoint().authorization, sandboxBearer);
        QCOMPARE(sphere->endpoint().baseUrl, sandboxUrl);
        QCOMPARE(sardine->endpoint().authorization, sandboxBasic);
        QCOMPARE(sardine->endpoint().baseUrl, sandboxUrl);
        const QList<YativoClient *> yativo = session.findChildren<YativoClient *>();
        QCOMPARE(yativo.size(), 1);
        QCOMPARE(yativo.first()->baseUrl(), sandboxUrl);
        const QString banner = child<QLabel>(window, u"environmentBanner"_s)->text();
        QVERIFY2(!banner.contains(u"Production"_s), qPrintable(banner));
    }

    // Another custom URL is another environment: its records are kept apart and the switch
    // clears what the old one showed, though the kind ("Custom URL") did not change.
    void anotherCustomUrlIsASwitch()
    {
        EnvironmentSelection first;
        first.setEnvironment(Vendor::Sphere, EnvironmentKind::Custom, QUrl(u"https://kyc-a.example/api"_s));
        EnvironmentSelection samePlace;
        samePlace.setEnvironment(Vendor::Sphere, EnvironmentKind::Custom,
                                 QUrl(u"HTTPS://KYC-A.example:443"_s));
        EnvironmentSelection second;
        second.setEnvironment(Vendor::Sphere, EnvironmentKind::Custom, QUrl(u"https://kyc-b.example"_s));
        QCOMPARE(first.recordKey(Vendor::Sphere), u"custom:https://kyc-a.example:443"_s);
        QCOMPARE(samePlace.recordKey(Vendor::Sphere), first.recordKey(Vendor::Sphere));
        QVERIFY(samePlace.changedFrom(first).isEmpty());
        QCOMPARE(second.recordKey(Vendor::Sphere), u"custom:https://kyc-b.example:443"_s);
        QCOMPARE(second.changedFrom(first), QList<Vendor> { Vendor::Sphere });
        QVERIFY(second != first);
        QCOMPARE(VendorEnvironment::recordLabel(second.recordKey(Vendor::Sphere)),
                 u"Custom URL (https://kyc-b.example:443)"_s);
        EnvironmentSelection ownSandbox;
        ownSandbox.setEnvironment(Vendor::Yativo, EnvironmentKind::VendorSandbox,
                                  QUrl(u"https://sandbox.yativo.example"_s));
        QCOMPARE(ownSandbox.recordKey(Vendor::Yativo), u"sandbox:https://sandbox.yativo.example:443"_s);

        // The same server under two spellings: the window forgets what the first one showed.
        EmbeddedSandbox sandbox;
        QVERIFY(startEmbedded(sandbox, m_dir.filePath(u"custom-sandbox.sqlite"_s), 5));
        HttpTransport transport;
        SphereClient sphere(&transport,
                            sphereEndpointAt(sandbox.baseUrl(), kToken, std::chrono::seconds(20)));
        MainWindow window(&sphere, EnvironmentDescription { u"Sphere: Custom URL"_s, {}, false });
        EnvironmentSelection viaIp;
        viaIp.setEnvironment(Vendor::Sphere, EnvironmentKind::Custom, sandbox.baseUrl());
        window.setEnvironments(viaIp);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(reloadAndClickFirstCustomer(window));
        CustomerDetailWidget *detail = window.detailWidget();
        QCOMPARE(detail->customerEnvironment(), u"custom:"_s + VendorEnvironment::origin(sandbox.baseUrl()));
        QVERIFY2(
            child<QLabel>(detail, u"customerEnvironmentLabel"_s)->text().contains(sandbox.baseUrl().host()),
            qPrintable(child<QLabel>(detail, u"customerEnvironmentLabel"_s)->text()));

        QUrl byName = sandbox.baseUrl();
        byName.setHost(u"localhost"_s);
        EnvironmentSelection viaName;
        viaName.setEnvironment(Vendor::Sphere, EnvironmentKind::Custom, byName);
        window.setEnvironments(viaName);
        QVERIFY(!detail->customer().has_value());
        QCOMPARE(window.customerModel()->rowCount(), 0);
        QVERIFY2(child<QLabel>(&window, u"environmentBanner"_s)->text().contains(u"localhost"_s),
                 qPrintable(child<QLabel>(&window, u"environmentBanner"_s)->text()));
    }

    // A draft saved for Yativo production, resumed while Yativo is on the embedded sandbox: sending
    // it asks first, and declining sends nothing.
    void draftFromAnotherEnvironmentAsksBeforeSending()
    {
        EmbeddedSandbox sandbox;
        QVERIFY(startEmbedded(sandbox, m_dir.filePath(u"draft-sandbox.sqlite"_s), 3));
        HttpTransport transport;
        SphereClient sphere(&transport,
                            sphereEndpointAt(sandbox.baseUrl(), kToken, std::chrono::seconds(20)));
        YativoClient yativo(&transport, sandbox.baseUrl(), u"sandbox"_s, kToken);
        MemoryCredentialStore keys;
        DraftStore drafts(&keys, m_dir.filePath(u"draft-workspace.sqlite"_s));
        QSignalSpy opened(&drafts, &DraftStore::opened);
        drafts.open(this, [](const std::optional<ApiError> &) {});
        QVERIFY(opened.wait(5000));
        QVERIFY(drafts.isReady());

        const auto everyVendorOn = [](EnvironmentKind kind) {
            EnvironmentSelection selection;
            for (Vendor vendor : VendorEnvironment::kVendors)
                selection.setEnvironment(vendor, kind);
            return selection;
        };
        QString draftId;
        {
            YativoCustomerDialog earlier(&yativo, &drafts);
            earlier.setEnvironments(everyVendorOn(EnvironmentKind::Production));
            earlier.show();
            for (const auto &[name, text] : { std::pair { u"nameLineEdit"_s, u"Ivo Draft"_s },
                                              std::pair { u"emailLineEdit"_s, u"ivo.draft@example.test"_s },
                                              std::pair { u"phoneLineEdit"_s, u"+2348000000002"_s },
                                              std::pair { u"countryLineEdit"_s, u"NGA"_s } }) {
                auto *edit = child<QLineEdit>(&earlier, name);
                edit->setFocus();
                QTest::keyClicks(edit, text);
            }
            draftId = earlier.draftId();
            QTRY_VERIFY_WITH_TIMEOUT(drafts.summary(draftId).has_value(), 10000);
            QCOMPARE(drafts.summary(draftId)->environment, u"production"_s);
        }

        MainWindow window(&sphere, EnvironmentDescription { u"Sphere: Embedded sandbox"_s, {}, false });
        window.setOnboarding(&drafts, &yativo);
        window.setEnvironments(everyVendorOn(EnvironmentKind::EmbeddedSandbox));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resumeDraft(draftId);
        YativoCustomerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<YativoCustomerDialog *>()) != nullptr && dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"nameLineEdit"_s)->text(), u"Ivo Draft"_s);
        QTRY_COMPARE(transport.requestsInFlight(), 0);
        QSignalSpy sent(&transport, &HttpTransport::activityChanged);
        QSignalSpy created(dialog, &YativoCustomerDialog::customerCreated);
        auto *submit = child<QPushButton>(dialog, u"submitPushButton"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QString question;
        answerMixQuestion(dialog, u"dontSendButton"_s, &question);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(question.contains(u"saved for Yativo — Production"_s)
                     && question.contains(u"Yativo now uses Embedded sandbox"_s),
                 qPrintable(question));
        QTest::qWait(500);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(created.count(), 0);

        QTest::mouseClick(submit, Qt::LeftButton);
        answerMixQuestion(dialog, u"sendAnywayButton"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(created.wait(15000));
    }

    // A switch cancels the switched vendor's requests only: a server that accepts and never
    // answers keeps both in flight until then.
    void abortInFlightCancelsOneVendor()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        HttpTransport transport;
        // Jobs delete themselves once finished: what they ended with is kept as they finish.
        std::optional<ApiError::Kind> sphereEnd;
        std::optional<ApiError::Kind> sardineEnd;
        const auto track = [](ApiJob *job, std::optional<ApiError::Kind> *end) {
            connect(job, &ApiJob::finished, job, [job, end] {
                *end = job->result().ok() ? std::optional<ApiError::Kind>() : job->result().error().kind;
            });
        };
        track(transport.send(sphereEndpointAt(base, kToken, std::chrono::seconds(20)),
                             { "GET", u"/v1/customer"_s, {}, {}, {} }),
              &sphereEnd);
        track(transport.send(sardineEndpointAt(base, kToken, std::chrono::seconds(20)),
                             { "GET", u"/v1/customers"_s, {}, {}, {} }),
              &sardineEnd);
        QTRY_COMPARE(held.size(), 2);
        QCOMPARE(transport.requestsInFlight(), 2);

        transport.abortInFlight(Vendor::Sphere);
        QTRY_COMPARE(sphereEnd, std::optional(ApiError::Kind::Cancelled));
        QTest::qWait(200);
        QVERIFY(!sardineEnd.has_value());
        QCOMPARE(transport.requestsInFlight(), 1);

        transport.abortInFlight(Vendor::Sardine);
        QTRY_COMPARE(sardineEnd, std::optional(ApiError::Kind::Cancelled));
        QCOMPARE(transport.requestsInFlight(), 0);
    }

    // Stores written before environments were recorded: their rows say "legacy", never a sandbox.
    void oldStoresAreMigratedToLegacy()
    {
        const QString path = m_dir.filePath(u"old-workspace.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-schema"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The schemas as released before this change.
            QVERIFY(q.exec(
                u"CREATE TABLE risk_checks (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT "
                u"NULL, checked_at INTEGER NOT NULL, result TEXT NOT NULL)"_s));
            QVERIFY(
                q.exec(u"CREATE TABLE drafts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, "
                       u"saved_at INTEGER NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)"_s));
            QVERIFY(q.exec(
                u"INSERT INTO risk_checks (customer_id, checked_at, result) VALUES ('customer_old', "
                u"1700000000000, '{\"sessionKey\":\"s-old\",\"level\":\"low\",\"status\":\"Success\"}')"_s));
            QVERIFY(
                q.exec(u"INSERT INTO drafts VALUES ('sphere-create/old', 'sphere-create', 'New individual "
                       u"customer', 1700000000000, x'00', x'00')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-schema"_s);

        {
            RiskHistoryStore history(path);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            const QList<RiskHistoryStore::Entry> old = history.entries(u"customer_old"_s);
            QCOMPARE(old.size(), 1);
            QCOMPARE(old.first().environment, u"legacy"_s);
            QCOMPARE(old.first().customerEnvironment, u"legacy"_s);
            QVERIFY(history.entries(u"customer_old"_s, u"embedded"_s).isEmpty());
            QVERIFY(history.add(u"customer_old"_s, u"production"_s, u"production"_s,
                                QDateTime::currentDateTimeUtc(), old.first().result));
            QCOMPARE(history.entries(u"customer_old"_s, u"production"_s).size(), 1);
            QCOMPARE(history.entries(u"customer_old"_s).size(), 2);
        }
        {
            RiskHistoryStore reopened(path); // a second open migrates nothing twice
            QVERIFY2(reopened.isOpen(), qPrintable(reopened.errorString()));
            QCOMPARE(reopened.entries(u"customer_old"_s).first().environment, u"legacy"_s);
        }

        MemoryCredentialStore keys;
        DraftStore drafts(&keys, path);
        const QList<DraftStore::Summary> list = drafts.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().environment, u"legacy"_s);
        QVERIFY(VendorEnvironment::recordLabel(list.first().environment).contains(u"before environments"_s));
        QSignalSpy opened(&drafts, &DraftStore::opened);
        drafts.open(this, [](const std::optional<ApiError> &) {});
        QVERIFY(opened.wait(5000));
        DraftStore::Summary summary { u"yativo-create/new"_s, u"yativo-create"_s, u"New Yativo customer"_s,
                                      QDateTime::currentDateTimeUtc(), u"production"_s };
        QVERIFY(!drafts.save(summary, "{}"));
        QCOMPARE(drafts.list(u"yativo-create"_s).first().environment, u"production"_s);
        summary.id = u"yativo-create/unsaid"_s;
        summary.environment.clear();
        QVERIFY(!drafts.save(summary, "{}"));
        bool unknown = false;
        for (const DraftStore::Summary &s : drafts.list())
            unknown |= s.id == u"yativo-create/unsaid"_s && s.environment == u"unknown"_s;
        QVERIFY(unknown);
    }
};

QTEST_MAIN(TestEnvironmentSwitch)
#include "tst_environment_switch.moc"
