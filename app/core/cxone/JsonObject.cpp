// SPDX-License-Identifier: Apache-2.0
#include "cxone/JsonObject.h"

#include <QJsonDocument>

std::optional<QJsonObject> jsonObjectFrom(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        }
        return std::nullopt;
    }
    return document.object();
}
