// Documents before upload: what a file really is from its first bytes, the size limit, and files
// that cannot be read. (Base64 happens once, when the request body is encoded: tst_sphere_requests.)

#include "DocumentInspector.h"
#include "TestColumns.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kPdf = QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n");
const QByteArray kJpeg = QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000");
const QByteArray kPng = QByteArray::fromHex("89504E470D0A1A0A0000000D49484452");
const QByteArray kZip = QByteArray::fromHex("504B0304140006000800000021") + "word/document.xml";
const QByteArray kText = "Name,SSN\nAnn,123-45-6789\n";
constexpr qint64 kMb = 1024 * 1024;

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
        addColumns<QByteArray, int, QString>("content", "type", "mime");
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
        addColumns<QByteArray, QString>("content", "typeName");
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
        addColumns<QByteArray, QString>("content", "mentions");
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
        // One formatter for every size the analyst reads (the field's limit uses it too).
        QCOMPARE(DocumentInspector::formatSize(2 * kMb), QLocale().formattedDataSize(2 * kMb, 1));
        QVERIFY2(check.problem.contains(u"3.5 MiB"_s), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(u"2.0 MiB"_s), qPrintable(check.problem));
        QVERIFY(read.isEmpty());
        QCOMPARE(DocumentInspector::check(content, 2 * kMb).problem, check.problem);
    }

    void oneByteOverTheLimitIsStillReadable()
    {
        // Rounded to 0.1 MiB both figures would read "2.0 MiB": the message must not say 2.0 > 2.0.
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
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
