// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/AccessKey.h"

#include <QObject>

// The supervisor's access key in the operating system's keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain. There is deliberately no
// plain-text fallback: when no keychain answers, the caller is told and nothing is saved.
// Every keychain job Vigie starts has no parent and deletes itself once finished: the Secret
// Service backend answers into the job through a raw pointer it cannot cancel, so a job deleted
// with its store (a sign-out, a lock, a quit) before the answer crashed the process when it came.
namespace QKeychain {
class Job;
}

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Unavailable, // no keychain backend, or it could not be reached
        AccessDenied, // the user or the system refused access
    };
    Q_ENUM(Failure)
    // What a failed keychain job means for the supervisor, for every entry Vigie keeps there.
    static Failure failureOf(const QKeychain::Job &job);

    explicit CredentialStore(const QString &service = QStringLiteral("Vigie"), QObject *parent = nullptr);

    // One entry per CXone environment and access key ID: a lab key and a production key do not
    // overwrite each other, and neither do two supervisors' keys on a shared station, so each
    // entry gives back only its own supervisor's key.
    void load(const QString &environmentId, const QString &keyId);
    // With an unlock PIN, its Argon2id hash is kept in the same entry (hashed off the calling
    // thread): a locked station gives this key back only to whoever types that PIN.
    void save(const QString &environmentId, const AccessKey &key, const QString &unlockPin = {});
    void remove(const QString &environmentId, const QString &keyId);

Q_SIGNALS:
    // unlockPinHash is empty when the key was saved without an unlock PIN.
    void loaded(const AccessKey &key, const QString &unlockPinHash);
    void notFound();
    void saved();
    void removed();
    void failed(CredentialStore::Failure failure, const QString &detail);

private:
    void write(const QString &environmentId, const AccessKey &key, const QString &unlockPinHash);

    QString m_service;
};
