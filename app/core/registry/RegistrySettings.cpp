// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistrySettings.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QStringList>

namespace {
const QStringList kSslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

bool isOnThisMachine(const QString &host)
{
    // A unix socket's folder, or a loopback name or address: nothing crosses a network.
    if (host.startsWith(u'/') || host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString RegistrySettings::readFrom(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("Registry"));
    *this = RegistrySettings();
    host = settings.value(QStringLiteral("Host")).toStringList().join(u',').trimmed();
    port = settings.value(QStringLiteral("Port")).toStringList().join(u',').trimmed();
    database = settings.value(QStringLiteral("Database"), database).toString().trimmed();
    user = settings.value(QStringLiteral("User")).toString().trimmed();
    sslMode = settings.value(QStringLiteral("SslMode")).toString().trimmed();
    station = settings.value(QStringLiteral("Station")).toString().trimmed();
    connectOptions = settings.value(QStringLiteral("ConnectOptions")).toStringList().join(u';').trimmed();
    requireForStart = settings.value(QStringLiteral("RequireForStart"), false).toBool();
    const bool passwordGiven = settings.contains(QStringLiteral("Password"));
    settings.endGroup();
    if (passwordGiven || connectOptions.contains(QLatin1String("password"))) {
        return QStringLiteral(
            "Registry: a password never goes in this file; keep it in the station's keychain "
            "(vigie --store-registry-password), ~/.pgpass or PGPASSFILE, or use a client certificate");
    }
    if (!sslMode.isEmpty() && !kSslModes.contains(sslMode)) {
        return QStringLiteral("Registry/SslMode must be one of %1, not \"%2\"")
            .arg(kSslModes.join(QStringLiteral(", ")), sslMode);
    }
    if (isConfigured() && database.isEmpty()) {
        return QStringLiteral("Registry/Database must name a database");
    }
    return {};
}

QString RegistrySettings::stationName() const { return station.isEmpty() ? QHostInfo::localHostName() : station; }

QString RegistrySettings::effectiveSslMode() const
{
    if (!sslMode.isEmpty()) {
        return sslMode;
    }
    const QStringList hosts = host.split(u',', Qt::SkipEmptyParts);
    const bool local
        = std::all_of(hosts.begin(), hosts.end(), [](const QString &h) { return isOnThisMachine(h.trimmed()); });
    return local ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

void RegistrySettings::applyTo(QSqlDatabase &connection, const QString &password) const
{
    // libpq takes the host and port lists as they are and fails over between them itself.
    connection.setHostName(host);
    if (!port.isEmpty() && !port.contains(u',')) {
        connection.setPort(port.toInt());
    }
    connection.setDatabaseName(database);
    connection.setUserName(user);
    connection.setPassword(password);
    QStringList options { QStringLiteral("sslmode=%1").arg(effectiveSslMode()),
        QStringLiteral("application_name=vigie"),
        // A cut network must not hold a claim (and the supervisor's Start) for minutes.
        QStringLiteral("connect_timeout=5"), QStringLiteral("tcp_user_timeout=5000"),
        QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
        QStringLiteral("keepalives_count=2"),
        // Nothing waits on the server for long either: a statement, a lock, or this station's
        // own transaction left open by a cut network, which would hold other stations' claims.
        QStringLiteral("options='-c statement_timeout=5000 -c lock_timeout=3000 "
                       "-c idle_in_transaction_session_timeout=10000'") };
    if (port.contains(u',')) {
        options.append(QStringLiteral("port=%1").arg(port));
    }
    if (!connectOptions.isEmpty()) {
        options.append(connectOptions.split(u';', Qt::SkipEmptyParts));
    }
    connection.setConnectOptions(options.join(u';'));
}
