#include "WorkspaceSettings.h"

#include "WorkspaceDatabase.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

QString WorkspaceSettings::passwordSecretName(const WorkspaceLocation &location)
{
    const QByteArray address = location.displayText().toUtf8();
    return u"team-workspace-password-"_s
        + QString::fromLatin1(QCryptographicHash::hash(address, QCryptographicHash::Sha256).toHex().left(16));
}

WorkspaceLocation WorkspaceSettings::load(const QSettings &settings)
{
    if (settings.value(u"workspace/backend"_s).toString() != u"team-server"_s)
        return WorkspaceLocation::localFile(WorkspaceDatabase::defaultPath());
    const auto location = WorkspaceLocation::teamServer(
        settings.value(u"workspace/host"_s).toString(), settings.value(u"workspace/port"_s, 5432).toInt(),
        settings.value(u"workspace/database"_s).toString(), settings.value(u"workspace/user"_s).toString(),
        settings.value(u"workspace/sslRootCertificate"_s).toString());
    if (!location) {
        qCWarning(lcWorkspace) << "team server settings unusable, this computer's workspace opens:"
                               << location.error().message;
        return WorkspaceLocation::localFile(WorkspaceDatabase::defaultPath());
    }
    return location.value();
}

void WorkspaceSettings::save(QSettings &settings, const WorkspaceLocation &location)
{
    settings.setValue(u"workspace/backend"_s,
                      location.isTeamServer() ? u"team-server"_s : u"this-computer"_s);
    if (!location.isTeamServer())
        return;
    settings.setValue(u"workspace/host"_s, location.host);
    settings.setValue(u"workspace/port"_s, location.port);
    settings.setValue(u"workspace/database"_s, location.database);
    settings.setValue(u"workspace/user"_s, location.user);
    settings.setValue(u"workspace/sslRootCertificate"_s, location.sslRootCertificate);
}
