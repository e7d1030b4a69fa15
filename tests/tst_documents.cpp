// Documents before upload: what a file really is from its first bytes, the size limit, files that
// cannot be read, and the off-thread base64 encoder (exact output, progress, cancel).

#include "DocumentEncoder.h"
#include "DocumentInspector.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kPdf = QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n");
const QByteArray kJpeg = QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000");
const QByteArray kPng = QByteArray::fromHex("89504E470D0A1A0A0000000D49484452");
const QByteArray kZip = QByteArray::fromHex("504B0304140006000800000021") + "word/document.xml";
const QByteArray kText = "Name,SSN\nAnn,123-45-6789\n";
constexpr qint64 kMb = 1024 * 1024;

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The messages format sizes for the analyst's locale; pin one so they can be compared.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void detectsTypesFromTheirMagicBytes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("mime");
        QTest::newRow("pdf") << kPdf << int(DocumentInspector::Type::Pdf) << u"application/pdf"_s;
        QTest::newRow("jpeg") << kJpeg << int(DocumentInspector::Type::Jpeg) << u"image/jpeg"_s;
        QTest::newRow("png") << kPng << int(DocumentInspector::Type::Png) << u"image/png"_s;
        QTest::newRow("zip") << kZip << int(DocumentInspector::Type::Unknown)
                             << u"application/octet-stream"_s;
        QTest::newRow("text") << kText << int(DocumentInspector::Type::Unknown)
                              << u"application/octet-stream"_s;
        QTest::newRow("png cut short")
            << kPng.left(7) << int(DocumentInspector::Type::Unknown) << u"application/octet-stream"_s;
        QTest::newRow("pdf without dash")
            << QByteArray("%PDF") << int(DocumentInspector::Type::Unknown) << u"application/octet-stream"_s;
    }

    void detectsTypesFromTheirMagicBytes()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, type);
        QFETCH(QString, mime);
        QCOMPARE(int(DocumentInspector::detect(content)), type);
        QCOMPARE(DocumentInspector::mimeType(DocumentInspector::Type(type)), mime);
    }

    void acceptedFilesComeBackWithTheirBytes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("typeName");
        QTest::newRow("pdf") << kPdf << u"PDF"_s;
        QTest::newRow("jpeg") << kJpeg << u"JPEG"_s;
        QTest::newRow("png") << kPng << u"PNG"_s;
    }

    void acceptedFilesComeBackWithTheirBytes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, typeName);
        // The name says nothing: a PNG called .pdf is a PNG.
        const QString path = writeFile(u"scan.pdf"_s, content);
        QByteArray read;
        const auto check = DocumentInspector::checkFile(path, kMb, &read);
        QVERIFY2(check.ok(), qPrintable(check.problem));
        QCOMPARE(DocumentInspector::typeName(check.type), typeName);
        QCOMPARE(check.size, content.size());
        QCOMPARE(read, content);
    }

    void wrongTypesAreRefusedSayingWhatTheyAre_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zip / docx") << kZip << u"ZIP"_s;
        QTest::newRow("old word") << QByteArray::fromHex("D0CF11E0A1B11AE1000000") << u"Word"_s;
        QTest::newRow("text") << kText << u"text file"_s;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << u"GIF"_s;
        QTest::newRow("binary noise") << QByteArray::fromHex("0001020304FEFDFC00") << u"unknown"_s;
    }

    void wrongTypesAreRefusedSayingWhatTheyAre()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QByteArray read("untouched");
        const auto check = DocumentInspector::checkFile(writeFile(u"upload.pdf"_s, content), kMb, &read);
        QVERIFY(!check.ok());
        QCOMPARE(check.type, DocumentInspector::Type::Unknown);
        QVERIFY2(check.problem.contains(mentions), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(u"PDF, JPEG or PNG"_s)
                     || check.problem.contains(u"PDF, JPEG and PNG"_s),
                 qPrintable(check.problem));
        QCOMPARE(read, QByteArray("untouched")); // refused bytes are not handed out
        // Same verdict on bytes already in memory (drag and drop, clipboard).
        QCOMPARE(DocumentInspector::check(content, kMb).problem, check.problem);
    }

    void emptyFileIsRefused()
    {
        const auto check = DocumentInspector::checkFile(writeFile(u"empty.pdf"_s, {}), kMb, nullptr);
        QVERIFY(!check.ok());
        QCOMPARE(check.size, 0);
        QVERIFY2(check.problem.contains(u"empty"_s), qPrintable(check.problem));
        QVERIFY(!DocumentInspector::check({}, kMb).ok());
    }

    void tooBigFileSaysItsSizeAndTheLimit()
    {
        // 3.5 MB of "PDF" against a 2 MB limit.
        const QByteArray content = kPdf + QByteArray(qsizetype(3.5 * kMb) - kPdf.size(), 'x');
        QByteArray read;
        const auto check = DocumentInspector::checkFile(writeFile(u"big.pdf"_s, content), 2 * kMb, &read);
        QVERIFY(!check.ok());
        QCOMPARE(check.size, content.size());
        QCOMPARE(check.type, DocumentInspector::Type::Pdf);
        QVERIFY2(check.problem.contains(u"3.5 MB"_s), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(u"2.0 MB"_s), qPrintable(check.problem));
        QVERIFY(read.isEmpty());
        QCOMPARE(DocumentInspector::check(content, 2 * kMb).problem, check.problem);
    }

    void oneByteOverTheLimitIsStillReadable()
    {
        // Rounded to 0.1 MB both figures would read "2.0 MB": the message must not say 2.0 > 2.0.
        const QByteArray content = kPdf + QByteArray(2 * kMb + 1 - kPdf.size(), 'x');
        const auto check = DocumentInspector::check(content, 2 * kMb);
        QVERIFY(!check.ok());
        QVERIFY2(check.problem.contains(u"2,097,153"_s), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(u"2,097,152"_s), qPrintable(check.problem));
        // Exactly at the limit is fine.
        QVERIFY(DocumentInspector::check(content.left(2 * kMb), 2 * kMb).ok());
    }

    void unreadablePathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << m_dir.filePath(u"no-such-file.pdf"_s);
        QTest::newRow("directory") << m_dir.path();
    }

    void unreadablePathsAreRefused()
    {
        QFETCH(QString, path);
        const auto check = DocumentInspector::checkFile(path, kMb, nullptr);
        QVERIFY(!check.ok());
        QVERIFY2(check.problem.contains(u"cannot be read"_s), qPrintable(check.problem));
    }

    void readErrorAfterOpening()
    {
        // Opens fine (even as root) but the first read fails with EIO: the read error is reported,
        // not mistaken for an empty file.
        const QString path = u"/proc/self/mem"_s;
        if (!QFile::exists(path))
            QSKIP("no /proc/self/mem here");
        const auto check = DocumentInspector::checkFile(path, kMb, nullptr);
        QVERIFY(!check.ok());
        QVERIFY2(check.problem.contains(u"cannot be read"_s), qPrintable(check.problem));
    }

    void unreadableBecauseOfPermissions()
    {
        const QString path = writeFile(u"locked.pdf"_s, kPdf);
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not stop reading");
        const auto check = DocumentInspector::checkFile(path, kMb, nullptr);
        QVERIFY(!check.ok());
        QVERIFY2(check.problem.contains(u"locked.pdf"_s), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(u"cannot be read"_s), qPrintable(check.problem));
    }

    void encoderMatchesToBase64_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size :
             { qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(4), qsizetype(kMb + 1),
               qsizetype(3 * 64 * 1024), qsizetype(3 * 64 * 1024 + 2) })
            QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
    }

    void encoderMatchesToBase64()
    {
        QFETCH(qsizetype, size);
        const QByteArray content = randomBytes(size);
        QCOMPARE(DocumentEncoder::encode(content), content.toBase64());

        DocumentEncoder encoder;
        QSignalSpy finished(&encoder, &DocumentEncoder::finished);
        encoder.start(content);
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toByteArray(), content.toBase64());
        QCOMPARE(encoder.result(), content.toBase64());
        QVERIFY(!encoder.isRunning());
    }

    void progressIsMonotonicAndReaches100()
    {
        const QByteArray content = randomBytes(8 * kMb);
        DocumentEncoder encoder;
        QList<int> seen;
        bool progressAfterFinished = false;
        bool done = false;
        bool offThread = false;
        connect(&encoder, &DocumentEncoder::progress, this, [&](int percent) {
            offThread = offThread || QThread::currentThread() != encoder.thread();
            progressAfterFinished = progressAfterFinished || done;
            seen.append(percent);
        });
        connect(&encoder, &DocumentEncoder::finished, this, [&] { done = true; });
        encoder.start(content);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(!progressAfterFinished);
        QVERIFY(!offThread); // the widgets listening may touch the UI directly
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i) >= seen.at(i - 1),
                     qPrintable(u"progress went back: %1 after %2"_s.arg(seen.at(i)).arg(seen.at(i - 1))));
        for (const int percent : seen)
            QVERIFY(percent >= 0 && percent <= 100);
        QCOMPARE(encoder.result(), content.toBase64());
    }

    void cancelStopsWithoutAResult()
    {
        const QByteArray content = randomBytes(32 * kMb);
        DocumentEncoder encoder;
        QSignalSpy finished(&encoder, &DocumentEncoder::finished);
        encoder.start(content);
        QVERIFY(encoder.isRunning());
        encoder.cancel();
        QVERIFY(!encoder.isRunning());
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QVERIFY(encoder.result().isEmpty());

        // Started again, it completes normally.
        encoder.start(kPdf);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(encoder.result(), kPdf.toBase64());
    }

    void restartReplacesThePreviousRun()
    {
        DocumentEncoder encoder;
        QSignalSpy finished(&encoder, &DocumentEncoder::finished);
        encoder.start(randomBytes(16 * kMb));
        encoder.start(kPng);
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toByteArray(), kPng.toBase64());
    }

    void destroyingARunningEncoderIsSafe()
    {
        auto *encoder = new DocumentEncoder;
        encoder->start(randomBytes(32 * kMb));
        delete encoder; // cancels and waits: no signal into freed memory, no crash under ASan
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
