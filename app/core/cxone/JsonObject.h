// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// A server answer's body as the JSON object every CXone document is, or nothing (with why in
// `error` when asked): a body that does not parse, or parses as something else.
std::optional<QJsonObject> jsonObjectFrom(const QByteArray &body, QString *error = nullptr);
