// SPDX-License-Identifier: Apache-2.0
#include "credentials/ProxyCredentialStore.h"

#include "logging/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace {
QString entryName(const QString &proxy) { return QStringLiteral("proxy@") + proxy; }
} // namespace

ProxyCredentialStore::ProxyCredentialStore(const QString &service, const QString &stationService, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_stationService(stationService)
{
}

void ProxyCredentialStore::load(const QString &proxy) { read(proxy, m_service); }

void ProxyCredentialStore::read(const QString &proxy, const QString &service)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(entryName(proxy));
    connect(job, &QKeychain::Job::finished, this, [this, job, proxy, service] {
        const auto nothingHere = [this, proxy, service] {
            if (service == m_service && m_stationService != m_service) {
                read(proxy, m_stationService);
            } else {
                Q_EMIT notFound(proxy);
            }
        };
        if (job->error() == QKeychain::EntryNotFound) {
            nothingHere();
            return;
        }
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain read failed:" << job->errorString();
            Q_EMIT failed(CredentialStore::failureOf(*job), job->errorString());
            return;
        }
        const QJsonObject entry = QJsonDocument::fromJson(job->binaryData()).object();
        const QString user = entry.value(QLatin1String("user")).toString();
        const QString password = entry.value(QLatin1String("password")).toString();
        if (user.isEmpty()) {
            nothingHere();
            return;
        }
        LogRedaction::registerSecret(password);
        Q_EMIT loaded(proxy, user, password);
    });
    job->start();
}

void ProxyCredentialStore::save(const QString &proxy, const QString &user, const QString &password)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entryName(proxy));
    job->setBinaryData(
        QJsonDocument(QJsonObject { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } })
            .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job, proxy] {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain write failed:" << job->errorString();
            Q_EMIT failed(CredentialStore::failureOf(*job), job->errorString());
            return;
        }
        Q_EMIT saved(proxy);
    });
    job->start();
}
