// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistrySettings.h"

#include <QString>

// The password `vigie --store-registry-password` kept for the [Registry] role, for the commands that
// reach the registry without a window (--registry-migrate, --verify-audit --against registry,
// --audit-report --registry), as the station reads it before it connects. Blocks until the keychain
// answers, a few seconds at most. Empty when it holds none or cannot be read: libpq's own ways
// (~/.pgpass, a client certificate) then serve, and the connection's error says what is missing.
namespace KeptRegistryPassword {
QString read(const RegistrySettings &registry);
} // namespace KeptRegistryPassword
