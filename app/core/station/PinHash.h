#pragma once

#include <QString>

// The kiosk administrator PIN is stored only as a salted PBKDF2-SHA256 hash:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". `vigie --hash-pin` prints one.
namespace PinHash {
QString hash(const QString &pin);
bool verify(const QString &pin, const QString &stored);
bool isWellFormed(const QString &stored);
} // namespace PinHash
