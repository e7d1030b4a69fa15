#include "WorkspaceLocation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
WorkspaceError invalid(const QString &message)
{
    return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, message);
}

bool isTeamUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}
} // namespace

WorkspaceLocation WorkspaceLocation::localFile(const QString &path)
{
    WorkspaceLocation location;
    location.file = path;
    return location;
}

Result<WorkspaceLocation, WorkspaceError> WorkspaceLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The workspace needs a file or a postgresql:// address."));
    if (!isTeamUrl(trimmed))
        return localFile(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("The team server address is not a valid URL: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return invalid(tr("The team server address must not hold a password: keep it in the keychain "
                          "(app) or in PGPASSWORD / ~/.pgpass (kycdesk-cli)."));
    WorkspaceLocation location;
    location.backend = Backend::TeamServer;
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s)
            location.host = value;
        else if (key == u"port"_s)
            location.port = value.toInt();
        else if (key == u"sslmode"_s)
            location.sslMode = value;
        else if (key == u"sslrootcert"_s)
            location.sslRootCertificate = value;
        else
            return invalid(tr("The team server address has an option KYC Desk does not use: %1").arg(key));
    }
    return checked(std::move(location));
}

Result<WorkspaceLocation, WorkspaceError> WorkspaceLocation::teamServer(const QString &host, int port,
                                                                        const QString &database,
                                                                        const QString &user,
                                                                        const QString &sslRootCertificate)
{
    WorkspaceLocation location;
    location.backend = Backend::TeamServer;
    location.host = host.trimmed();
    location.port = port;
    location.database = database.trimmed();
    location.user = user.trimmed();
    location.sslRootCertificate = sslRootCertificate.trimmed();
    return checked(std::move(location));
}

Result<WorkspaceLocation, WorkspaceError> WorkspaceLocation::checked(WorkspaceLocation location)
{
    // Qt's driver hands these to libpq unquoted, separated by spaces: a space, ';', a quote or a
    // backslash in one would smuggle in another option (sslmode=disable), a ',' another host.
    static const QRegularExpression unsafe(u"[\\s;'\\\\,]"_s);
    for (const auto &[what, value] :
         { std::pair(tr("host"), location.host), std::pair(tr("user"), location.user),
           std::pair(tr("database"), location.database),
           std::pair(tr("CA certificate"), location.sslRootCertificate) }) {
        if (value.contains(unsafe))
            return invalid(tr("The team server's %1 must not hold spaces, commas, semicolons, quotes or "
                              "backslashes: %2")
                               .arg(what, value));
    }
    if (location.user.isEmpty() || location.host.isEmpty() || location.database.isEmpty())
        return invalid(tr("The team server address needs a user, a host and a database: "
                          "postgresql://USER@HOST:PORT/DATABASE"));
    if (location.port <= 0 || location.port > 65535)
        return invalid(tr("The team server's port must be between 1 and 65535."));
    static const QStringList known { u"disable"_s, u"allow"_s,     u"prefer"_s,
                                     u"require"_s, u"verify-ca"_s, u"verify-full"_s };
    if (!location.sslMode.isEmpty() && !known.contains(location.sslMode))
        return invalid(tr("Unknown sslmode \"%1\".").arg(location.sslMode));
    if (!location.isThisComputer()) {
        if (location.sslMode.isEmpty())
            location.sslMode = u"verify-full"_s;
        if (location.sslMode != u"verify-full"_s)
            return invalid(tr("A team server on another computer is only reached with sslmode=verify-full "
                              "(TLS that checks the server's certificate and name); \"%1\" was asked for.")
                               .arg(location.sslMode));
    }
    return location;
}

bool WorkspaceLocation::isThisComputer() const
{
    if (host.startsWith(u'/') || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WorkspaceLocation::displayText() const
{
    if (!isTeamServer())
        return file;
    const QString where = host.startsWith(u'/') ? u"localhost"_s : host;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, where).arg(port).arg(database);
}

QString WorkspaceLocation::connectOptions() const
{
    // A server that stops answering is noticed within about half a minute, not minutes.
    QStringList options { u"connect_timeout=5"_s,     u"application_name=kycdesk"_s, u"keepalives=1"_s,
                          u"keepalives_idle=10"_s,    u"keepalives_interval=5"_s,    u"keepalives_count=3"_s,
                          u"tcp_user_timeout=20000"_s };
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    if (!sslRootCertificate.isEmpty())
        options << u"sslrootcert="_s + sslRootCertificate;
    return options.join(u';');
}
