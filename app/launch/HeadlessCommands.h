// SPDX-License-Identifier: Apache-2.0
#pragma once

// The commands that answer on the terminal and exit without a window (--verify-audit and
// --audit-report in AuditCommands, --hash-pin in PinCommand, --self-test): they must work where
// there is no display (a terminal, a package check).
namespace HeadlessCommands {
// True when the arguments ask for such a command, so Qt needs no display.
bool needsNoDisplay(int argc, char *argv[]);
} // namespace HeadlessCommands
