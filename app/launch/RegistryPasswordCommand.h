// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistrySettings.h"

#include <QCommandLineOption>
#include <QString>

// `vigie --store-registry-password`: the administrator gives, once, the password of the station's
// role on the site registry (the [Registry] group that binds the station), where the site's
// PostgreSQL asks for one and neither ~/.pgpass nor a client certificate is wanted. It is kept in the
// keychain of the account that runs it (the station's account) as the station's entry, never in a
// file or a log. On a terminal it is typed without echo; otherwise one line of standard input, for
// provisioning scripts.
namespace RegistryPasswordCommand {
inline const QString kOption = QStringLiteral("store-registry-password");
QCommandLineOption commandLineOption();
// Returns the process exit status: 0 stored, 1 the keychain refused, 2 no password given.
int run(const RegistrySettings &registry);
} // namespace RegistryPasswordCommand
