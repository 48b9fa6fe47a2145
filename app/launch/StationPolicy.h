// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// What a run of Vigie decides from its command line and configuration before any window
// exists: where the ledger and the audit trail are, whether and when the station locks, whether
// keys may stay in the keychain, and which language it starts in. Built by LaunchOptions and
// tested with it (tst_launchoptions); main() only hands it on.
struct StationPolicy
{
    QString ledgerPath;
    QString auditPath;
    QString pinAttemptsPath;
    // This station's events on their way to the site registry (beside the ledger).
    QString registryOutboxPath;
    // Vigie's own data folder, when the ledger and trail are in it: narrowed to 0700 at start.
    // Empty when the administrator or the command line named where they go.
    QString privateFolder;
    bool kiosk = false;
    int idleLockMs = 0; // 0: never lock
    bool keepKeyInKeychain = true;
    QString language; // from --language or the configuration; empty: none given
    bool languageOnCommandLine = false;
    bool languageProvisioned = false; // a kiosk's configured language, which the supervisor cannot change

    // The language to start in, given the one the supervisor chose last time (empty: none).
    // --language wins, then a kiosk's provisioned language, then the last choice, then the
    // configuration's default (empty: the system's language).
    QString startLanguage(const QString &lastChosen) const;
};
