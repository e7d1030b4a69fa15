#pragma once

#include "Result.h"
#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QString>

// Where a workspace lives: this computer's SQLite file, or the team's PostgreSQL server named by a
// URL (postgresql://USER@HOST:PORT/DB, with libpq's `host`, `sslmode` and `sslrootcert` as query
// items). A team server elsewhere than this computer is only reached over TLS that checks the
// server's certificate and name (sslmode=verify-full): a weaker mode in the URL is refused, not
// quietly used. The password is never part of a location: libpq's PGPASSWORD / ~/.pgpass, or the
// OS keychain in the app.
struct WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    enum class Backend { LocalFile, TeamServer };

    Backend backend = Backend::LocalFile;
    QString file; // LocalFile
    QString host; // TeamServer: a name, an address, or a Unix socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // empty: libpq's default, only for this computer
    QString sslRootCertificate;

    static Result<WorkspaceLocation, WorkspaceError> parse(const QString &text);
    static WorkspaceLocation localFile(const QString &path);
    // The settings' fields, checked as parse() checks an address.
    static Result<WorkspaceLocation, WorkspaceError> teamServer(const QString &host, int port,
                                                                const QString &database, const QString &user,
                                                                const QString &sslRootCertificate = {});

    bool isTeamServer() const { return backend == Backend::TeamServer; }
    // The server is this computer (a Unix socket, localhost or a loopback address): TLS is optional.
    bool isThisComputer() const;
    // The location as an analyst reads it: the file, or postgresql://user@host:port/db (never a
    // password).
    QString displayText() const;
    // libpq's options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;

private:
    static Result<WorkspaceLocation, WorkspaceError> checked(WorkspaceLocation location);
};
