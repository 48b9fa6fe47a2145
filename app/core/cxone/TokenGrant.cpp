// SPDX-License-Identifier: Apache-2.0
#include "cxone/TokenGrant.h"

#include "cxone/CxoneEnvironment.h"
#include "cxone/JsonObject.h"

#include <QJsonObject>

namespace {
QJsonObject idTokenPayload(const QString &idToken)
{
    const QList<QStringView> parts = QStringView(idToken).split(QLatin1Char('.'));
    if (parts.size() < 2) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return decoded ? jsonObjectFrom(*decoded).value_or(QJsonObject()) : QJsonObject();
}

// docs/cxone-contract.md#signing-in: NICE's SDK drops a short prefix such as "user:" from the subject.
QString userIdFromSubject(const QString &subject)
{
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    return colon >= 0 ? subject.mid(colon + 1) : subject;
}

std::optional<QUrl> acceptableUrl(const QByteArray &body, QLatin1String field)
{
    const std::optional<QJsonObject> document = jsonObjectFrom(body);
    if (!document) {
        return std::nullopt;
    }
    const QUrl url(document->value(field).toString());
    return CxoneEnvironment::isAcceptableUrl(url) ? std::optional<QUrl>(url) : std::nullopt;
}
} // namespace

std::optional<TokenGrant> TokenGrant::parse(const QByteArray &body)
{
    const std::optional<QJsonObject> token = jsonObjectFrom(body);
    if (!token) {
        return std::nullopt;
    }
    TokenGrant grant;
    grant.accessToken = token->value(QLatin1String("access_token")).toString();
    grant.refreshToken = token->value(QLatin1String("refresh_token")).toString();
    grant.expiresInSeconds = token->value(QLatin1String("expires_in")).toInteger();
    // A lifetime beyond a year is not a token lifetime; it would only overflow the timers.
    if (grant.accessToken.isEmpty() || grant.expiresInSeconds <= 0 || grant.expiresInSeconds > 366 * 24 * 3600) {
        return std::nullopt;
    }
    const QJsonObject identity = idTokenPayload(token->value(QLatin1String("id_token")).toString());
    grant.tenantId = identity.value(QLatin1String("tenantId")).toString();
    grant.userId = userIdFromSubject(identity.value(QLatin1String("sub")).toString());
    return grant;
}

std::optional<QUrl> Discovery::tokenEndpoint(const QByteArray &body)
{
    return acceptableUrl(body, QLatin1String("token_endpoint"));
}

std::optional<QUrl> Discovery::apiEndpoint(const QByteArray &body)
{
    return acceptableUrl(body, QLatin1String("api_endpoint"));
}
