// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"
#include "cxone/AccessKey.h"
#include "station/PinVerifier.h"

#include <QObject>

#include <optional>

// Unlocks a locked station as one supervisor: reads the key that supervisor asked the station to
// remember, and hands it on only when the PIN typed is the one they chose for it. Each supervisor
// has an entry and a PIN of their own, so a PIN opens only its own supervisor's key, and what is
// done after the unlock is done, and audited, under that key. The administrator's PIN (leaving
// kiosk mode) opens none. Attempts are counted with the administrator's by the same PinThrottle.
class KeptKeyUnlock : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Unlocked,
        Refused, // no key kept under that ID, none with an unlock PIN, or the wrong PIN
        KeychainFailed, // nothing was checked: the keychain did not answer
    };
    Q_ENUM(Outcome)

    explicit KeptKeyUnlock(const QString &environmentId, const QString &throttleFile = PinThrottle::defaultFilePath(),
        QObject *parent = nullptr);

    // False while locked out or while an unlock runs; otherwise finished() follows.
    bool unlock(const QString &keyId, const QString &pin);
    bool isChecking() const { return m_pin.has_value() || m_verifier.isChecking(); }
    std::chrono::milliseconds remainingLockout() const { return m_verifier.remainingLockout(); }

Q_SIGNALS:
    // Before finished(Unlocked): the key to sign in with.
    void unlocked(const AccessKey &key);
    void finished(KeptKeyUnlock::Outcome outcome);

private:
    void check(const QString &unlockPinHash);
    void forgetKey();

    QString m_environmentId;
    // A store of its own: the sign-in flow treats keys it did not ask for as stale and wipes them.
    CredentialStore m_store;
    PinVerifier m_verifier;
    std::optional<QString> m_pin; // only while the keychain is read
    std::optional<AccessKey> m_key; // only while the PIN is checked
};
