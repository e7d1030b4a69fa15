// PII at rest is the owner's only: every store creates its SQLite file (and the -wal/-shm SQLite
// adds) 0600 in a 0700 folder; files and the app folder found looser are repaired at start-up with
// a warning (logged under kycdesk.files, reported once); and the sandbox's personal fields (SSN,
// dob, tax id, bank details in risk requests, documents) are not in its database file in clear.
#include "DraftStore.h"
#include "MemoryCredentialStore.h"
#include "PrivateFileGuard.h"
#include "RiskHistoryStore.h"
#include "SandboxCipher.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList capturedFileWarnings;

void captureFileWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && context.category && QByteArray(context.category) == "kycdesk.files")
        capturedFileWarnings << message;
}

// The mode bits as `ls -l` would show them: 0600, 0700.
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return u"0"_s + QString::number(mode, 8);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    QtMessageHandler m_previousHandler = nullptr;

    QString dataDir() const { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }
    QString workspace() const { return RiskHistoryStore::defaultPath(); }
    QString sandboxDatabase() const { return dataDir() + u"/embedded-sandbox.sqlite"_s; }

    // What the desktop app opens at start-up: the workspace (risk history and drafts, WAL) and the
    // embedded sandbox, each written to once so SQLite has made its companion files.
    void openEveryStore()
    {
        MemoryCredentialStore keys;
        RiskHistoryStore history(workspace());
        QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        DraftStore drafts(&keys, workspace());
        std::optional<std::optional<ApiError>> opened;
        drafts.open(this, [&](const std::optional<ApiError> &e) { opened = e; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(!opened->has_value());
        QVERIFY(!drafts.save({ u"d1"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() },
                             R"({"ssn":"123-45-6789"})"));
        QVERIFY(history.add(u"customer_1"_s, u"embedded"_s, u"embedded"_s, QDateTime::currentDateTimeUtc(),
                            RiskResult {}));
        // Files are checked while the connections are open: -wal and -shm exist only then.
        checkModes({ workspace(), workspace() + u"-wal"_s, workspace() + u"-shm"_s });

        SandboxConfig config;
        config.databasePath = sandboxDatabase();
        config.seedCustomers = 3;
        SandboxServer sandbox(config);
        QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0) != 0, qPrintable(sandbox.errorString()));
        checkModes({ sandboxDatabase(), sandboxDatabase() + u"-wal"_s, sandboxDatabase() + u"-shm"_s,
                     SandboxCipher::keyPath(sandboxDatabase()) });
    }

    void checkModes(const QStringList &files)
    {
        for (const QString &file : files)
            QVERIFY2(modeOf(file) == 0600, qPrintable(file + u" is "_s + octal(modeOf(file))));
        QVERIFY2(modeOf(dataDir()) == 0700, qPrintable(dataDir() + u" is "_s + octal(modeOf(dataDir()))));
    }

    QJsonObject post(QNetworkAccessManager &nam, const QUrl &base, const QString &path,
                     const QByteArray &authorization, const QJsonObject &body)
    {
        QUrl url = base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void init()
    {
        // Here rather than in main(): QtTest installs its own handler when it starts.
        m_previousHandler = qInstallMessageHandler(captureFileWarnings);
        QDir(dataDir()).removeRecursively();
        PrivateFileGuard::takeRepairWarning();
        capturedFileWarnings.clear();
    }

    void cleanup() { qInstallMessageHandler(m_previousHandler); }

    void storesCreateOwnerOnlyFiles()
    {
        // Even with a permissive umask the files come out private: the modes are set on creation.
        const mode_t previous = ::umask(022);
        openEveryStore();
        ::umask(previous);
        QCOMPARE(PrivateFileGuard::takeRepairWarning(), QString()); // nothing was loose
        QVERIFY(capturedFileWarnings.isEmpty());
    }

    void looseModesAreRepairedWithAWarningAtStartUp()
    {
        openEveryStore();
        if (QTest::currentTestFailed())
            return;
        // As an older version (or a copy) left them: 0644 files in a 0755 folder.
        const QStringList files { workspace(), sandboxDatabase(), SandboxCipher::keyPath(sandboxDatabase()) };
        for (const QString &file : files)
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(dataDir()).constData(), 0755) == 0);

        openEveryStore();
        const QString warning = PrivateFileGuard::takeRepairWarning();
        for (const QString &file : files)
            QVERIFY2(warning.contains(QDir::toNativeSeparators(file)), qPrintable(warning));
        QVERIFY2(warning.contains(QDir::toNativeSeparators(dataDir())), qPrintable(warning));
        QVERIFY2(capturedFileWarnings.size() >= files.size() + 1,
                 qPrintable(capturedFileWarnings.join(u'\n')));
        QVERIFY(capturedFileWarnings.first().contains(u"0644"_s)
                || capturedFileWarnings.first().contains(u"0755"_s));
        // Said once: the next start finds nothing to repair.
        QCOMPARE(PrivateFileGuard::takeRepairWarning(), QString());
        openEveryStore();
        QCOMPARE(PrivateFileGuard::takeRepairWarning(), QString());
    }

    void foldersTheAppCreatesAreAllPrivate()
    {
        // On a new account nothing exists yet: the organisation folder above the app's is made too.
        const QString organisationFolder = QFileInfo(dataDir()).absolutePath();
        QVERIFY(QDir(organisationFolder).removeRecursively());
        const mode_t previous = ::umask(022);
        openEveryStore();
        ::umask(previous);
        QCOMPARE(octal(modeOf(organisationFolder)), u"0700"_s);
        QCOMPARE(octal(modeOf(dataDir())), u"0700"_s);
    }

    void foldersOutsideTheAppAreNotChanged()
    {
        // A --database in a shared folder keeps that folder's mode; the file is still private.
        QTemporaryDir shared;
        QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 0755) == 0);
        RiskHistoryStore history(shared.filePath(u"elsewhere.sqlite"_s));
        QVERIFY(history.isOpen());
        QCOMPARE(octal(modeOf(shared.path())), u"0755"_s);
        QCOMPARE(octal(modeOf(shared.filePath(u"elsewhere.sqlite"_s))), u"0600"_s);
    }

    void sandboxKeepsPersonalFieldsSealed()
    {
        const QString ssn = u"321-54-9876"_s;
        const QString taxId = u"987654321"_s;
        const QString accountNumber = u"000111222333444"_s;
        const QByteArray document = QByteArray("passport scan, document no. P-55501234 ").repeated(20);
        QString customerId;
        {
            SandboxConfig config;
            config.databasePath = sandboxDatabase();
            config.seedCustomers = 0;
            SandboxServer sandbox(config);
            QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0) != 0);
            QNetworkAccessManager nam;
            const QJsonObject created = post(
                nam, sandbox.baseUrl(), u"/v1/customer"_s, "Bearer kycdesk-sandbox-token",
                QJsonObject {
                    { u"type"_s, u"individual"_s },
                    { u"firstName"_s, u"Ann"_s },
                    { u"ssn"_s, ssn },
                    { u"dob"_s, QJsonObject { { u"day"_s, 2 }, { u"month"_s, 2 }, { u"year"_s, 1980 } } },
                    { u"identityDocumentFront"_s, QString::fromLatin1(document.toBase64()) } });
            customerId = created.value(u"data"_s)
                             .toObject()
                             .value(u"customer"_s)
                             .toObject()
                             .value(u"id"_s)
                             .toString();
            QVERIFY2(!customerId.isEmpty(), QJsonDocument(created).toJson().constData());
            const QJsonObject risk
                = post(nam, sandbox.baseUrl(), u"/v1/customers"_s,
                       "Basic " + QByteArray("sandbox:kycdesk-sandbox-token").toBase64(),
                       QJsonObject {
                           { u"sessionKey"_s, u"s-1"_s },
                           { u"customer"_s,
                             QJsonObject {
                                 { u"id"_s, customerId },
                                 { u"taxId"_s, taxId },
                                 { u"dateOfBirth"_s, u"1980-02-02"_s },
                                 { u"transaction"_s,
                                   QJsonObject {
                                       { u"amount"_s, 10 },
                                       { u"paymentMethod"_s,
                                         QJsonObject { { u"bankAccount"_s,
                                                         QJsonObject { { u"accountNumber"_s,
                                                                         accountNumber } } } } } } } } } });
            QVERIFY2(risk.contains(u"level"_s), QJsonDocument(risk).toJson().constData());
            // Read back through the store: sealed, not lost.
            QCOMPARE(sandbox.store().privateData(customerId).value(u"ssn"_s).toString(), ssn);
            QCOMPARE(sandbox.store()
                         .document(customerId, u"customer"_s, u"identityDocumentFront"_s)
                         .value_or(QByteArray()),
                     document);
        }
        // Every byte SQLite left: the database and any WAL not yet checkpointed.
        const QByteArray onDisk = bytesOf(sandboxDatabase()) + bytesOf(sandboxDatabase() + u"-wal"_s);
        QVERIFY(onDisk.size() > 0);
        QVERIFY(onDisk.contains(customerId.toUtf8())); // the scan does see the rows
        for (const QByteArray &needle :
             { ssn.toUtf8(), QByteArray("321549876"), taxId.toUtf8(), accountNumber.toUtf8(),
               QByteArray("1980-02-02"), QByteArray("P-55501234"), document.toBase64().left(40) })
            QVERIFY2(!onDisk.contains(needle), needle.constData());
    }

    void sandboxSealsRowsLeftInClearByAnOlderVersion()
    {
        const QByteArray ssn = "456-78-9012";
        const QByteArray taxId = "654321987";
        {
            SandboxConfig config;
            config.databasePath = sandboxDatabase();
            config.seedCustomers = 0;
            SandboxServer sandbox(config);
            QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0) != 0);
            // As the sandbox stored them before encryption.
            QSqlQuery q(QSqlDatabase::database(sandbox.store().connectionName()));
            QVERIFY(q.exec(
                u"INSERT INTO customer_private (id, json) VALUES ('customer_old', '{\"ssn\":\"%1\"}')"_s.arg(
                    QString::fromLatin1(ssn))));
            QVERIFY(
                q.exec(u"INSERT INTO sardine_checks (customer_id, phone, tax_id, request, response, created) "
                       u"VALUES ('customer_old', '+15550100123', '%1', '{\"customer\":{\"taxId\":\"%1\"}}', "
                       u"'{}', 0)"_s.arg(QString::fromLatin1(taxId))));
        }
        QVERIFY(
            QByteArray(bytesOf(sandboxDatabase()) + bytesOf(sandboxDatabase() + u"-wal"_s)).contains(ssn));
        {
            SandboxConfig config;
            config.databasePath = sandboxDatabase();
            config.seedCustomers = 0;
            SandboxServer sandbox(config);
            QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0) != 0);
            QCOMPARE(sandbox.store().privateData(u"customer_old"_s).value(u"ssn"_s).toString(),
                     QString::fromLatin1(ssn));
        }
        const QByteArray onDisk = bytesOf(sandboxDatabase()) + bytesOf(sandboxDatabase() + u"-wal"_s);
        for (const QByteArray &needle : { ssn, taxId, QByteArray("+15550100123") })
            QVERIFY2(!onDisk.contains(needle), needle.constData());
    }

    void damagedSandboxKeyIsRefusedNotReplaced()
    {
        {
            SandboxConfig config;
            config.databasePath = sandboxDatabase();
            config.seedCustomers = 0;
            SandboxServer sandbox(config);
            QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0) != 0);
        }
        QFile key(SandboxCipher::keyPath(sandboxDatabase()));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("short");
        key.close();
        SandboxConfig config;
        config.databasePath = sandboxDatabase();
        SandboxServer sandbox(config);
        QCOMPARE(sandbox.listen(QHostAddress::LocalHost, 0), quint16(0));
        QVERIFY2(sandbox.errorString().contains(u"damaged"_s), qPrintable(sandbox.errorString()));
        QCOMPARE(bytesOf(key.fileName()), QByteArray("short"));
    }
};

int main(int argc, char *argv[])
{
    // A private home: AppDataLocation points inside it, as the app's would.
    QTemporaryDir root;
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.filePath(u"config"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root.filePath(u"cache"_s)));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KYC Desk"_s);
    QCoreApplication::setApplicationName(u"kycdesk-private-files-test"_s);
    TestPrivateFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_private_files.moc"
