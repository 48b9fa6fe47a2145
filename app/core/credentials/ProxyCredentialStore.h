// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"

#include <QObject>

/** @short Proxy credentials in the operating system's keychain, one entry per proxy: the supervisor's, else the
 * station's. */
// Like the access key: QtKeychain only, no plain-text fallback, never in a file or a log. The
// station's entry is the administrator's, stored once with `vigie --store-proxy-credentials` for a
// kiosk whose supervisors should not type them (and whose keychain keeps nothing of theirs).
class ProxyCredentialStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSupervisorService = QStringLiteral("Vigie");
    static inline const QString kStationService = QStringLiteral("Vigie station");

    explicit ProxyCredentialStore(const QString &service = kSupervisorService,
        const QString &stationService = kStationService, QObject *parent = nullptr);

    // proxy: "host:port". The supervisor's entry, or where they have none, the station's.
    void load(const QString &proxy);
    // Into the supervisor's entry (the station's: ProxyCredentialStore(kStationService)).
    void save(const QString &proxy, const QString &user, const QString &password);

Q_SIGNALS:
    void loaded(const QString &proxy, const QString &user, const QString &password);
    void notFound(const QString &proxy);
    void saved(const QString &proxy);
    void failed(CredentialStore::Failure failure, const QString &detail);

private:
    void read(const QString &proxy, const QString &service);

    QString m_service;
    QString m_stationService;
};
