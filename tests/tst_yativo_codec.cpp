// Yativo codec on the vendor's literal "Add Customer" response and on error envelopes.

#include "TestData.h"
#include "YativoCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestYativoCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedResponse()
    {
        const QByteArray body = testData(u"yativo-add-customer-response.json"_s);
        const Result<YativoCustomer> r = YativoCodec::decodeCustomerResponse(200, body);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        QCOMPARE(r.value().id, u"21fe7601-3be3-4d15-94c0-a94b15d8b872"_s);
        QVERIFY(r.value().kycLink->startsWith(u"https://bridge.withpersona.com/verify"_s));
        QVERIFY(r.value().tosLink->contains(u"accept-terms-of-service"_s));
        QCOMPARE(r.value().kycStatus, std::optional<QString>(u"approved"_s));
        QCOMPARE(r.value().tosStatus, std::optional<QString>(u"pending"_s));
        QVERIFY(r.value().rejectionReasons.isEmpty());
        const QJsonObject data = QJsonDocument::fromJson(body).object().value(u"data"_s).toObject();
        QCOMPARE(YativoCodec::encode(r.value()), data);
    }

    void requestUsesTheVendorsNames()
    {
        YativoCustomerRequest req { u"Ada Example"_s, u"ada@example.com"_s, u"+15550100123"_s,
                                    u"USA"_s,         u"business"_s,        false };
        const QJsonObject o = YativoCodec::encode(req);
        QCOMPARE(o.value(u"customer_name"_s).toString(), u"Ada Example"_s);
        QCOMPARE(o.value(u"customer_type"_s).toString(), u"business"_s);
        QCOMPARE(o.value(u"send_kyc_mail"_s).toBool(), false);
    }

    void errorsAndTokens()
    {
        const auto denied = YativoCodec::decodeCustomerResponse(
            422,
            R"({"status":"error","status_code":422,"message":"Validation failed","errors":{"customer_email":["The customer email has already been taken."]}})");
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().httpStatus, 422);
        QVERIFY(
            denied.error().message.contains(u"customer_email: The customer email has already been taken."_s));
        const auto token = YativoCodec::decodeLoginResponse(
            200,
            R"({"status":"success","status_code":200,"message":"ok","data":{"access_token":"jwt.abc"}})");
        QVERIFY(token.ok());
        QCOMPARE(token.value().accessToken, u"jwt.abc"_s);
        QCOMPARE(token.value().expiresInSeconds, 600);
        const auto noToken = YativoCodec::decodeLoginResponse(200, R"({"status":"success","data":{}})");
        QCOMPARE(noToken.error().jsonPath, u"data.access_token"_s);
    }
};

QTEST_GUILESS_MAIN(TestYativoCodec)
#include "tst_yativo_codec.moc"
