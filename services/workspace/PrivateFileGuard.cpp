#include "PrivateFileGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPrivateFiles, "kycdesk.files")

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Repairs are made on whichever thread opens a store (the embedded sandbox has its own) and
// reported on the UI thread.
QMutex repairsMutex;
QStringList repairedPaths;

QString modeText(QFileDevice::Permissions p)
{
    const auto digit = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p.testFlag(r) ? 4 : 0) + (p.testFlag(w) ? 2 : 0) + (p.testFlag(x) ? 1 : 0));
    };
    return u"0"_s + digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner)
        + digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup)
        + digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

} // namespace

bool PrivateFileGuard::isPrivate(const QString &path)
{
    return !(QFileInfo(path).permissions() & kGroupOrOther);
}

void PrivateFileGuard::tighten(const QString &path, QFileDevice::Permissions mode)
{
    const QFileInfo info(path);
    if (!info.exists() || isPrivate(path))
        return;
    const QFileDevice::Permissions before = info.permissions();
    if (!QFile::setPermissions(path, mode)) {
        qCWarning(lcPrivateFiles).noquote()
            << "could not make private:" << path << "mode" << modeText(before);
        return;
    }
    qCWarning(lcPrivateFiles).noquote() << "was readable by other users, now owner-only:" << path << "mode"
                                        << modeText(before) << "->" << modeText(mode);
    const QMutexLocker lock(&repairsMutex);
    if (!repairedPaths.contains(path))
        repairedPaths.append(path);
}

bool PrivateFileGuard::isAppFolder(const QString &folder)
{
    const QString path = QDir(folder).canonicalPath();
    for (const auto location : { QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                                 QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation }) {
        const QString standard = QDir(QStandardPaths::writableLocation(location)).canonicalPath();
        if (!standard.isEmpty() && standard == path)
            return true;
    }
    return false;
}

bool PrivateFileGuard::ensurePrivateFolder(const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        // Every folder made here is private, the organisation folder above the app's own included;
        // parents that already exist (~/.local/share, a project folder) keep their modes.
        QStringList missing;
        for (QString path = dir.absolutePath(); !QFileInfo::exists(path);) {
            missing.prepend(path);
            const QString parent = QFileInfo(path).absolutePath();
            if (parent == path)
                break;
            path = parent;
        }
        for (const QString &path : std::as_const(missing)) {
            if (!QDir().mkdir(path, kFolderMode) && !QFileInfo(path).isDir()) {
                *error = QCoreApplication::translate("PrivateFileGuard", "cannot create the folder %1")
                             .arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
        return true;
    }
    // An existing folder is tightened only when it is the app's own: a database put in /tmp or a
    // project folder with --database must not change who may list those (its file is 0600 anyway).
    if (!isAppFolder(dir.absolutePath()))
        return true;
    tighten(dir.absolutePath(), kFolderMode);
    if (!isPrivate(dir.absolutePath())) {
        *error = QCoreApplication::translate("PrivateFileGuard", "cannot make the folder %1 private")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

bool PrivateFileGuard::prepareDatabase(const QString &databasePath, QString *error)
{
    const QFileInfo info(databasePath);
    if (!ensurePrivateFolder(info.absolutePath(), error))
        return false;
    if (!info.exists()) {
        QFile file(databasePath);
        // Created 0600 in the open() call itself: there is no moment when it is readable.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode) && !info.exists()) {
            *error = QCoreApplication::translate("PrivateFileGuard", "cannot create %1: %2")
                         .arg(QDir::toNativeSeparators(databasePath), file.errorString());
            return false;
        }
    }
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
        tighten(databasePath + suffix, kFileMode);
    if (!isPrivate(databasePath)) {
        *error = QCoreApplication::translate("PrivateFileGuard", "cannot make %1 private")
                     .arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    return true;
}

QByteArray PrivateFileGuard::readPrivate(const QString &path, QString *error)
{
    if (!ensurePrivateFolder(QFileInfo(path).absolutePath(), error))
        return {};
    tighten(path, kFileMode);
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PrivateFileGuard", "cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return file.readAll();
}

bool PrivateFileGuard::createPrivate(const QString &path, const QByteArray &content, QString *error)
{
    if (!ensurePrivateFolder(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode)
        || file.write(content) != content.size() || !file.flush()) {
        *error = QCoreApplication::translate("PrivateFileGuard", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString PrivateFileGuard::takeRepairWarning()
{
    QStringList paths;
    {
        const QMutexLocker lock(&repairsMutex);
        paths.swap(repairedPaths);
    }
    if (paths.isEmpty())
        return {};
    for (QString &p : paths)
        p = QDir::toNativeSeparators(p);
    return QCoreApplication::translate("PrivateFileGuard",
                                       "Files with personal data could be read by other users of this "
                                       "computer; they are now private to you: %1")
        .arg(paths.join(u", "_s));
}
