// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "simulator/SimulatorOptions.h"
#include "simulator/SimulatorResponse.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class DemoTenant;
class QHttpServerRequest;

// The demo tenant's sign-in as CXone serves it (docs/cxone-contract.md#signing-in): the discovery documents, the
// token endpoint with its password and refresh grants, and which bearer tokens are still valid.
class SimulatedIssuer
{
public:
    struct Token
    {
        QString keyId;
        bool canRecord = false;
        QDateTime expiresAtUtc;
    };

    SimulatedIssuer(const SimulatorOptions *options, const DemoTenant *tenant);

    SimulatorResponse openIdConfiguration(const QUrl &baseUrl) const;
    SimulatorResponse tenantConfiguration(const QUrlQuery &query, const QUrl &baseUrl) const;
    SimulatorResponse token(const QHttpServerRequest &request, const QUrl &baseUrl);
    // Whose request this is, when its bearer token is one the issuer gave and still valid.
    std::optional<Token> authorize(const QHttpServerRequest &request) const;

    void expireAccessTokens();
    void revokeRefreshTokens() { m_refreshTokens.clear(); }

private:
    SimulatorResponse issueTokens(const QString &keyId, bool canRecord, const QUrl &baseUrl);
    // The user ID of the tenant's user the key belongs to: its id_token's subject.
    QString ownerOf(const QString &keyId) const;

    const SimulatorOptions *m_options;
    const DemoTenant *m_tenant;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
};
