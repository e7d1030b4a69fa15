// Sardine codecs on the literal examples of shared/vendor-docs/sardine-*.txt (copied to
// tests/data) and on the cases the analyst must never be misled by: unknown levels, missing
// checkpoints, odd rule ids, error bodies.

#include "SardineCodec.h"
#include "SardineRequestCodec.h"
#include "TestColumns.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSardineCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedRequestRoundTrips()
    {
        const QJsonObject json
            = QJsonDocument::fromJson(testData(u"sardine-customer-request.json"_s)).object();
        const Result<SardineCustomerRequest> r = SardineRequestCodec::decode(json);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        const SardineCustomerRequest &req = r.value();
        QCOMPARE(req.sessionKey, std::optional<QString>(u"555fdc5c-8694-4345-b724-14454f320484"_s));
        QCOMPARE(req.customer.taxId, std::optional<QString>(u"778131234"_s));
        QCOMPARE(req.customer.address->countryCode, std::optional<QString>(u"US"_s));
        QCOMPARE(req.customer.personalInfo->size(), 1);
        QCOMPARE(req.customer.personalInfo->at(0).source.raw, u"id_verification"_s);
        QVERIFY(req.customer.transaction.has_value());
        QCOMPARE(req.customer.transaction->actionType.value, SardineActionType::Buy);
        QCOMPARE(req.customer.transaction->paymentMethod->bank->balance, std::optional<qint64>(1000));
        // Re-encoded it is the document's example again: the transaction inside the customer,
        // createdAtMills spelt as the example spells it.
        QCOMPARE(SardineRequestCodec::encode(req), json);
    }

    void documentedResponseShape()
    {
        const Result<RiskResult> r
            = SardineCodec::decodeRiskResponse(200, testData(u"sardine-customer-response.json"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        // The reference example says "string" for every level: an unknown level, shown as sent.
        QCOMPARE(r.value().level.value, RiskLevel::Unknown);
        QCOMPARE(r.value().level.raw, u"string"_s);
        QCOMPARE(r.value().customerScore, std::optional<double>(0));
        QCOMPARE(r.value().signals.size(), 1);
        QCOMPARE(r.value().customerCheckpoints.size(), 4);
        QVERIFY(r.value().indemnification.has_value());
        QCOMPARE(r.value().indemnification->instantLimit, std::optional<qint64>(0));
    }

    void realisticResponse()
    {
        const QByteArray body = R"({"sessionKey":"s1","level":"high","status":"Success",
            "customer":{"score":87.5,"level":"high","signals":[{"key":"emailDomainLevel","value":"high","reasonCodes":["DISPOSABLE"]},
                                                             {"key":"brandNewSignal","value":"medium"}]},
            "transaction":{"level":"medium","amlLevel":"low","indemnification":{"decision":"conditionally_approved",
                "instantLimit":50000,"holdAmount":150000,"holdTime":1735689600,"verificationCode":"V1"}},
            "checkpoints":{"customer":{"riskLevel":{"value":"high","ruleIds":["R101",7]},"emailLevel":{"value":"high","ruleIds":[]}},
                           "aml":{"amlLevel":{"value":"low","ruleIds":[]}}},
            "rules":[{"id":"R101","name":"disposable email"}],"features":{"velocity":3},"newTopLevel":true})";
        const Result<RiskResult> r = SardineCodec::decodeRiskResponse(200, body);
        QVERIFY(r.ok());
        const RiskResult &v = r.value();
        QCOMPARE(v.level.value, RiskLevel::High);
        QCOMPARE(v.customerScore, std::optional<double>(87.5));
        QCOMPARE(v.signals[0].reasonCodes, QStringList { u"DISPOSABLE"_s });
        QCOMPARE(v.signals[1].key, u"brandNewSignal"_s); // unknown keys kept
        QCOMPARE(v.indemnification->decision.value, IndemnificationDecision::ConditionallyApproved);
        QCOMPARE(v.indemnification->holdAmount, std::optional<qint64>(150000));
        const auto risk = std::find_if(v.customerCheckpoints.begin(), v.customerCheckpoints.end(),
                                       [](const Checkpoint &c) { return c.name == u"riskLevel"; });
        QVERIFY(risk != v.customerCheckpoints.end());
        QCOMPARE(risk->ruleIds, QStringList({ u"R101"_s, u"7"_s }));
        QVERIFY(v.otherCheckpoints.contains(u"aml"_s));
        QVERIFY(v.unknownFields.contains(u"newTopLevel"_s));
        QCOMPARE(v.features.value(u"velocity"_s).toInt(), 3);
    }

    // Issue 11 item 7: a request file's numbers out of range are named with the range.
    void requestNumbersOutOfRangeAreNamed_data()
    {
        addColumns<QByteArray, QString>("body", "path");
        QTest::newRow("createdAtMillis 1e19")
            << QByteArray(R"({"sessionKey":"s","customer":{"id":"c","createdAtMillis":1e19}})")
            << u"customer.createdAtMillis"_s;
        QTest::newRow("balance -1e300") << QByteArray(
            R"({"sessionKey":"s","customer":{"id":"c","transaction":{"paymentMethod":{"bank":{"balance":-1e300}}}}})")
                                        << u"customer.transaction.paymentMethod.bank.balance"_s;
    }

    void requestNumbersOutOfRangeAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const Result<SardineCustomerRequest> r = SardineRequestCodec::decodeBody(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().jsonPath, path);
        QVERIFY2(r.error().message.contains(u"whole number from"_s), qPrintable(r.error().message));
    }

    void badBodiesAreTyped()
    {
        const Result<RiskResult> wrongType = SardineCodec::decodeRiskResponse(
            200, R"({"sessionKey":"s","level":"low","status":"Success","customer":{"score":"high"}})");
        QVERIFY(!wrongType.ok());
        QCOMPARE(wrongType.error().kind, ApiError::Kind::Decode);
        QCOMPARE(wrongType.error().jsonPath, u"customer.score"_s);
        const Result<RiskResult> unauthorized
            = SardineCodec::decodeRiskResponse(401, R"({"message":"invalid client credentials"})");
        QCOMPARE(unauthorized.error().httpStatus, 401);
        QCOMPARE(unauthorized.error().message, u"invalid client credentials"_s);
        const Result<RiskResult> html = SardineCodec::decodeRiskResponse(200, "<html/>");
        QCOMPARE(html.error().kind, ApiError::Kind::Decode);
    }

    // Found by fuzz_sardine_identity: an entity whose only part is an empty `customer` object lost
    // it when its fields were encoded again, and then read as no identity at all.
    void identityWithAnEmptyCustomerKeepsIt()
    {
        const Result<IdentityEntity> r
            = SardineCodec::decodeIdentityResponse(200, R"({"customer":{},"x":1})");
        QVERIFY(r.ok());
        QVERIFY(r.value().customer.has_value());
        const QJsonObject fields = SardineCodec::encodeFields(r.value());
        QCOMPARE(fields.value(u"customer"_s), QJsonValue(QJsonObject()));
        QVERIFY(SardineCodec::decodeIdentityResponse(200, QJsonDocument(fields).toJson()).ok());
        const Result<IdentityEntity> none = SardineCodec::decodeIdentityResponse(200, R"({"level":"low"})");
        QVERIFY(none.ok());
        QVERIFY(!none.value().customer.has_value());
    }

    void identityExample()
    {
        const Result<IdentityEntity> r
            = SardineCodec::decodeIdentityResponse(200, testData(u"sardine-identity-response.json"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        QCOMPARE(r.value().documentData->documentType, std::optional<QString>(u"DRIVERS_LICENSE"_s));
        QCOMPARE(r.value().profile->consentedAt,
                 std::optional<QDateTime>(QDateTime(QDate(2026, 5, 1), QTime(10, 30), Qt::UTC)));
        QVERIFY(!r.value().profile->revokedAt.has_value());
        QCOMPARE(r.value().level.value, RiskLevel::Low);
        QCOMPARE(r.value().documentKyc->front, std::optional<QString>(u"<string>"_s));
        const QJsonObject original
            = QJsonDocument::fromJson(testData(u"sardine-identity-response.json"_s)).object();
        const QJsonObject encoded = SardineCodec::encode(r.value());
        QCOMPARE(encoded.value(u"documentData"_s), original.value(u"documentData"_s));
        QCOMPARE(encoded.value(u"level"_s), original.value(u"level"_s));
    }
};

QTEST_GUILESS_MAIN(TestSardineCodec)
#include "tst_sardine_codec.moc"
