// Links from a vendor are offered only when they are https (or plain http to this computer):
// LinkPolicy's rule, and the Yativo dialog, which used to show, copy and open any scheme it was
// sent, against a hostile loopback server that answers with file: and javascript: links. Vendor
// text in the detail and risk panes is plain text, so markup in a value is never a link.
#include "CannedHttpServer.h"
#include "CustomerDetailWidget.h"
#include "CustomerDossier.h"
#include "HttpTransport.h"
#include "LinkPolicy.h"
#include "MessageBar.h"
#include "RiskPanel.h"
#include "TestColumns.h"
#include "YativoClient.h"
#include "YativoCustomerDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersOnlyHttpsAndLoopbackHttp_data()
    {
        addColumns<QString, bool>("url", "offered");
        QTest::newRow("https") << u"https://verify.example.com/kyc?x=1"_s << true;
        QTest::newRow("loopback http") << u"http://127.0.0.1:41234/sphere/kyc/1"_s << true;
        QTest::newRow("localhost http") << u"http://localhost:8080/x"_s << true;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8080/x"_s << true;
        QTest::newRow("cleartext elsewhere") << u"http://verify.example.com/kyc"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
        QTest::newRow("relative") << u"/kyc/1"_s << false;
        QTest::newRow("no host") << u"https:///path"_s << false;
    }
    void offersOnlyHttpsAndLoopbackHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, offered);
        QCOMPARE(LinkPolicy::isOfferable(QUrl(url, QUrl::StrictMode)), offered);
    }

    void yativoDialogRefusesLinksThatAreNotHttps()
    {
        // One canned answer serves the login (data.access_token) and the create (the customer),
        // whose links are a file and a script.
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QJsonObject data { { u"access_token"_s, u"t"_s },
                                 { u"token_type"_s, u"bearer"_s },
                                 { u"expires_in"_s, 600 },
                                 { u"id"_s, u"21fe7601-3be3-4d15-94c0-a94b15d8b872"_s },
                                 { u"full_name"_s, u"Emery Lark"_s },
                                 { u"email"_s, u"emery@example.test"_s },
                                 { u"type"_s, u"individual"_s },
                                 { u"kyc_link"_s, u"file:///etc/passwd"_s },
                                 { u"tos_link"_s, u"javascript:alert(document.cookie)"_s },
                                 { u"kyc_status"_s, u"pending"_s },
                                 { u"tos_status"_s, u"pending"_s } };
        server.respond(200,
                       QJsonDocument(QJsonObject { { u"status"_s, u"success"_s },
                                                   { u"status_code"_s, 200 },
                                                   { u"message"_s, u"ok"_s },
                                                   { u"data"_s, data } })
                           .toJson(QJsonDocument::Compact));
        HttpTransport transport;
        YativoClient yativo(&transport, server.url(), u"sandbox"_s, u"secret"_s);
        YativoCustomerDialog dialog(&yativo, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto set = [&dialog](const QString &name, const QString &text) {
            auto *edit = dialog.findChild<QLineEdit *>(name);
            QVERIFY(edit);
            edit->setFocus();
            QTest::keyClicks(edit, text);
        };
        set(u"nameLineEdit"_s, u"Emery Lark"_s);
        set(u"emailLineEdit"_s, u"emery@example.test"_s);
        set(u"phoneLineEdit"_s, u"+15550100123"_s);
        set(u"countryLineEdit"_s, u"USA"_s);
        auto *submit = dialog.findChild<QPushButton *>(u"submitPushButton"_s);
        QVERIFY(submit);
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text()));
        QSignalSpy created(&dialog, &YativoCustomerDialog::customerCreated);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(created.wait(10000));

        for (const QString &name : { u"kycLinkLineEdit"_s, u"tosLinkLineEdit"_s }) {
            auto *edit = dialog.findChild<QLineEdit *>(name);
            QVERIFY(edit);
            QCOMPARE(edit->text(), QString()); // nothing to copy, nothing to open
            QVERIFY2(edit->placeholderText().contains(u"https"_s), qPrintable(edit->placeholderText()));
        }
        bool warned = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            warned = warned || label->text().contains(u"not an https address"_s);
        QVERIFY2(warned, "the dialog does not say why the links are missing");
    }

    void vendorTextIsNeverRichText()
    {
        CustomerDetailWidget detail(new CustomerDossier(DossierSources {}, nullptr)); // takes it
        for (const QString &name :
             { u"customerNameLabel"_s, u"customerIdLabel"_s, u"addressLabel"_s, u"contactLabel"_s }) {
            const auto *label = detail.findChild<QLabel *>(name);
            QVERIFY2(label, qPrintable(name));
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        RiskPanel risk(nullptr);
        const auto *identity = risk.findChild<QLabel *>(u"identityLabel"_s);
        QVERIFY(identity);
        QCOMPARE(identity->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestLinkPolicy)
#include "tst_link_policy.moc"
