// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

// A real HTTP CONNECT proxy on loopback, as a corporate proxy is to a station: it logs every
// tunnel asked for, may ask for Basic credentials (407) or refuse a destination (403), and
// forwards names it was told of to loopback ports, so that a test's "CXone" can have a name that
// is not loopback (Qt never sends loopback destinations through a proxy) and no resolver knows:
// a request that reaches such a "CXone" can only have come through the proxy. Other destinations
// are reached as asked.
class ConnectProxy : public QTcpServer
{
public:
    ConnectProxy() { listen(QHostAddress::LocalHost); }

    // CONNECT host:anything goes to 127.0.0.1:port.
    void route(const QString &host, quint16 port) { m_routes.insert(host, port); }
    // Tunnels only with these credentials; others get 407.
    void requireCredentials(const QString &user, const QString &password)
    {
        m_expectedAuthorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
    void refuse(const QString &host) { m_refused << host; }

    // "host:port" of every CONNECT, in order, whatever was answered.
    QStringList log() const { return m_log; }
    int authenticationChallenges() const { return m_challenges; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readHead(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    void readHead(QTcpSocket *client)
    {
        if (client->property("tunnel").toBool()) {
            return;
        }
        QByteArray head = client->property("head").toByteArray() + client->readAll();
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            client->setProperty("head", head);
            return;
        }
        const QByteArray rest = head.mid(end + 4);
        head.truncate(end);
        client->setProperty("head", QByteArray());
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        if (request.value(0) != "CONNECT") {
            answer(client, "405 Method Not Allowed");
            return;
        }
        const QString target = QString::fromLatin1(request.value(1));
        m_log << target;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("proxy-authorization:")) {
                authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
        }
        if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
            ++m_challenges;
            answer(client, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"corporate\"\r\n");
            return;
        }
        const QString host = target.section(QLatin1Char(':'), 0, -2);
        if (m_refused.contains(host)) {
            answer(client, "403 Forbidden");
            return;
        }
        auto *upstream = new QTcpSocket(client);
        if (m_routes.contains(host)) {
            upstream->connectToHost(QHostAddress::LocalHost, m_routes.value(host));
        } else {
            upstream->connectToHost(host, quint16(target.section(QLatin1Char(':'), -1).toUInt()));
        }
        QPointer<QTcpSocket> guarded(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
            client->setProperty("tunnel", true);
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            upstream->write(rest);
            connect(
                client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(
                upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            if (client->bytesAvailable() > 0) {
                upstream->write(client->readAll());
            }
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [this, guarded] {
            if (guarded && !guarded->property("tunnel").toBool()) {
                answer(guarded, "502 Bad Gateway");
            }
        });
    }

    void answer(QTcpSocket *client, const QByteArray &status, const QByteArray &headers = {})
    {
        client->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    }

    QHash<QString, quint16> m_routes;
    QStringList m_refused;
    QByteArray m_expectedAuthorization;
    QStringList m_log;
    int m_challenges = 0;
};
