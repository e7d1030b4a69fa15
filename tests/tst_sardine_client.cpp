// SardineClient against the sandbox over loopback HTTP: each documented sandbox rule produces the
// expected level, signal and rule ids; identity entities; wrong credentials. Also the Yativo client
// (login, token kept in memory, add customer).

#include "CannedHttpServer.h"
#include "HttpTransport.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SardineRequestSamples.h"
#include "TestColumns.h"
#include "YativoClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"sardine-test-token"_s;
}

class TestSardineClient : public SandboxTestCase
{
    Q_OBJECT

private:
    int m_counter = 0;

    SardineClient client(const QString &secret = kToken)
    {
        return SardineClient(m_transport,
                             sardineEndpointAt(m_sandbox->baseUrl(), secret, std::chrono::seconds(20)));
    }

    // A customer that triggers nothing: verified email, matching phone, adult, names agree.
    SardineCustomerRequest clean()
    {
        ++m_counter;
        SardineCustomerRequest r = sardineMira(u"test"_s, u"cust-"_s + QString::number(m_counter), m_counter);
        r.customer.isEmailVerified = true;
        r.customer.phone = u"+1555010%1"_s.arg(1000 + m_counter);
        r.customer.address
            = SardineAddress { u"1 Elm St"_s, {}, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s };
        return r;
    }

    Result<RiskResult> check(const SardineCustomerRequest &request, const QString &secret = kToken)
    {
        SardineClient c = client(secret);
        std::optional<Result<RiskResult>> out;
        c.checkCustomer(request, this, [&](const Result<RiskResult> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
            return ApiError::timeout(u"test"_s, 15000);
        return *out;
    }

    static QStringList ruleIds(const RiskResult &r, const QString &checkpoint)
    {
        for (const Checkpoint &c : r.customerCheckpoints) {
            if (c.name == checkpoint)
                return c.ruleIds;
        }
        return {};
    }
    static QString checkpointValue(const RiskResult &r, const QString &checkpoint)
    {
        for (const Checkpoint &c : r.customerCheckpoints) {
            if (c.name == checkpoint)
                return c.value;
        }
        return u"<missing>"_s;
    }
    static QString signal(const RiskResult &r, const QString &key)
    {
        for (const RiskSignal &s : r.signals) {
            if (s.key == key)
                return s.value.toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(5, kToken)); }

    void cleanCustomerIsLow()
    {
        const Result<RiskResult> r = check(clean());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        QCOMPARE(r.value().level.value, RiskLevel::Low);
        QCOMPARE(r.value().customerScore, std::optional<double>(4));
        QVERIFY(r.value().signals.isEmpty());
        // The documented checkpoint set, each with an empty rule id list.
        const QJsonObject checkpoints
            = r.value().raw.value(u"checkpoints"_s).toObject().value(u"customer"_s).toObject();
        QCOMPARE(checkpoints.keys(),
                 (QStringList { u"customerPurchaseLevel"_s, u"emailLevel"_s, u"historicalLevel"_s,
                                u"riskLevel"_s }));
        for (const QJsonValue &c : checkpoints)
            QVERIFY(c.toObject().value(u"ruleIds"_s).isArray());
        QVERIFY(!r.value().sessionKey.value_or(QString()).isEmpty()); // the session key sent comes back
    }

    void eachRule_data()
    {
        addColumns<QString, QString, QString, int>("rule", "checkpoint", "signalKey", "level");
        QTest::newRow("disposable email")
            << u"SBX-EMAIL-DISPOSABLE"_s << u"emailLevel"_s << u"emailDomainLevel"_s << int(RiskLevel::High);
        QTest::newRow("unverified email") << u"SBX-EMAIL-UNVERIFIED"_s << u"emailLevel"_s
                                          << u"emailVerificationLevel"_s << int(RiskLevel::Medium);
        QTest::newRow("phone country")
            << u"SBX-PHONE-COUNTRY"_s << u"phoneLevel"_s << u"phoneCountryMismatch"_s << int(RiskLevel::High);
        QTest::newRow("minor") << u"SBX-AGE-MINOR"_s << u"riskLevel"_s << u"ageLevel"_s
                               << int(RiskLevel::VeryHigh);
        QTest::newRow("name mismatch")
            << u"SBX-NAME-MISMATCH"_s << u"historicalLevel"_s << u"nameMatchLevel"_s << int(RiskLevel::High);
        QTest::newRow("large amount") << u"SBX-TX-LARGE"_s << u"customerPurchaseLevel"_s
                                      << u"transactionAmountLevel"_s << int(RiskLevel::High);
        QTest::newRow("elevated amount") << u"SBX-TX-ELEVATED"_s << u"customerPurchaseLevel"_s
                                         << u"transactionAmountLevel"_s << int(RiskLevel::Medium);
    }

    void eachRule()
    {
        QFETCH(QString, rule);
        QFETCH(QString, checkpoint);
        QFETCH(QString, signalKey);
        QFETCH(int, level);
        SardineCustomerRequest r = clean();
        if (rule == u"SBX-EMAIL-DISPOSABLE")
            r.customer.emailAddress = u"someone@mailinator.com"_s;
        else if (rule == u"SBX-EMAIL-UNVERIFIED")
            r.customer.isEmailVerified = false;
        else if (rule == u"SBX-PHONE-COUNTRY")
            r.customer.phone = u"+447700900123"_s;
        else if (rule == u"SBX-AGE-MINOR")
            r.customer.dateOfBirth = QDate::currentDate().addYears(-16).toString(Qt::ISODate);
        else if (rule == u"SBX-NAME-MISMATCH")
            r.customer.personalInfo = QList<SardinePersonalInfo> { SardinePersonalInfo {
                {}, u"Mira"_s, {}, u"Okafor-Smith"_s, {}, {} } };
        else {
            SardineTransaction t;
            t.id = u"tx-1"_s;
            t.amount = rule == u"SBX-TX-LARGE" ? 25000 : 5000;
            t.currencyCode = u"USD"_s;
            r.customer.transaction = t;
        }
        const Result<RiskResult> res = check(r);
        QVERIFY2(res.ok(), res.ok() ? "" : qPrintable(res.error().userMessage()));
        QCOMPARE(int(res.value().level.value), level);
        QVERIFY2(ruleIds(res.value(), checkpoint).contains(rule),
                 qPrintable(ruleIds(res.value(), checkpoint).join(u',')));
        QVERIFY(ruleIds(res.value(), u"riskLevel"_s).contains(rule));
        // Rule ids in the documented shape (an array of objects), shown by their id.
        const QJsonArray riskRules = res.value()
                                         .raw.value(u"checkpoints"_s)
                                         .toObject()
                                         .value(u"customer"_s)
                                         .toObject()
                                         .value(u"riskLevel"_s)
                                         .toObject()
                                         .value(u"ruleIds"_s)
                                         .toArray();
        QVERIFY(!riskRules.isEmpty());
        for (const QJsonValue &id : riskRules)
            QVERIFY(id.isObject() && id.toObject().value(u"id"_s).isString());
        QVERIFY(!signal(res.value(), signalKey).isEmpty());
        if (r.customer.transaction) {
            QVERIFY(res.value().indemnification.has_value());
            const auto &ind = *res.value().indemnification;
            if (rule == u"SBX-TX-LARGE") {
                QCOMPARE(ind.decision.value, IndemnificationDecision::Rejected);
                QCOMPARE(ind.holdAmount, std::optional<qint64>(2500000)); // minor units
            } else {
                QCOMPARE(ind.decision.value, IndemnificationDecision::ConditionallyApproved);
                QCOMPARE(ind.instantLimit, std::optional<qint64>(250000));
                QVERIFY(ind.holdTime.value_or(0) > 0);
            }
        }
    }

    void sharedPhoneAndTaxIdAcrossCustomers()
    {
        SardineCustomerRequest first = clean();
        first.customer.phone = u"+15550109999"_s;
        first.customer.taxId = u"900-11-2222"_s;
        QVERIFY(check(first).ok());
        SardineCustomerRequest second = clean();
        second.customer.phone = u"+15550109999"_s;
        second.customer.taxId = u"900-11-2222"_s;
        const Result<RiskResult> r = check(second);
        QVERIFY(r.ok());
        QVERIFY(ruleIds(r.value(), u"phoneLevel"_s).contains(u"SBX-SHARED-PHONE"_s));
        QVERIFY(ruleIds(r.value(), u"taxIdLevel"_s).contains(u"SBX-SHARED-TAXID"_s));
        QCOMPARE(checkpointValue(r.value(), u"taxIdLevel"_s), u"very_high"_s);
        QCOMPARE(r.value().level.value, RiskLevel::VeryHigh);
    }

    void wrongSecretIs401()
    {
        const Result<RiskResult> r = check(clean(), u"nope"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY2(r.error().userMessage().contains(u"Sardine client ID and client secret"_s),
                 qPrintable(r.error().userMessage()));
    }

    void identityEntity()
    {
        SardineCustomerRequest r = clean();
        r.customer.personalInfo = QList<SardinePersonalInfo> { SardinePersonalInfo {
            enumFromString(EnumNames<PersonalInfoSource, 1> { { { PersonalInfoSource::IdVerification,
                                                                  u"id_verification" } } },
                           u"id_verification"_s),
            u"Mira"_s,
            {},
            u"Okafor"_s,
            {},
            u"1985-04-12"_s } };
        QVERIFY(check(r).ok());
        SardineClient c = client();
        std::optional<Result<IdentityEntity>> out;
        c.identity(r.customer.id, this, [&](const Result<IdentityEntity> &e) { out = e; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY2(out->ok(), out->ok() ? "" : qPrintable(out->error().userMessage()));
        QCOMPARE(out->value().documentData->firstName, std::optional<QString>(u"Mira"_s));
        QVERIFY(out->value().profile->consentedAt.has_value());
        QVERIFY(!out->value().profile->revokedAt.has_value());
        // "Full risk customer object": the risk answer's customer under the customer's id.
        QVERIFY(out->value().customer.has_value());
        QCOMPARE(out->value().customer->value(u"id"_s).toString(), r.customer.id);
        QCOMPARE(out->value().customer->value(u"score"_s).toDouble(), 4.0);
        QVERIFY(out->value().customer->value(u"signals"_s).isArray());
        std::optional<Result<IdentityEntity>> missing;
        c.identity(clean().customer.id, this, [&](const Result<IdentityEntity> &e) { missing = e; });
        QTRY_VERIFY_WITH_TIMEOUT(missing.has_value(), 10000);
        QCOMPARE(missing->error().httpStatus, 404);
    }

    // GET /customer pages with the documented pagination until last_page; each customer once.
    void yativoListWalksEveryPage()
    {
        YativoClient yativo(m_transport, m_sandbox->baseUrl(), u"sandbox"_s, kToken);
        QStringList created;
        for (int i = 0; i < 5; ++i) {
            std::optional<Result<YativoCustomer>> out;
            yativo.createCustomer(
                { u"Walk %1"_s.arg(i), u"walk%1@example.com"_s.arg(i), {}, u"USA"_s, u"individual"_s, false },
                this, [&](const Result<YativoCustomer> &r) { out = r; });
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
            QVERIFY(out->ok());
            created << out->value().id;
        }
        std::optional<Result<QList<YativoCustomer>>> listed;
        yativo.listAllCustomers(
            this, [&](const Result<QList<YativoCustomer>> &r) { listed = r; }, 2);
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
        QVERIFY2(listed->ok(), listed->ok() ? "" : qPrintable(listed->error().userMessage()));
        QStringList ids;
        for (const YativoCustomer &c : listed->value())
            ids << c.id;
        for (const QString &id : std::as_const(created))
            QCOMPARE(ids.count(id), 1);
        std::optional<Result<YativoKycStatus>> kyc;
        yativo.kycStatus(created.first(), this, [&](const Result<YativoKycStatus> &r) { kyc = r; });
        QTRY_VERIFY_WITH_TIMEOUT(kyc.has_value(), 10000);
        QVERIFY(kyc->ok());
        QCOMPARE(kyc->value().status, u"pending"_s);
    }

    // A vendor that claims more pages but repeats itself must not keep the walk going.
    void yativoListThatNeverEndsStops()
    {
        CannedHttpServer vendor;
        QVERIFY(vendor.listen(QHostAddress::LocalHost, 0));
        vendor.respond(
            200,
            QJsonDocument(QJsonObject { { u"status"_s, u"success"_s },
                                        { u"data"_s, QJsonArray { QJsonObject { { u"id"_s, u"same"_s } } } },
                                        { u"pagination"_s,
                                          QJsonObject { { u"total"_s, 100000 },
                                                        { u"per_page"_s, 1 },
                                                        { u"current_page"_s, 1 },
                                                        { u"last_page"_s, 100000 } } } })
                .toJson());
        YativoClient yativo(m_transport, vendor.url(), {}, {});
        yativo.setStaticToken(u"t"_s);
        std::optional<Result<QList<YativoCustomer>>> listed;
        yativo.listAllCustomers(this, [&](const Result<QList<YativoCustomer>> &r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
        QVERIFY(listed->ok());
        QCOMPARE(listed->value().size(), 1);
        QCOMPARE(vendor.requests(), 2);
    }

    void yativoLogsInAndAddsACustomer()
    {
        YativoClient yativo(m_transport, m_sandbox->baseUrl(), u"sandbox"_s, kToken);
        YativoCustomerRequest req { u"Ada Example"_s, u"ada@example.com"_s, u"+15550100123"_s,
                                    u"USA"_s,         u"individual"_s,      true };
        std::optional<Result<YativoCustomer>> out;
        yativo.createCustomer(req, this, [&](const Result<YativoCustomer> &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY2(out->ok(), out->ok() ? "" : qPrintable(out->error().userMessage()));
        QVERIFY(out->value().kycLink.value_or(QString()).contains(u"/yativo/kyc/"_s));
        QVERIFY(out->value().tosLink.has_value());
        QCOMPARE(out->value().kycStatus, std::optional<QString>(u"pending"_s));
        out.reset();
        yativo.createCustomer(req, this,
                              [&](const Result<YativoCustomer> &r) { out = r; }); // same email again
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QCOMPARE(out->error().httpStatus, 422);
        QVERIFY(out->error().message.contains(u"already been taken"_s));

        YativoClient wrong(m_transport, m_sandbox->baseUrl(), u"sandbox"_s, u"bad-secret"_s);
        out.reset();
        wrong.createCustomer(req, this, [&](const Result<YativoCustomer> &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QCOMPARE(out->error().httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TestSardineClient)
#include "tst_sardine_client.moc"
