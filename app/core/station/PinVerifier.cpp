// SPDX-License-Identifier: Apache-2.0
#include "station/PinVerifier.h"

#include "station/PinHash.h"

#include <QtConcurrent/QtConcurrentRun>

PinVerifier::PinVerifier(const QString &storedHash, const QString &throttleFile, QObject *parent)
    : QObject(parent)
    , m_storedHash(storedHash)
    , m_throttle(throttleFile)
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, [this] {
        const bool accepted = m_watcher.result();
        if (accepted) {
            m_throttle.forgive();
        }
        Q_EMIT verified(accepted);
    });
}

bool PinVerifier::verify(const QString &pin)
{
    if (isChecking() || !m_throttle.beginAttempt()) {
        return false;
    }
    m_watcher.setFuture(QtConcurrent::run(&PinHash::verify, pin, m_storedHash));
    return true;
}
