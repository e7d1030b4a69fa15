// The customer dossier against the real sandbox over loopback HTTP (Sphere and Sardine both):
// showing a customer fans out to every wallet and bank account, a risk check is kept in the
// workspace and followed by the identity entity, and a switch of environment drops what is on
// its way so nothing of the old environment lands in the models.

#include "BankAccountTableModel.h"
#include "ClientDossierSources.h"
#include "CustomerDossier.h"
#include "HttpTransport.h"
#include "RequirementListModel.h"
#include "RiskHistoryStore.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SphereClient.h"
#include "UboTableModel.h"
#include "WalletTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"dossier-test-token"_s;
const QString kSandboxKey = u"sandbox"_s;
const QString kOtherKey = u"production"_s;
} // namespace

class TestCustomerDossier : public SandboxTestCase
{
    Q_OBJECT

private:
    SphereClient *m_sphere = nullptr;
    SardineClient *m_sardine = nullptr;
    Customer m_rich; // has UBOs or requirements, wallets and bank accounts
    int m_workspaces = 0;

    std::unique_ptr<CustomerDossier> dossier(RiskHistory *history, bool withSardine = true)
    {
        auto d = std::make_unique<CustomerDossier>(
            clientDossierSources(m_sphere, withSardine ? m_sardine : nullptr), history);
        d->setEnvironmentKeys(kSandboxKey, kSandboxKey);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSharedSandbox(200, kToken));
        m_sphere = new SphereClient(m_transport, sphereEndpointAt(m_sandbox->baseUrl(), kToken), this);
        m_sardine = new SardineClient(m_transport, sardineEndpointAt(m_sandbox->baseUrl(), kToken), this);

        // A customer whose dossier fans out: found in the listing, independent of the dossier.
        CustomerQuery query;
        query.pageSize = 200;
        bool answered = false;
        m_sphere->listCustomersPage(query, 1, this, [&](const Result<CustomerPage> &page) {
            answered = true;
            QVERIFY(page);
            for (const Customer &c : page.value().customers) {
                if (c.wallets.size() >= 1 && c.bankAccounts.size() >= 1) {
                    m_rich = c;
                    break;
                }
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(!m_rich.id.isEmpty(), "the sandbox seeds customers with wallets and bank accounts");
    }

    void showingFansOutToEveryAccount()
    {
        auto d = dossier(nullptr);
        QAbstractItemModelTester walletTester(d->wallets(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bankTester(d->bankAccounts(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester uboTester(d->ubos(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(d.get(), &CustomerDossier::customerLoaded);
        QSignalSpy accounts(d.get(), &CustomerDossier::accountsLoaded);
        QSignalSpy loading(d.get(), &CustomerDossier::accountsLoading);

        d->show(m_rich.id);
        QCOMPARE(d->customerId(), m_rich.id);
        QVERIFY(!d->customer()); // not until Sphere answers
        QVERIFY(loaded.wait(10000));
        QCOMPARE(d->customer()->id, m_rich.id);
        QCOMPARE(d->customerEnvironment(), kSandboxKey);
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.first().first().toInt(), int(m_rich.wallets.size() + m_rich.bankAccounts.size()));
        QVERIFY(accounts.wait(10000));
        QCOMPARE(accounts.first().first().toStringList(), QStringList()); // no failures
        QCOMPARE(d->wallets()->rowCount(), int(m_rich.wallets.size()));
        QCOMPARE(d->bankAccounts()->rowCount(), int(m_rich.bankAccounts.size()));
        QCOMPARE(d->ubos()->rowCount(), int(d->customer()->ubos.size()));
        QCOMPARE(d->requirements()->rowCount(), int(d->customer()->requirements.size()));

        // The same customer again is not fetched again; another one empties the models first.
        loaded.clear();
        d->show(m_rich.id);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(d->customer());
        d->show(u"customer_that_does_not_exist"_s);
        QCOMPARE(d->wallets()->rowCount(), 0);
        QSignalSpy failed(d.get(), &CustomerDossier::customerFailed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 404);
        QVERIFY(!d->customer());
    }

    void environmentSwitchDropsWhatIsOnItsWay()
    {
        auto d = dossier(nullptr);
        QSignalSpy loaded(d.get(), &CustomerDossier::customerLoaded);
        QSignalSpy cleared(d.get(), &CustomerDossier::cleared);
        QSignalSpy accounts(d.get(), &CustomerDossier::accountsLoaded);

        // The customer is on its way when Sphere's environment changes.
        d->show(m_rich.id);
        cleared.clear();
        d->setEnvironmentKeys(kOtherKey, kSandboxKey);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(d->customerId().isEmpty());
        QTest::qWait(500);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(!d->customer());

        // The wallets and bank accounts are on their way when Sardine's environment changes.
        d->show(m_rich.id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(d->customerEnvironment(), kOtherKey);
        d->setEnvironmentKeys(kOtherKey, kOtherKey);
        QTest::qWait(500);
        QCOMPARE(accounts.size(), 0);
        QCOMPARE(d->wallets()->rowCount(), 0);
        QCOMPARE(d->bankAccounts()->rowCount(), 0);
        QVERIFY(d->customerEnvironment().isEmpty());

        // The same keys again are no switch.
        cleared.clear();
        d->setEnvironmentKeys(kOtherKey, kOtherKey);
        QCOMPARE(cleared.size(), 0);
    }

    void riskCheckIsKeptThenIdentityIsAskedFor()
    {
        RiskHistoryStore history(m_dir.filePath(u"workspace%1.sqlite"_s.arg(++m_workspaces)));
        QVERIFY(history.isOpen());
        auto d = dossier(&history);
        QSignalSpy loaded(d.get(), &CustomerDossier::customerLoaded);
        d->show(m_rich.id);
        QVERIFY(loaded.wait(10000));
        QVERIFY(d->canCheckRisk());
        QVERIFY(d->localRiskChecks().isEmpty());

        QSignalSpy finished(d.get(), &CustomerDossier::riskCheckFinished);
        QSignalSpy verdict(d.get(), &CustomerDossier::riskResultChanged);
        QSignalSpy identity(d.get(), &CustomerDossier::identityLoaded);
        QSignalSpy noIdentity(d.get(), &CustomerDossier::identityUnavailable);
        d->runRiskCheck(SardineMapping::fromSphere(*d->customer()));
        QVERIFY(d->isRiskCheckRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!d->isRiskCheckRunning());
        QCOMPARE(verdict.size(), 1);

        // Kept on disk with both environments, read back through the dossier.
        const QList<RiskHistoryStore::Entry> kept = history.entries(m_rich.id);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().environment, kSandboxKey);
        QCOMPARE(kept.first().customerEnvironment, kSandboxKey);
        QCOMPARE(d->localRiskChecks().size(), 1);
        QCOMPARE(d->riskChecksElsewhere(), 0);

        // Then the identity entity: an answer either way (the sandbox may have none: 404).
        QTRY_COMPARE_WITH_TIMEOUT(identity.size() + noIdentity.size(), 1, 10000);
        if (!noIdentity.isEmpty())
            QCOMPARE(noIdentity.first().first().value<ApiError>().httpStatus, 404);

        // Shown again later, the kept verdict is the one shown; from another Sardine environment
        // it is not shown but counted.
        auto again = dossier(&history);
        QSignalSpy keptVerdict(again.get(), &CustomerDossier::riskResultChanged);
        QSignalSpy againLoaded(again.get(), &CustomerDossier::customerLoaded);
        again->show(m_rich.id);
        QVERIFY(againLoaded.wait(10000));
        QCOMPARE(keptVerdict.size(), 1);
        again->setEnvironmentKeys(kSandboxKey, kOtherKey);
        again->show(m_rich.id);
        QVERIFY(againLoaded.wait(10000));
        QCOMPARE(again->localRiskChecks().size(), 0);
        QCOMPARE(again->riskChecksElsewhere(), 1);
    }

    void sardineHistoryAndHostedLinks()
    {
        auto d = dossier(nullptr);
        QSignalSpy loaded(d.get(), &CustomerDossier::customerLoaded);
        d->show(m_rich.id);
        QVERIFY(loaded.wait(10000));

        QSignalSpy past(d.get(), &CustomerDossier::sardineHistoryLoaded);
        d->loadSardineHistory();
        QVERIFY(d->isSardineHistoryLoading());
        d->loadSardineHistory(); // ignored while on its way
        QVERIFY(past.wait(10000));
        QCOMPARE(past.size(), 1);
        QVERIFY(!d->isSardineHistoryLoading());

        QSignalSpy link(d.get(), &CustomerDossier::hostedLinkReady);
        d->requestHostedLink(HostedLinkKind::Kyc);
        QVERIFY(d->isHostedLinkPending());
        QVERIFY(link.wait(10000));
        QCOMPARE(link.first().first().value<HostedLinkKind>(), HostedLinkKind::Kyc);
        QVERIFY(!link.first().at(1).value<HostedLink>().url.isEmpty());
    }

    void withoutSardineNothingIsSentThere()
    {
        auto d = dossier(nullptr, false);
        QSignalSpy loaded(d.get(), &CustomerDossier::customerLoaded);
        d->show(m_rich.id);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!d->canCheckRisk());
        QSignalSpy started(d.get(), &CustomerDossier::riskCheckStarted);
        d->runRiskCheck(SardineMapping::fromSphere(*d->customer()));
        d->loadSardineHistory();
        QCOMPARE(started.size(), 0);
        QVERIFY(!d->isRiskCheckRunning());
        QVERIFY(!d->isSardineHistoryLoading());
    }
};

QTEST_MAIN(TestCustomerDossier)
#include "tst_customer_dossier.moc"
