// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchOptions.h"

#include <QString>

#include <optional>

// The audit trail's command-line tools, run without a window: --verify-audit checks the chain
// against the recording ledger's head, and with --against against a collector's copy;
// --audit-report writes the monthly report. They print in words what they did, for an administrator.
namespace AuditCommands {
// The exit status of the command the options ask for, or nothing when they ask for none.
std::optional<int> run(const LaunchOptions &options, const QString &auditPath, const QString &ledgerPath);
} // namespace AuditCommands
