#pragma once

#include <QString>

// The commands that answer on the terminal and exit without a window: they must work where
// there is no display (a terminal, a package check).
namespace HeadlessCommands {
// True when the arguments ask only for such a command, so Qt needs no display.
bool needsNoDisplay(int argc, char *argv[]);
// --verify-audit: prints whether the hash chain is intact; 0 when it is, 1 when it breaks.
int verifyAudit(const QString &auditPath);
} // namespace HeadlessCommands
