// The detail pane's models under QAbstractItemModelTester: UBOs, wallets, bank accounts (masking),
// requirements and verification levels. Test data is plain struct initialisation.

#include "BankAccountTableModel.h"
#include "RequirementListModel.h"
#include "UboTableModel.h"
#include "VerificationLevelModel.h"
#include "WalletTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename E> VendorEnum<E> vendor(E value, const QString &raw)
{
    return VendorEnum<E> { value, raw, false };
}

const QDateTime kCreated(QDate(2024, 8, 22), QTime(16, 13, 1), Qt::UTC);

BankAccount sampleAccount()
{
    BankAccount b;
    b.id = u"bankAccount_1"_s;
    b.status = vendor(BankAccountStatus::Active, u"active"_s);
    b.customer = u"customer_1"_s;
    b.bankName = u"First Example Bank"_s;
    b.accountName = u"Operating"_s;
    b.accountHolderName = u"Northwind Ltd"_s;
    b.accountType = vendor(BankAccountType::Checking, u"checking"_s);
    b.currency = u"usd"_s;
    b.accountNumber = u"000123456789"_s;
    b.routingNumber = u"011000015"_s;
    b.last4 = u"6789"_s;
    b.created = kCreated;
    b.updated = kCreated;
    return b;
}
} // namespace

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
        a.email = u"mira@example.com"_s;
        a.phoneNumber = u"+2348000000000"_s;
        a.requirements = { u"ssn"_s, u"customerIdentityDocument"_s };
        a.address = Address { {}, {}, {}, {}, {}, u"NGA"_s };
        a.created = kCreated;
        Ubo b;
        b.id = u"ubo_2"_s;
        model.setUbos({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(UboTableModel::ColumnCount));
        QCOMPARE(model.headerData(UboTableModel::Phone, Qt::Horizontal).toString(), u"Phone"_s);
        QCOMPARE(model.index(0, UboTableModel::Name).data().toString(), u"Mira Okafor"_s);
        QCOMPARE(model.index(0, UboTableModel::Email).data().toString(), u"mira@example.com"_s);
        QCOMPARE(model.index(0, UboTableModel::Country).data().toString(), u"NGA"_s);
        QCOMPARE(model.index(0, UboTableModel::OpenRequirements).data().toInt(), 2);
        QVERIFY(model.index(0, UboTableModel::OpenRequirements)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Social Security Number"_s));
        QCOMPARE(model.index(0, UboTableModel::Created).data(UboTableModel::SortRole).toLongLong(),
                 kCreated.toMSecsSinceEpoch());
        QCOMPARE(model.index(0, 0).data(UboTableModel::IdRole).toString(), u"ubo_1"_s);
        // Missing values: a dash, never an empty cell.
        QCOMPARE(model.index(1, UboTableModel::Name).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, UboTableModel::Email).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, UboTableModel::Phone).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, UboTableModel::Country).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, UboTableModel::Created).data().toString(), u"—"_s);
        model.setUbos({ b });
        QCOMPARE(model.rowCount(), 1);
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
        w.owner = vendor(WalletOwner::Customer, u"customer"_s);
        w.primary = true;
        w.isSigned = false;
        w.created = kCreated;
        model.addOrUpdate(w);
        Wallet w2;
        w2.id = u"wallet_2"_s;
        w2.owner = vendor(WalletOwner::Unknown, u"custodian"_s);
        model.addOrUpdate(w2);
        QCOMPARE(model.rowCount(), 2);
        w.nickname = u"Treasury"_s;
        model.addOrUpdate(w); // same id: replaced, not duplicated
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(WalletTableModel::IdRole).toString(), u"wallet_1"_s);
        QCOMPARE(model.index(0, WalletTableModel::Nickname).data().toString(), u"Treasury"_s);
        QCOMPARE(model.index(0, WalletTableModel::Network).data().toString(), u"ethereum"_s);
        QCOMPARE(model.index(0, WalletTableModel::Address).data().toString(), u"0x5290…9EE7"_s);
        QCOMPARE(model.index(0, WalletTableModel::Address).data(Qt::ToolTipRole).toString(), *w.address);
        QCOMPARE(model.index(0, WalletTableModel::Owner).data().toString(), u"Customer"_s);
        QCOMPARE(model.index(0, WalletTableModel::Primary).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(0, WalletTableModel::Signed).data().toString(), u"No"_s);
        QCOMPARE(model.index(1, WalletTableModel::Owner).data().toString(),
                 u"custodian"_s); // unknown: as sent
        QCOMPARE(model.index(1, WalletTableModel::Nickname).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, WalletTableModel::Address).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, WalletTableModel::Primary).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, WalletTableModel::Created).data().toString(), u"—"_s);
        QCOMPARE(WalletTableModel::shortAddress(u"short"_s), u"short"_s);
        model.setWallets({ w2 });
        QCOMPARE(model.rowCount(), 1);
        model.setWallets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void bankAccountNumbersAreMaskedUntilRevealed()
    {
        BankAccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isRevealed());
        model.addOrUpdate(sampleAccount());
        const QModelIndex number = model.index(0, BankAccountTableModel::AccountNumber);
        const QModelIndex routing = model.index(0, BankAccountTableModel::RoutingNumber);
        QCOMPARE(number.data().toString(), u"•••• 6789"_s);
        QCOMPARE(routing.data().toString(), u"•••• 0015"_s);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role :
                 { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(BankAccountTableModel::SortRole) }) {
                const QString text = model.index(0, column).data(role).toString();
                QVERIFY2(!text.contains(u"000123456789"_s) && !text.contains(u"011000015"_s),
                         qPrintable(text));
            }
        }
        model.setRevealed(true);
        QVERIFY(model.isRevealed());
        QCOMPARE(number.data().toString(), u"000123456789"_s);
        QCOMPARE(routing.data().toString(), u"011000015"_s);
        model.setRevealed(false);
        QCOMPARE(number.data().toString(), u"•••• 6789"_s);
        QCOMPARE(routing.data().toString(), u"•••• 0015"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Bank).data().toString(), u"First Example Bank"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Holder).data().toString(), u"Northwind Ltd"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Type).data().toString(), u"Checking"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Currency).data().toString(), u"USD"_s);
        QCOMPARE(model.index(0, BankAccountTableModel::Status).data().toString(), u"Active"_s);

        // The vendor censors the number on GET: revealing shows nothing more than last4.
        BankAccount censored = sampleAccount();
        censored.id = u"bankAccount_2"_s;
        censored.accountNumber.reset();
        censored.routingNumber.reset();
        censored.last4 = u"4321"_s;
        censored.status = vendor(BankAccountStatus::Unknown, u"frozen"_s);
        censored.currency.reset();
        model.addOrUpdate(censored);
        QCOMPARE(model.rowCount(), 2);
        model.setRevealed(true);
        QCOMPARE(model.index(1, BankAccountTableModel::AccountNumber).data().toString(), u"•••• 4321"_s);
        QCOMPARE(model.index(1, BankAccountTableModel::RoutingNumber).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, BankAccountTableModel::Status).data().toString(), u"frozen"_s);
        QCOMPARE(model.index(1, BankAccountTableModel::Currency).data().toString(), u"—"_s);

        // An update by id replaces the row; setBankAccounts resets.
        censored.accountName = u"Payroll"_s;
        model.addOrUpdate(censored);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, BankAccountTableModel::AccountName).data().toString(), u"Payroll"_s);
        model.setBankAccounts({ censored });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(BankAccountTableModel::IdRole).toString(), u"bankAccount_2"_s);
    }

    void requirementsInWords()
    {
        RequirementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The vendor's own example lists address.city twice.
        model.setRequirements({ u"address.line1"_s, u"address.city"_s, u"address.city"_s,
                                u"customerIdentityDocument"_s, u"ssn"_s, u"somethingNew"_s });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data().toString(), u"Address — line 1"_s);
        QCOMPARE(model.index(0).data(RequirementListModel::KeyRole).toString(), u"address.line1"_s);
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), u"address.line1"_s);
        QCOMPARE(model.index(2).data().toString(), u"Identity document"_s);
        QCOMPARE(model.index(3).data().toString(), u"Social Security Number"_s);
        QCOMPARE(model.index(4).data().toString(), u"somethingNew"_s); // unknown key: as sent
        model.setRequirements({});
        QCOMPARE(model.rowCount(), 0);
    }

    void verificationLevels()
    {
        VerificationLevelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VerificationLevel ach;
        ach.name = vendor(VerificationLevelName::AchPull, u"ach_pull"_s);
        ach.status = vendor(VerificationStatus::ConvertedToUser, u"convereted_to_user"_s);
        ach.requirements = { u"createUser"_s, u"ssn"_s };
        VerificationLevel card;
        card.name = vendor(VerificationLevelName::Unknown, u"card_push"_s);
        card.status = vendor(VerificationStatus::Unknown, u"frozen"_s);
        model.setLevels({ ach, card });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(VerificationLevelModel::Name, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::Name).data().toString(), u"ACH pull"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::Status).data().toString(), u"Converted to user"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::Status).data(Qt::ToolTipRole).toString(),
                 u"convereted_to_user"_s);
        QCOMPARE(model.index(0, VerificationLevelModel::OpenRequirements).data().toString(),
                 u"Create user, Social Security Number"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::Name).data().toString(), u"card_push"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::Status).data().toString(), u"frozen"_s);
        QCOMPARE(model.index(1, VerificationLevelModel::OpenRequirements).data().toString(), u"—"_s);
        model.setLevels({ card });
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDetailModels)
#include "tst_detail_models.moc"
