// SPDX-License-Identifier: Apache-2.0
#include "network/ConnectionFailure.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>

namespace {
using Kind = ConnectionFailure::Kind;

// Several errors may come together (an expired certificate from an unknown CA): the one named is
// the one an administrator must fix first, and without the right CA nothing else can be judged.
Kind kindOf(const QList<QSslError> &errors)
{
    bool expired = false;
    bool mismatch = false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            mismatch = true;
            break;
        default:
            // Self-signed, unknown or untrusted issuer, rejected, revoked, invalid: the chain is not trusted.
            return Kind::UntrustedCertificate;
        }
    }
    return expired ? Kind::ExpiredCertificate : mismatch ? Kind::HostNameMismatch : Kind::None;
}

QString issuerOf(const QSslCertificate &certificate)
{
    const QString name = certificate.issuerDisplayName();
    return name.isEmpty() ? certificate.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", ")) : name;
}

QString proxyFor(const QNetworkReply *reply)
{
    QNetworkProxy proxy = reply->manager() ? reply->manager()->proxy() : QNetworkProxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(reply->url()));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy) {
        return {};
    }
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}
} // namespace

bool ConnectionFailure::isTls() const
{
    return kind == Kind::UntrustedCertificate || kind == Kind::HostNameMismatch || kind == Kind::ExpiredCertificate
        || kind == Kind::TlsVersionRefused;
}

QString ConnectionFailure::describe() const
{
    const QString issuedBy = issuer.isEmpty() ? QString() : QStringLiteral(" (issued by %1)").arg(issuer);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::UntrustedCertificate:
        return QStringLiteral("the certificate of %1%2 is not from a trusted CA").arg(host, issuedBy);
    case Kind::HostNameMismatch:
        return QStringLiteral("the certificate shown by %1%2 is for another host").arg(host, issuedBy);
    case Kind::ExpiredCertificate:
        return QStringLiteral("the certificate of %1%2 has expired or is not valid yet").arg(host, issuedBy);
    case Kind::TlsVersionRefused:
        return QStringLiteral("%1 offers no TLS 1.2 or newer connection").arg(host);
    case Kind::ProxyRefused:
        return QStringLiteral("the proxy %1 refused or could not make the connection to %2").arg(proxy, host);
    case Kind::ProxyAuthenticationRefused:
        return QStringLiteral("the proxy %1 asks for credentials it was not given or refused").arg(proxy);
    }
    return {};
}

ConnectionFailure ConnectionFailure::fromReply(const QNetworkReply *reply, const QList<QSslError> &certificateErrors)
{
    ConnectionFailure failure;
    failure.host = reply->url().host();
    failure.proxy = proxyFor(reply);
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        failure.kind = kindOf(certificateErrors);
        if (failure.kind == Kind::None) {
            // No certificate was judged: the handshake stopped before, on the protocol or the ciphers.
            failure.kind = Kind::TlsVersionRefused;
        }
        for (const QSslError &error : certificateErrors) {
            if (!error.certificate().isNull()) {
                failure.issuer = issuerOf(error.certificate());
                break;
            }
        }
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        failure.kind = Kind::ProxyRefused;
        break;
    // Through a proxy, the only connection this station opens is the proxy's: Qt reports a CONNECT
    // the proxy refused, or a proxy that is not listening, as these when the tunnel is for TLS.
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        failure.kind = failure.proxy.isEmpty() ? Kind::None : Kind::ProxyRefused;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        failure.kind = Kind::ProxyAuthenticationRefused;
        break;
    default:
        break;
    }
    return failure;
}
