// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class IdleWatcher;
class TokenProvider;

// Decides when a station hides agents and recordings, and when it shows them again. A station
// given an idle lock (a kiosk) starts locked, locks after idleMs without input, and locks
// whenever the CXone session leaves the signed-in state (sign-out, expiry, a refused refresh):
// a station that can no longer act for the supervisor must not go on showing what they saw.
// Locking forgets the token, after the window has let go of what it held. A sign-in opens it
// again; while locked, every sign-in takes something typed (SignInFlow never signs in from the
// keychain on its own at such a station). A station without an idle lock never locks.
class StationLock : public QObject
{
    Q_OBJECT
public:
    enum class Reason {
        NotSignedInYet, // a locking station starts locked
        Idle,
        SessionEnded, // signed out, expired, or the refresh was refused
    };
    Q_ENUM(Reason)

    StationLock(TokenProvider *tokens, int idleMs, QObject *parent = nullptr);

    bool isEnabled() const { return m_idle != nullptr; }
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    // Emitted before the token is forgotten: whoever holds a copy of a secret drops it here, so
    // the token provider holds the last one, takes it out of the log-redaction registry and wipes it.
    void locked(StationLock::Reason reason);
    void unlocked();

private:
    void lock(Reason reason);

    TokenProvider *m_tokens;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
};
