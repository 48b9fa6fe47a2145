// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QSettings;
class QSqlDatabase;

// Where this station's site registry is ([Registry] in the administrator's file). No password
// is ever read here, nor kept: it comes from the station's keychain (RegistryPasswordStore), else
// libpq finds it in PGPASSFILE or ~/.pgpass, or uses a client certificate.
struct RegistrySettings
{
    QString host; // libpq's host list: "db1,db2", a name, an address or a unix socket folder
    QString port; // one port, or one per host
    QString database = QStringLiteral("vigie");
    QString user;
    QString sslMode; // empty: verify-full, unless every host is on this machine
    QString station; // this station's name in the registry; empty: the host name
    QString connectOptions; // more libpq keywords, "key=value;key=value"
    bool requireForStart = false; // refuse starts while the registry cannot be reached

    bool isConfigured() const { return !host.isEmpty(); }
    // Reads the group; empty when it is valid, else why not.
    QString readFrom(QSettings &settings);
    QString stationName() const;
    QString effectiveSslMode() const;
    // Opens nothing: sets the connection's parameters, on a QPSQL connection. password: the one the
    // keychain holds for this role; empty, libpq's own (~/.pgpass, a client certificate).
    void applyTo(QSqlDatabase &database, const QString &password = {}) const;
};
