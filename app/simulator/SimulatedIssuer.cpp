// SPDX-License-Identifier: Apache-2.0
#include "simulator/SimulatedIssuer.h"

#include "simulator/DemoTenant.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUuid>

namespace {
const QString kViewerUserId = QStringLiteral("5e1f0000-0000-4000-8000-000000000002");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomToken()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

SimulatedIssuer::SimulatedIssuer(const SimulatorOptions *options, const DemoTenant *tenant)
    : m_options(options)
    , m_tenant(tenant)
{
}

SimulatorResponse SimulatedIssuer::openIdConfiguration(const QUrl &baseUrl) const
{
    const QString issuer = baseUrl.toString();
    return {
        200,
        json({ { QStringLiteral("issuer"), issuer },
            { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/auth/token")) },
            { QStringLiteral("grant_types_supported"),
                QJsonArray { QStringLiteral("password"), QStringLiteral("refresh_token") } } }),
    };
}

SimulatorResponse SimulatedIssuer::tenantConfiguration(const QUrlQuery &query, const QUrl &baseUrl) const
{
    if (query.queryItemValue(QStringLiteral("tenantId")) != m_options->tenantId) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("unknown tenant") } }) };
    }
    const QString base = baseUrl.toString();
    return {
        200,
        json({ { QStringLiteral("api_endpoint"), base }, { QStringLiteral("area"), QStringLiteral("sim1") },
            { QStringLiteral("ui_endpoint"), base }, { QStringLiteral("auth_endpoint"), base } }),
    };
}

SimulatorResponse SimulatedIssuer::token(const QHttpServerRequest &request, const QUrl &baseUrl)
{
    // docs/cxone-contract.md#signing-in: Basic base64(urlencode(clientId):urlencode(clientSecret)).
    const QByteArray credentials
        = QUrl::toPercentEncoding(m_options->clientId) + ':' + QUrl::toPercentEncoding(m_options->clientSecret);
    const QByteArray expectedBasic = "Basic " + credentials.toBase64();
    const QByteArray unauthorizedClient = json({ { QStringLiteral("error"), QStringLiteral("invalid_client") } });
    if (request.value("Authorization") != expectedBasic) {
        return { 401, unauthorizedClient };
    }
    if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return { 400, json({ { QStringLiteral("error"), QStringLiteral("invalid_request") } }) };
    }
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QByteArray invalidGrant = json({ { QStringLiteral("error"), QStringLiteral("invalid_grant") } });
    if (grantType == QLatin1String("password")) {
        const QString keyId = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString secret = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if ((keyId == m_options->demoKeyId && secret == m_options->demoKeySecret)
            || (keyId == m_options->qualityKeyId && secret == m_options->qualityKeySecret)) {
            return issueTokens(keyId, true, baseUrl);
        }
        if (keyId == m_options->restrictedKeyId && secret == m_options->restrictedKeySecret) {
            return issueTokens(keyId, false, baseUrl);
        }
        return { 400, invalidGrant };
    }
    if (grantType == QLatin1String("refresh_token")) {
        const Token previous
            = m_refreshTokens.take(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded));
        if (previous.keyId.isEmpty()) {
            return { 400, invalidGrant };
        }
        return issueTokens(previous.keyId, previous.canRecord, baseUrl);
    }
    return { 400, json({ { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") } }) };
}

SimulatorResponse SimulatedIssuer::issueTokens(const QString &keyId, bool canRecord, const QUrl &baseUrl)
{
    const QString accessToken = randomToken();
    const QString refreshToken = randomToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_options->tokenLifetimeSeconds);
    m_accessTokens.insert(accessToken, { keyId, canRecord, expires });
    m_refreshTokens.insert(refreshToken, { keyId, canRecord, {} });
    // CXone's subject is the key owner's user ID with a "user:" prefix (docs/cxone-contract.md#signing-in).
    const QByteArray idPayload = json({ { QStringLiteral("sub"), QString(QStringLiteral("user:") + ownerOf(keyId)) },
        { QStringLiteral("tenantId"), m_options->tenantId }, { QStringLiteral("iss"), baseUrl.toString() } });
    const QByteArray idToken
        = base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + base64Url(idPayload) + '.' + base64Url("simulator");
    return {
        200,
        json({ { QStringLiteral("access_token"), accessToken },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_options->tokenLifetimeSeconds },
            { QStringLiteral("refresh_token"), refreshToken },
            { QStringLiteral("id_token"), QString::fromLatin1(idToken) } }),
    };
}

QString SimulatedIssuer::ownerOf(const QString &keyId) const
{
    // The demo key and the quality key belong to two supervisors of the demo tenant, the viewer key
    // to a user who leads no team.
    if (keyId == m_options->demoKeyId) {
        return m_tenant->supervisorUserId();
    }
    if (keyId == m_options->qualityKeyId) {
        return m_tenant->qualitySupervisorUserId();
    }
    return kViewerUserId;
}

std::optional<SimulatedIssuer::Token> SimulatedIssuer::authorize(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        return std::nullopt;
    }
    const auto it = m_accessTokens.constFind(QString::fromLatin1(header.mid(7)));
    if (it == m_accessTokens.constEnd() || it->expiresAtUtc <= QDateTime::currentDateTimeUtc()) {
        return std::nullopt;
    }
    return *it;
}

void SimulatedIssuer::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &token : m_accessTokens) {
        token.expiresAtUtc = past;
    }
}
