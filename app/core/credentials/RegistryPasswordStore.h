// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"
#include "registry/RegistrySettings.h"

#include <QObject>

/** @short The site registry's password for this station's role, in the keychain of the station's account. */
// Given once by the administrator (vigie --store-registry-password), read at each launch before the
// registry's link opens. Like the proxy's station entry: QtKeychain only, no plain-text fallback,
// never in the configuration, a file or a log. Where there is none, libpq's own ways still serve
// (PGPASSFILE or ~/.pgpass, a client certificate).
class RegistryPasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit RegistryPasswordStore(QObject *parent = nullptr);

    // One entry per role and database, "registry:USER@HOST:PORT/DATABASE" (HOST as libpq's list):
    // a station moved to another registry, or another role, does not send the old password there.
    static QString entryFor(const RegistrySettings &settings);

    void load(const RegistrySettings &settings);
    void save(const RegistrySettings &settings, const QString &password);

Q_SIGNALS:
    void loaded(const QString &password);
    void notFound();
    void saved();
    void failed(CredentialStore::Failure failure, const QString &detail);
};
