// SPDX-License-Identifier: Apache-2.0
#include "network/ProxyAuthenticator.h"

#include "logging/LogRedaction.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

ProxyAuthenticator::ProxyAuthenticator(QObject *parent)
    : QObject(parent)
{
}

void ProxyAuthenticator::watch(QNetworkAccessManager *network)
{
    m_networks.append(network);
    // Direct: Qt reads the authenticator as soon as the signal returns.
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, this, &ProxyAuthenticator::answer,
        Qt::DirectConnection);
}

void ProxyAuthenticator::setCredentials(const QString &proxy, const QString &user, const QString &password)
{
    if (const auto old = m_credentials.constFind(proxy); old != m_credentials.constEnd()) {
        LogRedaction::forgetSecret(old->password);
    }
    LogRedaction::registerSecret(password);
    m_credentials.insert(proxy, { user, password });
    for (auto offer = m_offered.begin(); offer != m_offered.end();) {
        offer = offer->second == proxy ? m_offered.erase(offer) : std::next(offer);
    }
}

void ProxyAuthenticator::forgetAll()
{
    for (const Credentials &credentials : std::as_const(m_credentials)) {
        LogRedaction::forgetSecret(credentials.password);
    }
    m_credentials.clear();
    m_offered.clear();
    for (const QPointer<QNetworkAccessManager> &network : std::as_const(m_networks)) {
        if (network) {
            network->clearAccessCache(); // Qt's own copy of the credentials, and the open tunnels
        }
    }
}

QString ProxyAuthenticator::nameOf(const QNetworkProxy &proxy)
{
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

QString ProxyAuthenticator::proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.constFirst().type() != QNetworkProxy::HttpProxy) {
        return {};
    }
    return nameOf(proxies.constFirst());
}

void ProxyAuthenticator::answer(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const QString name = nameOf(proxy);
    const auto found = m_credentials.constFind(name);
    const std::pair<const QObject *, QString> offer { sender(), name };
    // Offering the same again would only be refused again, for ever.
    const bool refusedBefore = found != m_credentials.constEnd() && m_offered.contains(offer);
    if (found == m_credentials.constEnd() || refusedBefore) {
        if (refusedBefore) {
            qCWarning(lcCxone) << "the proxy" << name << "refused the credentials it was given";
            LogRedaction::forgetSecret(found->password);
            m_credentials.remove(name);
            m_offered.remove(offer);
        }
        return;
    }
    m_offered.insert(offer);
    authenticator->setUser(found->user);
    authenticator->setPassword(found->password);
}
