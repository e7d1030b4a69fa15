// The detail pane's models under QAbstractItemModelTester: UBOs, wallets, bank accounts (masking),
// requirements and verification levels.

#include "BankAccountTableModel.h"
#include "RequirementListModel.h"
#include "SphereCodec.h"
#include "UboTableModel.h"
#include "VerificationLevelModel.h"
#include "WalletTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDetailModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ubos()
    {
        UboTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ubo a;
        a.id = u"ubo_1"_s;
        a.firstName = u"Mira"_s;
        a.lastName = u"Okafor"_s;
        a.requirements = { u"ssn"_s, u"customerIdentityDocument"_s };
        a.address = Address { {}, {}, {}, {}, {}, u"NGA"_s };
        Ubo b;
        b.id = u"ubo_2"_s;
        model.setUbos({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UboTableModel::Name).data().toString(), u"Mira Okafor"_s);
        QCOMPARE(model.index(0, UboTableModel::Country).data().toString(), u"NGA"_s);
        QCOMPARE(model.index(0, UboTableModel::OpenRequirements).data().toInt(), 2);
        QVERIFY(model.index(0, UboTableModel::OpenRequirements).data(Qt::ToolTipRole).toString().contains(u"Social Security Number"_s));
        QCOMPARE(model.index(1, UboTableModel::Email).data().toString(), u"—"_s);
        model.setUbos({});
        QCOMPARE(model.rowCount(), 0);
    }

    void walletsArriveOneByOne()
    {
        WalletTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Wallet w;
        w.id = u"wallet_1"_s;
        w.address = u"0x52908400098527886E0F7030069857D2E4169EE7"_s;
        w.network = u"ethereum"_s;
        w.owner = enumFromString(EnumNames<WalletOwner, 1> { { { WalletOwner::Customer, u"customer" } } }, u"customer"_s);
        w.primary = true;
        model.addOrUpdate(w);
        Wallet w2 = w;
        w2.id = u"wallet_2"_s;
        w2.owner = enumFromString(EnumNames<WalletOwner, 1> { { { WalletOwner::Customer, u"customer" } } }, u"custodian"_s);
        model.addOrUpdate(w2);
        QCOMPARE(model.rowCount(), 2);
        w.nickname = u"Treasury"_s;
        model.addOrUpdate(w); // same id: replaced, not duplicated
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, WalletTableModel::Nickname).data().toString(), u"Treasury"_s);
        QCOMPARE(model.index(0, WalletTableModel::Address).data().toString(), u"0x5290…9EE7"_s);
        QCOMPARE(model.index(0, WalletTableModel::Address).data(Qt::ToolTipRole).toString(), *w.address);
        QCOMPARE(model.index(0, WalletTableModel::Primary).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(0, WalletTableModel::Signed).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, WalletTableModel::Owner).data().toString(), u"custodian"_s); // unknown: as sent
    }

    void bankAccountNumbersAreMaskedUntilRevealed()
    {
        BankAccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray json = R"({"id":"bankAccount_1","status":"active","customer":"customer_1","bankName":"First Example Bank",
            "accountName":"Operating","accountHolderName":"Northwind Ltd","accountType":"checking","currency":"usd",
            "accountNumber":"000123456789","routingNumber":"011000015","last4":"6789",
            "created":"2024-08-22T16:13:01.227Z","updated":"2024-08-22T16:13:01.227Z"})";
        const Result<BankAccount> account = SphereCodec::decodeBankAccount(QJsonDocument::fromJson(json).object());
        QVERIFY(account.ok());
        model.addOrUpdate(account.value());
        const QModelIndex number = model.index(0, BankAccountTableModel::AccountNumber);
        const QModelIndex routing = model.index(0, BankAccountTableModel::RoutingNumber);
        QCOMPARE(number.data().toString(), u"•••• 6789"_s);
        QVERIFY(!routing.data().toString().contains(u"011000015"_s));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(0, column).data().toString();
            QVERIFY2(!text.contains(u"000123456789"_s), qPrintable(text));
        }
        model.setRevealed(true);
        QCOMPARE(number.data().toString(), u"000123456789"_s);
        QCOMPARE(routing.data().toString(), u"011000015"_s);
        model.setRevealed(false);
        QCOMPARE(number.data().toString(), u"•••• 6789"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Currency).data().toString(), u"USD"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Status).data().toString(), u"Active"_s);
    }

    void requirementsInWords()
    {
        RequirementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The vendor's own example lists address.city twice.
        model.setRequirements({ u"address.line1"_s, u"address.city"_s, u"address.city"_s, u"somethingNew"_s });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), u"Address — line 1"_s);
        QCOMPARE(model.index(0).data(RequirementListModel::KeyRole).toString(), u"address.line1"_s);
        QCOMPARE(model.index(2).data().toString(), u"somethingNew"_s);
        model.setRequirements({});
        QCOMPARE(model.rowCount(), 0);
    }

    void verificationLevels()
    {
        VerificationLevelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray json = R"({"id":"customer_1","type":"individual","kyc":"approved",
            "created":"2024-07-31T23:44:16.319Z","updated":"2024-08-07T22:23:45.817Z",
            "verificationLevels":[{"name":"ach_pull","status":"convereted_to_user","requirements":["createUser"]},
                                  {"name":"card_push","status":"frozen","requirements":[]}]})";
        const Result<Customer> c = SphereCodec::decodeCustomer(QJsonDocument::fromJson(json).object());
        QVERIFY(c.ok());
        model.setLevels(c.value().verificationLevels);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VerificationLevelModel::Name).data().toString(), u"ACH pull"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::Status).data().toString(), u"Converted to user"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::OpenRequirements).data().toString(), u"Create user"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::Name).data().toString(), u"card_push"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::Status).data().toString(), u"frozen"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::OpenRequirements).data().toString(), u"—"_s);
    }
};

QTEST_GUILESS_MAIN(TestDetailModels)
#include "tst_detail_models.moc"
