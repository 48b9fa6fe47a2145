// SPDX-License-Identifier: Apache-2.0
#include "credentials/KeptKeyUnlock.h"

#include "logging/LogRedaction.h"

KeptKeyUnlock::KeptKeyUnlock(const QString &environmentId, const QString &throttleFile, QObject *parent)
    : QObject(parent)
    , m_environmentId(environmentId)
    , m_verifier(QString(), throttleFile)
{
    connect(&m_store, &CredentialStore::loaded, this, [this](const AccessKey &key, const QString &unlockPinHash) {
        m_key = key;
        check(unlockPinHash);
    });
    // A key ID with nothing kept counts as a wrong PIN: the answer does not tell which IDs exist.
    connect(&m_store, &CredentialStore::notFound, this, [this] { check({}); });
    connect(&m_store, &CredentialStore::failed, this, [this] {
        m_pin.reset();
        Q_EMIT finished(Outcome::KeychainFailed);
    });
    connect(&m_verifier, &PinVerifier::verified, this, [this](bool accepted) {
        if (accepted && m_key) {
            // Handed on: the token provider holds the secret from here, and its redaction with it.
            const AccessKey key = *m_key;
            m_key.reset();
            Q_EMIT unlocked(key);
            Q_EMIT finished(Outcome::Unlocked);
            return;
        }
        forgetKey();
        Q_EMIT finished(Outcome::Refused);
    });
}

bool KeptKeyUnlock::unlock(const QString &keyId, const QString &pin)
{
    if (isChecking() || remainingLockout().count() > 0 || keyId.isEmpty()) {
        return false;
    }
    m_pin = pin;
    m_store.load(m_environmentId, keyId);
    return true;
}

void KeptKeyUnlock::check(const QString &unlockPinHash)
{
    const QString pin = std::move(*m_pin);
    m_pin.reset();
    // An empty hash never verifies; the attempt still counts.
    m_verifier.setStoredHash(unlockPinHash);
    if (!m_verifier.verify(pin)) {
        // Locked out meanwhile, by an attempt at the other PIN dialog.
        forgetKey();
        Q_EMIT finished(Outcome::Refused);
    }
}

void KeptKeyUnlock::forgetKey()
{
    if (!m_key) {
        return;
    }
    // The secret was registered for redaction when read; a key not handed on is wiped here.
    LogRedaction::forgetSecret(m_key->secret);
    m_key.reset();
}
