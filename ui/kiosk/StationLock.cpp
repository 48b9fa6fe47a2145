// SPDX-License-Identifier: Apache-2.0
#include "kiosk/StationLock.h"

#include "cxone/TokenProvider.h"
#include "kiosk/IdleWatcher.h"
#include "logging/LogRedaction.h"

StationLock::StationLock(TokenProvider *tokens, int idleMs, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
    if (idleMs <= 0) {
        return;
    }
    m_idle = new IdleWatcher(idleMs, this);
    m_locked = !tokens->hasToken();
    if (!m_locked) {
        m_idle->start();
    }
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(Reason::Idle); });
    connect(tokens, &TokenProvider::stateChanged, this, [this](TokenProvider::State state) {
        if (state == TokenProvider::State::SignedOut) {
            lock(Reason::SessionEnded);
        }
    });
    connect(tokens, &TokenProvider::signedIn, this, [this] {
        if (m_locked) {
            m_locked = false;
            m_idle->start();
            qCInfo(lcStation) << "station unlocked";
            Q_EMIT unlocked();
        }
    });
}

void StationLock::lock(Reason reason)
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    m_idle->stop();
    qCInfo(lcStation) << "station locked:" << reason;
    Q_EMIT locked(reason);
    // When the session ended by itself the token is gone already, and the provider is still
    // answering the exchange that ended it: it is not called back in the middle.
    if (m_tokens->state() != TokenProvider::State::SignedOut) {
        m_tokens->signOut();
    }
}
