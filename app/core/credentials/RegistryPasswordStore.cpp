// SPDX-License-Identifier: Apache-2.0
#include "credentials/RegistryPasswordStore.h"

#include "credentials/ProxyCredentialStore.h"
#include "logging/LogRedaction.h"

#include <qt6keychain/keychain.h>

RegistryPasswordStore::RegistryPasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString RegistryPasswordStore::entryFor(const RegistrySettings &settings)
{
    // libpq's default port, so that "Port=5432" written later names the same entry.
    const QString port = settings.port.isEmpty() ? QStringLiteral("5432") : settings.port;
    return QStringLiteral("registry:%1@%2:%3/%4").arg(settings.user, settings.host, port, settings.database);
}

void RegistryPasswordStore::load(const RegistrySettings &settings)
{
    // The station's service, as the proxy's entry: the administrator's, whatever supervisor signs in.
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::ReadPasswordJob(ProxyCredentialStore::kStationService);
    job->setInsecureFallback(false);
    job->setKey(entryFor(settings));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT notFound();
            return;
        }
        if (job->error() != QKeychain::NoError) {
            Q_EMIT failed(CredentialStore::failureOf(*job), job->errorString());
            return;
        }
        QString password = job->textData();
        if (password.isEmpty()) {
            Q_EMIT notFound();
            return;
        }
        LogRedaction::registerSecret(password);
        Q_EMIT loaded(password);
        password.fill(QLatin1Char('\0'));
    });
    job->start();
}

void RegistryPasswordStore::save(const RegistrySettings &settings, const QString &password)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::WritePasswordJob(ProxyCredentialStore::kStationService);
    job->setInsecureFallback(false);
    job->setKey(entryFor(settings));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError) {
            Q_EMIT failed(CredentialStore::failureOf(*job), job->errorString());
            return;
        }
        Q_EMIT saved();
    });
    job->start();
}
