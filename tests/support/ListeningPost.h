// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A second local server that answers anything with 200 and keeps every byte it was sent: the
// host a redirect points to, which must never see a request, let alone a credential.
class ListeningPost : public QTcpServer
{
public:
    ListeningPost()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(serverPort());
        url.setPath(path);
        return url;
    }
    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }

private:
    int m_connections = 0;
    QByteArray m_received;
};
