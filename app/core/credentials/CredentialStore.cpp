#include "credentials/CredentialStore.h"

#include "logging/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace {
QString entryName(const QString &environmentId) { return QStringLiteral("access-key@") + environmentId; }

CredentialStore::Failure failureFor(QKeychain::Error error)
{
    // The Secret Service backend reports an unreachable D-Bus or daemon as OtherError, so
    // anything but a refusal means, for the supervisor, that no keychain is there to use.
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Failure::AccessDenied;
    default:
        return CredentialStore::Failure::Unavailable;
    }
}
} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void CredentialStore::load(const QString &environmentId)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT notFound();
            return;
        }
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain read failed:" << job->errorString();
            Q_EMIT failed(failureFor(job->error()), job->errorString());
            return;
        }
        const QJsonObject entry = QJsonDocument::fromJson(job->binaryData()).object();
        const AccessKey key { entry.value(QLatin1String("keyId")).toString(),
            entry.value(QLatin1String("secret")).toString() };
        if (!key.isComplete()) {
            Q_EMIT notFound();
            return;
        }
        LogRedaction::registerSecret(key.secret);
        Q_EMIT loaded(key);
    });
    job->start();
}

void CredentialStore::save(const QString &environmentId, const AccessKey &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId));
    const QJsonObject entry { { QStringLiteral("keyId"), key.keyId }, { QStringLiteral("secret"), key.secret } };
    job->setBinaryData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCxone) << "keychain write failed:" << job->errorString();
            Q_EMIT failed(failureFor(job->error()), job->errorString());
            return;
        }
        Q_EMIT saved();
    });
    job->start();
}

void CredentialStore::remove(const QString &environmentId)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(environmentId));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            qCWarning(lcCxone) << "keychain delete failed:" << job->errorString();
            Q_EMIT failed(failureFor(job->error()), job->errorString());
            return;
        }
        Q_EMIT removed();
    });
    job->start();
}
