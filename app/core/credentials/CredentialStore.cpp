// SPDX-License-Identifier: Apache-2.0
#include "credentials/CredentialStore.h"

#include "logging/LogRedaction.h"
#include "station/PinHash.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <qt6keychain/keychain.h>

namespace {
const QLatin1String kUnlockPinHash("unlockPinHash");

QString entryName(const QString &environmentId, const QString &keyId)
{
    return QStringLiteral("access-key@") + environmentId + QLatin1Char('/') + keyId;
}

} // namespace

CredentialStore::Failure CredentialStore::failureOf(const QKeychain::Job &job)
{
    // The Secret Service backend reports an unreachable D-Bus or daemon as OtherError, so
    // anything but a refusal means, for the supervisor, that no keychain is there to use.
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::AccessDenied;
    default:
        return Failure::Unavailable;
    }
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void CredentialStore::load(const QString &environmentId, const QString &keyId)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId, keyId));
    connect(job, &QKeychain::Job::finished, this, [this, job, keyId] {
        if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT notFound();
            return;
        }
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain read failed:" << job->errorString();
            Q_EMIT failed(failureOf(*job), job->errorString());
            return;
        }
        const QJsonObject entry = QJsonDocument::fromJson(job->binaryData()).object();
        const AccessKey key { entry.value(QLatin1String("keyId")).toString(),
            entry.value(QLatin1String("secret")).toString() };
        // An entry names the key it holds: one filed under another supervisor's name is not theirs.
        if (!key.isComplete() || key.keyId != keyId) {
            Q_EMIT notFound();
            return;
        }
        LogRedaction::registerSecret(key.secret);
        Q_EMIT loaded(key, entry.value(kUnlockPinHash).toString());
    });
    job->start();
}

void CredentialStore::save(const QString &environmentId, const AccessKey &key, const QString &unlockPin)
{
    if (unlockPin.isEmpty()) {
        write(environmentId, key, {});
        return;
    }
    // Argon2id takes tens of megabytes and a good fraction of a second: not on the GUI thread.
    auto *hashing = new QFutureWatcher<QString>(this);
    connect(hashing, &QFutureWatcher<QString>::finished, this, [this, hashing, environmentId, key] {
        hashing->deleteLater();
        write(environmentId, key, hashing->result());
    });
    hashing->setFuture(QtConcurrent::run([unlockPin] { return PinHash::hash(unlockPin); }));
}

void CredentialStore::write(const QString &environmentId, const AccessKey &key, const QString &unlockPinHash)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId, key.keyId));
    QJsonObject entry { { QStringLiteral("keyId"), key.keyId }, { QStringLiteral("secret"), key.secret } };
    if (!unlockPinHash.isEmpty()) {
        entry.insert(kUnlockPinHash, unlockPinHash);
    }
    job->setBinaryData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain write failed:" << job->errorString();
            Q_EMIT failed(failureOf(*job), job->errorString());
            return;
        }
        Q_EMIT saved();
    });
    job->start();
}

void CredentialStore::remove(const QString &environmentId, const QString &keyId)
{
    // No parent: it outlives this store until the keychain answers (CredentialStore.h).
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId, keyId));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            qCWarning(lcCxone) << "keychain delete failed:" << job->errorString();
            Q_EMIT failed(failureOf(*job), job->errorString());
            return;
        }
        Q_EMIT removed();
    });
    job->start();
}
