#include "station/SingleInstance.h"

#include "logging/LogRedaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace {
const QByteArray kActivate = "activate\n";
}

SingleInstance::SingleInstance(const QString &ledgerPath, QObject *parent)
    : QObject(parent)
    , m_name(QStringLiteral("vigie-")
          + QString::fromLatin1(QCryptographicHash::hash(QDir::cleanPath(ledgerPath).toUtf8(), QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(16)))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(kActivate.trimmed())) {
                    qCInfo(lcRecording) << "another launch asked this Vigie to come forward";
                    Q_EMIT activationRequested();
                }
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::activateRunningInstance(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(kActivate);
    return socket.waitForBytesWritten(timeoutMs) && socket.waitForReadyRead(timeoutMs);
}

bool SingleInstance::listen()
{
    // A crashed Vigie leaves its socket file behind; we hold the ledger lock, so it is stale.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    return m_server.listen(m_name);
}
