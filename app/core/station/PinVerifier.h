// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "station/PinThrottle.h"

#include <QFutureWatcher>
#include <QObject>

// Checks PINs through the throttle, hashing on a worker thread: Argon2id at the configured cost
// takes a good fraction of a second and tens of megabytes, and the station must keep painting
// and counting down meanwhile.
class PinVerifier : public QObject
{
    Q_OBJECT
public:
    explicit PinVerifier(const QString &storedHash, const QString &throttleFile = PinThrottle::defaultFilePath(),
        QObject *parent = nullptr);

    // False while locked out or while a check runs; otherwise verified() follows.
    bool verify(const QString &pin);
    // For PINs whose hash is known only once asked for (a supervisor's own, in the keychain).
    void setStoredHash(const QString &storedHash) { m_storedHash = storedHash; }
    bool isChecking() const { return m_watcher.isRunning(); }
    std::chrono::milliseconds remainingLockout() const { return m_throttle.remainingLockout(); }

Q_SIGNALS:
    void verified(bool accepted);

private:
    QString m_storedHash;
    PinThrottle m_throttle;
    QFutureWatcher<bool> m_watcher;
};
