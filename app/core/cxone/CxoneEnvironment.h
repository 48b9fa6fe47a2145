// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where and how to reach one CXone environment. Everything that differs between tenants
// or regions is here, so nothing in the client hard-codes a host or an API version.
struct CxoneEnvironment
{
    enum class UserIdField { UserId, AgentId };
    // The two spellings of the recording endpoints (docs/cxone-contract.md#the-recording-endpoints):
    // the documented page's, and the /v1/ one with a userId parameter that NICE's OpenAPI-generated
    // clients call.
    enum class RecordingApi { Documented, V1 };

    QUrl issuer { QStringLiteral("https://cxone.niceincontact.com") };
    // Skips tenant discovery when set: for a lab server that has no discovery endpoint.
    QUrl apiBaseOverride;
    QString apiVersion = QStringLiteral("32.0");
    // The application's registration with NICE. Configuration, but still secret: never logged.
    QString clientId;
    QString clientSecret;
    // Which agent field the recording API's user-id parameter carries (docs/cxone-contract.md#the-recording-endpoints).
    UserIdField userIdField = UserIdField::UserId;
    RecordingApi recordingApi = RecordingApi::Documented;
    // "documented" or "v1", as the configuration and the command line spell them.
    static std::optional<RecordingApi> recordingApiNamed(const QString &name);
    // No byte for this long ends an attempt; so does twice as long in all, however the bytes trickle.
    int requestTimeoutMs = 15000;
    int exchangeDeadlineMs() const { return 2 * requestTimeoutMs; }
    int agentPageSize = 1000;

    // Plain http is only acceptable when the traffic never leaves the machine.
    static bool isAcceptableUrl(const QUrl &url);
    // Empty when the URLs are usable, otherwise which one is wrong (untranslated, for logs and CLI).
    QString validationError() const;

    // Without the application's registration the token endpoint refuses every key.
    bool hasClientRegistration() const { return !clientId.isEmpty(); }

    QUrl adminApiUrl(const QUrl &apiBase, const QString &path) const;
    // "/interaction-recording-management-service/[v1/]interactions/" and "user-id" or "userId".
    QString recordingServicePath() const;
    QString recordingUserIdParameter() const;

    // base with path appended to its own path: a base may carry a path (a lab proxy) and may
    // or may not end with a slash.
    static QUrl below(QUrl base, const QString &path);
};
