// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistrySettings.h"

#include <QString>

#include <optional>

class QSqlDatabase;

// The site registry's tables, functions and rights, as versioned migrations shipped in the
// binary (docs/registry.md). The administrator applies them with the owner role
// (vigie --registry-migrate); a station only checks that the schema is the one it knows.
namespace RegistrySchema {
int knownVersion();
// 0 when no migration was ever applied; nullopt when the database cannot be read (error says why).
std::optional<int> installedVersion(QSqlDatabase &database, QString *error);
// Empty when a station may use this registry; otherwise why not, in words for the log and banner.
QString checkUsable(QSqlDatabase &database);
// Applies every migration the database lacks, each in its own transaction; returns the version
// now installed, or nullopt with the error (the migrations before it stay applied). With upTo,
// stops at that version: a database as an older Vigie left it, to prove the upgrade from it.
std::optional<int> migrate(QSqlDatabase &database, QString *error, std::optional<int> upTo = std::nullopt);
// vigie --registry-migrate: the same, on a connection of its own made from the settings (whose
// user is then the owner role), with the password the keychain holds for that role, if any.
std::optional<int> migrate(const RegistrySettings &settings, QString *error, const QString &password = {});
} // namespace RegistrySchema
