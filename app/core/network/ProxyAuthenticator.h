// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;
class QUrl;

/** @short Answers a proxy's request for credentials (407) on every CXone connection. */
// Qt asks synchronously, from inside the exchange: the credentials must already be here (given by
// the supervisor once, or read back from the keychain), never asked for while Qt waits. Credentials
// the proxy refused are not offered again, so a wrong password ends the exchange instead of looping.
class ProxyAuthenticator : public QObject
{
    Q_OBJECT
public:
    explicit ProxyAuthenticator(QObject *parent = nullptr);

    // Every exchange of this network access manager is answered from here.
    void watch(QNetworkAccessManager *network);
    // For the proxy "host:port".
    void setCredentials(const QString &proxy, const QString &user, const QString &password);
    // Forgets every credential it was given, and the managers forget the ones they were answered
    // with and their connections through the proxy: the next supervisor goes through as themselves.
    void forgetAll();

    static QString nameOf(const QNetworkProxy &proxy);
    // The HTTP proxy ("host:port") requests to url go through, as the process's settings stand; empty: none.
    static QString proxyFor(const QUrl &url);

private:
    void answer(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    struct Credentials
    {
        QString user;
        QString password;
    };
    QHash<QString, Credentials> m_credentials;
    QList<QPointer<QNetworkAccessManager>> m_networks;
    // Which manager was given the current credentials of which proxy.
    QSet<std::pair<const QObject *, QString>> m_offered;
};
