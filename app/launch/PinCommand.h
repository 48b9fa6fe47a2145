// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// `vigie --hash-pin`: prints the Argon2id hash of a kiosk administrator PIN for Kiosk/PinHash. On a
// terminal the PIN is typed twice without echo (nothing lands in the shell history); otherwise
// one line is read from standard input, for provisioning scripts.
namespace PinCommand {
constexpr int kMinimumDigits = 6;
constexpr int kMaximumDigits = 64;

// Why a PIN is refused, in words; empty when it is acceptable.
QString problem(const QString &pin);
// Returns the process exit status: 0 with the hash on standard output, 2 when refused.
int run();
} // namespace PinCommand
