// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QString>

// `vigie --store-proxy-credentials`: the administrator gives, once, the user name and password the
// station's proxy asks for (407), for a kiosk whose supervisors should not type them. They are kept
// in the keychain of the account that runs it (the station's account) as the station's entry, never
// in a file or a log, and every supervisor's sign-in through that proxy uses them. On a terminal
// the password is typed without echo; otherwise two lines of standard input, the user name and the
// password, for provisioning scripts.
namespace ProxyCredentialsCommand {
inline const QString kOption = QStringLiteral("store-proxy-credentials");
QCommandLineOption commandLineOption();
// proxy: "host:port" the station reaches CXone through; empty: none, and nothing to store.
// Returns the process exit status: 0 stored, 1 the keychain refused, 2 nothing to store.
int run(const QString &proxy);
} // namespace ProxyCredentialsCommand
