// CustomerTableModel and CustomerFilterProxyModel under QAbstractItemModelTester, which is
// created before and outlives every mutation of each test.

#include "CustomerFilterProxyModel.h"
#include "CustomerTableModel.h"
#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerModels : public QObject
{
    Q_OBJECT

private:
    static QList<Customer> sample()
    {
        return { makeCustomer(1, u"Anna"_s, u"Berg"_s, u"anna.berg@example.com"_s, KycStatus::Approved),
                 makeCustomer(2, u"Omar"_s, u"Haddad"_s, u"omar@example.org"_s, KycStatus::Pending),
                 makeCustomer(3, u"Northwind Ltd"_s, {}, u"ops@northwind.example"_s, KycStatus::Rejected,
                              CustomerType::Business),
                 makeCustomer(4, u"Annika"_s, u"Svensson"_s, u"annika@example.net"_s, KycStatus::Approved),
                 makeCustomer(5, u"Zed"_s, u"Annandale"_s, u"zed@example.com"_s, KycStatus::AdditionalReviewRequired) };
    }

    static QStringList names(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, CustomerTableModel::Name).data().toString();
        return out;
    }

private Q_SLOTS:
    void appendUpsertClear()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Customer> customers = sample();
        model.appendCustomers(customers.mid(0, 3));
        model.appendCustomers(customers.mid(3));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
        QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), u"Anna Berg"_s);
        QCOMPARE(model.index(2, CustomerTableModel::Name).data().toString(), u"Northwind Ltd"_s);
        QCOMPARE(model.index(2, CustomerTableModel::Type).data().toString(), u"Business"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data().toString(), u"Approved"_s);
        QCOMPARE(model.index(4, CustomerTableModel::Kyc).data().toString(), u"Additional review"_s);
        QCOMPARE(model.index(3, CustomerTableModel::OpenRequirements).data().toInt(), 0);
        QCOMPARE(model.index(2, CustomerTableModel::OpenRequirements).data().toInt(), 3);
        QCOMPARE(model.rowOfId(customers[3].id), 3);

        Customer changed = customers[1];
        changed.kyc = SphereCodec::kycStatusFromWire(u"approved"_s);
        model.upsertCustomer(changed);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Approved));

        model.upsertCustomer(makeCustomer(9, u"New"_s, u"Person"_s, u"new@example.com"_s, KycStatus::Incomplete));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOfId(makeCustomer(9, {}, {}, {}, KycStatus::Incomplete).id), 5);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfId(customers[0].id), -1);
    }

    void unknownStatusIsShownAsSent()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Customer c = sample().first();
        c.kyc = SphereCodec::kycStatusFromWire(u"underManualReview"_s);
        c.email.reset();
        model.appendCustomers({ c });
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data().toString(), u"underManualReview"_s);
        QVERIFY(model.index(0, CustomerTableModel::Kyc).data(Qt::ToolTipRole).toString().contains(u"underManualReview"_s));
        QCOMPARE(model.index(0, CustomerTableModel::Email).data().toString(), u"—"_s);
    }

    void textKycAndTypeFilters()
    {
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());

        proxy.setTextFilter(u"ann"_s);
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s, u"Zed Annandale"_s }));
        proxy.setTextFilter(u"  ANN  example.com "_s); // case-insensitive, every term must match
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Zed Annandale"_s }));
        proxy.setTextFilter(u"customer_"_s + QString::number(2).rightJustified(32, u'0'));
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s })); // by id

        proxy.setTextFilter({});
        proxy.setKycFilter(KycStatus::Approved);
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s }));
        proxy.setTypeFilter(CustomerType::Business);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setKycFilter(std::nullopt);
        QCOMPARE(names(proxy), QStringList({ u"Northwind Ltd"_s }));
        proxy.setTypeFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 5);

        // Rows added while filtered are filtered too.
        proxy.setTextFilter(u"omar"_s);
        model.appendCustomers({ makeCustomer(7, u"Omar"_s, u"Two"_s, u"o2@example.com"_s, KycStatus::Pending) });
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsByRawValuesNotDisplayText()
    {
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s, u"Northwind Ltd"_s, u"Omar Haddad"_s,
                                             u"Zed Annandale"_s }));
        proxy.sort(CustomerTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), u"Zed Annandale"_s);
        // updated = created (day n) + (100 - n) hours: day 5 + 95 h is the latest update.
        proxy.sort(CustomerTableModel::Updated, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(CustomerTableModel::SortRole).toString(), u"zed annandale"_s);
        QVERIFY(proxy.index(0, CustomerTableModel::Updated).data(CustomerTableModel::SortRole).toLongLong()
                > proxy.index(1, CustomerTableModel::Updated).data(CustomerTableModel::SortRole).toLongLong());
        // Sorting survives appends (dynamic sort).
        model.appendCustomers({ makeCustomer(0, u"Aaron"_s, u"First"_s, u"a@example.com"_s, KycStatus::Pending) });
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), u"Aaron First"_s);
    }
};

QTEST_GUILESS_MAIN(TestCustomerModels)
#include "tst_customer_models.moc"
