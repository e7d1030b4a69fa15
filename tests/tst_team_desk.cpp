// The Case page on a team server, as three analysts at three desks use it (the suite's PostgreSQL
// cluster; one CaseReviewPanel per desk, each with its own connection):
// - Alice opens a customer: her desk claims it. Bob opens the same customer: his page says Alice
//   is working on it and his decision buttons stay closed; when another desk decides, his page
//   shows it at once (NOTIFY), without a reload.
// - Alice approves a customer Sardine rated very high: the page says it waits for a second analyst;
//   neither Alice nor Bob (not senior) is offered a confirm button, Carol (senior) is, and confirming
//   shows "Confirmed by carol".
// - Dave, an auditor, reads the case and its notes; nothing on his page decides, notes or claims.
// - Settings → Workspace: a team server elsewhere without a user, or in a file, is refused with a
//   sentence; a good one is kept in the settings, its password in the keychain, never in the file.

#include "AuditTrail.h"
#include "CaseDecisionModel.h"
#include "CaseReviewPanel.h"
#include "MemoryCredentialStore.h"
#include "QueueClaims.h"
#include "ReviewStore.h"
#include "SettingsDialog.h"
#include "TeamServerFixture.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceNotifications.h"
#include "WorkspaceSettings.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
// One analyst's desk: a connection as the analyst's role, the stores, and the Case page.
struct Desk
{
    Desk(const QString &location, const QString &analyst, QSettings *settings)
        : db(location)
        , trail(&db, db.analystName(analyst))
        , review(&db, &trail)
        , claims(&db, &trail)
        , notifications(&db)
        , panel(&review, &trail, settings)
    {
        panel.setQueueClaims(&claims);
        panel.setClaiming(true); // working a queue
        QObject::connect(&notifications, &WorkspaceNotifications::changed, &panel,
                         [this](const WorkspaceChange &change, bool ownDesk) {
                             if (!ownDesk)
                                 panel.reloadIfShowing(change.customerId);
                         });
    }
    WorkspaceDatabase db;
    AuditTrail trail;
    ReviewStore review;
    QueueClaims claims;
    WorkspaceNotifications notifications;
    CaseReviewPanel panel;

    QPushButton *button(const QString &name) { return panel.findChild<QPushButton *>(name); }
    QString status() { return panel.findChild<QLabel *>(u"caseStatusLabel"_s)->text(); }
};

Customer customerNamed(const QString &id, const QString &name)
{
    Customer c;
    c.id = id;
    c.firstName = name;
    return c;
}

// Answers the next QInputDialog with `text`.
void answerInputDialog(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), text);
        dialog->accept();
    });
}
} // namespace

class TestTeamDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TeamServerFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TeamServerFixture>();
        m_database = m_server->createDatabase(u"desk"_s);
        WorkspaceDatabase owner(m_server->location(m_database, m_server->superuser()));
        QVERIFY(owner.isOpen());
        m_server->ensureLogin(u"alice"_s, { u"kycdesk_analyst"_s });
        m_server->ensureLogin(u"bob"_s, { u"kycdesk_analyst"_s });
        m_server->ensureLogin(u"carol"_s, { u"kycdesk_senior"_s });
        m_server->ensureLogin(u"dave"_s, { u"kycdesk_auditor"_s });
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    void anotherAnalystsCustomerIsShownAndNotDecided()
    {
        Desk alice(m_server->location(m_database, u"alice"_s), u"alice"_s, m_settings.get());
        Desk bob(m_server->location(m_database, u"bob"_s), u"bob"_s, m_settings.get());
        const Customer shared = customerNamed(u"customer_shared"_s, u"Olivia"_s);
        alice.panel.setCustomer(shared);
        QVERIFY(alice.button(u"approvePushButton"_s)->isEnabled());
        bob.panel.setCustomer(shared);
        QVERIFY(!bob.button(u"approvePushButton"_s)->isEnabled());
        QVERIFY(!bob.button(u"rejectPushButton"_s)->isEnabled());
        QVERIFY2(bob.status().contains(u"alice/alice is working on this customer"_s),
                 qPrintable(bob.status()));
        // Bob can still leave a note.
        QTest::keyClicks(bob.panel.findChild<QPlainTextEdit *>(u"notePlainTextEdit"_s),
                         u"Called the customer"_s);
        QTest::mouseClick(bob.button(u"addNotePushButton"_s), Qt::LeftButton);
        // Alice's page hears it without being asked.
        auto *aliceNotes = alice.panel.findChild<QTreeView *>(u"notesTreeView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(aliceNotes->model()->rowCount(), 1, 1000);
        // Alice leaves the customer: Bob's page opens up when it looks again.
        alice.panel.clear();
        bob.panel.reloadIfShowing(shared.id);
        QVERIFY(bob.button(u"approvePushButton"_s)->isEnabled());
    }

    void aHighRiskApprovalWaitsForASeniorAnalyst()
    {
        Desk alice(m_server->location(m_database, u"alice"_s), u"alice"_s, m_settings.get());
        Desk carol(m_server->location(m_database, u"carol"_s), u"carol"_s, m_settings.get());
        alice.panel.setRiskLevelSource([](const QString &) { return u"very_high"_s; });
        const Customer risky = customerNamed(u"customer_risky"_s, u"Noah"_s);
        alice.panel.setCustomer(risky);
        QSignalSpy decided(&alice.panel, &CaseReviewPanel::decided);
        const auto recorded
            = alice.review.decide(risky.id, CaseDecisionKind::Approve, u"Documents verified"_s, {},
                                  { u"very_high"_s, false, {}, {} });
        QCOMPARE(recorded.value().state, CaseDecisionState::AwaitingSecond);
        alice.panel.reloadIfShowing(risky.id);
        auto *standing = alice.panel.findChild<QTreeView *>(u"decisionsTreeView"_s)->model();
        QCOMPARE(standing->index(0, CaseDecisionModel::Standing).data().toString(),
                 u"Awaiting a second analyst"_s);
        QVERIFY(alice.button(u"confirmDecisionPushButton"_s)->isHidden());

        // Bob is another analyst, but not a senior one: the server would refuse him, so he is not offered it.
        Desk bob(m_server->location(m_database, u"bob"_s), u"bob"_s, m_settings.get());
        bob.panel.setClaiming(false);
        bob.panel.setCustomer(risky);
        QVERIFY(bob.button(u"confirmDecisionPushButton"_s)->isHidden());
        QVERIFY(!bob.panel.confirmAction()->isEnabled());

        carol.panel.setCustomer(risky);
        QVERIFY(!carol.button(u"confirmDecisionPushButton"_s)->isHidden());
        QVERIFY(carol.panel.confirmAction()->isEnabled());
        answerInputDialog(u"Source of funds checked"_s);
        QTest::mouseClick(carol.button(u"confirmDecisionPushButton"_s), Qt::LeftButton);
        auto *carolStanding = carol.panel.findChild<QTreeView *>(u"decisionsTreeView"_s)->model();
        QCOMPARE(carolStanding->index(0, CaseDecisionModel::Standing).data().toString(),
                 u"Confirmed by carol/carol"_s);
        QVERIFY(carol.button(u"confirmDecisionPushButton"_s)->isHidden());
        // Alice's page follows the server.
        QTRY_COMPARE_WITH_TIMEOUT(standing->index(0, CaseDecisionModel::Standing).data().toString(),
                                  u"Confirmed by carol/carol"_s, 1000);
    }

    void anAuditorReadsAndDecidesNothing()
    {
        Desk alice(m_server->location(m_database, u"alice"_s), u"alice"_s, m_settings.get());
        Desk dave(m_server->location(m_database, u"dave"_s), u"dave"_s, m_settings.get());
        const Customer audited = customerNamed(u"customer_audited"_s, u"Emma"_s);
        QVERIFY(alice.review.addNote(audited.id, u"Checked the registry"_s).ok());
        dave.panel.setCustomer(audited);
        QCOMPARE(dave.panel.findChild<QTreeView *>(u"notesTreeView"_s)->model()->rowCount(), 1);
        QVERIFY(!dave.button(u"approvePushButton"_s)->isEnabled());
        QVERIFY(!dave.button(u"rejectPushButton"_s)->isEnabled());
        QVERIFY(dave.panel.findChild<QPlainTextEdit *>(u"notePlainTextEdit"_s)->isReadOnly());
        const auto holder = dave.claims.holder(audited.id);
        QVERIFY2(holder.ok(), qPrintable(holder.ok() ? QString() : holder.error().message));
        QVERIFY(!holder.value().has_value()); // looking claims nothing
        QVERIFY(dave.panel.auditTrailAction()->isEnabled());
    }

    void settingsKeepTheServerAndItsPasswordApart()
    {
        QSettings settings(m_dir.filePath(u"dialog.ini"_s), QSettings::IniFormat);
        MemoryCredentialStore keychain;
        MemoryCredentialStore session;
        SettingsDialog dialog(&settings, &keychain, &session, nullptr);
        dialog.findChild<QRadioButton *>(u"teamServerRadioButton"_s)->setChecked(true);
        auto *host = dialog.findChild<QLineEdit *>(u"teamHostLineEdit"_s);
        auto *user = dialog.findChild<QLineEdit *>(u"teamUserLineEdit"_s);
        QTest::keyClicks(host, u"db.example.com"_s);
        dialog.save();
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.findChild<QLabel *>(u"settingsStatusLabel"_s)->text().contains(u"user"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"settingsStatusLabel"_s)->text()));
        QVERIFY(WorkspaceSettings::load(settings).file.endsWith(u"workspace.sqlite"_s)); // nothing saved
        QTest::keyClicks(user, u"alice"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"teamPasswordLineEdit"_s), u"s3cret-team"_s);
        // "opens the chosen workspace at its next start": read and closed.
        QString told;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(2000));
        QVERIFY2(told.contains(u"next start"_s), qPrintable(told));
        const WorkspaceLocation kept = WorkspaceSettings::load(settings);
        QVERIFY(kept.isTeamServer());
        QCOMPARE(kept.displayText(), u"postgresql://alice@db.example.com:5432/kycdesk"_s);
        QCOMPARE(kept.sslMode, u"verify-full"_s);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-team"));
        bool read = false;
        keychain.readSecret(WorkspaceSettings::passwordSecretName(kept), this,
                            [&read](const Result<std::optional<QByteArray>> &secret) {
                                read = secret && secret.value() && *secret.value() == "s3cret-team";
                            });
        QTRY_VERIFY(read);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (!TeamServerFixture::available()) {
        qInfo("SKIP: no PostgreSQL cluster (scripts/test starts one and names it in KYCDESK_TEST_POSTGRES)");
        return 77;
    }
    qRegisterMetaType<WorkspaceChange>();
    TestTeamDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_team_desk.moc"
