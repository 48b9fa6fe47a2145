// SPDX-License-Identifier: Apache-2.0
#include "cxone/TokenProvider.h"

#include "cxone/AnswerLimits.h"
#include "cxone/FormEncoding.h"
#include "cxone/HttpExchange.h"
#include "cxone/HttpResponse.h"
#include "cxone/TokenGrant.h"
#include "logging/LogRedaction.h"

#include <QUrlQuery>

namespace {
bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// Refresh this long before expiry, or at 80 % of a short lifetime, so calls never meet a dead token.
constexpr qint64 kRefreshMarginMs = 60 * 1000;
constexpr auto kRetryRefreshAfter = std::chrono::seconds(10);

QUrl wellKnownUrl(const QUrl &issuer, const QString &document)
{
    return CxoneEnvironment::below(issuer, QStringLiteral("/.well-known/") + document);
}

QString answerDetail(const QString &what, const HttpResponse &response)
{
    if (response.tooLarge) {
        return QStringLiteral("%1 answered with more than a real answer holds; it was abandoned unread").arg(what);
    }
    if (response.connection.isFailure()) {
        return QStringLiteral("%1: %2").arg(what, response.connection.describe());
    }
    return QStringLiteral("%1 answered %2").arg(what).arg(response.status);
}

QString redirectDetail(const QString &what, const HttpResponse &response)
{
    return QStringLiteral("%1 answered %2 towards %3; Vigie does not follow redirects with credentials")
        .arg(what)
        .arg(response.status)
        .arg(response.redirectTarget.host().isEmpty() ? QStringLiteral("an unnamed host")
                                                      : response.redirectTarget.host());
}
} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenProvider::refresh);
}

TokenProvider::~TokenProvider()
{
    forgetKeySecret();
    forgetTokens();
}

void TokenProvider::setEnvironment(const CxoneEnvironment &environment)
{
    m_environment = environment;
    LogRedaction::registerSecret(environment.clientSecret);
}

QByteArray TokenProvider::authorizationHeader() const { return "Bearer " + m_accessToken.toUtf8(); }

void TokenProvider::signIn(const AccessKey &key)
{
    abandonPendingExchange();
    forgetKeySecret();
    forgetTokens();
    m_keyId = key.keyId.trimmed();
    m_pendingSecret = key.secret;
    LogRedaction::registerSecret(m_pendingSecret);
    setState(State::SigningIn);
    qCInfo(lcCxone) << "signing in to" << m_environment.issuer.toDisplayString() << "with key" << m_keyId;
    fetchDiscovery(wellKnownUrl(m_environment.issuer, QStringLiteral("openid-configuration")),
        QStringLiteral("OpenID discovery"), &Discovery::tokenEndpoint, [this](const QUrl &tokenEndpoint) {
            // The client credentials and the key's secret go to the issuer the station was set up
            // for, and nowhere a discovery document (or whoever answers in its place) points.
            if (!isSameOrigin(tokenEndpoint, m_environment.issuer)) {
                failSignIn(vigie::ApiOutcome::MalformedResponse,
                    QStringLiteral("OpenID discovery names a token endpoint on another host (%1); the access key "
                                   "is sent only to %2")
                        .arg(tokenEndpoint.host(), m_environment.issuer.host()));
                return;
            }
            m_tokenEndpoint = tokenEndpoint;
            requestToken(
                formEncode({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                    { QStringLiteral("username"), m_keyId }, { QStringLiteral("password"), m_pendingSecret } }),
                false);
        });
}

void TokenProvider::signOut()
{
    abandonPendingExchange();
    forgetKeySecret();
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

HttpExchange *TokenProvider::send(const QUrl &url, const QByteArray &verb, qint64 largestAnswer, const QByteArray &body)
{
    QNetworkRequest request = HttpExchange::requestFor(url, m_environment.requestTimeoutMs);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        // docs/cxone-contract.md#signing-in: Basic base64(urlencode(clientId):urlencode(clientSecret)).
        const QByteArray credentials = QUrl::toPercentEncoding(m_environment.clientId) + ':'
            + QUrl::toPercentEncoding(m_environment.clientSecret);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    m_pendingExchange
        = new HttpExchange(m_network, request, verb, body, m_environment.exchangeDeadlineMs(), largestAnswer, this);
    return m_pendingExchange;
}

void TokenProvider::fetchDiscovery(const QUrl &url, const QString &what, const UrlReader &read, const UrlHandler &onUrl)
{
    connect(send(url, "GET", AnswerLimits::kDiscovery), &HttpExchange::finished, this,
        [this, what, read, onUrl](const HttpResponse &response) {
            if (response.outcome() == vigie::ApiOutcome::Cancelled) {
                return;
            }
            if (response.isRedirect()) {
                failSignIn(vigie::ApiOutcome::Redirected, redirectDetail(what, response));
                return;
            }
            if (response.status != 200) {
                failSignIn(response.outcome(), answerDetail(what, response), response.connection);
                return;
            }
            const std::optional<QUrl> found = read(response.body);
            if (!found) {
                failSignIn(vigie::ApiOutcome::MalformedResponse, QStringLiteral("%1 names no usable URL").arg(what));
                return;
            }
            onUrl(*found);
        });
}

void TokenProvider::abandonPendingExchange()
{
    const bool wasRefreshing = m_state == State::Refreshing;
    if (m_pendingExchange) {
        m_pendingExchange->abort(); // answered as Cancelled, which handleTokenResponse ignores
    }
    // Calls waiting for the refresh would otherwise wait for good, keeping their agent busy: an
    // unconfirmed start would never be asked about again.
    if (wasRefreshing) {
        Q_EMIT refreshFinished(false);
    }
}

void TokenProvider::requestToken(const QByteArray &form, bool isRefresh)
{
    connect(send(m_tokenEndpoint, "POST", AnswerLimits::kToken, form), &HttpExchange::finished, this,
        [this, isRefresh](const HttpResponse &response) { handleTokenResponse(response, isRefresh); });
}

void TokenProvider::handleTokenResponse(const HttpResponse &response, bool isRefresh)
{
    if (response.outcome() == vigie::ApiOutcome::Cancelled) {
        return;
    }
    const std::optional<TokenGrant> grant = TokenGrant::parse(response.body);
    if (isRefresh) {
        if (response.status == 200 && grant) {
            storeToken(*grant);
            setState(State::SignedIn);
            Q_EMIT refreshFinished(true);
            return;
        }
        // A network failure leaves the current token usable until it expires; anything else ends the session.
        const bool transient = !response.hasStatus() || response.status >= 500;
        qCWarning(lcCxone) << "token refresh failed, status" << response.status << "network error"
                           << response.networkError;
        if (transient && !m_expiry.hasExpired()) {
            setState(State::SignedIn);
            m_refreshTimer.start(kRetryRefreshAfter);
            Q_EMIT refreshFinished(false);
            return;
        }
        forgetTokens();
        setState(State::SignedOut);
        Q_EMIT refreshFinished(false);
        Q_EMIT sessionExpired();
        return;
    }

    // The key secret is needed for this one request only.
    forgetKeySecret();
    if (response.isRedirect()) {
        failSignIn(vigie::ApiOutcome::Redirected, redirectDetail(QStringLiteral("the token endpoint"), response));
        return;
    }
    if (response.status == 400 || response.status == 401) {
        failSignIn(vigie::ApiOutcome::InvalidCredentials, QStringLiteral("the token endpoint refused the access key"));
        return;
    }
    if (response.status != 200) {
        failSignIn(
            response.outcome(), answerDetail(QStringLiteral("the token endpoint"), response), response.connection);
        return;
    }
    if (!grant) {
        failSignIn(vigie::ApiOutcome::MalformedResponse,
            QStringLiteral("the token response lacks access_token or expires_in"));
        return;
    }
    storeToken(*grant);
    m_tenantId = grant->tenantId;
    m_userId = grant->userId;

    if (!m_environment.apiBaseOverride.isEmpty()) {
        m_apiBase = m_environment.apiBaseOverride;
        completeSignIn();
        return;
    }
    if (m_tenantId.isEmpty()) {
        failSignIn(vigie::ApiOutcome::MalformedResponse, QStringLiteral("the id_token carries no tenantId"));
        return;
    }
    QUrl url = wellKnownUrl(m_environment.issuer, QStringLiteral("cxone-configuration"));
    url.setQuery(QUrlQuery { { QStringLiteral("tenantId"), m_tenantId } });
    fetchDiscovery(url, QStringLiteral("tenant discovery"), &Discovery::apiEndpoint, [this](const QUrl &apiBase) {
        m_apiBase = apiBase;
        completeSignIn();
    });
}

void TokenProvider::storeToken(const TokenGrant &grant)
{
    // A replaced token is forgotten at once: no secret stays in memory longer than it works.
    LogRedaction::forgetSecret(m_accessToken);
    m_accessToken = grant.accessToken;
    LogRedaction::registerSecret(m_accessToken);
    // A refresh response may omit refresh_token: the previous one then stays valid.
    if (!grant.refreshToken.isEmpty()) {
        LogRedaction::forgetSecret(m_refreshToken);
        m_refreshToken = grant.refreshToken;
        LogRedaction::registerSecret(m_refreshToken);
    }
    const qint64 lifetimeMs = grant.expiresInSeconds * 1000;
    m_expiry.setRemainingTime(lifetimeMs);
    m_refreshTimer.start(
        std::chrono::milliseconds(qMax<qint64>(1000, lifetimeMs - qMin(kRefreshMarginMs, lifetimeMs / 5))));
}

void TokenProvider::completeSignIn()
{
    qCInfo(lcCxone) << "signed in; tenant" << m_tenantId << "API" << m_apiBase.toDisplayString();
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void TokenProvider::failSignIn(vigie::ApiOutcome outcome, const QString &detail, const ConnectionFailure &connection)
{
    qCWarning(lcCxone) << "sign-in failed:" << detail;
    forgetKeySecret();
    forgetTokens();
    setState(State::SignedOut);
    Q_EMIT signInFailed(outcome, detail, connection);
}

void TokenProvider::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void TokenProvider::forgetKeySecret()
{
    // Out of the redaction registry first, while the value is still there to name it.
    LogRedaction::forgetSecret(m_pendingSecret);
    m_pendingSecret.fill(QLatin1Char('\0'));
    m_pendingSecret.clear();
}

void TokenProvider::forgetTokens()
{
    m_refreshTimer.stop();
    LogRedaction::forgetSecret(m_accessToken);
    LogRedaction::forgetSecret(m_refreshToken);
    m_accessToken.fill(QLatin1Char('\0'));
    m_refreshToken.fill(QLatin1Char('\0'));
    m_accessToken.clear();
    m_refreshToken.clear();
    m_apiBase.clear();
    m_tenantId.clear();
    m_userId.clear();
    m_expiry = QDeadlineTimer();
}
