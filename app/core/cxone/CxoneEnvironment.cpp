// SPDX-License-Identifier: Apache-2.0
#include "cxone/CxoneEnvironment.h"

#include <QHostAddress>

bool CxoneEnvironment::isAcceptableUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    if (url.scheme() != QLatin1String("http")) {
        return false;
    }
    if (url.host() == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString CxoneEnvironment::validationError() const
{
    if (!isAcceptableUrl(issuer)) {
        return QStringLiteral("the authentication URL must be https:// (http:// only for loopback): %1")
            .arg(issuer.toDisplayString());
    }
    if (!apiBaseOverride.isEmpty() && !isAcceptableUrl(apiBaseOverride)) {
        return QStringLiteral("the API base URL must be https:// (http:// only for loopback): %1")
            .arg(apiBaseOverride.toDisplayString());
    }
    return {};
}

QUrl CxoneEnvironment::adminApiUrl(const QUrl &apiBase, const QString &path) const
{
    return below(apiBase, QStringLiteral("/incontactapi/services/v") + apiVersion + path);
}

QString CxoneEnvironment::recordingServicePath() const
{
    return recordingApi == RecordingApi::V1
        ? QStringLiteral("/interaction-recording-management-service/v1/interactions/")
        : QStringLiteral("/interaction-recording-management-service/interactions/");
}

QString CxoneEnvironment::recordingUserIdParameter() const
{
    return recordingApi == RecordingApi::V1 ? QStringLiteral("userId") : QStringLiteral("user-id");
}

QUrl CxoneEnvironment::below(QUrl base, const QString &path)
{
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    base.setPath(basePath + path);
    return base;
}

std::optional<CxoneEnvironment::RecordingApi> CxoneEnvironment::recordingApiNamed(const QString &name)
{
    if (name == QLatin1String("documented")) {
        return CxoneEnvironment::RecordingApi::Documented;
    }
    if (name == QLatin1String("v1")) {
        return CxoneEnvironment::RecordingApi::V1;
    }
    return std::nullopt;
}
