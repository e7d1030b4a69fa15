// Encrypted form drafts in the workspace database, with the key in a CredentialStore (the
// session-only one here; tst_keychain_integration does the same against the real keychain):
// round trip, nothing readable on disk, restart, wrong key / tampering / swapped rows give a typed
// error and keep the row, and a key that cannot be stored means no drafts at all.

#include "DraftStore.h"
#include "MemoryCredentialStore.h"
#include "RiskHistoryStore.h"
#include "WaitForAnswer.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kSsn = "123-45-6789";
// A document as a form carries it: base64 of a (fake) scan. Long enough that a match is no accident.
const QByteArray kDocument
    = QByteArray("%PDF-1.7\n% passport scan of Ann Example, document no. X9931772\n").repeated(40);
const QByteArray kDocumentBase64 = kDocument.toBase64();
const QByteArray kPayload = R"({"type":"individual","firstName":"Ann","ssn":")" + kSsn
    + R"(","identityDocumentFront":")" + kDocumentBase64 + R"("})";

std::optional<ApiError> openStore(DraftStore &store, QObject *context)
{
    return waitForAnswer<std::optional<ApiError>>([&](auto done) { store.open(context, done); });
}

// A store whose named-secret writes fail the way a locked or absent keychain does.
class FailingSecretStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    int writes = 0;
    bool failReads = false;

    void readSecret(const QString &name, QObject *context, SecretReadHandler done) override
    {
        if (!failReads) {
            MemoryCredentialStore::readSecret(name, context, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            context, [done] { done(ApiError::configuration(u"Keychain"_s, u"the keychain is locked"_s)); },
            Qt::QueuedConnection);
    }
    void writeSecret(const QString &, const QByteArray &, QObject *context, WriteHandler done) override
    {
        ++writes;
        QMetaObject::invokeMethod(
            context,
            [done] { done(ApiError::configuration(u"Keychain"_s, u"no OS keychain is reachable"_s)); },
            Qt::QueuedConnection);
    }
};
} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    // Every byte SQLite keeps for this database: the main file, and the WAL not yet checkpointed.
    QByteArray bytesOnDisk() const
    {
        QByteArray all;
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-journal"_s }) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    // A second, independent connection: what anyone with the file would see.
    template<typename Fn> void withRawDatabase(Fn &&fn)
    {
        const QString name = u"raw-"_s + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            fn(db);
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"workspace.sqlite"_s);
    }

    void saveLoadListRemove()
    {
        MemoryCredentialStore keys;
        DraftStore store(&keys, m_path);
        QVERIFY(!store.isReady());
        const auto opened = openStore(store, this);
        QVERIFY2(!opened, opened ? qPrintable(opened->userMessage()) : "");
        QVERIFY(store.isReady());

        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QVERIFY(!store.save(
            { u"create-customer/a"_s, u"sphere-create"_s, u"Individual customer draft"_s, t0 }, kPayload));
        QVERIFY(!store.save({ u"yativo/b"_s, u"yativo-create"_s, u"New Yativo customer"_s, t0.addSecs(60) },
                            "second"));
        const QByteArray binary = QByteArray::fromHex("00FF10800A0D");
        QVERIFY(
            !store.save({ u"update-customer/c"_s, u"sphere-update"_s, u"Update"_s, t0.addSecs(30) }, binary));

        const auto all = store.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, u"yativo/b"_s); // newest first
        QCOMPARE(all.at(1).id, u"update-customer/c"_s);
        QCOMPARE(all.at(2).id, u"create-customer/a"_s);
        QCOMPARE(all.at(2).kind, u"sphere-create"_s);
        QCOMPARE(all.at(2).title, u"Individual customer draft"_s);
        QCOMPARE(all.at(2).savedAt, t0);
        QCOMPARE(store.list(u"sphere-create"_s).size(), 1);
        QCOMPARE(store.list(u"nothing"_s).size(), 0);

        QCOMPARE(store.load(u"create-customer/a"_s).value(), kPayload);
        QCOMPARE(store.load(u"update-customer/c"_s).value(), binary);

        // Autosave overwrites the one row of a form.
        QVERIFY(!store.save(
            { u"create-customer/a"_s, u"sphere-create"_s, u"Individual customer draft"_s, t0.addSecs(120) },
            "newer"));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.list().at(0).id, u"create-customer/a"_s);
        QCOMPARE(store.load(u"create-customer/a"_s).value(), QByteArray("newer"));

        QVERIFY(store.remove(u"create-customer/a"_s));
        QVERIFY(!store.remove(u"create-customer/a"_s));
        QCOMPARE(store.list().size(), 2);
        const auto gone = store.load(u"create-customer/a"_s);
        QVERIFY(!gone.ok());

        // An empty payload is a valid draft too.
        QVERIFY(!store.save({ u"empty"_s, u"sphere-create"_s, u"Empty"_s, t0 }, {}));
        QVERIFY(store.load(u"empty"_s).ok());
        QVERIFY(store.load(u"empty"_s).value().isEmpty());
    }

    void keyIsCreatedOnceAndKeptInTheCredentialStore()
    {
        MemoryCredentialStore keys;
        {
            DraftStore store(&keys, m_path);
            QVERIFY(!openStore(store, this));
        }
        const auto key = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { keys.readSecret(u"drafts-key"_s, this, done); });
        QVERIFY(key.ok());
        QVERIFY(key.value().has_value());
        QCOMPARE(key.value()->size(), 32);
        // A second open (and two racing opens) reuse it instead of making another.
        DraftStore again(&keys, m_path);
        std::optional<ApiError> first, second;
        bool firstDone = false, secondDone = false;
        again.open(this, [&](const std::optional<ApiError> &e) {
            first = e;
            firstDone = true;
        });
        again.open(this, [&](const std::optional<ApiError> &e) {
            second = e;
            secondDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return firstDone && secondDone; }, 5000));
        QVERIFY(!first && !second);
        const auto after = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { keys.readSecret(u"drafts-key"_s, this, done); });
        QCOMPARE(*after.value(), *key.value());
    }

    void nothingReadableReachesTheDisk()
    {
        MemoryCredentialStore keys;
        {
            DraftStore store(&keys, m_path);
            QVERIFY(!openStore(store, this));
            QVERIFY(!store.save({ u"create-customer/a"_s, u"sphere-create"_s, u"Individual customer draft"_s,
                                  QDateTime::currentDateTimeUtc() },
                                kPayload));
            // While the store is open (data may still be in the WAL) ...
            const QByteArray raw = bytesOnDisk();
            QVERIFY(!raw.isEmpty());
            QVERIFY(!raw.contains(kSsn));
            QVERIFY(!raw.contains(kDocumentBase64.left(64)));
            QVERIFY(!raw.contains(kDocument.left(40)));
            QVERIFY(!raw.contains("Ann"));
        }
        // ... and after it closed and checkpointed.
        const QByteArray raw = bytesOnDisk();
        QVERIFY(!raw.contains(kSsn));
        QVERIFY(!raw.contains(kDocumentBase64.left(64)));
        QVERIFY(!raw.contains("Ann"));

        withRawDatabase([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT nonce, ciphertext, title FROM drafts"_s));
            QVERIFY(q.next());
            const QByteArray nonce = q.value(0).toByteArray();
            const QByteArray ciphertext = q.value(1).toByteArray();
            QCOMPARE(nonce.size(), 24); // XSalsa20 nonce
            QVERIFY(ciphertext.size() >= kPayload.size() + 16); // Poly1305 tag
            QVERIFY(!ciphertext.contains(kSsn));
            QVERIFY(!ciphertext.contains(kDocumentBase64.left(16)));
            QVERIFY(!ciphertext.contains("identityDocumentFront"));
            QCOMPARE(q.value(2).toString(), u"Individual customer draft"_s);
        });
    }

    void everySaveUsesAFreshNonce()
    {
        MemoryCredentialStore keys;
        DraftStore store(&keys, m_path);
        QVERIFY(!openStore(store, this));
        QByteArray nonces[2], ciphertexts[2];
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!store.save({ u"d"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() },
                                kPayload));
            withRawDatabase([&](QSqlDatabase &db) {
                QSqlQuery q(u"SELECT nonce, ciphertext FROM drafts WHERE id = 'd'"_s, db);
                QVERIFY(q.next());
                nonces[i] = q.value(0).toByteArray();
                ciphertexts[i] = q.value(1).toByteArray();
            });
        }
        QVERIFY(nonces[0] != nonces[1]);
        QVERIFY(ciphertexts[0] != ciphertexts[1]);
    }

    void aRestartLoadsTheDraft()
    {
        MemoryCredentialStore keys; // stands in for the keychain, which outlives the app
        {
            DraftStore store(&keys, m_path);
            QVERIFY(!openStore(store, this));
            QVERIFY(!store.save({ u"create-customer/a"_s, u"sphere-create"_s, u"Business customer draft"_s,
                                  QDateTime::currentDateTimeUtc() },
                                kPayload));
        }
        DraftStore restarted(&keys, m_path);
        QVERIFY(!restarted.isReady());
        QVERIFY(!openStore(restarted, this));
        QCOMPARE(restarted.list().size(), 1);
        const auto loaded = restarted.load(u"create-customer/a"_s);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().userMessage()));
        QCOMPARE(loaded.value(), kPayload);
    }

    void aWrongKeyIsATypedErrorAndTheRowStays()
    {
        MemoryCredentialStore keys;
        {
            DraftStore store(&keys, m_path);
            QVERIFY(!openStore(store, this));
            QVERIFY(!store.save({ u"a"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() },
                                kPayload));
        }
        // The keychain entry lost (another machine, a reset keyring): a new key is made.
        MemoryCredentialStore otherKeys;
        {
            DraftStore store(&otherKeys, m_path);
            QVERIFY(!openStore(store, this));
            const auto loaded = store.load(u"a"_s);
            QVERIFY(!loaded.ok());
            QCOMPARE(loaded.error().kind, ApiError::Kind::Decode);
            QVERIFY2(loaded.error().message.contains(u"different key"_s), qPrintable(loaded.error().message));
            QCOMPARE(store.list().size(), 1); // kept: nothing is lost
        }
        // With the right key back, it opens again.
        DraftStore store(&keys, m_path);
        QVERIFY(!openStore(store, this));
        QCOMPARE(store.load(u"a"_s).value(), kPayload);
    }

    void tamperedAndSwappedRowsAreRefused()
    {
        MemoryCredentialStore keys;
        DraftStore store(&keys, m_path);
        QVERIFY(!openStore(store, this));
        QVERIFY(!store.save({ u"a"_s, u"sphere-create"_s, u"A"_s, QDateTime::currentDateTimeUtc() },
                            "payload a"));
        QVERIFY(!store.save({ u"b"_s, u"sphere-create"_s, u"B"_s, QDateTime::currentDateTimeUtc() },
                            "payload b"));
        QVERIFY(!store.save({ u"c"_s, u"sphere-create"_s, u"C"_s, QDateTime::currentDateTimeUtc() },
                            "payload c"));
        withRawDatabase([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            // One flipped bit in a's ciphertext.
            QVERIFY(q.exec(u"SELECT ciphertext FROM drafts WHERE id = 'a'"_s) && q.next());
            QByteArray ciphertext = q.value(0).toByteArray();
            ciphertext[ciphertext.size() / 2] = char(ciphertext.at(ciphertext.size() / 2) ^ 0x01);
            QSqlQuery update(db);
            update.prepare(u"UPDATE drafts SET ciphertext = ? WHERE id = 'a'"_s);
            update.addBindValue(ciphertext);
            QVERIFY(update.exec());
            // c's sealed box copied onto b: authentic, but another form's.
            QVERIFY(q.exec(u"UPDATE drafts SET nonce = (SELECT nonce FROM drafts WHERE id = 'c'), "
                           u"ciphertext = (SELECT ciphertext FROM drafts WHERE id = 'c') WHERE id = 'b'"_s));
        });
        const auto tampered = store.load(u"a"_s);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().kind, ApiError::Kind::Decode);
        const auto swapped = store.load(u"b"_s);
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().kind, ApiError::Kind::Decode);
        QCOMPARE(store.load(u"c"_s).value(), QByteArray("payload c"));
        QCOMPARE(store.list().size(), 3);
    }

    void aKeyThatCannotBeStoredMeansNoDrafts()
    {
        FailingSecretStore keys;
        DraftStore store(&keys, m_path);
        const auto opened = openStore(store, this);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->message, u"no OS keychain is reachable"_s);
        QCOMPARE(keys.writes, 1);
        QVERIFY(!store.isReady());
        const auto saved = store.save(
            { u"a"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() }, kPayload);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->kind, ApiError::Kind::Configuration);
        QVERIFY(!store.load(u"a"_s).ok());
        QVERIFY(store.list().isEmpty());
        QVERIFY(!bytesOnDisk().contains(kSsn));
        // Opening again tries again (the keychain may have been unlocked meanwhile).
        QVERIFY(openStore(store, this).has_value());
        QCOMPARE(keys.writes, 2);
    }

    void aSessionOnlyKeyKeepsDraftsInMemory()
    {
        // Without a keychain the key dies with the session: a draft written to the workspace could
        // never be opened again (yet would be announced at every start), so none is written there.
        FailingSecretStore keychain;
        MemoryCredentialStore session;
        DraftStore store(&keychain, m_path);
        QVERIFY(openStore(store, this).has_value());
        store.useCredentialStore(&session);
        store.keepForThisSessionOnly();
        QVERIFY(store.isSessionOnly());
        QVERIFY(!openStore(store, this).has_value());
        QVERIFY(!store.save({ u"a"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() },
                            kPayload));
        QCOMPARE(store.load(u"a"_s).value(), kPayload); // usable for the rest of the session
        QCOMPARE(store.list().size(), 1);
        withRawDatabase([](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM drafts"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        });
        // The next start (a new store on the same file) finds nothing to announce.
        MemoryCredentialStore nextKeys;
        DraftStore next(&nextKeys, m_path);
        QVERIFY(next.list().isEmpty());
    }

    void aKeychainReadFailureIsReportedAndNoKeyIsMade()
    {
        FailingSecretStore keys;
        keys.failReads = true;
        DraftStore store(&keys, m_path);
        const auto opened = openStore(store, this);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->message, u"the keychain is locked"_s);
        // Making a new key now would orphan every draft saved under the one we could not read.
        QCOMPARE(keys.writes, 0);
        QVERIFY(store.save({ u"a"_s, u"k"_s, u"t"_s, QDateTime::currentDateTimeUtc() }, "x").has_value());
    }

    void theSameStoreFallsBackToTheSessionStore()
    {
        // Forms hold the store: after the keychain fails it must carry on with the session-only
        // key rather than be swapped for another object under their feet.
        FailingSecretStore keychain;
        MemoryCredentialStore session;
        DraftStore store(&keychain, m_path);
        QSignalSpy opened(&store, &DraftStore::opened);
        QVERIFY(openStore(store, this).has_value());
        QCOMPARE(opened.count(), 0);
        store.useCredentialStore(&session);
        QVERIFY(!openStore(store, this).has_value());
        QCOMPARE(opened.count(), 1);
        QVERIFY(store.isReady());
        QVERIFY(!store.save({ u"a"_s, u"sphere-create"_s, u"Draft"_s, QDateTime::currentDateTimeUtc() },
                            kPayload));
        QCOMPARE(store.load(u"a"_s).value(), kPayload);
        const auto key = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { session.readSecret(u"drafts-key"_s, this, done); });
        QVERIFY(key && key.value().has_value());
    }

    void aDamagedKeyIsReportedNotReplaced()
    {
        MemoryCredentialStore keys;
        QVERIFY(!waitForAnswer<std::optional<ApiError>>(
            [&](auto done) { keys.writeSecret(u"drafts-key"_s, "too short", this, done); }));
        DraftStore store(&keys, m_path);
        const auto opened = openStore(store, this);
        QVERIFY(opened.has_value());
        QVERIFY(!store.isReady());
        const auto key = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { keys.readSecret(u"drafts-key"_s, this, done); });
        QCOMPARE(*key.value(), QByteArray("too short"));
    }

    void nothingIsAnsweredToADeletedContext()
    {
        MemoryCredentialStore keys;
        DraftStore store(&keys, m_path);
        bool called = false;
        {
            QObject context;
            store.open(&context, [&](const std::optional<ApiError> &) { called = true; });
        }
        QVERIFY(QTest::qWaitFor([&] { return store.isReady(); }, 5000));
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void sharesTheWorkspaceWithTheRiskHistory()
    {
        QCOMPARE(DraftStore::defaultPath(), RiskHistoryStore::defaultPath());
        RiskHistoryStore history(m_path);
        QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        MemoryCredentialStore keys;
        DraftStore drafts(&keys, m_path);
        QVERIFY(!openStore(drafts, this));
        RiskResult result;
        result.sessionKey = u"session-1"_s;
        result.status = u"Success"_s;
        result.customerScore = 42;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!drafts.save({ u"d"_s + QString::number(i), u"sphere-create"_s, u"Draft"_s,
                                   QDateTime::currentDateTimeUtc() },
                                 kPayload));
            QVERIFY2(history.add(u"customer_1"_s, u"embedded"_s, u"embedded"_s,
                                 QDateTime::currentDateTimeUtc(), result),
                     qPrintable(history.errorString()));
        }
        QCOMPARE(drafts.list().size(), 5);
        withRawDatabase([&](QSqlDatabase &db) {
            QSqlQuery q(u"SELECT COUNT(*) FROM risk_checks"_s, db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5);
        });
    }

    void namedSecretsInTheSessionStore()
    {
        MemoryCredentialStore keys;
        const QByteArray binary = QByteArray::fromHex("00FF7F800A0D00");
        QVERIFY(!waitForAnswer<std::optional<ApiError>>(
            [&](auto done) { keys.writeSecret(u"drafts-key"_s, binary, this, done); }));
        auto read = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { keys.readSecret(u"drafts-key"_s, this, done); });
        QCOMPARE(*read.value(), binary);
        // Separate from the vendor entries, and refused when empty or badly named.
        QVERIFY(waitForAnswer<std::optional<ApiError>>(
            [&](auto done) { keys.writeSecret(u"drafts-key"_s, {}, this, done); }));
        QVERIFY(waitForAnswer<std::optional<ApiError>>(
            [&](auto done) { keys.writeSecret(u"sphere/production"_s, "x", this, done); }));
        QVERIFY(!waitForAnswer<Result<std::optional<QByteArray>>>([&](auto done) {
                     keys.readSecret(u"Bad Name"_s, this, done);
                 }).ok());
        QCOMPARE(*waitForAnswer<Result<std::optional<QByteArray>>>([&](auto done) {
                      keys.readSecret(u"drafts-key"_s, this, done);
                  }).value(),
                 binary);
        QVERIFY(!waitForAnswer<std::optional<ApiError>>(
            [&](auto done) { keys.removeSecret(u"drafts-key"_s, this, done); }));
        read = waitForAnswer<Result<std::optional<QByteArray>>>(
            [&](auto done) { keys.readSecret(u"drafts-key"_s, this, done); });
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draft_store.moc"
