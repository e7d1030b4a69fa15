#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcPrivateFiles)

// Files that hold PII (the workspace database, drafts, risk history, the embedded sandbox and its
// key) are readable by their owner only: files 0600, the app's folders 0700. New ones are created with those
// modes before their first byte is written; existing ones found looser (an older version, a copy,
// a restored backup) are tightened at start-up, each repair logged under kycdesk.files and kept so
// the app (message bar) or a command-line tool (stderr) can say so once.
//
// Shared by the services and the sandbox (a library of its own, so the sandbox still does not
// link the services it emulates the vendors for).
class PrivateFileGuard
{
public:
    static constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolderMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Before SQLite opens `databasePath`: its folder exists and is private, the file exists
    // (empty, 0600, so SQLite gives its -wal/-shm/-journal the same mode) and any companions
    // left from an earlier run are tightened. False with `error` set when the folder or file
    // cannot be made private; the store must not open then.
    static bool prepareDatabase(const QString &databasePath, QString *error);

    // A small private file (a key): the folder made private, the file tightened if it exists.
    // Returns its bytes, or an empty array when it does not exist.
    static QByteArray readPrivate(const QString &path, QString *error);
    // Creates `path` with mode 0600 from the start and writes `content`; fails if it exists.
    static bool createPrivate(const QString &path, const QByteArray &content, QString *error);

    // What was tightened since the last call, as one sentence for an analyst (empty: nothing).
    static QString takeRepairWarning();

    static bool isPrivate(const QString &path); // no group or other permission bits

    // The application's own data, config or cache folder (the only existing folders tightened).
    static bool isAppFolder(const QString &folder);

private:
    static bool ensurePrivateFolder(const QString &folder, QString *error);
    static void tighten(const QString &path, QFileDevice::Permissions mode);
};
