// CustomerTableModel and CustomerFilterProxyModel under QAbstractItemModelTester, which is
// created before and outlives every mutation of each test.
// Long because each mutation gets its own case under the same model tester set-up.

#include "CustomerFilterProxyModel.h"
#include "CustomerIdIndex.h"
#include "CustomerSortKey.h"
#include "CustomerTableModel.h"
#include "CustomerTextMatcher.h"
#include "ModelTestData.h"
#include "StatusText.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QHash>
#include <QRandomGenerator>
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
                 makeCustomer(5, u"Zed"_s, u"Annandale"_s, u"zed@example.com"_s,
                              KycStatus::AdditionalReviewRequired) };
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
        model.appendCustomers({}); // an empty page changes nothing
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
        QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), u"Anna Berg"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Name).data(Qt::ToolTipRole).toString(), customers[0].id);
        QCOMPARE(model.index(2, CustomerTableModel::Name).data().toString(), u"Northwind Ltd"_s);
        QCOMPARE(model.index(2, CustomerTableModel::Type).data().toString(), u"Business"_s);
        QCOMPARE(model.index(2, 0).data(CustomerTableModel::TypeRole).toInt(), int(CustomerType::Business));
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data().toString(), u"Approved"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data(Qt::ToolTipRole).toString(),
                 u"Vendor value: approved"_s);
        QCOMPARE(model.index(4, CustomerTableModel::Kyc).data().toString(), u"Additional review"_s);
        QCOMPARE(model.index(3, CustomerTableModel::OpenRequirements).data().toInt(), 0);
        QCOMPARE(model.index(2, CustomerTableModel::OpenRequirements).data().toInt(), 3);
        QCOMPARE(model.index(2, CustomerTableModel::OpenRequirements).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 0).data(CustomerTableModel::IdRole).toString(), customers[0].id);
        QCOMPARE(model.index(0, 0).data(CustomerTableModel::SearchTextRole).toString(),
                 u"anna berg\nanna.berg@example.com\n"_s + customers[0].id);
        QCOMPARE(model.index(0, CustomerTableModel::Created).data(CustomerTableModel::SortRole).toLongLong(),
                 customers[0].created.toMSecsSinceEpoch());
        QCOMPARE(model.index(0, CustomerTableModel::Created).data().toString(),
                 QLocale().toString(customers[0].created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.rowOfId(customers[3].id), 3);
        QCOMPARE(model.customerId(3), customers[3].id);
        QCOMPARE(model.customerId(99), QString());
        QCOMPARE(model.name(model.rowAt(1)), u"Omar Haddad"_s);

        Customer changed = customers[1];
        changed.kyc = vendor(KycStatus::Approved, u"approved"_s);
        model.upsertCustomer(changed);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfId(changed.id), 1);
        QCOMPARE(model.index(1, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Approved));

        model.upsertCustomer(
            makeCustomer(9, u"New"_s, u"Person"_s, u"new@example.com"_s, KycStatus::Incomplete));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOfId(customerIdFor(9)), 5);
        QCOMPARE(model.index(5, CustomerTableModel::Name).data().toString(), u"New Person"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfId(customers[0].id), -1);
        model.appendCustomers(customers.mid(0, 1)); // usable again after clear
        QCOMPARE(model.rowOfId(customers[0].id), 0);
    }

    void duplicatesAcrossPagesReplaceTheirRow()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Customer> customers = sample();
        model.appendCustomers(customers.mid(0, 3));
        // The book moved between two page requests: customer 3 comes again on the next page.
        Customer moved = customers[2];
        moved.kyc = vendor(KycStatus::Approved, u"approved"_s);
        Customer last = customers[4];
        last.firstName = u"Zoe"_s;
        model.appendCustomers({ moved, customers[3], customers[4], last });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfId(moved.id), 2);
        QCOMPARE(model.index(2, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Approved));
        QCOMPARE(model.rowOfId(last.id), 4);
        QCOMPARE(model.index(4, CustomerTableModel::Name).data().toString(),
                 u"Zoe Annandale"_s); // last copy wins
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfId(model.customerId(row)), row);
    }

    void unknownAndMissingValues()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Customer c = sample().first();
        c.kyc = vendor(KycStatus::Unknown, u"underManualReview"_s);
        c.type = vendor(CustomerType::Unknown, u"trust"_s);
        c.msa = vendorNull<MsaStatus>();
        c.email.reset();
        c.created = QDateTime();
        model.appendCustomers({ c });
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data().toString(), u"underManualReview"_s);
        QVERIFY(model.index(0, CustomerTableModel::Kyc)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"underManualReview"_s));
        QCOMPARE(model.index(0, CustomerTableModel::Type).data().toString(), u"trust"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Tos).data().toString(), u"Pending"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Msa).data().toString(), u"—"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Email).data().toString(), u"—"_s);
        QCOMPARE(model.index(0, CustomerTableModel::Created).data().toString(), u"—"_s);
        QVERIFY(model.index(0, CustomerTableModel::Updated).data().toString() != u"—"_s);
        QCOMPARE(model.index(0, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Unknown));
    }

    // A status a hostile vendor makes 70 000 characters long is cut, visibly, in the row's text; the
    // row's other texts are untouched, and a later copy with a known status leaves nothing of it.
    void anOverlongUnknownStatusIsCut()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Customer c = sample().first();
        c.kyc = vendor(KycStatus::Unknown, QString(70000, u'x'));
        model.appendCustomers({ c });
        const QString kyc = model.index(0, CustomerTableModel::Kyc).data().toString();
        QVERIFY(kyc.startsWith(u"xxxx"_s));
        QVERIFY(kyc.endsWith(QChar(0x2026)));
        QVERIFY(kyc.size() < 0xffff);
        QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), c.displayName());
        QCOMPARE(model.customerId(0), c.id);
        QCOMPARE(model.rowOfId(c.id), 0);

        c.kyc = vendor(KycStatus::Approved, u"approved"_s);
        model.upsertCustomer(c);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data().toString(), u"Approved"_s);
        QVERIFY(!model.index(0, CustomerTableModel::Kyc).data(Qt::ToolTipRole).toString().contains(u"xxx"_s));
        QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), c.displayName());
    }

    void statusColours()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());
        auto colour = [&](int row) {
            return model.index(row, CustomerTableModel::Kyc).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(colour(0), StatusText::color(StatusText::Tone::Good)); // approved
        QCOMPARE(colour(1), StatusText::color(StatusText::Tone::Attention)); // pending
        QCOMPARE(colour(2), StatusText::color(StatusText::Tone::Bad)); // rejected
        QCOMPARE(colour(4), StatusText::color(StatusText::Tone::Attention)); // additional review
        QCOMPARE(model.index(0, CustomerTableModel::Kyc).data(Qt::DecorationRole).value<QColor>(),
                 StatusText::color(StatusText::Tone::Good));
        QCOMPARE(model.index(2, CustomerTableModel::Kyc).data(CustomerTableModel::ToneRole).toInt(),
                 int(StatusText::Tone::Bad));
        QVERIFY(!model.index(0, CustomerTableModel::Name).data(Qt::ForegroundRole).isValid());
        // MSA "incomplete" is neutral: the view's own colour.
        QVERIFY(!model.index(0, CustomerTableModel::Msa).data(Qt::ForegroundRole).isValid());
    }

    // Several KYC statuses at once: any of them passes; the text and type filters still apply.
    void kycFilterTakesASetOfStatuses()
    {
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());

        proxy.setKycFilters({ KycStatus::Pending, KycStatus::Rejected });
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s, u"Northwind Ltd"_s }));
        QCOMPARE(proxy.kycFilters(), QList<KycStatus>({ KycStatus::Pending, KycStatus::Rejected }));
        const qint64 examined = proxy.rowsExamined();
        proxy.setKycFilters({ KycStatus::Rejected, KycStatus::Pending }); // the same set: no refilter
        QCOMPARE(proxy.rowsExamined(), examined);
        proxy.setKycFilters({ KycStatus::Pending, KycStatus::Rejected, KycStatus::AdditionalReviewRequired });
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s, u"Northwind Ltd"_s, u"Zed Annandale"_s }));
        proxy.setTypeFilter(CustomerType::Individual);
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s, u"Zed Annandale"_s }));
        proxy.setTextFilter(u"zed"_s);
        QCOMPARE(names(proxy), QStringList({ u"Zed Annandale"_s }));
        proxy.setTextFilter({});
        proxy.setTypeFilter(std::nullopt);
        // One status through the old call is a set of one; nullopt and an empty set show everyone.
        proxy.setKycFilter(KycStatus::Approved);
        QCOMPARE(proxy.kycFilters(), QList<KycStatus>({ KycStatus::Approved }));
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s }));
        proxy.setKycFilters({});
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(proxy.kycFilters().isEmpty());
        proxy.setKycFilters({ KycStatus::Approved });
        proxy.setKycFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 5);
    }

    // The search finds a customer by the phone's digits however the number is typed, and a business
    // by its owners' names; wallet addresses and account numbers are not in the list.
    void searchFindsPhoneDigitsAndOwnerNames()
    {
        QList<Customer> customers = sample();
        customers[1].phoneNumber = u"+1 (415) 555-0134"_s;
        Ubo owner;
        owner.id = u"ubo_1"_s;
        owner.firstName = u"Greta"_s;
        owner.lastName = u"Lindqvist"_s;
        customers[2].ubos = { owner };
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.appendCustomers(customers);
        QCOMPARE(model.index(1, 0).data(CustomerTableModel::SearchTextRole).toString(),
                 u"omar haddad\nomar@example.org\n"_s + customers[1].id + u"\n14155550134"_s);
        for (const QString &typed : { u"4155550134"_s, u"555-0134"_s, u"(415) 555-0134"_s, u"+14155550134"_s,
                                      u"+1 415 555 0134"_s }) {
            proxy.setTextFilter(typed);
            QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s }));
        }
        proxy.setTextFilter(u"555-0199"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTextFilter(u"lindqvist"_s);
        QCOMPARE(names(proxy), QStringList({ u"Northwind Ltd"_s }));
        proxy.setTextFilter(u"greta lind"_s);
        QCOMPARE(names(proxy), QStringList({ u"Northwind Ltd"_s }));
        // A term with letters keeps its punctuation: an email address is not read as a number.
        proxy.setTextFilter(u"omar@example.org"_s);
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s }));
        QCOMPARE(CustomerTextMatcher::termsOf(u" (415) 555-0134 Ann.B "_s),
                 QStringList({ u"415"_s, u"5550134"_s, u"ann.b"_s }));
        // The row replaced by a fresher copy keeps its extras.
        Customer fresher = customers[1];
        fresher.phoneNumber = u"+44 20 7946 0958"_s;
        model.upsertCustomer(fresher);
        proxy.setTextFilter(u"4155550134"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTextFilter(u"20 7946 0958"_s);
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s }));
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
        qint64 examined = proxy.rowsExamined();
        proxy.setTextFilter(u" ANN\t"_s); // same terms: no refilter
        QCOMPARE(proxy.rowsExamined(), examined);
        QCOMPARE(proxy.textFilter(), u" ANN\t"_s);
        proxy.setTextFilter(u"  ANN \t example.com "_s); // case-insensitive, every term must match
        QCOMPARE(proxy.rowsExamined(), examined + 3); // narrower: only the three shown are looked at
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Zed Annandale"_s }));
        proxy.setTextFilter(customerIdFor(2));
        QCOMPARE(names(proxy), QStringList({ u"Omar Haddad"_s })); // by id
        proxy.setTextFilter(u"nobody"_s);
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setTextFilter({});
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setKycFilter(KycStatus::Approved);
        QCOMPARE(names(proxy), QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s }));
        examined = proxy.rowsExamined();
        proxy.setKycFilter(KycStatus::Approved); // unchanged: no refilter
        QCOMPARE(proxy.rowsExamined(), examined);
        proxy.setTypeFilter(CustomerType::Business);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setKycFilter(std::nullopt);
        QCOMPARE(names(proxy), QStringList({ u"Northwind Ltd"_s }));
        proxy.setTypeFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 5);

        // Text and KYC together.
        proxy.setTextFilter(u"example.com"_s);
        proxy.setKycFilter(KycStatus::AdditionalReviewRequired);
        QCOMPARE(names(proxy), QStringList({ u"Zed Annandale"_s }));
        proxy.setTextFilter({});

        // "Unknown" catches statuses this build does not know.
        Customer odd = makeCustomer(6, u"Odd"_s, u"Status"_s, u"odd@example.com"_s, KycStatus::Pending);
        odd.kyc = vendor(KycStatus::Unknown, u"underManualReview"_s);
        model.appendCustomers({ odd });
        proxy.setKycFilter(KycStatus::Unknown);
        QCOMPARE(names(proxy), QStringList({ u"Odd Status"_s }));
        QCOMPARE(proxy.index(0, CustomerTableModel::Kyc).data().toString(), u"underManualReview"_s);

        // Rows added or changed while filtered are filtered too.
        proxy.setKycFilter(std::nullopt);
        proxy.setTextFilter(u"omar"_s);
        model.appendCustomers(
            { makeCustomer(7, u"Omar"_s, u"Two"_s, u"o2@example.com"_s, KycStatus::Pending) });
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter({});
        proxy.setKycFilter(KycStatus::Pending);
        QCOMPARE(proxy.rowCount(), 2);
        Customer approved = sample()[1];
        approved.kyc = vendor(KycStatus::Approved, u"approved"_s);
        model.upsertCustomer(approved); // Omar Haddad leaves the "pending" view
        QCOMPARE(names(proxy), QStringList({ u"Omar Two"_s }));

        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void proxyCellFlagsAreTheSourceCellFlags()
    {
        // The proxy answers flags without mapping to the source (QTreeView asks for every row on each
        // layout); the answer must stay what the source says, cell by cell, sorted and filtered.
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());
        proxy.sort(CustomerTableModel::Name, Qt::DescendingOrder);
        proxy.setTextFilter(u"example"_s);
        QVERIFY(proxy.rowCount() > 1);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            for (int column = 0; column < proxy.columnCount(); ++column) {
                const QModelIndex index = proxy.index(row, column);
                QCOMPARE(proxy.flags(index), model.flags(proxy.mapToSource(index)));
                QVERIFY(proxy.flags(index).testFlag(Qt::ItemNeverHasChildren));
                QVERIFY(!proxy.flags(index).testFlag(Qt::ItemIsEditable));
            }
        }
        QCOMPARE(proxy.flags({}), model.flags({}));
    }

    void manyRowsFlippingRebuildTheMapping()
    {
        // Over 1000 rows changing visibility takes the rebuild path (layoutChanged) instead of
        // incremental removes/inserts; both must leave the same, correctly sorted rows.
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CustomerTableModel::Created, Qt::DescendingOrder);
        for (int page = 0; page < 3; ++page) {
            QList<Customer> customers;
            for (int i = 0; i < 1000; ++i) {
                const int n = page * 1000 + i;
                customers << makeCustomer(n, n % 2 ? u"Odd"_s : u"Even"_s, QString::number(n),
                                          u"c%1@example.com"_s.arg(n),
                                          n % 3 ? KycStatus::Pending : KycStatus::Approved);
            }
            model.appendCustomers(customers);
        }
        QCOMPARE(proxy.rowCount(), 3000);
        const QPersistentModelIndex kept = proxy.index(0, 0); // customer 2999, odd: a view's current row
        proxy.setTextFilter(u"odd"_s); // 1500 flips: rebuild
        QCOMPARE(proxy.rowCount(), 1500);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(CustomerTableModel::IdRole).toString(), customerIdFor(2999));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row, CustomerTableModel::Name).data().toString().startsWith(u"Odd "_s));
            if (row > 0)
                QVERIFY(proxy.index(row - 1, CustomerTableModel::Created)
                            .data(CustomerTableModel::SortRole)
                            .toLongLong()
                        > proxy.index(row, CustomerTableModel::Created)
                              .data(CustomerTableModel::SortRole)
                              .toLongLong());
        }
        proxy.setTextFilter(u"odd 2999"_s); // 1499 flips
        QCOMPARE(names(proxy), QStringList({ u"Odd 2999"_s }));
        proxy.setTextFilter(u"odd 299"_s); // 7 flips: incremental
        QCOMPARE(names(proxy),
                 QStringList({ u"Odd 2999"_s, u"Odd 2997"_s, u"Odd 2995"_s, u"Odd 2993"_s, u"Odd 2991"_s,
                               u"Odd 2299"_s, u"Odd 1299"_s, u"Odd 299"_s }));
        proxy.setKycFilter(KycStatus::Approved); // multiples of 3 only
        QCOMPARE(names(proxy), QStringList({ u"Odd 2997"_s, u"Odd 2991"_s, u"Odd 1299"_s }));
        proxy.setTextFilter({});
        QCOMPARE(proxy.rowCount(), 1000);
        // Rows changed after a filter are filtered by their new values.
        Customer c = makeCustomer(3, u"Odd"_s, u"3"_s, u"c3@example.com"_s, KycStatus::Pending);
        model.upsertCustomer(c);
        QCOMPARE(proxy.rowCount(), 999);
        proxy.setKycFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 3000);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByRawValuesNotDisplayText()
    {
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.sortRole(), int(CustomerTableModel::SortRole));
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(sample());
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(proxy),
                 QStringList({ u"Anna Berg"_s, u"Annika Svensson"_s, u"Northwind Ltd"_s, u"Omar Haddad"_s,
                               u"Zed Annandale"_s }));
        proxy.sort(CustomerTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), u"Zed Annandale"_s);

        // Created: day n; display text in the local short format would not sort by date.
        proxy.sort(CustomerTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(names(proxy),
                 QStringList({ u"Zed Annandale"_s, u"Annika Svensson"_s, u"Northwind Ltd"_s, u"Omar Haddad"_s,
                               u"Anna Berg"_s }));
        // updated = created (day n) + (100 - n) hours: ascending is day 1 + 99 h first.
        proxy.sort(CustomerTableModel::Updated, Qt::AscendingOrder);
        QCOMPARE(names(proxy),
                 QStringList({ u"Anna Berg"_s, u"Omar Haddad"_s, u"Northwind Ltd"_s, u"Annika Svensson"_s,
                               u"Zed Annandale"_s }));
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, CustomerTableModel::Updated)
                        .data(CustomerTableModel::SortRole)
                        .toLongLong()
                    < proxy.index(row, CustomerTableModel::Updated)
                          .data(CustomerTableModel::SortRole)
                          .toLongLong());
        }
        // KYC sorts by the enum's ordinal, not by the translated word.
        proxy.sort(CustomerTableModel::Kyc, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Pending));
        QCOMPARE(proxy.index(4, 0).data(CustomerTableModel::KycStatusRole).toInt(), int(KycStatus::Rejected));

        // Sorting survives appends, upserts and filters (dynamic sort).
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        model.appendCustomers(
            { makeCustomer(0, u"Aaron"_s, u"First"_s, u"a@example.com"_s, KycStatus::Pending) });
        QCOMPARE(names(proxy).first(), u"Aaron First"_s);
        Customer renamed = sample()[4];
        renamed.firstName = u"Abe"_s;
        model.upsertCustomer(renamed);
        QCOMPARE(names(proxy).mid(0, 2), QStringList({ u"Aaron First"_s, u"Abe Annandale"_s }));
        proxy.setTextFilter(u"ann"_s);
        QCOMPARE(names(proxy), QStringList({ u"Abe Annandale"_s, u"Anna Berg"_s, u"Annika Svensson"_s }));
        Customer undated = makeCustomer(8, u"Undated"_s, u"Ann"_s, u"u@example.com"_s, KycStatus::Pending);
        undated.created = QDateTime();
        model.appendCustomers({ undated });
        proxy.sort(CustomerTableModel::Created, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), u"Undated Ann"_s); // missing dates sort first, shown as a dash
        QCOMPARE(proxy.index(0, CustomerTableModel::Created).data().toString(), u"—"_s);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortKeysNeverContradictTheCaseInsensitiveComparison()
    {
        // Random strings over an alphabet chosen to break a naive key: upper and lower case, Latin-1,
        // characters whose folding is not a plain lowercase (ß, ẞ, final sigma, Kelvin sign, dotted İ),
        // astral letters that fold (Deseret 𐐀 -> 𐐨), an emoji, unpaired surrogates, NUL and U+FFFF.
        const QList<char16_t> alphabet { u'a',   u'A',   u'b',   u'B',   u'z',   u' ',   u'.',
                                         u'@',   u'\0',  0x00c0, 0x00e0, 0x00df, 0x1e9e, 0x03a3,
                                         0x03c3, 0x03c2, 0x212a, 0x0130, 0x0131, 0xffff, 0xd801,
                                         0xdc00, 0xdc28, 0xd83d, 0xde00, 0xe000 };
        QRandomGenerator random(20261202);
        const auto randomText = [&] {
            QString text;
            const int length = int(random.bounded(7));
            for (int i = 0; i < length; ++i)
                text.append(QChar(alphabet.at(int(random.bounded(alphabet.size())))));
            if (random.bounded(4) == 0)
                text.append(QChar(0xd801)).append(QChar(0xdc00)); // a whole surrogate pair
            return text;
        };
        QStringList texts;
        for (int i = 0; i < 600; ++i)
            texts << randomText();
        int decided = 0;
        for (const QString &a : std::as_const(texts)) {
            for (const QString &b : std::as_const(texts)) {
                const quint64 ka = CustomerSortKey::ofText(a);
                const quint64 kb = CustomerSortKey::ofText(b);
                if (ka == kb)
                    continue;
                ++decided;
                const int c = a.compare(b, Qt::CaseInsensitive);
                if ((ka < kb) != (c < 0) || c == 0)
                    QFAIL(qPrintable(u"keys order %1 and %2 against QString::compare (%3)"_s.arg(
                        QString::fromLatin1(
                            QByteArray::fromRawData(reinterpret_cast<const char *>(a.utf16()), a.size() * 2)
                                .toHex()),
                        QString::fromLatin1(
                            QByteArray::fromRawData(reinterpret_cast<const char *>(b.utf16()), b.size() * 2)
                                .toHex()),
                        QString::number(c))));
            }
        }
        QVERIFY(decided > texts.size() * texts.size() / 2); // the keys do decide most comparisons
        // Numbers keep their signed order; a missing date (NoTime) comes first.
        const QList<qint64> times { CustomerRow::NoTime, -86400000, -1, 0, 1, 1764633600000 };
        for (qsizetype i = 1; i < times.size(); ++i) {
            CustomerTableModel model;
            CustomerRow earlier;
            CustomerRow later;
            earlier.createdMs = times.at(i - 1);
            later.createdMs = times.at(i);
            QVERIFY(CustomerSortKey::of(model, earlier, CustomerTableModel::Created)
                    < CustomerSortKey::of(model, later, CustomerTableModel::Created));
        }
    }

    void bulkSortsMatchTheRowOrderOnEveryColumn_data()
    {
        QTest::addColumn<int>("perPage");
        QTest::newRow("one thread") << 250;
        QTest::newRow("two halves, merged") << 15000; // 60 000 rows: sorted on two cores
    }

    void bulkSortsMatchTheRowOrderOnEveryColumn()
    {
        // Pages large enough for the proxy's bulk path (keys, one sort), names sharing long prefixes
        // so the keys tie often, then small changes through the ordinary dynamic sort.
        QFETCH(int, perPage);
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        // Past twenty characters too: the keys decide the first twenty (sortAllRowsByText).
        const QStringList first { u"Anna"_s, u"anna"_s, u"Annabel"_s, u"Ann"_s, u"Åsa"_s, u"Zoë"_s,
                                  u"ÆLFRED"_s, u"Annabel-Marguerite"_s, u"ANNABEL-MARGUERITE"_s,
                                  // past the next thirty-two as well (sortLongTexts)
                                  u"Annabel-Marguerite de la Tour d'Auvergne"_s,
                                  u"Annabel-Marguerite de la Tour d'Auvergne-Lafayette"_s,
                                  u"ANNABEL-MARGUERITE DE LA TOUR D'AUVERGNE-LAFAYETTE"_s,
                                  // alike in the first twenty, not ASCII only after them
                                  u"Annabel-Margot de la Tour d'Ölander"_s,
                                  u"Annabel-Margot de la Tour d'Olander"_s,
                                  u"Annabel-Maria Theresa von Habsburg"_s };
        // A fifth of the rows are businesses, named by these alone: texts that end exactly where
        // the keys (20) and the tail's keys (52) do, among texts that go on, and U+0000 in a tail.
        const QStringList businesses { u"Annabel-Marguerite d"_s,
                                       u"Annabel-Marguerite de la Tour d'Auvergne-Lafayette P"_s,
                                       u"Annabel-Maria Theresa von"_s,
                                       u"Annabel-Maria Theresa von"_s + QChar(0),
                                       u"Annabel-Maria Theresa von"_s + QChar(0) + u"Habsburg"_s };
        for (int page = 0; page < 4; ++page) {
            QList<Customer> customers;
            for (int i = 0; i < perPage; ++i) {
                const int n = page * perPage + i;
                const QString email
                    = (n % 2 ? u"p%1@example.com"_s : u"p.with.a.long.local.part.%1@example.com"_s)
                          .arg((n * 31) % 1000);
                const KycStatus kyc = n % 3 ? KycStatus::Pending : KycStatus::Approved;
                customers << (n % 5 == 4 ? makeCustomer(n, businesses.at((n / 5) % businesses.size()), {},
                                                        email, kyc, CustomerType::Business)
                                         : makeCustomer(n, first.at(n % first.size()),
                                                        u"Person %1"_s.arg((n * 7919) % 997), email, kyc));
            }
            model.appendCustomers(customers);
        }
        QCOMPARE(proxy.rowCount(), 4 * perPage);
        const auto checkSorted = [&](int column, Qt::SortOrder order) {
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const int sourceA = proxy.mapToSource(proxy.index(row - 1, 0)).row();
                const int sourceB = proxy.mapToSource(proxy.index(row, 0)).row();
                const CustomerRow &a = model.rowAt(sourceA);
                const CustomerRow &b = model.rowAt(sourceB);
                const CustomerRow &before = order == Qt::AscendingOrder ? a : b;
                const CustomerRow &after = order == Qt::AscendingOrder ? b : a;
                bool wrong = false;
                switch (column) {
                case CustomerTableModel::Name: {
                    const int c = model.name(before).compare(model.name(after), Qt::CaseInsensitive);
                    wrong = c > 0 || (c == 0 && model.id(before) > model.id(after));
                    break;
                }
                case CustomerTableModel::Email:
                    wrong = model.email(before).compare(model.email(after), Qt::CaseInsensitive) > 0;
                    break;
                case CustomerTableModel::Created:
                    wrong = before.createdMs > after.createdMs;
                    break;
                default:
                    // Ties stay in the table's order, both ways.
                    wrong = before.kyc > after.kyc || (a.kyc == b.kyc && sourceA > sourceB);
                }
                if (wrong)
                    return row;
            }
            return -1;
        };
        QCOMPARE(checkSorted(CustomerTableModel::Name, Qt::AscendingOrder), -1);
        for (const int column : { int(CustomerTableModel::Email), int(CustomerTableModel::Created),
                                  int(CustomerTableModel::Kyc), int(CustomerTableModel::Name) }) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                proxy.sort(column, order);
                QCOMPARE(checkSorted(column, order), -1);
            }
        }
        // A renamed customer moves (dynamic sort; the keys of the old names are not used).
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        Customer renamed = makeCustomer(567, u"Aaaron"_s, u"Moved"_s, u"m@example.com"_s, KycStatus::Pending);
        model.upsertCustomer(renamed);
        QCOMPARE(names(proxy).first(), u"Aaaron Moved"_s);
        QCOMPARE(checkSorted(CustomerTableModel::Name, Qt::AscendingOrder), -1);
        // A few rows appended one page at a time are placed by the dynamic sort (their keys are
        // added as they arrive), and a renamed customer moves back.
        model.appendCustomers(
            { makeCustomer(5000, u"Aa"_s, u"First"_s, u"f@example.com"_s, KycStatus::Pending),
              makeCustomer(5001, u"zz"_s, u"Last"_s, u"l@example.com"_s, KycStatus::Pending) });
        QCOMPARE(names(proxy).first(), u"Aa First"_s);
        QCOMPARE(checkSorted(CustomerTableModel::Name, Qt::AscendingOrder), -1); // "zz" before "Æ…"
        model.upsertCustomer(makeCustomer(567, u"Zzz"_s, u"Moved"_s, u"m@example.com"_s, KycStatus::Pending));
        QCOMPARE(names(proxy).indexOf(u"Zzz Moved"_s), names(proxy).indexOf(u"zz Last"_s) + 1);
        QCOMPARE(checkSorted(CustomerTableModel::Name, Qt::AscendingOrder), -1);
        proxy.sort(CustomerTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(checkSorted(CustomerTableModel::Created, Qt::DescendingOrder), -1);
        model.upsertCustomer(makeCustomer(3, u"Third"_s, u"Again"_s, u"t@example.com"_s, KycStatus::Pending));
        QCOMPARE(checkSorted(CustomerTableModel::Created, Qt::DescendingOrder), -1);
        proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
        // And a filter that rebuilds the mapping keeps the order.
        proxy.setTextFilter(u"person 1"_s);
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 4 * perPage);
        QCOMPARE(checkSorted(CustomerTableModel::Name, Qt::AscendingOrder), -1);
    }

    void textsSurviveRepeatsReplacementsAndCompaction()
    {
        // A row's name, e-mail and id live in its page's text buffer and its lowercase search text in
        // the page's haystack; replaced rows move theirs to a buffer of their own, compacted once it is
        // mostly garbage. Every text must stay right through all of it, non-ASCII included.
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList first { u"Ærø"_s, u"İlkay"_s, u"Zoë"_s, u"Anna"_s, u"ŁUKASZ"_s };
        const auto expectRow = [&](int n, const QString &name, const QString &email) {
            const int row = model.rowOfId(customerIdFor(n));
            QVERIFY2(row >= 0, qPrintable(QString::number(n)));
            QCOMPARE(model.index(row, CustomerTableModel::Name).data().toString(), name);
            QCOMPARE(model.index(row, CustomerTableModel::Email).data().toString(), email);
            QCOMPARE(model.index(row, 0).data(CustomerTableModel::IdRole).toString(), customerIdFor(n));
            QCOMPARE(model.index(row, 0).data(CustomerTableModel::SearchTextRole).toString(),
                     (name + u'\n' + email + u'\n' + customerIdFor(n)).toLower());
        };
        QList<Customer> page;
        for (int n = 0; n < 20; ++n)
            page << makeCustomer(n, first.at(n % first.size()), u"Nº %1"_s.arg(n),
                                 u"p%1@example.com"_s.arg(n), KycStatus::Pending);
        // The same customer twice in one page: the later copy wins, its texts alone are kept.
        page << makeCustomer(3, u"Later"_s, u"Copy"_s, u"later@example.com"_s, KycStatus::Approved);
        model.appendCustomers(page);
        QCOMPARE(model.rowCount(), 20);
        expectRow(3, u"Later Copy"_s, u"later@example.com"_s);
        // Every customer replaced five times: most of the texts become garbage, and are compacted.
        for (int round = 1; round <= 5; ++round) {
            for (int n = 0; n < 20; ++n) {
                model.upsertCustomer(
                    makeCustomer(n, first.at((n + round) % first.size()), u"Round %1 ÅÄÖ"_s.arg(round),
                                 u"r%1.%2@example.com"_s.arg(round).arg(n), KycStatus::Approved));
            }
            for (int n = 0; n < 20; ++n) {
                expectRow(n, first.at((n + round) % first.size()) + u" Round %1 ÅÄÖ"_s.arg(round),
                          u"r%1.%2@example.com"_s.arg(round).arg(n));
            }
        }
        QCOMPARE(model.rowCount(), 20);
        proxy.setTextFilter(u"round 5 åäö"_s); // the haystack is lowercase, non-ASCII too
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setTextFilter(u"ærø round"_s);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setTextFilter(u"r4."_s); // the replaced texts are gone
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTextFilter(u"r5."_s);
        QCOMPARE(proxy.rowCount(), 20);
    }

    void filterAndSortAgreeWithBruteForceThroughRandomEdits_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("steps");
        QTest::newRow("small") << 400 << 400; // incremental updates
        QTest::newRow("large") << 60000 << 40; // the parallel scan, layout changes
    }

    void filterAndSortAgreeWithBruteForceThroughRandomEdits()
    {
        // Typing on, deleting, new text, KYC and type filters, sorts, upserts and appended pages in a
        // random order; after each, the rows shown and their order must be exactly what filtering
        // every row from scratch and a stable sort give, and a persistent index (a view's current
        // row) must still point at its customer or be invalid if that customer is hidden now.
        QFETCH(int, rows);
        QFETCH(int, steps);
        QRandomGenerator random(20261206);
        // Long shared prefixes and characters whose case folding is not a plain lowercase (ß, the
        // Kelvin sign, an astral letter that folds, U+FFFF) for the sort's character-by-character keys.
        const QStringList syllables { u"an"_s,     u"na"_s, u"bel"_s,     u"ö"_s,     u"ss"_s,
                                      u"e"_s,      u"Ma"_s, u"annabel"_s, u"ß"_s,     u"SS"_s,
                                      u"\u212a"_s, u"𐐀"_s,  u"𐐨"_s,       u"\uffff"_s };
        const auto randomWord = [&] {
            QString word;
            const int parts = 1 + int(random.bounded(3));
            for (int i = 0; i < parts; ++i)
                word += syllables.at(int(random.bounded(syllables.size())));
            return word;
        };
        const QList<KycStatus> statuses { KycStatus::Pending, KycStatus::Approved, KycStatus::Rejected };
        int nextNumber = 0;
        const auto randomCustomer = [&](int n) {
            return makeCustomer(n, randomWord(), randomWord(), randomWord() + u"@example.com"_s,
                                statuses.at(int(random.bounded(statuses.size()))),
                                random.bounded(5) == 0 ? CustomerType::Business : CustomerType::Individual);
        };
        const auto appendPage = [&](int count) {
            QList<Customer> page;
            for (int i = 0; i < count; ++i)
                page << randomCustomer(nextNumber++);
            return page;
        };

        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.rowCount() < rows)
            model.appendCustomers(appendPage(std::min(1000, rows - model.rowCount())));

        QString text;
        const auto expectedIds = [&] {
            const QStringList terms = CustomerTextMatcher::termsOf(text);
            QList<int> shown;
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex at = model.index(r, 0);
                if (!proxy.kycFilters().isEmpty()
                    && !proxy.kycFilters().contains(
                        KycStatus(at.data(CustomerTableModel::KycStatusRole).toInt())))
                    continue;
                if (proxy.typeFilter()
                    && at.data(CustomerTableModel::TypeRole).toInt() != int(*proxy.typeFilter()))
                    continue;
                // Matched by characters: half of a surrogate pair in a term finds nothing, as the
                // search text is UTF-8 (and the search box never types one).
                const QByteArray haystack = at.data(CustomerTableModel::SearchTextRole).toString().toUtf8();
                if (std::all_of(terms.cbegin(), terms.cend(),
                                [&](const QString &t) { return haystack.contains(t.toUtf8()); }))
                    shown << r;
            }
            const int column = proxy.sortColumn();
            const bool descending = proxy.sortOrder() == Qt::DescendingOrder;
            if (column >= 0) {
                // Each row's value once, not once per comparison.
                QHash<int, QString> texts;
                QHash<int, qint64> numbers;
                const bool textColumn
                    = column == CustomerTableModel::Name || column == CustomerTableModel::Email;
                for (const int r : std::as_const(shown)) {
                    if (textColumn)
                        texts.insert(r, model.index(r, column).data().toString());
                    else
                        numbers.insert(
                            r, model.index(r, column).data(CustomerTableModel::SortRole).toLongLong());
                }
                std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
                    int c = 0;
                    if (textColumn) {
                        c = texts.value(a).compare(texts.value(b), Qt::CaseInsensitive);
                        if (c == 0 && column == CustomerTableModel::Name)
                            c = model.customerId(a).compare(model.customerId(b));
                    } else {
                        const qint64 ka = numbers.value(a);
                        const qint64 kb = numbers.value(b);
                        c = ka < kb ? -1 : ka > kb;
                    }
                    return descending ? c > 0 : c < 0;
                });
            }
            QStringList ids;
            for (const int r : std::as_const(shown))
                ids << model.customerId(r);
            return ids;
        };
        const auto shownIds = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids << proxy.index(r, 0).data(CustomerTableModel::IdRole).toString();
            return ids;
        };

        for (int step = 0; step < steps; ++step) {
            const QPersistentModelIndex current
                = proxy.rowCount() ? proxy.index(int(random.bounded(proxy.rowCount())), 1) : QModelIndex();
            const QString currentId = current.data(CustomerTableModel::IdRole).toString();
            QString what;
            switch (random.bounded(10)) {
            case 0:
            case 1: // typing on
                text += QStringView(u"anbelsö M").at(random.bounded(9));
                proxy.setTextFilter(text);
                what = u"type to '%1'"_s.arg(text);
                break;
            case 2: // deleting
                text.chop(1);
                proxy.setTextFilter(text);
                what = u"delete to '%1'"_s.arg(text);
                break;
            case 3:
                text = random.bounded(4) == 0 ? QString()
                                              : randomWord().left(3) + u' ' + randomWord().right(2);
                proxy.setTextFilter(text);
                what = u"new text '%1'"_s.arg(text);
                break;
            case 4:
                proxy.setKycFilter(random.bounded(2) ? std::optional<KycStatus>()
                                                     : statuses.at(int(random.bounded(statuses.size()))));
                what = u"KYC filter"_s;
                break;
            case 5:
                proxy.setTypeFilter(random.bounded(2) ? std::optional<CustomerType>()
                                                      : CustomerType::Business);
                what = u"type filter"_s;
                break;
            case 6:
                proxy.sort(int(random.bounded(CustomerTableModel::ColumnCount + 1)) - 1,
                           random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                what = u"sort by %1"_s.arg(proxy.sortColumn());
                break;
            case 7: { // a handful of customers change (a detail refresh, a poll)
                const int count = 1 + int(random.bounded(5));
                for (int i = 0; i < count; ++i)
                    model.upsertCustomer(randomCustomer(int(random.bounded(nextNumber))));
                what = u"%1 upserts"_s.arg(count);
                break;
            }
            case 8: // many change: their texts move, old pages fill with departed rows and compact
                for (int i = 0; i < rows / 8; ++i)
                    model.upsertCustomer(randomCustomer(int(random.bounded(nextNumber))));
                what = u"many upserts"_s;
                break;
            default:
                model.appendCustomers(appendPage(1 + int(random.bounded(std::max(2, rows / 20)))));
                what = u"page appended"_s;
            }
            const QStringList expected = expectedIds();
            const QStringList shown = shownIds();
            if (shown != expected)
                QFAIL(qPrintable(u"step %1 (%2): %3 rows shown, %4 expected"_s.arg(step)
                                     .arg(what)
                                     .arg(shown.size())
                                     .arg(expected.size())));
            if (!currentId.isEmpty()) {
                if (expected.contains(currentId)) {
                    QVERIFY2(current.isValid(), qPrintable(what));
                    QCOMPARE(current.data(CustomerTableModel::IdRole).toString(), currentId);
                    QCOMPARE(current.column(), 1);
                } else {
                    QVERIFY2(!current.isValid(), qPrintable(what));
                }
            }
        }
    }

    void idIndexTellsCollidingIdsApart()
    {
        // Equal hashes are told apart by the ids themselves.
        const QStringList ids { u"alpha"_s, u"beta"_s, u"gamma"_s };
        CustomerIdIndex index;
        const auto idAt = [&](int row) { return QStringView(ids.at(row)); };
        for (int row = 0; row < ids.size(); ++row) {
            QCOMPARE(index.find(ids.at(row), 42u, idAt), -1);
            index.insert(42u, row);
        }
        for (int row = 0; row < ids.size(); ++row)
            QCOMPARE(index.find(ids.at(row), 42u, idAt), row);
        QCOMPARE(index.find(u"delta", 42u, idAt), -1);
        QCOMPARE(index.find(u"alpha", 43u, idAt), -1);
        index.clear();
        QCOMPARE(index.find(u"alpha", 42u, idAt), -1);
    }

    void matcherFindsExactlyWhatContainsFinds()
    {
        // The matcher tests sixteen places at a time for a term's two rarest bytes, then compares
        // whole, over rows lying back to back in one buffer. Against QByteArray::contains, row by row,
        // with terms and texts of every length around the sixteen-byte steps, matches near both ends,
        // terms running into the next row, and non-ASCII text.
        const QStringList pieces { u"a"_s, u"b"_s, u"ab"_s, u"."_s, u"@"_s, u"z"_s, u"\u00e9"_s, u"\n"_s };
        QRandomGenerator random(16);
        const auto text = [&](int most) {
            QString out;
            const int n = int(random.bounded(most + 1));
            for (int i = 0; i < n; ++i)
                out += pieces.at(int(random.bounded(pieces.size())));
            return out;
        };
        for (int round = 0; round < 300; ++round) {
            QStringList terms;
            for (int t = 1 + int(random.bounded(2)); t > 0; --t) {
                QString term = text(20).remove(u'\n');
                if (!term.isEmpty())
                    terms << term;
            }
            const CustomerTextMatcher matcher(terms);
            QByteArray buffer;
            std::vector<int> starts { 0 };
            QList<bool> expected;
            for (int row = int(random.bounded(40)); row > 0; --row) {
                const QByteArray haystack = text(60).toUtf8();
                buffer += haystack;
                starts.push_back(int(buffer.size()));
                expected << std::all_of(terms.cbegin(), terms.cend(),
                                        [&](const QString &t) { return haystack.contains(t.toUtf8()); });
                QCOMPARE(matcher.matches(haystack), expected.last());
            }
            QList<bool> scanned(expected.size(), false);
            QList<int> decided;
            matcher.scanBuffer(
                buffer, starts, [](int) { return true; },
                [&](int i, bool matches) {
                    decided << i;
                    scanned[i] = matches;
                });
            QCOMPARE(decided.size(), expected.size());
            QCOMPARE(scanned, expected);
        }
    }

    void idsAlreadyInLowercaseAsciiAreKeptOnce()
    {
        // The haystack has every text in lowercase UTF-8; the text buffer keeps name and e-mail as
        // sent, and the id only when it is not lowercase ASCII or its place in the haystack does not
        // follow from the lengths. Each text must read back exactly as sent, from either buffer.
        struct Case
        {
            QString name, email, id, extras;
            bool idKept; // in the text buffer too
        };
        const QList<Case> cases {
            { u"Kira Ingram"_s, u"kira@example.net"_s, u"customer_597a"_s, u"\n14155550134"_s, false },
            { u"ann berg"_s, u"Ann.Berg@Example.com"_s, u"customer_1"_s, {}, false },
            { u"ops"_s, u"ops@example.com"_s, u"CUS_Upper"_s, u"\nann berg"_s, true },
            { {}, {}, u"customer_3"_s, {}, false },
            { u"Owner"_s, u"o@example.com"_s, u"customer_ø"_s, {}, true }, // not ASCII
            // "İ" lowercases to two characters, "ë" takes two bytes: the id's place no longer follows.
            { u"İlkay"_s, u"ilkay@example.com"_s, u"customer_4"_s, {}, true },
            { u"Zoe"_s, u"zoë@example.com"_s, u"customer_5"_s, u"\nöster"_s, true },
        };
        CustomerRowBatch batch;
        QString kept;
        for (const Case &c : cases) {
            batch.append(CustomerRow(), c.name, c.email, c.id, c.extras);
            kept += c.name + c.email + (c.idKept ? c.id : QString());
        }
        QCOMPARE(batch.text, kept);
        const auto expectTexts = [&](const CustomerRowBatch &rows) {
            QCOMPARE(rows.size(), cases.size());
            for (qsizetype i = 0; i < cases.size(); ++i) {
                const Case &c = cases.at(i);
                const CustomerRow &row = rows.rows.at(i);
                QCOMPARE(rows.name(row), c.name);
                QCOMPARE(rows.email(row), c.email);
                QCOMPARE(rows.id(row).toString(), c.id);
                QCOMPARE(QString::fromUtf8(rows.searchText(row)),
                         (c.name + u'\n' + c.email + u'\n' + c.id + c.extras).toLower());
            }
        };
        expectTexts(batch);
        // A copy (a page rebuilt without a repeated customer) keeps the search extras too.
        CustomerRowBatch copy;
        for (const CustomerRow &row : std::as_const(batch.rows))
            copy.appendCopy(row, batch);
        QCOMPARE(copy.text, kept);
        expectTexts(copy);
        // And so does the table, through a replacement and the compaction of its texts.
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRows(batch);
        for (int round = 0; round < 3; ++round)
            model.appendRows(copy);
        QCOMPARE(model.rowCount(), cases.size());
        for (int i = 0; i < model.rowCount(); ++i) {
            const Case &c = cases.at(i);
            QCOMPARE(model.name(model.rowAt(i)), c.name);
            QCOMPARE(model.email(model.rowAt(i)), c.email);
            QCOMPARE(model.id(model.rowAt(i)).toString(), c.id);
            QCOMPARE(QString::fromUtf8(model.searchText(i)),
                     (c.name + u'\n' + c.email + u'\n' + c.id + c.extras).toLower());
            QCOMPARE(model.rowOfId(c.id), i);
        }
    }

    void aBookWithRepeatsKeepsOneRowPerCustomer()
    {
        // 3 000 customers, then a page that repeats 100 of them (changed) beside 100 new ones: the
        // index grows through several rehashes and every id still finds its row.
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int page = 0; page < 3; ++page) {
            QList<Customer> customers;
            for (int i = 0; i < 1000; ++i)
                customers << makeCustomer(page * 1000 + i, u"Ann"_s, QString::number(page * 1000 + i),
                                          u"a@example.com"_s, KycStatus::Pending);
            model.appendCustomers(customers);
        }
        QList<Customer> mixed;
        for (int i = 0; i < 100; ++i) {
            mixed << makeCustomer(i * 10, u"Changed"_s, QString::number(i * 10), u"c@example.com"_s,
                                  KycStatus::Approved);
            mixed << makeCustomer(3000 + i, u"New"_s, QString::number(3000 + i), u"n@example.com"_s,
                                  KycStatus::Pending);
        }
        model.appendCustomers(mixed);
        QCOMPARE(model.rowCount(), 3100);
        for (int n = 0; n < 3100; ++n) {
            const int row = model.rowOfId(customerIdFor(n));
            QVERIFY2(row >= 0, qPrintable(QString::number(n)));
            QCOMPARE(model.customerId(row), customerIdFor(n));
        }
        QCOMPARE(model.index(model.rowOfId(customerIdFor(40)), CustomerTableModel::Name).data().toString(),
                 u"Changed 40"_s);
        QCOMPARE(model.rowOfId(customerIdFor(40)), 40); // replaced in place
        QCOMPARE(model.rowOfId(u"no-such-customer"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerModels)
#include "tst_customer_models.moc"
