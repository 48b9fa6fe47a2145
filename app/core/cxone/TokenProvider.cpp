#include "cxone/TokenProvider.h"

#include "cxone/FormEncoding.h"
#include "cxone/HttpResponse.h"
#include "logging/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
// Refresh this long before expiry, or at 80 % of a short lifetime, so calls never meet a dead token.
constexpr qint64 kRefreshMarginMs = 60 * 1000;

QJsonObject jsonObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// The tenant ID sits in the id_token's payload; the signature is the token endpoint's business.
QString tenantIdFromIdToken(const QString &idToken)
{
    const QList<QStringView> parts = QStringView(idToken).split(QLatin1Char('.'));
    if (parts.size() < 2) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded) {
        return {};
    }
    bool ok = false;
    const QJsonObject payload = jsonObject(*decoded, &ok);
    return payload.value(QLatin1String("tenantId")).toString();
}

QUrl wellKnownUrl(const QUrl &issuer, const QString &document)
{
    return CxoneEnvironment::below(issuer, QStringLiteral("/.well-known/") + document);
}
} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenProvider::refresh);
}

TokenProvider::~TokenProvider() { forgetTokens(); }

void TokenProvider::setEnvironment(const CxoneEnvironment &environment)
{
    m_environment = environment;
    LogRedaction::registerSecret(environment.clientSecret);
}

QByteArray TokenProvider::authorizationHeader() const { return "Bearer " + m_accessToken.toUtf8(); }

void TokenProvider::signIn(const AccessKey &key)
{
    if (m_pendingReply) {
        m_pendingReply->abort();
    }
    forgetTokens();
    m_keyId = key.keyId.trimmed();
    m_pendingSecret = key.secret;
    LogRedaction::registerSecret(key.secret);
    setState(State::SigningIn);
    qCInfo(lcCxone) << "signing in to" << m_environment.issuer.toDisplayString() << "with key" << m_keyId;
    requestOpenIdConfiguration();
}

void TokenProvider::signOut()
{
    if (m_pendingReply) {
        m_pendingReply->abort();
    }
    forgetTokens();
    m_keyId.clear();
    setState(State::SignedOut);
}

void TokenProvider::refresh()
{
    if (m_state == State::Refreshing) {
        return;
    }
    if (m_state != State::SignedIn || m_refreshToken.isEmpty()) {
        Q_EMIT refreshFinished(false);
        return;
    }
    setState(State::Refreshing);
    qCInfo(lcCxone) << "refreshing the access token";
    requestToken(formEncode({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                     { QStringLiteral("refresh_token"), m_refreshToken } }),
        true);
}

QNetworkReply *TokenProvider::send(const QUrl &url, const QByteArray &verb, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_environment.requestTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        // cxone-platform.md: Basic base64(urlencode(clientId):urlencode(clientSecret)).
        const QByteArray credentials = QUrl::toPercentEncoding(m_environment.clientId) + ':'
            + QUrl::toPercentEncoding(m_environment.clientSecret);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    m_pendingReply = m_network->sendCustomRequest(request, verb, body);
    return m_pendingReply;
}

void TokenProvider::requestOpenIdConfiguration()
{
    QNetworkReply *reply = send(wellKnownUrl(m_environment.issuer, QStringLiteral("openid-configuration")), "GET");
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const HttpResponse response = HttpResponse::fromReply(reply);
        if (response.outcome() == ApiOutcome::Cancelled) {
            return;
        }
        if (response.status != 200) {
            failSignIn(response.outcome(), QStringLiteral("OpenID discovery answered %1").arg(response.status));
            return;
        }
        bool ok = false;
        const QJsonObject configuration = jsonObject(response.body, &ok);
        m_tokenEndpoint = QUrl(configuration.value(QLatin1String("token_endpoint")).toString());
        if (!ok || !CxoneEnvironment::isAcceptableUrl(m_tokenEndpoint)) {
            failSignIn(ApiOutcome::MalformedResponse, QStringLiteral("no usable token_endpoint in OpenID discovery"));
            return;
        }
        requestToken(formEncode({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                         { QStringLiteral("username"), m_keyId }, { QStringLiteral("password"), m_pendingSecret } }),
            false);
    });
}

void TokenProvider::requestToken(const QByteArray &form, bool isRefresh)
{
    QNetworkReply *reply = send(m_tokenEndpoint, "POST", form);
    connect(reply, &QNetworkReply::finished, this, [this, reply, isRefresh] {
        reply->deleteLater();
        handleTokenResponse(HttpResponse::fromReply(reply), isRefresh);
    });
}

void TokenProvider::handleTokenResponse(const HttpResponse &response, bool isRefresh)
{
    if (response.outcome() == ApiOutcome::Cancelled) {
        return;
    }
    bool ok = false;
    const QJsonObject token = jsonObject(response.body, &ok);
    const QString accessToken = token.value(QLatin1String("access_token")).toString();
    const int expiresInSeconds = token.value(QLatin1String("expires_in")).toInt();
    const bool wellFormed = ok && !accessToken.isEmpty() && expiresInSeconds > 0;

    if (isRefresh) {
        if (response.status == 200 && wellFormed) {
            storeToken(token);
            setState(State::SignedIn);
            Q_EMIT refreshFinished(true);
            return;
        }
        // A network failure leaves the current token usable until it expires; anything else ends the session.
        const bool transient = !response.hasStatus() || response.status >= 500;
        const bool stillValid = QDateTime::currentDateTimeUtc() < m_expiresAtUtc;
        qCWarning(lcCxone) << "token refresh failed, status" << response.status << "network error"
                           << response.networkError;
        if (transient && stillValid) {
            setState(State::SignedIn);
            m_refreshTimer.start(std::chrono::seconds(10));
            Q_EMIT refreshFinished(false);
            return;
        }
        forgetTokens();
        setState(State::SignedOut);
        Q_EMIT refreshFinished(false);
        Q_EMIT sessionExpired();
        return;
    }

    if (response.status == 400 || response.status == 401) {
        failSignIn(ApiOutcome::InvalidCredentials, QStringLiteral("the token endpoint refused the access key"));
        return;
    }
    if (response.status != 200) {
        failSignIn(response.outcome(), QStringLiteral("the token endpoint answered %1").arg(response.status));
        return;
    }
    if (!wellFormed) {
        failSignIn(
            ApiOutcome::MalformedResponse, QStringLiteral("the token response lacks access_token or expires_in"));
        return;
    }
    m_pendingSecret.clear();
    storeToken(token);
    m_tenantId = tenantIdFromIdToken(token.value(QLatin1String("id_token")).toString());

    if (!m_environment.apiBaseOverride.isEmpty()) {
        m_apiBase = m_environment.apiBaseOverride;
        completeSignIn();
        return;
    }
    if (m_tenantId.isEmpty()) {
        failSignIn(ApiOutcome::MalformedResponse, QStringLiteral("the id_token carries no tenantId"));
        return;
    }
    requestTenantConfiguration();
}

void TokenProvider::storeToken(const QJsonObject &token)
{
    m_accessToken = token.value(QLatin1String("access_token")).toString();
    LogRedaction::registerSecret(m_accessToken);
    // A refresh response may omit refresh_token: the previous one then stays valid.
    const QString refreshToken = token.value(QLatin1String("refresh_token")).toString();
    if (!refreshToken.isEmpty()) {
        m_refreshToken = refreshToken;
        LogRedaction::registerSecret(m_refreshToken);
    }
    const qint64 lifetimeMs = qint64(token.value(QLatin1String("expires_in")).toInt()) * 1000;
    m_expiresAtUtc = QDateTime::currentDateTimeUtc().addMSecs(lifetimeMs);
    m_refreshTimer.start(
        std::chrono::milliseconds(qMax<qint64>(1000, lifetimeMs - qMin(kRefreshMarginMs, lifetimeMs / 5))));
}

void TokenProvider::requestTenantConfiguration()
{
    QUrl url = wellKnownUrl(m_environment.issuer, QStringLiteral("cxone-configuration"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenantId"), m_tenantId);
    url.setQuery(query);
    QNetworkReply *reply = send(url, "GET");
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const HttpResponse response = HttpResponse::fromReply(reply);
        if (response.outcome() == ApiOutcome::Cancelled) {
            return;
        }
        if (response.status != 200) {
            failSignIn(response.outcome(), QStringLiteral("tenant discovery answered %1").arg(response.status));
            return;
        }
        bool ok = false;
        const QJsonObject configuration = jsonObject(response.body, &ok);
        const QUrl apiBase(configuration.value(QLatin1String("api_endpoint")).toString());
        if (!ok || !CxoneEnvironment::isAcceptableUrl(apiBase)) {
            failSignIn(ApiOutcome::MalformedResponse, QStringLiteral("no usable api_endpoint in tenant discovery"));
            return;
        }
        m_apiBase = apiBase;
        completeSignIn();
    });
}

void TokenProvider::completeSignIn()
{
    qCInfo(lcCxone) << "signed in; tenant" << m_tenantId << "API" << m_apiBase.toDisplayString();
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void TokenProvider::failSignIn(ApiOutcome outcome, const QString &detail)
{
    qCWarning(lcCxone) << "sign-in failed:" << detail;
    forgetTokens();
    setState(State::SignedOut);
    Q_EMIT signInFailed(outcome, detail);
}

void TokenProvider::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void TokenProvider::forgetTokens()
{
    m_refreshTimer.stop();
    LogRedaction::forgetSecret(m_pendingSecret);
    LogRedaction::forgetSecret(m_accessToken);
    LogRedaction::forgetSecret(m_refreshToken);
    m_pendingSecret.fill(QLatin1Char('\0'));
    m_pendingSecret.clear();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_apiBase.clear();
    m_tenantId.clear();
    m_expiresAtUtc = {};
}
