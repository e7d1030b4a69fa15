// A document field as the analyst picks files into it: each file is read and checked (type, size,
// a decode of JPEGs and PNGs) on a worker thread, so the window stays live while a 20 MB scan is
// checked. Until the verdict is in the field says so and the forms do not send; a later pick wins
// over an earlier one still being checked; a refused file never costs the good one already there.

#include "CustomerRequestValidator.h"
#include "DocumentField.h"
#include "UboEditorDialog.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

class TestDocumentField : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pngPath;
    QString m_bigJpegPath;
    QString m_damagedJpegPath;
    QString m_damagedPngPath;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString statusOf(const DocumentField &field)
    {
        auto *label = field.findChild<QLabel *>(u"statusLabel"_s);
        return label ? label->text() : u"(no status label)"_s;
    }

    // Every check started has ended and any verdict it queued has been delivered (or dropped).
    static void settle()
    {
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QImage small(320, 200, QImage::Format_RGB32);
        small.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer pngBuffer(&png);
        QVERIFY(pngBuffer.open(QIODevice::WriteOnly));
        QVERIFY(small.save(&pngBuffer, "PNG"));
        m_pngPath = write(u"back.png"_s, png);

        // A few MB of noise: its decode takes long enough that a second pick lands while it runs.
        QImage noise(1600, 1600, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = random.generate();
        }
        QByteArray jpeg;
        QBuffer jpegBuffer(&jpeg);
        QVERIFY(jpegBuffer.open(QIODevice::WriteOnly));
        QVERIFY(noise.save(&jpegBuffer, "JPEG", 100));
        m_bigJpegPath = write(u"passport-scan.jpg"_s, jpeg);

        // The right first bytes with no picture behind them.
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919 + 13) % 251));
        m_damagedJpegPath = write(u"damaged.jpg"_s, QByteArray::fromHex("FFD8FFE000104A464946") + junk);
        m_damagedPngPath = write(u"damaged.png"_s, QByteArray::fromHex("89504E470D0A1A0A") + junk);
    }

    void cleanup() { settle(); }

    void aGoodFileIsAcceptedOnceChecked()
    {
        DocumentField field(u"Identity document (back)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        QSignalSpy changed(&field, &DocumentField::changed);
        field.loadFile(m_pngPath);
        QVERIFY(field.isChecking());
        QCOMPARE(changed.count(), 1); // the form hears that a check started
        QVERIFY2(statusOf(field).contains(u"Checking back.png"_s), qPrintable(statusOf(field)));
        QVERIFY(!field.hasDocument());
        QVERIFY2(field.issue().contains(u"being checked"_s), qPrintable(field.issue()));

        QVERIFY(checked.wait());
        QCOMPARE(checked.count(), 1);
        QVERIFY(checked.first().first().toString().isEmpty());
        QCOMPARE(changed.count(), 2);
        QVERIFY(!field.isChecking());
        QVERIFY(field.hasDocument());
        QCOMPARE(field.document()->fileName, u"back.png"_s);
        QCOMPARE(field.document()->type, DocumentInspector::Type::Png);
        QCOMPARE(field.document()->content, readAll(m_pngPath));
        QVERIFY(field.problem().isEmpty());
        QVERIFY(field.issue().isEmpty());
        QVERIFY2(statusOf(field).contains(u"PNG"_s), qPrintable(statusOf(field)));
    }

    void aDamagedJpegIsRefusedOnceChecked()
    {
        DocumentField field(u"Identity document (front)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        field.loadFile(m_damagedJpegPath);
        QVERIFY(field.isChecking());
        QVERIFY(field.problem().isEmpty()); // no verdict yet

        QVERIFY(checked.wait());
        QVERIFY(!field.isChecking());
        QVERIFY2(field.problem().contains(u"cannot be read"_s), qPrintable(field.problem()));
        QCOMPARE(checked.first().first().toString(), field.problem());
        QCOMPARE(field.issue(), field.problem());
        QVERIFY(!field.hasDocument());
        QVERIFY(field.findChild<QLabel *>(u"problemLabel"_s)->isVisible());
    }

    void aBadPickKeepsTheGoodDocument()
    {
        DocumentField field(u"Identity document (back)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        field.loadFile(m_pngPath);
        QVERIFY(checked.wait());
        const QByteArray good = readAll(m_pngPath);

        field.loadFile(m_damagedPngPath);
        QVERIFY(field.isChecking());
        QCOMPARE(field.document()->content, good); // the good file stays while the new one is checked
        QVERIFY(checked.wait());
        QVERIFY2(field.problem().contains(u"cannot be read"_s), qPrintable(field.problem()));
        QCOMPARE(field.document()->content, good); // and after it is refused
        QVERIFY2(statusOf(field).contains(u"back.png"_s), qPrintable(statusOf(field)));

        // A good pick clears the refusal.
        field.loadFile(m_bigJpegPath);
        QVERIFY(field.problem().isEmpty());
        QVERIFY(checked.wait());
        QVERIFY(field.problem().isEmpty());
        QCOMPARE(field.document()->type, DocumentInspector::Type::Jpeg);
    }

    // The first pick's check is still running (a large scan) when the analyst picks a damaged file:
    // the damaged file's verdict stands, the scan's must not land afterwards.
    void aLaterPickWinsOverOneStillChecked()
    {
        DocumentField field(u"Identity document (front)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        field.loadFile(m_bigJpegPath);
        field.loadFile(m_damagedJpegPath);
        QVERIFY2(statusOf(field).contains(u"damaged.jpg"_s), qPrintable(statusOf(field)));
        QVERIFY(checked.wait());
        settle();
        QCOMPARE(checked.count(), 1);
        QVERIFY(!field.isChecking());
        QVERIFY2(field.problem().contains(u"cannot be read"_s), qPrintable(field.problem()));
        QVERIFY(!field.hasDocument());
    }

    // The first pick's verdict is already queued when the second pick is made: it is dropped, and
    // the field does not block the window waiting for the second.
    void aVerdictQueuedForAnEarlierPickIsDropped()
    {
        DocumentField field(u"Identity document (front)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        field.loadFile(m_damagedJpegPath);
        QThreadPool::globalInstance()->waitForDone(); // done, its finished() posted, not delivered
        field.loadFile(m_pngPath);
        QVERIFY(field.isChecking());
        QVERIFY(checked.wait());
        settle();
        QCOMPARE(checked.count(), 1);
        QVERIFY(checked.first().first().toString().isEmpty());
        QVERIFY(field.problem().isEmpty());
        QCOMPARE(field.document()->fileName, u"back.png"_s);
    }

    void removeDropsTheCheckInProgress()
    {
        DocumentField field(u"Identity document (front)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        auto *remove = field.findChild<QPushButton *>(u"removePushButton"_s);
        QVERIFY(remove);
        QVERIFY(!remove->isVisible());
        field.loadFile(m_bigJpegPath);
        QVERIFY(remove->isVisible()); // the analyst can take back a pick before its verdict
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!field.isChecking());
        QVERIFY(field.issue().isEmpty());
        settle();
        QCOMPARE(checked.count(), 0);
        QVERIFY(!field.hasDocument());
        QVERIFY(!remove->isVisible());
        QVERIFY2(statusOf(field).startsWith(u"No file"_s), qPrintable(statusOf(field)));
    }

    // A draft's document is the value at once (an autosave meanwhile keeps it) and is checked off
    // the UI thread; one found damaged stays in the field with its problem, as the draft had it.
    void aDraftDocumentIsCheckedOffTheUiThread()
    {
        DocumentField field(u"Identity document (front)"_s);
        field.show();
        QSignalSpy checked(&field, &DocumentField::checked);
        const QByteArray damaged = readAll(m_damagedJpegPath);
        field.setDocument(DocumentUpload { u"front.jpg"_s, damaged, {} });
        QVERIFY(field.isChecking());
        QVERIFY(field.hasDocument());
        QCOMPARE(field.document()->content, damaged);
        QVERIFY(checked.wait());
        QVERIFY2(field.problem().contains(u"cannot be read"_s), qPrintable(field.problem()));
        QCOMPARE(field.document()->content, damaged);

        const QByteArray good = readAll(m_bigJpegPath);
        field.setDocument(DocumentUpload { u"front.jpg"_s, good, {} });
        QVERIFY(field.isChecking());
        QVERIFY(field.problem().isEmpty());
        QVERIFY(checked.wait());
        QVERIFY(field.problem().isEmpty());
        QCOMPARE(field.document()->type, DocumentInspector::Type::Jpeg);
        QCOMPARE(field.document()->content, good);
    }

    // The owner's editor refuses OK while one of its documents is being checked, and takes it
    // once the check passes.
    void theOwnerEditorWaitsForItsDocuments()
    {
        UboEditorDialog dialog(CustomerRequestValidator::Mode::Create,
                               CustomerRequestValidator::kDefaultMaxDocumentBytes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const std::pair<QString, QString> entries[] = {
            { u"firstNameLineEdit"_s, u"Rowan"_s },
            { u"lastNameLineEdit"_s, u"Vale"_s },
            { u"dobLineEdit"_s, u"1979-02-03"_s },
            { u"ssnLineEdit"_s, u"987-65-4321"_s },
        };
        for (const auto &[name, text] : entries) {
            auto *edit = dialog.findChild<QLineEdit *>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->setFocus();
            QTest::keyClicks(edit, text);
        }
        auto *front = dialog.findChild<DocumentField *>(u"identityDocumentFrontField"_s);
        QVERIFY(front);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        front->loadFile(m_bigJpegPath);
        QVERIFY(front->isChecking());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okPushButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        auto *issue = dialog.findChild<QLabel *>(u"identityDocumentFrontFieldIssueLabel"_s);
        QVERIFY(issue);
        QVERIFY2(issue->text().contains(u"being checked"_s), qPrintable(issue->text()));

        QTRY_VERIFY(!front->isChecking());
        QVERIFY2(!issue->text().contains(u"being checked"_s), qPrintable(issue->text()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okPushButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.ubo().identityDocumentFront->content, readAll(m_bigJpegPath));
    }
};

QTEST_MAIN(TestDocumentField)
#include "tst_document_field.moc"
