// The review workflow in the window, as an analyst works it: select a customer, press the
// decision's shortcut, pick a reason in the dialog with the keyboard, record it; the next customer
// opens by itself, the decision is in the workspace and the audit trail, and the undo shortcut
// takes it back within its window. A note typed on the Case page is kept and audited; "request
// information" words the customer's open requirements ready to copy. A decision on a customer
// with a kept Sardine session goes to the sandbox as feedback and the risk panel shows it sent. A
// queue is worked from the sidebar: chosen with the keyboard, it narrows the book; each decision
// opens the next customer of the same queue, and "Decided by me today" counts them. An export of a
// queue has exactly its rows, in the view's order, names and emails masked unless a reason was given
// (audited either way); a copied email leaves the clipboard after its time, unless replaced. With
// Sphere down, a restarted desk shows the book and the customers it kept, marked stale with their
// age, and the analyst can still open a customer and decide. The customer across vendors: a Yativo
// record with the customer's email is offered, confirmed and linked (audited), and set beside
// Sphere's record with the fields they disagree on marked; unlinking is audited too.

#include "AuditTableModel.h"
#include "AuditTrail.h"
#include "AuditTrailDialog.h"
#include "BankAccountTableModel.h"
#include "CaseDecisionModel.h"
#include "CaseReviewPanel.h"
#include "ClipboardGuard.h"
#include "CrossVendorModel.h"
#include "CrossVendorPanel.h"
#include "CsvReader.h"
#include "CustomerBook.h"
#include "CustomerBookStatus.h"
#include "CustomerCache.h"
#include "CustomerDossier.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerNoteModel.h"
#include "CustomerRowSnapshot.h"
#include "CustomerTableModel.h"
#include "CustomerViewExport.h"
#include "DecisionDialog.h"
#include "FeedbackOutbox.h"
#include "FeedbackSender.h"
#include "KeptBookWriter.h"
#include "MainWindowSteps.h"
#include "ModelTestData.h"
#include "NoteSearchDialog.h"
#include "PiiRevealGate.h"
#include "ReviewQueueModel.h"
#include "ReviewQueuePanel.h"
#include "ReviewReasons.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "RiskPanel.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SardineCodec.h"
#include "SardineFeedbackModel.h"
#include "SardineMapping.h"
#include "SphereClient.h"
#include "StatusText.h"
#include "TestData.h"
#include "WaitForAnswer.h"
#include "WorkspaceDatabase.h"
#include "YativoClient.h"
#include "YativoLinks.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"case-review-token"_s;

// Answers the decision dialog that the shortcut opens: the first reason chosen with the keyboard,
// a comment typed, then "Record decision" pressed. Reports what it saw through `seen`.
void answerDecisionDialog(QString *requestText, bool *seen)
{
    QTimer::singleShot(0, [requestText, seen] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        auto *reason = dialog->findChild<QComboBox *>(u"reasonComboBox"_s);
        auto *record = dialog->findChild<QPushButton *>(u"recordDecisionPushButton"_s);
        const bool disabledBeforeReason = record && !record->isEnabled();
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Down);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"commentPlainTextEdit"_s), u"checked twice"_s);
        if (auto *request = dialog->findChild<QPlainTextEdit *>(u"requestPlainTextEdit"_s))
            *requestText = request->toPlainText();
        if (disabledBeforeReason && record->isEnabled())
            QTest::mouseClick(record, Qt::LeftButton);
        else
            dialog->reject();
    });
}
} // namespace

class TestCaseReview : public SandboxTestCase
{
    Q_OBJECT

    // The analyst's desk of these tests: the window on the shared sandbox with a review workspace
    // of its own.
    struct ReviewDesk
    {
        ReviewDesk(TestCaseReview &test, const QString &workspaceFile)
            : sphere(test.m_transport,
                     sphereEndpointAt(test.m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)))
            , workspace(test.m_dir.filePath(workspaceFile))
            , audit(&workspace, u"ana"_s)
            , review(&workspace, &audit)
            , settings(test.m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
            , window(&sphere, EnvironmentDescription { u"Test"_s, {}, false })
        {
            window.setReviewWorkspace(&review, &audit, &settings);
        }
        auto parts() { return std::tie(workspace, audit, review, window); }

        SphereClient sphere;
        WorkspaceDatabase workspace;
        AuditTrail audit;
        ReviewStore review;
        QSettings settings;
        MainWindow window;
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSharedSandbox(12, kToken)); }

    void decideWithTheKeyboardThenNextThenUndo()
    {
        ReviewDesk desk(*this, u"workspace.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        CaseReviewPanel *panel = window.casePanel();
        QVERIFY(panel);
        auto *decisionModel = panel->findChild<CaseDecisionModel *>();
        QAbstractItemModelTester tester(decisionModel,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.findChild<QMenu *>(u"reviewMenu"_s));
        QVERIFY(selectFirstCustomer(window));
        QTRY_VERIFY(panel->decisionActions().constFirst()->isEnabled());
        const QString first = window.book()->currentId();

        QString requestText;
        bool seen = false;
        answerDecisionDialog(&requestText, &seen);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QTRY_VERIFY(window.book()->currentId() != first); // the next customer opened by itself

        const auto decisions = review.decisions(first);
        QVERIFY(decisions.ok());
        QCOMPARE(decisions.value().size(), 1);
        const CaseDecision d = decisions.value().constFirst();
        QCOMPARE(d.kind, CaseDecisionKind::Reject);
        QCOMPARE(d.reason, ReviewReasons::defaults(CaseDecisionKind::Reject).constFirst());
        QCOMPARE(d.comment, u"checked twice"_s);
        QCOMPARE(d.analyst, u"ana"_s);
        const AuditRecord row = audit.records().value().constLast();
        QCOMPARE(row.event.action, u"decision"_s);
        QCOMPARE(row.event.customerId, first);

        QVERIFY(panel->undoAction()->isEnabled());
        // The dialog has closed; the window is the active one again (offscreen does not restore it).
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(review.decisions(first).value().constFirst().undoneAt.has_value());
        QCOMPARE(audit.records().value().constLast().event.action, u"decision-undo"_s);
        QVERIFY(!panel->undoAction()->isEnabled());
        QVERIFY(!audit.verify().value().has_value());
    }

    void decisionFeedbackIsSentAndShownInTheRiskPanel()
    {
        ReviewDesk desk(*this, u"feedback.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        RiskHistoryStore history(workspace.path());
        FeedbackOutbox outbox(&workspace);
        review.setFeedback(
            &outbox, [&history](const QString &id) { return FeedbackOutbox::latestSession(history, id); },
            std::chrono::seconds(0));
        SardineClient sardine(m_transport,
                              sardineEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        FeedbackSender sender(&outbox, &audit);
        sender.setSardine(&sardine, u"embedded-sandbox"_s);
        window.setSardineFeedback(&outbox, &sender);
        QVERIFY(selectFirstCustomer(window));
        const QString first = window.book()->currentId();
        RiskResult scored;
        scored.sessionKey = u"session-widget"_s;
        scored.level = { RiskLevel::Low, u"low"_s, false };
        scored.status = u"Success"_s;
        QVERIFY(history.add(first, u"embedded-sandbox"_s, u"embedded-sandbox"_s,
                            QDateTime::currentDateTimeUtc(), scored));
        QTRY_VERIFY(window.casePanel()->decisionActions().constFirst()->isEnabled());

        QString requestText;
        bool seen = false;
        answerDecisionDialog(&requestText, &seen);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QTRY_VERIFY(window.book()->currentId() != first);
        QTRY_COMPARE(outbox.forCustomer(first).value().constFirst().state(), QueuedFeedback::State::Sent);

        // Back on the decided customer, the risk panel says what Sardine was told.
        QVERIFY(selectFirstCustomer(window));
        QCOMPARE(window.book()->currentId(), first);
        SardineFeedbackModel *model = window.detailWidget()->riskPanel()->feedbackModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SardineFeedbackModel::Outcome).data().toString(), u"Approved"_s);
        QVERIFY(model->index(0, SardineFeedbackModel::State).data().toString().startsWith(u"Sent"_s));
        QVERIFY(!window.findChild<QWidget *>(u"sardineFeedbackGroupBox"_s)->isHidden()); // on the Risk tab
    }

    void workAQueueFromTheSidebar()
    {
        ReviewDesk desk(*this, u"queue.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        QVERIFY(selectFirstCustomer(window));
        ReviewQueuePanel *queues = window.queuePanel();
        QVERIFY(queues);
        ReviewQueueModel *model = queues->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues->recountNow();
        const QModelIndex needsReview = model->indexOf(ReviewQueue::Kind::NeedsReview);
        const int waiting = model->countAt(needsReview);
        QVERIFY2(waiting >= 2, qPrintable(QString::number(waiting)));
        QCOMPARE(model->countAt(model->indexOf(ReviewQueue::Kind::DecidedByMeToday)), 0);

        // Ctrl+0 goes to the queues; Down from "All customers" is "Needs review".
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QTRY_VERIFY(queues->view()->hasFocus());
        queues->view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(queues->view(), Qt::Key_Down);
        QCOMPARE(queues->view()->currentIndex(), needsReview);
        auto *table = window.findChild<QTreeView *>(u"customerTreeView"_s);
        QTRY_COMPARE(table->model()->rowCount(), waiting);
        const auto inQueue = [&window](int proxyRow) {
            const QString kyc
                = window.book()->proxy()->index(proxyRow, CustomerTableModel::Kyc).data().toString();
            return kyc == StatusText::kyc(vendor(KycStatus::Pending, u"pending"_s))
                || kyc
                == StatusText::kyc(
                       vendor(KycStatus::AdditionalReviewRequired, u"additionalReviewRequired"_s));
        };
        for (int r = 0; r < waiting; ++r)
            QVERIFY(inQueue(r));

        // Open the first (the one waiting longest), decide from the keyboard, the next of the queue opens.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString first = window.book()->currentId();
        QTRY_VERIFY(window.detailWidget()->customer().has_value()
                    && window.detailWidget()->customer()->id == first);
        QTRY_VERIFY(window.casePanel()->decisionActions().constFirst()->isEnabled());
        QString requestText;
        bool seen = false;
        answerDecisionDialog(&requestText, &seen);
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QTRY_VERIFY(!window.book()->currentId().isEmpty() && window.book()->currentId() != first);
        QVERIFY(inQueue(table->currentIndex().row()));
        QCOMPARE(review.decisions(first).value().constFirst().kind, CaseDecisionKind::Escalate);
        QTRY_COMPARE(model->countAt(model->indexOf(ReviewQueue::Kind::DecidedByMeToday)), 1);

        // The book under "Decided by me today" follows the workspace, not the moment it was chosen.
        queues->selectQueue(model->indexOf(ReviewQueue::Kind::DecidedByMeToday));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QString other = window.book()->model()->customerId(window.book()->model()->rowCount() - 1);
        QVERIFY(review.decide(other, CaseDecisionKind::Approve, u"Documents verified"_s, {}).ok());
        queues->recountNow();
        QCOMPARE(table->model()->rowCount(), other == first ? 1 : 2);
    }

    void exportOfAQueueHasItsRowsWithNamesMasked()
    {
        ReviewDesk desk(*this, u"export.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        QVERIFY(selectFirstCustomer(window));
        ReviewQueuePanel *queues = window.queuePanel();
        queues->recountNow();
        queues->selectQueue(queues->model()->indexOf(ReviewQueue::Kind::RequirementsOutstanding));
        CustomerFilterProxyModel *shown = window.book()->proxy();
        const int rows = shown->rowCount();
        QVERIFY(rows >= 1 && rows < window.book()->model()->rowCount());

        const QString masked = m_dir.filePath(u"queue.csv"_s);
        QVERIFY(window.exportView(masked, true, false));
        QFile file(masked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const CsvReader::Document csv = CsvReader::parse(bytes);
        QVERIFY(csv.ok());
        QCOMPARE(csv.records.size(), rows + 1);
        for (int r = 0; r < rows; ++r) {
            const QStringList fields = csv.records.at(r + 1).fields;
            const int source = shown->mapToSource(shown->index(r, 0)).row();
            QCOMPARE(fields.at(0), window.book()->model()->customerId(source));
            const QString email
                = window.book()->model()->email(window.book()->model()->rowAt(source)).toString();
            QCOMPARE(fields.at(3), CustomerViewExport::maskEmail(email));
            QVERIFY(fields.at(3) != email);
            QVERIFY(fields.at(1).contains(u"•••"_s));
            QVERIFY(fields.at(7).toInt() > 0); // the queue: open requirements
        }
        AuditRecord last = audit.records().value().constLast();
        QCOMPARE(last.event.action, u"export"_s);
        QCOMPARE(last.event.detail.value(u"rows"_s).toInt(), rows);
        QCOMPARE(last.event.detail.value(u"queue"_s).toString(), u"requirements-outstanding"_s);
        QCOMPARE(last.event.detail.value(u"personalData"_s).toBool(), false);

        // In clear only with a reason, which the trail keeps before the export.
        auto *gate = window.findChild<PiiRevealGate *>();
        QVERIFY(gate);
        gate->setReasonProvider([](const QString &) { return std::optional<QString>(); });
        const QString clear = m_dir.filePath(u"queue-clear.csv"_s);
        QVERIFY(!window.exportView(clear, false, true));
        QVERIFY(!QFile::exists(clear));
        gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Regulator request"_s); });
        QVERIFY(window.exportView(clear, false, true));
        QFile clearFile(clear);
        QVERIFY(clearFile.open(QIODevice::ReadOnly));
        const CsvReader::Document withNames = CsvReader::parse(clearFile.readAll());
        const int firstSource = shown->mapToSource(shown->index(0, 0)).row();
        QCOMPARE(withNames.records.at(1).fields.at(3),
                 window.book()->model()->email(window.book()->model()->rowAt(firstSource)).toString());
        const QList<AuditRecord> trail = audit.records().value();
        QCOMPARE(trail.at(trail.size() - 2).event.action, u"pii-reveal"_s);
        QCOMPARE(trail.at(trail.size() - 2).event.detail.value(u"reason"_s).toString(),
                 u"Regulator request"_s);
        QCOMPARE(trail.constLast().event.detail.value(u"personalData"_s).toBool(), true);
        QVERIFY(!audit.verify().value().has_value());
    }

    // A complete listing is serialized a chunk per turn of the event loop and compressed on the pool
    // (the window used to stand still for a second at 100 000 rows, and hold the whole book twice
    // more at a million), then written. A newer listing replaces one still being kept, a reset book
    // is not kept, and a listing still pending when the writer goes (the window closing right after
    // a load) is written then.
    void theKeptBookIsWrittenInTheBackgroundTheLatestWins()
    {
        WorkspaceDatabase workspace(m_dir.filePath(u"kept-writer.sqlite"_s));
        CustomerCache cache(&workspace);
        const auto bookOf = [](int count, const QString &prefix) {
            auto book = std::make_unique<CustomerBook>(
                [](const CustomerQuery &, QObject *) -> CustomerFeed * { return nullptr; });
            book->model()->appendRows(numberedRows(count, prefix));
            return book;
        };
        const int many = 2 * CustomerRowSnapshot::kChunkRows + 7; // three chunks
        const auto older = bookOf(many, u"older_"_s);
        const auto newer = bookOf(many, u"newer_"_s);
        const QString environment = u"sandbox:kept-writer"_s;
        {
            KeptBookWriter writer(&cache);
            writer.keep(environment, older.get());
            writer.keep(environment, newer.get());
            QVERIFY(writer.isWriting());
            QCOMPARE(cache.keptBook(environment).has_value(), false); // later, not in keep()
            QTRY_VERIFY(!writer.isWriting());
            const auto kept = cache.keptBook(environment);
            QVERIFY(kept.has_value());
            QCOMPARE(kept->rows.size(), many);
            for (int i : { 0, CustomerRowSnapshot::kChunkRows, many - 1 }) {
                QCOMPARE(kept->rows.id(kept->rows.rows.at(i)).toString(), u"newer_%1"_s.arg(i));
                QCOMPARE(kept->rows.rows.at(i).updatedMs, i);
            }
        }
        const QString other = u"sandbox:kept-writer-reset"_s;
        const auto chunksOf = [&workspace](const QString &keptFor) {
            QSqlQuery q(workspace.database());
            q.prepare(u"SELECT count(*) FROM kept_book_chunks WHERE environment = ?"_s);
            q.addBindValue(keptFor);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        {
            KeptBookWriter writer(&cache);
            // Ten chunks: the writer is far from done when the first is written (a chunk a turn,
            // two compressing at most), so a turn at a time sees it half way.
            auto reset = bookOf(10 * CustomerRowSnapshot::kChunkRows, u"reset_"_s);
            writer.keep(other, reset.get());
            QDeadlineTimer deadline(20000);
            while (chunksOf(other) == 0 && !deadline.hasExpired()) {
                QCoreApplication::processEvents();
                QThread::msleep(1);
            }
            QVERIFY(chunksOf(other) > 0); // written as they come
            QVERIFY(writer.isWriting());
            QVERIFY(!cache.keptBook(other).has_value()); // but not kept until the last
            reset->model()->clear(); // a reload: these rows are no listing any more
            QVERIFY(!writer.isWriting());
            QCOMPARE(chunksOf(other), 0);
            writer.keep(other, older.get());
            reset.reset();
        } // destroyed while serializing: finished then
        const auto kept = cache.keptBook(other);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), many);
        QCOMPARE(kept->rows.id(kept->rows.rows.at(many - 1)).toString(), u"older_%1"_s.arg(many - 1));
    }

    // The workspace keeps a listing a chunk a row (schema 8); one kept in one block before that is
    // still read, and a listing missing a chunk is not read at all.
    void aKeptBookIsReadByChunkOrInOneBlock()
    {
        WorkspaceDatabase workspace(m_dir.filePath(u"kept-chunks.sqlite"_s));
        CustomerCache cache(&workspace);
        const int many = CustomerRowSnapshot::kChunkRows + 10;
        const CustomerRowBatch rows = numberedRows(many);
        const auto chunks = CustomerRowSnapshot::compress(many, CustomerRowSnapshot::rowsOf(rows));
        QCOMPARE(chunks.size(), 2);
        QVERIFY(!cache.keepBook(u"by-chunk"_s, many, chunks).has_value());
        QSqlQuery q(workspace.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM kept_book_chunks WHERE environment = 'by-chunk'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        auto kept = cache.keptBook(u"by-chunk"_s);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), many);
        QCOMPARE(kept->rows.id(kept->rows.rows.at(many - 1)).toString(), u"customer_%1"_s.arg(many - 1));

        QVERIFY(q.prepare(
            u"INSERT INTO kept_books (environment, kept_at, row_count, snapshot) VALUES (?, ?, ?, ?)"_s));
        q.addBindValue(u"in-one-block"_s);
        q.addBindValue(WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()));
        q.addBindValue(many);
        q.addBindValue(CustomerRowSnapshot::encode(rows));
        QVERIFY(q.exec());
        kept = cache.keptBook(u"in-one-block"_s);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), many);

        // A listing being kept leaves the one before whole until its last chunk; then it replaces it.
        const auto one = CustomerRowSnapshot::compress(1, CustomerRowSnapshot::rowsOf(rows));
        const QString generation = CustomerCache::newGeneration();
        QVERIFY(!cache.keepBookChunk(u"by-chunk"_s, generation, 0, one.constFirst()).has_value());
        QCOMPARE(cache.keptBook(u"by-chunk"_s)->rows.size(), many);
        // Two chunks' worth of rows, one chunk written: refused, and nothing changes.
        QVERIFY(cache.finishKeptBook(u"by-chunk"_s, generation, CustomerRowSnapshot::kChunkRows + 1, 2)
                    .has_value());
        QVERIFY(cache.finishKeptBook(u"by-chunk"_s, generation, 1, 2).has_value()); // a count that cannot be
        QCOMPARE(cache.keptBook(u"by-chunk"_s)->rows.size(), many);
        QVERIFY(!cache.finishKeptBook(u"by-chunk"_s, generation, 1, 1).has_value());
        kept = cache.keptBook(u"by-chunk"_s);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->rows.size(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM kept_book_chunks WHERE environment = 'by-chunk'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the listing before is gone
        QVERIFY(!cache.keepBook(u"by-chunk"_s, many, chunks).has_value());
        QVERIFY(q.exec(u"DELETE FROM kept_book_chunks WHERE environment = 'by-chunk' AND chunk = 1"_s));
        QVERIFY(!cache.keptBook(u"by-chunk"_s).has_value());
    }

    // The kept copy is not held in memory beside the fresh rows that replace it (a million of each
    // would break the app's memory budget): a walk that fails half way reads it again from the workspace.
    void aWalkThatFailsHalfWayPutsTheKeptCopyBack()
    {
        SandboxConfig config;
        config.databasePath = m_dir.filePath(u"half-way.sqlite"_s);
        config.seedCustomers = 2500; // three pages of 1 000
        config.token = kToken;
        config.latencyMs = 300; // pages two and three are on the wire when the first is shown
        auto sandbox = std::make_unique<SandboxServer>(config);
        QVERIFY(sandbox->listen(QHostAddress::LocalHost, 0) != 0);
        SphereClient sphere(m_transport,
                            sphereEndpointAt(sandbox->baseUrl(), kToken, std::chrono::seconds(5)));
        WorkspaceDatabase workspace(m_dir.filePath(u"half-way-workspace.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        CustomerCache cache(&workspace);
        {
            MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false });
            window.setReviewWorkspace(&review, &audit, &settings);
            window.setCustomerCache(&cache);
            QSignalSpy finished(window.book(), &CustomerBook::loadFinished);
            window.reload();
            QVERIFY(finished.wait(20000));
            QCOMPARE(window.book()->model()->rowCount(), 2500);
            QTRY_VERIFY(!window.isKeepingBook());
        }
        MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false });
        window.setReviewWorkspace(&review, &audit, &settings);
        window.setCustomerCache(&cache);
        CustomerBook *book = window.book();
        QCOMPARE(book->model()->rowCount(), 2500);
        QVERIFY(book->isStale());
        QSignalSpy shown(book, &CustomerBook::rowsShown);
        QSignalSpy failed(book, &CustomerBook::loadFailed);
        connect(book, &CustomerBook::rowsShown, this, [&sandbox] { sandbox.reset(); }); // Sphere goes down
        window.reload();
        QVERIFY(failed.wait(20000));
        QCOMPARE(shown.first().first().toInt(), 1000); // the kept copy had given way to the first page
        QCOMPARE(book->model()->rowCount(), 2500); // and is back
        QVERIFY(book->isStale());
    }

    void aRestartWithSphereDownShowsTheKeptCopyMarkedStale()
    {
        int rows = 0;
        QString opened;
        {
            ReviewDesk desk(*this, u"offline.sqlite"_s);
            auto [workspace, audit, review, window] = desk.parts();
            CustomerCache cache(&workspace);
            window.setCustomerCache(&cache);
            QVERIFY(selectFirstCustomer(window)); // a complete load, and a customer opened: both kept
            rows = window.book()->model()->rowCount();
            opened = window.book()->currentId();
            QVERIFY(rows > 1);
            QVERIFY(!window.book()->isStale());
            QTRY_VERIFY(!window.isKeepingBook()); // the cache goes before the window here
        }
        {
            // Sphere up: the kept copy shows at once and a reload replaces it, after which it is fresh.
            ReviewDesk desk(*this, u"offline.sqlite"_s);
            auto [workspace, audit, review, window] = desk.parts();
            CustomerCache cache(&workspace);
            window.setCustomerCache(&cache);
            QCOMPARE(window.book()->model()->rowCount(), rows);
            QVERIFY(window.book()->isStale());
            QSignalSpy finished(window.book(), &CustomerBook::loadFinished);
            window.reload();
            QVERIFY(finished.wait(20000));
            QVERIFY(!window.book()->isStale());
            QCOMPARE(window.book()->model()->rowCount(), rows);
            QVERIFY(window.bookStatus()->staleLabel()->isHidden());
            QTRY_VERIFY(!window.isKeepingBook());
        }
        auto gone = startSandbox(m_dir.filePath(u"gone.sqlite"_s), 0, kToken);
        QVERIFY(gone);
        const QUrl unreachable = gone->baseUrl();
        gone.reset();

        SphereClient sphere(m_transport, sphereEndpointAt(unreachable, kToken, std::chrono::seconds(5)));
        WorkspaceDatabase workspace(m_dir.filePath(u"offline.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false });
        window.setReviewWorkspace(&review, &audit, &settings);
        CustomerCache cache(&workspace);
        window.setCustomerCache(&cache);
        window.show();
        // At once, before any request: the kept book, marked with its age.
        QCOMPARE(window.book()->model()->rowCount(), rows);
        QVERIFY(window.book()->isStale());
        QLabel *stale = window.bookStatus()->staleLabel();
        QVERIFY(!stale->isHidden());
        QVERIFY2(stale->text().startsWith(u"Copy kept"_s), qPrintable(stale->text()));

        QSignalSpy failed(window.book(), &CustomerBook::loadFailed);
        window.reload();
        QVERIFY(failed.wait(10000));
        QCOMPARE(window.book()->model()->rowCount(), rows); // still there to work with
        QVERIFY2(stale->text().contains(u"could not be reached"_s), qPrintable(stale->text()));

        window.book()->setCurrentId(opened);
        QTRY_VERIFY(window.detailWidget()->customer().has_value());
        QCOMPARE(window.detailWidget()->customer()->id, opened);
        auto *kept = window.detailWidget()->findChild<QLabel *>(u"keptCopyLabel"_s);
        QVERIFY(kept && !kept->isHidden());
        QVERIFY2(kept->text().contains(u"copy kept on this computer"_s), qPrintable(kept->text()));

        // Deciding needs no vendor.
        QTRY_VERIFY(window.casePanel()->decisionActions().constFirst()->isEnabled());
        QString requestText;
        bool seen = false;
        answerDecisionDialog(&requestText, &seen);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QTRY_COMPARE(review.decisions(opened).value().size(), 1);
    }

    void aYativoRecordIsLinkedByHandAndComparedField()
    {
        ReviewDesk desk(*this, u"across.sqlite"_s);
        auto [workspace, audit, review, window] = desk.parts();
        YativoLinks links(&workspace, &audit);
        window.setYativoLinks(&links);
        YativoClient yativo(m_transport, m_sandbox->baseUrl(), u"sandbox"_s, kToken);
        window.setOnboarding(nullptr, &yativo);
        QVERIFY(selectFirstCustomer(window));
        const Customer customer = *window.detailWidget()->customer();
        QVERIFY(customer.email.has_value());
        // Yativo knows the customer under the same email, with another name.
        YativoCustomerRequest request;
        request.customerName = u"Someone Else Entirely"_s;
        request.customerEmail = customer.email->toUpper();
        request.customerCountry = u"USA"_s;
        request.customerType = u"individual"_s;
        const auto created = waitForAnswer<Result<YativoCustomer>>(
            [&](auto done) { yativo.createCustomer(request, this, done); }, 20000);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().userMessage()));

        CrossVendorPanel *panel = window.crossVendorPanel();
        QVERIFY(panel);
        CrossVendorModel *model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList offered;
        panel->setChooser([&offered](const QStringList &labels) {
            offered = labels;
            return std::optional<int>(0);
        });
        auto *find = panel->findChild<QPushButton *>(u"findYativoRecordPushButton"_s);
        QTRY_VERIFY(find->isEnabled());
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_VERIFY(links.linked(customer.id).value().has_value());
        QCOMPARE(offered.size(), 1);
        QCOMPARE(links.linked(customer.id).value()->record.id, created.value().id);
        QCOMPARE(audit.records().value().constLast().event.action, u"link"_s);

        // Side by side: the email agrees (case aside), the name does not.
        const int nameRow = 0, emailRow = 4;
        QCOMPARE(model->index(nameRow, CrossVendorModel::Yativo).data().toString(),
                 u"Someone Else Entirely"_s);
        QVERIFY(model->index(nameRow, CrossVendorModel::Field).data(CrossVendorModel::DiffersRole).toBool());
        QVERIFY(model->index(nameRow, CrossVendorModel::Field).data().toString().contains(u"≠"_s));
        QVERIFY(
            !model->index(emailRow, CrossVendorModel::Field).data(CrossVendorModel::DiffersRole).toBool());
        QVERIFY(model->differingFields() >= 1);

        auto *unlink = panel->findChild<QPushButton *>(u"unlinkYativoRecordPushButton"_s);
        QVERIFY(unlink->isEnabled());
        QTest::mouseClick(unlink, Qt::LeftButton);
        QVERIFY(!links.linked(customer.id).value().has_value());
        QCOMPARE(audit.records().value().constLast().event.action, u"unlink"_s);
        QCOMPARE(model->index(nameRow, CrossVendorModel::Yativo).data().toString(), u"not linked"_s);
        QVERIFY(!audit.verify().value().has_value());
    }

    void notesAreFoundAcrossCustomersAndOpenTheirCustomer()
    {
        ReviewDesk desk(*this, u"note-search.sqlite"_s);
        auto [workspace, audit, review, window] = desk.parts();
        QVERIFY(selectFirstCustomer(window));
        const QString last = window.book()->model()->customerId(window.book()->model()->rowCount() - 1);
        QVERIFY(review.addNote(last, u"Utility bill promised by Friday"_s).ok());
        QVERIFY(review.addNote(window.book()->currentId(), u"Called, no answer"_s).ok());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        NoteSearchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NoteSearchDialog *>()) != nullptr);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"noteSearchLineEdit"_s), u"UTILITY"_s);
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, CustomerNoteModel::Customer).data().toString(), last);
        auto *view = dialog->findChild<QTreeView *>(u"noteSearchTreeView"_s);
        view->setCurrentIndex(dialog->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(window.book()->currentId(), last);
        dialog->close();
    }

    void aRiskCheckIsAnAuditedAction()
    {
        SphereClient sphere(m_transport,
                            sphereEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        SardineClient sardine(m_transport,
                              sardineEndpointAt(m_sandbox->baseUrl(), kToken, std::chrono::seconds(20)));
        WorkspaceDatabase workspace(m_dir.filePath(u"risk-audit.sqlite"_s));
        RiskHistoryStore history(workspace.path());
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&sphere, EnvironmentDescription { u"Test"_s, {}, false }, nullptr, &sardine,
                          &history);
        window.setReviewWorkspace(&review, &audit, &settings);
        QVERIFY(selectFirstCustomer(window));
        const Customer customer = *window.detailWidget()->customer();
        QSignalSpy finished(window.detailWidget(), &CustomerDetailWidget::riskCheckFinished);
        window.detailWidget()->dossier()->runRiskCheck(SardineMapping::fromSphere(customer));
        QVERIFY(finished.wait(20000));
        QList<AuditRecord> rows = audit.records().value();
        const auto check = std::find_if(rows.crbegin(), rows.crend(), [](const AuditRecord &r) {
            return r.event.action == u"risk-check"_s;
        });
        QVERIFY(check != rows.crend());
        QCOMPARE(check->event.customerId, customer.id);
        QCOMPARE(check->event.detail.value(u"answered"_s).toBool(), finished.constFirst().at(0).toBool());
        QVERIFY(finished.constFirst().at(0).toBool()); // the sandbox answers
        QVERIFY(!check->event.detail.value(u"level"_s).toString().isEmpty());
        QVERIFY(!check->detailText.contains(customer.email.value_or(u"@"_s)));
    }

    void identityDocumentsAreMaskedUntilRevealedWithAReason()
    {
        WorkspaceDatabase workspace(m_dir.filePath(u"identity.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        QWidget host;
        PiiRevealGate gate(&audit, &host);
        gate.setRevealDuration(std::chrono::milliseconds(300));
        RiskPanel panel;
        panel.setRevealGate(&gate);
        const auto entity
            = SardineCodec::decodeIdentityResponse(200, example(u"sardine-identity-response.json"_s));
        QVERIFY(entity.ok());
        QVERIFY(entity.value().documentData && entity.value().documentData->documentNumber);
        const QString number = *entity.value().documentData->documentNumber;
        panel.showIdentity(entity.value());
        auto *text = panel.findChild<QLabel *>(u"identityLabel"_s);
        auto *front = panel.findChild<QLabel *>(u"identityFrontImageLabel"_s);
        auto *reveal = panel.findChild<QCheckBox *>(u"revealIdentityCheckBox"_s);
        QVERIFY(text && front && reveal);
        QVERIFY2(!text->text().contains(number), qPrintable(text->text()));
        QVERIFY(front->pixmap().isNull());

        gate.setReasonProvider([](const QString &) { return std::optional<QString>(); }); // cancelled
        reveal->setChecked(true);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!panel.identityRevealed());

        gate.setReasonProvider([](const QString &) { return std::optional<QString>(u"Document check"_s); });
        reveal->setChecked(true);
        QVERIFY(panel.identityRevealed());
        QVERIFY2(text->text().contains(number), qPrintable(text->text()));
        const AuditRecord row = audit.records().value().constLast();
        QCOMPARE(row.event.action, u"pii-reveal"_s);
        QCOMPARE(row.event.detail.value(u"field"_s).toString(), u"identityDocument"_s);
        QVERIFY(!row.detailText.contains(number));
        QTRY_VERIFY(!panel.identityRevealed()); // masked again after its time
        QVERIFY(!text->text().contains(number));
        QVERIFY(front->pixmap().isNull());
    }

    void aCopiedEmailLeavesTheClipboardUnlessReplaced()
    {
        ClipboardGuard guard;
        guard.setClearAfter(std::chrono::milliseconds(100));
        QClipboard *clipboard = QGuiApplication::clipboard();
        guard.copySensitive(u"ana@example.com"_s);
        QCOMPARE(clipboard->text(), u"ana@example.com"_s);
        QTRY_COMPARE(clipboard->text(), QString());
        guard.copySensitive(u"bob@example.com"_s);
        clipboard->setText(u"something the analyst copied since"_s);
        QTest::qWait(250);
        QCOMPARE(clipboard->text(), u"something the analyst copied since"_s);
        guard.copy(u"customer_123"_s);
        QTest::qWait(250);
        QCOMPARE(clipboard->text(), u"customer_123"_s); // an id is not personal data: it stays
    }

    void requestInformationWordsTheOpenRequirements()
    {
        const QString text = DecisionDialog::requestTextFor(
            u"Ana Example"_s, { u"customerIdentityDocument"_s, u"address.line1"_s });
        QVERIFY2(text.startsWith(u"Dear Ana Example"_s), qPrintable(text));
        QCOMPARE(text.count(u"  • "_s), 2);
        QVERIFY2(!text.contains(u"customerIdentityDocument"_s),
                 "a requirement key reached the customer's message");
    }

    void notesAreTypedKeptAndAudited()
    {
        ReviewDesk desk(*this, u"notes.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        QVERIFY(selectFirstCustomer(window));
        CaseReviewPanel *panel = window.casePanel();
        auto *edit = panel->findChild<QPlainTextEdit *>(u"notePlainTextEdit"_s);
        auto *add = panel->findChild<QPushButton *>(u"addNotePushButton"_s);
        QTRY_VERIFY(panel->decisionActions().constFirst()->isEnabled());
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(edit, u"Called; bill promised for Friday"_s);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        const QString customer = window.book()->currentId();
        QCOMPARE(review.notes(customer).value().size(), 1);
        QCOMPARE(review.notes(customer).value().constFirst().text, u"Called; bill promised for Friday"_s);
        QCOMPARE(edit->toPlainText(), QString());
        QCOMPARE(audit.records().value().constLast().event.action, u"note"_s);
    }

    void auditViewFiltersVerifiesAndExportsWhatItShows()
    {
        WorkspaceDatabase workspace(m_dir.filePath(u"audit-view.sqlite"_s));
        AuditTrail audit(&workspace, u"ana"_s);
        ReviewStore review(&workspace, &audit);
        QVERIFY(review.decide(u"customer_a"_s, CaseDecisionKind::Approve, u"Documents verified"_s, {}).ok());
        QVERIFY(review.addNote(u"customer_a"_s, u"Spoke to the director"_s).ok());
        QVERIFY(review.decide(u"customer_b"_s, CaseDecisionKind::Escalate, u"High risk score"_s, {}).ok());

        AuditTrailDialog dialog(&audit);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 3);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"customerLineEdit"_s), u"customer_a"_s);
        QCOMPARE(dialog.model()->rowCount(), 2);

        const QString csv = m_dir.filePath(u"audit.csv"_s);
        QVERIFY(dialog.exportTo(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.size(), 2 + 1 + 1); // header, two rows, the empty piece after the last CRLF
        QVERIFY(lines.at(0).startsWith("seq,recordedAt,analyst,action,customerId,detail,previousHash,hash"));
        QVERIFY(!lines.join().contains("customer_b"));
        // The export is audited, for the customer the view was filtered to.
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(audit.records().value().constLast().event.action, u"export"_s);
        QCOMPARE(audit.records().value().constLast().event.detail.value(u"rows"_s).toInt(), 2);

        const QString jsonl = m_dir.filePath(u"audit.jsonl"_s);
        QVERIFY(dialog.exportTo(jsonl));
        QFile jsonlFile(jsonl);
        QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> objects = jsonlFile.readAll().trimmed().split('\n');
        QCOMPARE(objects.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(objects.at(0)).object();
        QCOMPARE(first.value(u"customerId"_s).toString(), u"customer_a"_s);
        QCOMPARE(first.value(u"hash"_s).toString().size(), 64);

        QVERIFY(dialog.verifyChain());
        {
            QSqlQuery q(workspace.database());
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET analyst = 'mallory' WHERE seq = 2"_s));
        }
        QVERIFY(!dialog.verifyChain());
        const QString verdict = dialog.findChild<QLabel *>(u"auditStatusLabel"_s)->text();
        QVERIFY2(verdict.contains(u"row 2"_s), qPrintable(verdict));
    }

    void revealingAccountNumbersNeedsAReasonAndMasksAgain()
    {
        ReviewDesk desk(*this, u"reveal.sqlite"_s);
        QVERIFY(desk.workspace.isOpen());
        auto [workspace, audit, review, window] = desk.parts();
        QVERIFY(selectFirstCustomer(window));
        auto *gate = window.findChild<PiiRevealGate *>();
        QVERIFY(gate);
        std::optional<QString> answer;
        QString asked;
        gate->setReasonProvider([&](const QString &what) {
            asked = what;
            return answer;
        });
        gate->setRevealDuration(std::chrono::milliseconds(300));
        auto *reveal = window.detailWidget()->findChild<QCheckBox *>(u"revealAccountsCheckBox"_s);
        BankAccountTableModel *accounts = window.detailWidget()->bankAccountModel();
        const qsizetype rowsBefore = audit.records().value().size();

        // Cancelled: nothing shown, nothing audited.
        reveal->click();
        QVERIFY(asked.contains(u"account"_s));
        QVERIFY(!reveal->isChecked());
        QVERIFY(!accounts->isRevealed());
        QCOMPARE(audit.records().value().size(), rowsBefore);

        answer = u"Auditor's request"_s;
        reveal->click();
        QVERIFY(reveal->isChecked());
        QVERIFY(accounts->isRevealed());
        const AuditRecord row = audit.records().value().constLast();
        QCOMPARE(row.event.action, u"pii-reveal"_s);
        QCOMPARE(row.event.customerId, window.detailWidget()->customerId());
        QCOMPARE(row.event.detail.value(u"reason"_s).toString(), u"Auditor's request"_s);
        QCOMPARE(row.event.detail.value(u"field"_s).toString(), u"bankAccounts"_s);
        // Masked again by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isRevealed(), 3000);
        QVERIFY(!reveal->isChecked());

        // A reveal is for the customer it was asked for: the next one opens masked.
        gate->setRevealDuration(std::chrono::seconds(60));
        reveal->click();
        QVERIFY(accounts->isRevealed());
        QVERIFY(window.book()->selectNext());
        QVERIFY(!accounts->isRevealed());
        QVERIFY(!reveal->isChecked());
    }

    void withoutAnAuditTrailRevealsAreRefused()
    {
        QWidget parent;
        PiiRevealGate gate(nullptr, &parent);
        bool asked = false;
        gate.setReasonProvider([&](const QString &) {
            asked = true;
            return std::optional<QString>(u"Auditor's request"_s);
        });
        QSignalSpy failed(&gate, &PiiRevealGate::failed);
        QVERIFY(!gate.askToReveal(u"account and routing numbers"_s, u"bankAccounts"_s, u"customer_x"_s));
        QVERIFY(!asked);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(u"audit trail"_s));
    }
};

QTEST_MAIN(TestCaseReview)
#include "tst_case_review.moc"
