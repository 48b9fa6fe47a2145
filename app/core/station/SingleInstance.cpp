// SPDX-License-Identifier: Apache-2.0
#include "station/SingleInstance.h"

#include "logging/LogRedaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QStandardPaths>

#include <optional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const QByteArray kActivate = "activate\n";
const QByteArray kAcknowledge = "ok\n";

// The socket's directory must be ours alone: in a directory others can write to, another user
// could put a socket of their own in Vigie's place.
QString privateRuntimeDirectory(QString *problem)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    struct stat info
    {
    };
    if (directory.isEmpty() || lstat(QFile::encodeName(directory).constData(), &info) != 0) {
        *problem = QStringLiteral("there is no private runtime directory (XDG_RUNTIME_DIR, mode 0700)");
    } else if (!S_ISDIR(info.st_mode)) {
        *problem = QStringLiteral("the runtime directory %1 is not a directory").arg(directory);
    } else if (info.st_uid != geteuid()) {
        *problem = QStringLiteral("the runtime directory %1 belongs to another user").arg(directory);
    } else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *problem = QStringLiteral("other users can open the runtime directory %1").arg(directory);
    } else {
        return directory;
    }
    return {};
}

// The user at the other end of a connected local socket, from the kernel (SO_PEERCRED).
std::optional<uid_t> peerUser(qintptr descriptor)
{
    ucred credentials {};
    socklen_t size = sizeof(credentials);
    if (getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0) {
        return std::nullopt;
    }
    return credentials.uid;
}

bool isSameUser(const QLocalSocket &socket)
{
    const std::optional<uid_t> peer = peerUser(socket.socketDescriptor());
    if (peer == geteuid()) {
        return true;
    }
    qCWarning(lcStation) << "refused a local connection from user" << (peer ? qint64(*peer) : -1);
    return false;
}
} // namespace

SingleInstance::SingleInstance(const QString &ledgerPath, QObject *parent)
    : QObject(parent)
{
    const QString directory = privateRuntimeDirectory(&m_problem);
    if (!directory.isEmpty()) {
        m_path = directory + QStringLiteral("/vigie-")
            + QString::fromLatin1(
                QCryptographicHash::hash(QDir::cleanPath(ledgerPath).toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(16));
    }
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            if (!isSameUser(*socket)) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(kActivate.trimmed())) {
                    qCInfo(lcStation) << "another launch asked this Vigie to come forward";
                    Q_EMIT activationRequested();
                }
                socket->write(kAcknowledge);
                socket->flush();
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::activateRunningInstance(int timeoutMs)
{
    if (m_path.isEmpty()) {
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs) || !isSameUser(socket)) {
        return false;
    }
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray answer;
    while (answer.size() < kAcknowledge.size() && socket.waitForReadyRead(timeoutMs)) {
        answer += socket.readAll();
    }
    return answer == kAcknowledge;
}

QString SingleInstance::listen()
{
    if (m_path.isEmpty()) {
        return m_problem;
    }
    // We hold the ledger lock: a socket file at this path is a crashed Vigie's, or a stray one.
    QLocalServer::removeServer(m_path);
    if (!m_server.listen(m_path)) {
        return QStringLiteral("cannot listen on %1: %2").arg(m_path, m_server.errorString());
    }
    qCInfo(lcStation) << "listening for other launches on" << m_path;
    return {};
}
