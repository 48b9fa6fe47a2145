// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocalServer>
#include <QObject>

// One Vigie per user and ledger: a second launch asks the running one to come forward and
// exits. The ledger's lock file decides who runs; this local socket only carries the request.
// It lives in the user's private runtime directory (XDG_RUNTIME_DIR, 0700), and both ends
// check that the other is a process of the same user: another local user can neither answer
// for Vigie nor wake it up.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &ledgerPath, QObject *parent = nullptr);

    // For a launch that found the ledger locked by a live process: true when the Vigie of this
    // user holding it answered and was asked to come forward.
    bool activateRunningInstance(int timeoutMs = 1500);
    // Call once this process holds the ledger lock. Returns why a later launch will not be able
    // to bring this window forward, or an empty string.
    QString listen();
    // Empty when there is no private runtime directory to put the socket in.
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_path;
    QString m_problem; // why m_path is empty
    QLocalServer m_server;
};
