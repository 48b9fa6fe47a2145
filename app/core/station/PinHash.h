#pragma once

#include <QString>

// The kiosk administrator PIN is stored only as a salted PBKDF2-SHA256 hash:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". `vigie --hash-pin` prints one.
namespace PinHash {
// Fewer iterations make guessing from a stolen configuration cheap; more would keep a station
// hashing for many seconds per attempt (Qt's PBKDF2 runs about 250,000 iterations a second).
constexpr int kMinimumIterations = 10000;
constexpr int kMaximumIterations = 2000000;
constexpr int kDefaultIterations = 200000;

QString hash(const QString &pin, int iterations = kDefaultIterations);
// Takes as long as the iterations say (up to seconds): never call it on the GUI thread (PinVerifier).
bool verify(const QString &pin, const QString &stored);
bool isWellFormed(const QString &stored);
// What is wrong with a stored hash, in words for the administrator; empty when it is well formed.
QString problem(const QString &stored);
} // namespace PinHash
