#pragma once

// The suite's PostgreSQL cluster (scripts/test starts one in a temporary directory and names it in
// KYCDESK_TEST_POSTGRES: postgresql://SUPERUSER@localhost:PORT/postgres?host=SOCKET_DIR). Each
// test gets databases of its own, dropped at the end, and logins made for it. Where no cluster is
// named the test exits 77, which ctest reports as Skipped.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class TeamServerFixture
{
public:
    static QString clusterUrl() { return qEnvironmentVariable("KYCDESK_TEST_POSTGRES"); }
    static bool available() { return !clusterUrl().isEmpty(); }

    TeamServerFixture()
    {
        const QUrl url(clusterUrl());
        m_port = url.port(5432);
        m_socketDir = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
        m_superuser = url.userName();
        m_admin = QStringLiteral("kycdesk-test-admin-%1").arg(s_counter.fetchAndAddOrdered(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        db.setHostName(m_socketDir);
        db.setPort(m_port);
        db.setUserName(m_superuser);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qFatal("the test cluster does not answer: %s", qPrintable(db.lastError().text()));
    }
    ~TeamServerFixture()
    {
        for (const QString &name : std::as_const(m_databases))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        QSqlDatabase::database(m_admin, false).close();
        QSqlDatabase::removeDatabase(m_admin);
    }
    TeamServerFixture(const TeamServerFixture &) = delete;
    TeamServerFixture &operator=(const TeamServerFixture &) = delete;

    // Runs one statement as the cluster's superuser on its `postgres` database; the error text or empty.
    QString admin(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_admin, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    // A new, empty database for this test; its name.
    QString createDatabase(const QString &hint)
    {
        QString name = QStringLiteral("kycdesk_%1_%2_%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(s_counter.fetchAndAddOrdered(1))
                           .arg(hint.toLower());
        for (QChar &c : name) {
            if (!c.isLetterOrNumber())
                c = QLatin1Char('_');
        }
        if (const QString failed = admin(QStringLiteral("CREATE DATABASE %1").arg(name)); !failed.isEmpty())
            qFatal("could not create %s: %s", qPrintable(name), qPrintable(failed));
        m_databases << name;
        return name;
    }

    // A login role (created once per cluster; the test cluster is thrown away), granted `groups`.
    // With a password it can log in over TCP, where the cluster asks for one.
    void ensureLogin(const QString &role, const QStringList &groups, const QString &password = {},
                     bool superuser = false)
    {
        admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
        // The cluster is the suite's: another test may have made this role with other powers.
        admin(QStringLiteral("ALTER ROLE %1 %2SUPERUSER")
                  .arg(role, superuser ? QString() : QStringLiteral("NO")));
        if (!password.isEmpty())
            admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, password));
        for (const QString &group : groups)
            admin(QStringLiteral("GRANT %1 TO %2").arg(group, role));
    }

    // The workspace location of `database` for `user` over the Unix socket (no password asked).
    QString location(const QString &database, const QString &user) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
            .arg(user)
            .arg(m_port)
            .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)));
    }
    // The same over TCP on 127.0.0.1, where the cluster asks for a password.
    QString tcpLocation(const QString &database, const QString &user) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }
    QString superuser() const { return m_superuser; }

private:
    static inline QAtomicInt s_counter;
    QString m_admin;
    QString m_socketDir;
    QString m_superuser;
    int m_port = 5432;
    QStringList m_databases;
};
