#pragma once

#include <QLocalServer>
#include <QObject>

// One Vigie per user and ledger: a second launch asks the running one to come forward and
// exits. The ledger's lock file decides who runs; this local socket only carries the request.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &ledgerPath, QObject *parent = nullptr);

    // True when a running Vigie answered and was asked to come forward.
    bool activateRunningInstance(int timeoutMs = 1500);
    // Call once this process holds the ledger lock.
    bool listen();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};
