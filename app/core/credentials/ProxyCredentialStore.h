// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"

#include <QObject>

/** @short The supervisor's proxy credentials in the operating system's keychain, one entry per proxy. */
// Like the access key: QtKeychain only, no plain-text fallback, never in a file or a log.
class ProxyCredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit ProxyCredentialStore(const QString &service = QStringLiteral("Vigie"), QObject *parent = nullptr);

    // proxy: "host:port".
    void load(const QString &proxy);
    void save(const QString &proxy, const QString &user, const QString &password);

Q_SIGNALS:
    void loaded(const QString &proxy, const QString &user, const QString &password);
    void notFound(const QString &proxy);
    void saved(const QString &proxy);
    void failed(CredentialStore::Failure failure, const QString &detail);

private:
    QString m_service;
};
