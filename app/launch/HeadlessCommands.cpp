// SPDX-License-Identifier: Apache-2.0
#include "launch/HeadlessCommands.h"

#include <QByteArray>

bool HeadlessCommands::needsNoDisplay(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        if (argument == "--self-test" || argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v" || argument == "--verify-audit"
            || argument == "--audit-report" || argument == "--hash-pin" || argument == "--registry-migrate"
            || argument == "--store-proxy-credentials" || argument == "--store-registry-password") {
            return true;
        }
    }
    return false;
}
