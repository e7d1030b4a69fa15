// The review queues over a book of known customers: each built-in queue holds exactly the
// customers its rule names (KYC pending / additional review, open requirements grouped by
// requirement, high risk and decided-by-me from the workspace's ids, TOS / MSA pending, rejected),
// the counts and the oldest wait follow the book as it changes, saved searches survive a restart of
// the settings, and the book's filter proxy shows a queue combined with the free text.

#include "CrossVendorModel.h"
#include "CustomerBook.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerRowComparison.h"
#include "CustomerRowSnapshot.h"
#include "CustomerTableModel.h"
#include "CustomerViewExport.h"
#include "ModelTestData.h"
#include "RequirementKeys.h"
#include "ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

Customer customerWaiting(int n, KycStatus kyc, const QStringList &requirements, int hoursWaiting,
                         TosStatus tos = TosStatus::Approved)
{
    Customer c = makeCustomer(n, u"First%1"_s.arg(n), u"Last"_s, u"c%1@example.com"_s.arg(n), kyc);
    c.requirements = requirements;
    c.tos = vendor(tos, tos == TosStatus::Approved ? u"approved"_s : u"pending"_s);
    c.msa = vendor(MsaStatus::Approved, u"approved"_s);
    c.updated = kNow.addSecs(-3600 * hoursWaiting);
    return c;
}

int countOf(const ReviewQueueModel &model, ReviewQueue::Kind kind)
{
    return model.countAt(model.indexOf(kind));
}
} // namespace

class TestReviewQueues : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Six customers whose queues are known by construction.
    static QList<Customer> book()
    {
        return {
            customerWaiting(1, KycStatus::Pending, { u"customerIdentityDocument"_s }, 5),
            customerWaiting(2, KycStatus::AdditionalReviewRequired, { u"proofOfAddress"_s }, 50),
            customerWaiting(3, KycStatus::Incomplete, { u"ssn"_s, u"customerIdentityDocument"_s }, 1),
            customerWaiting(4, KycStatus::Approved, {}, 2, TosStatus::Pending),
            customerWaiting(5, KycStatus::Rejected, {}, 300),
            customerWaiting(6, KycStatus::Approved, { u"somethingNewFromSphere"_s }, 3),
        };
    }

private Q_SLOTS:
    void eachQueueHoldsWhatItsRuleNames()
    {
        CustomerTableModel customers;
        customers.appendCustomers(book());
        ReviewQueueModel queues;
        QAbstractItemModelTester tester(&queues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.setQueues(ReviewQueue::builtIns());
        queues.setIdSource([](ReviewQueue::Kind kind) {
            return kind == ReviewQueue::Kind::HighRisk
                ? QSet<QString> { customerIdFor(3), u"customer_gone"_s }
                : QSet<QString> { customerIdFor(5) };
        });
        queues.recount(customers, kNow);

        QCOMPARE(countOf(queues, ReviewQueue::Kind::Everyone), 6);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::NeedsReview), 2);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::RequirementsOutstanding), 4);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::HighRisk), 1); // an id not in the book counts nothing
        QCOMPARE(countOf(queues, ReviewQueue::Kind::TermsPending), 1);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::Rejected), 1);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::DecidedByMeToday), 1);

        // Needs review waited longest: customer 2, 50 hours ago.
        const QModelIndex needsReview = queues.indexOf(ReviewQueue::Kind::NeedsReview);
        QCOMPARE(needsReview.siblingAtColumn(ReviewQueueModel::OldestWaiting).data().toString(), u"2 d"_s);
        QCOMPARE(needsReview.data(ReviewQueueModel::WaitingSinceRole).toLongLong(),
                 kNow.addSecs(-3600 * 50).toMSecsSinceEpoch());

        // Grouped by requirement, most missed first, unknown keys together.
        const QModelIndex requirements = queues.indexOf(ReviewQueue::Kind::RequirementsOutstanding);
        QCOMPARE(queues.rowCount(requirements), 4);
        QCOMPARE(queues.index(0, 0, requirements).data().toString(), u"Identity document"_s);
        QCOMPARE(queues.countAt(queues.index(0, 0, requirements)), 2);
        QStringList titles;
        for (int r = 1; r < 4; ++r)
            titles << queues.index(r, 0, requirements).data().toString();
        titles.sort();
        QCOMPARE(
            titles,
            (QStringList { u"Other requirements"_s, u"Proof of address"_s, u"Social Security Number"_s }));

        // The book changes: counts follow, the groups too.
        customers.upsertCustomer(customerWaiting(1, KycStatus::Approved, {}, 0));
        queues.recount(customers, kNow);
        QCOMPARE(countOf(queues, ReviewQueue::Kind::NeedsReview), 1);
        QCOMPARE(queues.countAt(queues.index(0, 0, requirements)), 1);
        customers.clear();
        queues.recount(customers, kNow);
        QCOMPARE(queues.rowCount(requirements), 0);
        QCOMPARE(queues.indexOf(ReviewQueue::Kind::NeedsReview)
                     .siblingAtColumn(ReviewQueueModel::OldestWaiting)
                     .data()
                     .toString(),
                 QString());
    }

    void theBookShowsTheQueueWithTheFreeText()
    {
        CustomerTableModel customers;
        customers.appendCustomers(book());
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&customers);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQueue(ReviewQueue::builtIns().at(1)); // needs review
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(u"c2@"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter({});
        proxy.setQueue(ReviewQueue::requirement(RequirementKeys::bitOf(u"ssn")));
        QCOMPARE(proxy.rowCount(), 1);
        ReviewQueue decided = *ReviewQueue::fromWord(u"decided-by-me-today"_s);
        QCOMPARE(decided.kind, ReviewQueue::Kind::DecidedByMeToday);
        QVERIFY(decided.needsIds());
        decided.setIds({ customerIdFor(4), customerIdFor(6) });
        proxy.setQueue(decided);
        QCOMPARE(proxy.rowCount(), 2);
        ReviewQueue awaiting = ReviewQueue::builtIns().last();
        QCOMPARE(awaiting.kind, ReviewQueue::Kind::AwaitingSecondApproval);
        QCOMPARE(awaiting.word(), u"awaiting-second-approval"_s);
        QVERIFY(awaiting.needsIds());
        awaiting.setIds({ customerIdFor(6) });
        proxy.setQueue(awaiting);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQueue(ReviewQueue());
        QCOMPARE(proxy.rowCount(), 6);
    }

    void exportMasksNamesAndEmails()
    {
        QCOMPARE(CustomerViewExport::maskName(u"Ana  María Roe"_s), u"A••• M••• R•••"_s);
        QCOMPARE(CustomerViewExport::maskEmail(u"ana.roe@example.com"_s), u"a•••@example.com"_s);
        QCOMPARE(CustomerViewExport::maskEmail(u"no-at-sign"_s), u"•••"_s);
        QCOMPARE(CustomerViewExport::maskEmail(u""_s), QString());

        CustomerTableModel customers;
        customers.appendCustomers(book());
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&customers);
        proxy.setQueue(ReviewQueue::builtIns().at(2)); // requirements outstanding
        proxy.sort(CustomerTableModel::Updated, Qt::AscendingOrder);
        const QList<QStringList> rows = CustomerViewExport::rows(proxy, false);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(1).at(0), customerIdFor(2)); // waited longest: first
        QCOMPARE(rows.at(1).at(8), u"proofOfAddress"_s);
        QVERIFY(!rows.at(1).at(3).contains(u"c2@"_s));
        QCOMPARE(CustomerViewExport::rows(proxy, true).at(1).at(3), u"c2@example.com"_s);
    }

    // Version 2 as the app wrote it until version 3: one compressed QDataStream of UTF-16 texts.
    static QByteArray versionTwoSnapshot(const CustomerRowBatch &rows)
    {
        QByteArray raw;
        QDataStream out(&raw, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x4B594342) << quint16(2) << qint32(rows.size());
        for (const CustomerRow &row : rows.rows) {
            const QString search = QString::fromUtf8(rows.searchText(row));
            const qsizetype extras
                = search.indexOf(u'\n', search.indexOf(u'\n', search.indexOf(u'\n') + 1) + 1);
            out << rows.name(row).toString() << rows.email(row).toString() << rows.id(row).toString()
                << (extras < 0 ? QString() : search.mid(extras)) << rows.unknownStatuses(row).toString()
                << quint8(row.type) << quint8(row.kyc) << quint8(row.tos) << quint8(row.msa)
                << quint8((row.typeNull ? 1 : 0) | (row.kycNull ? 2 : 0) | (row.tosNull ? 4 : 0)
                          | (row.msaNull ? 8 : 0))
                << row.createdMs << row.updatedMs << qint32(row.openRequirements) << row.requirementMask;
        }
        return qCompress(raw);
    }

    void aKeptBookComesBackAsItWas()
    {
        CustomerBook kept([](const CustomerQuery &, QObject *) -> CustomerFeed * { return nullptr; });
        CustomerRowBatch rows;
        QList<Customer> customers = book();
        customers[0].phoneNumber = u"+1 415-555-0134"_s; // the search extras come back too
        customers[1].ubos = { Ubo { u"ubo_1"_s, {}, {}, u"Ann"_s, u"Berg"_s, {}, {}, {}, {}, {} } };
        customers[2].kyc = VendorEnum<KycStatus> { KycStatus::Unknown, u"underManualReview"_s, false };
        customers[3].firstName = u"Zoë"_s; // UTF-8 beyond ASCII, in name, e-mail and owners
        customers[3].email = u"zoë@exämple.com"_s;
        customers[3].ubos = { Ubo { u"ubo_2"_s, {}, {}, u"Øyvind"_s, u"Ång"_s, {}, {}, {}, {}, {} } };
        customers[4].id = u"Customer_Mixed_Case"_s; // an id the haystack cannot stand for
        customers[5].id = u"\uFEFFcustomer_bom"_s; // a leading byte order mark is part of the text
        customers[5].firstName = u"\uFEFFAna"_s;
        for (const Customer &c : customers)
            rows.append(c);
        kept.model()->appendRows(rows);
        const QByteArray bytes = kept.snapshot();
        const auto back = CustomerRowSnapshot::decode(bytes);
        QVERIFY(back.has_value());
        compareCustomerRows(*back, rows);
        QCOMPARE(back->unknownStatuses(back->rows.at(2)), u"kyc=underManualReview"_s);
        QVERIFY(QString::fromUtf8(back->searchText(back->rows.at(0))).endsWith(u"\n14155550134"_s));
        QVERIFY(QString::fromUtf8(back->searchText(back->rows.at(1))).endsWith(u"\nann berg"_s));
        QVERIFY(QString::fromUtf8(back->searchText(back->rows.at(3))).endsWith(u"\nøyvind ång"_s));
        QCOMPARE(back->id(back->rows.at(4)).toString(), u"Customer_Mixed_Case"_s);
        QCOMPARE(back->id(back->rows.at(5)).toString(), u"\uFEFFcustomer_bom"_s);

        // What version 2 kept is still read.
        const auto old = CustomerRowSnapshot::decode(versionTwoSnapshot(rows));
        QVERIFY(old.has_value());
        compareCustomerRows(*old, rows);

        // The book shows it marked stale; nothing it did not write is read.
        CustomerBook shown([](const CustomerQuery &, QObject *) -> CustomerFeed * { return nullptr; });
        QSignalSpy stale(&shown, &CustomerBook::staleChanged);
        shown.showKeptCopy(*back, kNow, {});
        QCOMPARE(shown.model()->rowCount(), int(rows.size()));
        QVERIFY(shown.isStale());
        QCOMPARE(stale.size(), 1);
        QVERIFY(!CustomerRowSnapshot::decode("not a snapshot").has_value());
        QVERIFY(!CustomerRowSnapshot::decode(qCompress(QByteArray("KYCB but not really"))).has_value());
        QVERIFY(!CustomerRowSnapshot::decode(bytes.left(bytes.size() / 2)).has_value());
        QVERIFY(!CustomerRowSnapshot::decode(bytes + "x").has_value());
        QVERIFY(!CustomerRowSnapshot::decode(QByteArray("KYC3")).has_value());
        // Found by fuzz_kept_book (its first two bytes pick the mode): a block whose compression
        // header claims 2.6 GB from 153 bytes had qUncompress allocate them before inflating anything.
        const QByteArray claimsTooMuch
            = QByteArray::fromBase64("ABmelJqHbrgzAEtZQzMKAAIAAAABAAAAAgAAAJcAIAAAAADMeAFjZ2BgcMxLVAjKT+UHMhP"
                                     "zEh1SKxJzCXJS9ZLzc7mAQsmlxSUwualF8YY8ZXO5gELJpcUlMLmpRfGGPGUWAABwJ06gAq"
                                     "7EvDyFpDGvNDEnKLUsM7UcZB0LAAAAAAAAzHgBY2dgYHDMS1QIyk/lBy7rANO2M28=")
                  .mid(2);
        QVERIFY(!CustomerRowSnapshot::claimsPlausibleSize(claimsTooMuch));
        QVERIFY(!CustomerRowSnapshot::decode(claimsTooMuch).has_value());
        QVERIFY(CustomerRowSnapshot::claimsPlausibleSize(qCompress(QByteArray(100'000, 'a'))));
        QByteArray moreRowsClaimed = bytes;
        moreRowsClaimed[6] = char(moreRowsClaimed[6] + 1); // the header's row count
        QVERIFY(!CustomerRowSnapshot::decode(moreRowsClaimed).has_value());
        QByteArray hugeChunkClaimed = bytes;
        for (int at = 14 + 8; at < 14 + 8 + 4; ++at) // the chunk's uncompressed size, as qCompress wrote it
            hugeChunkClaimed[at] = char(0x7f);
        QVERIFY(!CustomerRowSnapshot::decode(hugeChunkClaimed).has_value());
    }

    // More rows than a chunk holds: several chunks, in order, each compressed on its own.
    void aKeptBookOfManyChunksComesBackInOrder()
    {
        CustomerRowBatch rows;
        const int count = 2 * CustomerRowSnapshot::kChunkRows + 123;
        for (int i = 0; i < count; ++i) {
            CustomerRow row;
            row.kyc = KycStatus(i % (int(KycStatus::Rejected) + 1));
            row.kycNull = i % 7 == 0;
            row.createdMs = 1'700'000'000'000 + i;
            row.requirementMask = quint32(i);
            rows.append(row, u"Name %1"_s.arg(i), u"n%1@example.com"_s.arg(i), u"customer_%1"_s.arg(i));
        }
        const QByteArray bytes = CustomerRowSnapshot::encode(rows);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 10), 3u); // chunks
        const auto back = CustomerRowSnapshot::decode(bytes);
        QVERIFY(back.has_value());
        compareCustomerRows(*back, rows);
    }

    void crossVendorFieldsAreComparedSpellingAside()
    {
        ComparedFacts sphere { u"Ana Roe"_s, std::nullopt, u"1 Main St, Springfield, 12345"_s,
                               u"+1 (415) 555-0100"_s, u"ana@example.com"_s };
        ComparedFacts sardine { u"ANA  ROE"_s, u"1990-02-03"_s, u"1 Main St., Springfield 12345"_s,
                                u"4155550100"_s, u"ana.roe@example.com"_s };
        CrossVendorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFacts(sphere, sardine, std::nullopt);
        QCOMPARE(model.rowCount(), 5);
        const auto differs = [&model](int row) {
            return model.index(row, CrossVendorModel::Field).data(CrossVendorModel::DiffersRole).toBool();
        };
        QVERIFY(!differs(0)); // name: case and spaces aside
        QVERIFY(!differs(1)); // date of birth: only one vendor has it
        QVERIFY(!differs(2)); // address: punctuation aside
        QVERIFY(!differs(3)); // phone: by its digits
        QVERIFY(differs(4)); // email
        QCOMPARE(model.differingFields(), 1);
        QCOMPARE(model.index(1, CrossVendorModel::Sardine).data().toString(), u"••••-••-••"_s);
        model.setRevealed(true);
        QCOMPARE(model.index(1, CrossVendorModel::Sardine).data().toString(), u"1990-02-03"_s);
        QCOMPARE(model.index(0, CrossVendorModel::Yativo).data().toString(), u"not linked"_s);
        sardine.name = u"Ana Rae"_s;
        model.setFacts(sphere, sardine, std::nullopt);
        QVERIFY(differs(0));
        QVERIFY(model.index(0, CrossVendorModel::Sphere).data(Qt::BackgroundRole).isValid());
    }

    void savedSearchesAreKeptInTheSettings()
    {
        const QString file = m_dir.filePath(u"queues.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            ReviewQueue::storeSavedSearches(
                settings,
                { ReviewQueue::savedSearch(u"Pending businesses"_s, u"  First "_s, KycStatus::Pending,
                                           CustomerType::Business),
                  ReviewQueue::savedSearch(u"Example.com"_s, u"example.com"_s, std::nullopt, std::nullopt) });
        }
        QSettings settings(file, QSettings::IniFormat);
        const QList<ReviewQueue> saved = ReviewQueue::loadSavedSearches(settings);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, u"Pending businesses"_s);
        QCOMPARE(saved.at(0).kyc, std::optional(KycStatus::Pending));
        QCOMPARE(saved.at(0).type, std::optional(CustomerType::Business));
        QCOMPARE(saved.at(1).kyc, std::nullopt);

        CustomerTableModel customers;
        customers.appendCustomers(book());
        ReviewQueueModel queues;
        QAbstractItemModelTester tester(&queues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.setQueues(ReviewQueue::builtIns() + saved);
        queues.recount(customers, kNow);
        QCOMPARE(queues.countAt(queues.index(int(ReviewQueue::builtIns().size()), 0)), 0); // no business
        QCOMPARE(queues.countAt(queues.index(int(ReviewQueue::builtIns().size()) + 1, 0)), 6);

        // A hand-edited entry without a name, or with a status from nowhere, does not break the list.
        settings.setValue(u"queues/saved/3/name"_s, u""_s);
        settings.setValue(u"queues/saved/2/kyc"_s, 99);
        settings.setValue(u"queues/saved/size"_s, 3);
        const QList<ReviewQueue> edited = ReviewQueue::loadSavedSearches(settings);
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited.at(1).kyc, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReviewQueues)
#include "tst_review_queues.moc"
