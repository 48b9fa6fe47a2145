// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistrySchema.h"
#include "registry/RegistrySettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// A PostgreSQL 15 server of the test's own: initdb into a temporary folder, listening on a unix
// socket in it only (no TCP port to collide with another test), stopped with the test. CI runs
// as root, which PostgreSQL refuses: the server then runs as the 'postgres' account (runuser).
class PostgresServer
{
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin";
    static constexpr int kPort = 5432; // only names the socket file in our own folder

    // Tests trade durability for speed; a benchmark measures what a site's server does, which
    // flushes every commit to disk.
    enum class Durability { Fast, Flushed };

    explicit PostgresServer(Durability durability = Durability::Fast)
        : m_durability(durability)
    {
        m_folder.setAutoRemove(true);
        if (!m_folder.isValid()) {
            qFatal("no temporary folder for PostgreSQL");
        }
        if (runsAsRoot()) {
            run(QStringLiteral("/usr/bin/chown"), { QStringLiteral("postgres:"), m_folder.path() }, false);
        }
        m_ok = run(tool("initdb"),
            { QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync") });
        m_ok = m_ok && start();
    }

    ~PostgresServer() { stop(QStringLiteral("immediate")); }

    bool isRunning() const { return m_running; }
    bool isUsable() const { return m_ok; }
    QString socketFolder() const { return m_folder.path(); }

    bool start()
    {
        const QString options = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=%3")
                                    .arg(socketFolder())
                                    .arg(kPort)
                                    .arg(QLatin1String(m_durability == Durability::Flushed ? "on" : "off"));
        m_running = run(tool("pg_ctl"),
            { QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"), m_folder.filePath(QStringLiteral("server.log")),
                QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                QStringLiteral("start") });
        return m_running;
    }

    // "immediate" is a crash as far as the registry's clients can tell.
    void stop(const QString &mode = QStringLiteral("fast"))
    {
        if (m_running) {
            run(tool("pg_ctl"),
                { QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                    QStringLiteral("stop") });
            m_running = false;
        }
    }

    // The postmaster's process id (0 when it is not running): its backends are its children.
    qint64 serverPid() const
    {
        QFile pidFile(QDir(dataFolder()).filePath(QStringLiteral("postmaster.pid")));
        return m_running && pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toLongLong() : 0;
    }

    // The superuser's connection, for setting up and for looking behind the stations' backs.
    QSqlDatabase connect(const QString &name, const QString &user = QStringLiteral("postgres"),
        const QString &database = QStringLiteral("postgres")) const
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketFolder());
        db.setPort(kPort);
        db.setUserName(user);
        db.setDatabaseName(database);
        if (!db.isOpen() && !db.open()) {
            qWarning("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
        }
        return db;
    }

    // What docs/registry.md tells an administrator to run: an owner, the station role, the
    // database, the schema (vigie --registry-migrate's code), and one login role per station.
    bool provision(const QStringList &stations)
    {
        {
            QSqlDatabase admin = connect(QStringLiteral("pg-admin"));
            QStringList statements { QStringLiteral("CREATE ROLE vigie_owner LOGIN"),
                QStringLiteral("CREATE ROLE vigie_station NOLOGIN"),
                QStringLiteral("CREATE DATABASE vigie OWNER vigie_owner") };
            for (const QString &station : stations) {
                statements.append(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vigie_station").arg(roleFor(station)));
            }
            if (!execAll(admin, statements)) {
                return false;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        QString error;
        {
            QSqlDatabase owner
                = connect(QStringLiteral("pg-owner"), QStringLiteral("vigie_owner"), QStringLiteral("vigie"));
            if (!RegistrySchema::migrate(owner, &error)) {
                qWarning("migration failed: %s", qPrintable(error));
                return false;
            }
            QStringList statements;
            for (const QString &station : stations) {
                statements.append(
                    QStringLiteral("INSERT INTO vigie.stations VALUES ('%1', '%2')").arg(station, roleFor(station)));
            }
            if (!execAll(owner, statements)) {
                return false;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-owner"));
        return true;
    }

    // From now on the role must give this password (scram-sha-256) on the socket, as a site's server
    // asks of a station; every other role is still trusted. Waits until the server applies it.
    bool requirePassword(const QString &role, const QString &password)
    {
        QFile rules(QDir(dataFolder()).filePath(QStringLiteral("pg_hba.conf")));
        if (!rules.open(QIODevice::ReadWrite)) {
            return false;
        }
        // The first line that matches decides: this one goes before initdb's "trust" for all.
        const QByteArray trusted = rules.readAll();
        rules.seek(0);
        rules.write("local all " + role.toUtf8() + " scram-sha-256\n" + trusted);
        rules.close();
        QString quoted = password;
        quoted.replace(u'\'', QStringLiteral("''"));
        {
            QSqlDatabase admin = connect(QStringLiteral("pg-password"));
            if (!execAll(admin,
                    { QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, quoted),
                        QStringLiteral("SELECT pg_reload_conf()") })) {
                return false;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-password"));
        return QTest::qWaitFor(
            [&] {
                bool refused = false;
                {
                    QSqlDatabase db = connect(QStringLiteral("pg-no-password"), role, QStringLiteral("vigie"));
                    refused = !db.isOpen();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("pg-no-password"));
                return refused;
            },
            10000);
    }

    static QString roleFor(const QString &station) { return QStringLiteral("station_%1").arg(station.toLower()); }

    RegistrySettings settingsFor(const QString &station) const
    {
        RegistrySettings settings;
        settings.host = socketFolder();
        settings.port = QString::number(kPort);
        settings.user = roleFor(station);
        settings.station = station;
        return settings;
    }

    static bool execAll(QSqlDatabase &db, const QStringList &statements)
    {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    }

private:
    static bool runsAsRoot() { return ::geteuid() == 0; }
    static QString tool(const char *name)
    {
        return QStringLiteral("%1/%2").arg(QLatin1String(kBin), QLatin1String(name));
    }
    QString dataFolder() const { return m_folder.filePath(QStringLiteral("data")); }

    bool run(const QString &program, const QStringList &arguments, bool asServerUser = true)
    {
        QProcess process;
        if (asServerUser && runsAsRoot()) {
            process.start(QStringLiteral("/usr/sbin/runuser"),
                QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                    + arguments);
        } else {
            process.start(program, arguments);
        }
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("%s failed: %s%s", qPrintable(program), process.readAllStandardOutput().constData(),
                process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_folder { QDir::tempPath() + QStringLiteral("/vigie-pg-XXXXXX") };
    Durability m_durability = Durability::Fast;
    bool m_ok = false;
    bool m_running = false;
};
