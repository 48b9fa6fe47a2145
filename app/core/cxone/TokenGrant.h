// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// What CXone's sign-in answers say, read from their bytes: the token endpoint's grant and the
// two discovery documents. Pure functions, so every byte a server can send is fuzzed here
// (tests/fuzz) exactly as the token provider reads it.
struct TokenGrant
{
    QString accessToken;
    QString refreshToken; // empty: a refresh answer may keep the previous one
    qint64 expiresInSeconds = 0;
    // From the id_token's payload, when there is one (its signature is the issuer's business).
    QString tenantId;
    QString userId; // the subject, without a prefix such as "user:"

    // Nothing when the answer is not a usable grant (no access_token, no positive expires_in).
    static std::optional<TokenGrant> parse(const QByteArray &body);
};

namespace Discovery {
// OpenID discovery's token_endpoint, when it is an acceptable URL (https, or http on loopback).
std::optional<QUrl> tokenEndpoint(const QByteArray &body);
// Tenant discovery's api_endpoint, likewise.
std::optional<QUrl> apiEndpoint(const QByteArray &body);
} // namespace Discovery
