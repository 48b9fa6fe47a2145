// SPDX-License-Identifier: Apache-2.0
#include "network/NetworkSettings.h"

#include <QDir>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

QString NetworkSettings::readFrom(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("Network"));
    *this = NetworkSettings();
    const QString proxyText = settings.value(QStringLiteral("Proxy")).toString().trimmed();
    caFile = settings.value(QStringLiteral("CaFile")).toString().trimmed();
    settings.endGroup();
    if (proxyText.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        proxy = Proxy::None;
    } else if (!proxyText.isEmpty() && proxyText.compare(QLatin1String("system"), Qt::CaseInsensitive) != 0) {
        proxyUrl = QUrl(proxyText, QUrl::StrictMode);
        // Credentials in the file would be readable by every user of the station: the keychain keeps them.
        if (!proxyUrl.isValid() || proxyUrl.scheme() != QLatin1String("http") || proxyUrl.host().isEmpty()
            || proxyUrl.port() <= 0 || !proxyUrl.userInfo().isEmpty()) {
            return QStringLiteral("Network/Proxy must be http://host:port, system or none (no credentials), not \"%1\"")
                .arg(proxyText);
        }
        proxy = Proxy::Given;
    }
    if (!caFile.isEmpty() && !QDir::isAbsolutePath(caFile)) {
        return QStringLiteral("Network/CaFile must be an absolute path, not \"%1\"").arg(caFile);
    }
    return {};
}

QString NetworkSettings::apply() const
{
    switch (proxy) {
    case Proxy::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Proxy::Given:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(), quint16(proxyUrl.port())));
        break;
    }
    if (caFile.isEmpty()) {
        return {};
    }
    const QList<QSslCertificate> added = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (added.isEmpty()) {
        return QStringLiteral("Network/CaFile %1 holds no PEM certificate Vigie can read").arg(caFile);
    }
    // Beside the system's store, never instead of it: CXone's own certificates stay trusted. Named
    // explicitly, since any CA list set by hand stops Qt from loading the system's roots on demand.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + added);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}
