// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

// Kiosk PINs are stored only as salted Argon2id hashes in libargon2's encoded form,
// "$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>". `vigie --hash-pin` prints one.
// Hashes of the PBKDF2-SHA256 scheme of earlier versions ("pbkdf2-sha256$<iterations>$...") are
// still verified, so an upgrade does not lock a station out, but they are cheap to guess from a
// stolen configuration: needsRehash() says so, and the administrator is told to replace them.
namespace PinHash {
// A PIN has few digits: only the cost of each guess protects it once the hash is read. The floor
// keeps a guess at tens of megabytes and several passes, which graphics cards do badly; the
// ceiling keeps a hostile configuration from making a station allocate gigabytes per attempt.
struct Cost
{
    quint32 memoryKiB = 64 * 1024;
    quint32 passes = 3;
    quint32 lanes = 1;
};
constexpr quint32 kMinimumMemoryKiB = 64 * 1024;
constexpr quint32 kMaximumMemoryKiB = 512 * 1024;
constexpr quint32 kMinimumPasses = 3;
constexpr quint32 kMaximumPasses = 16;
constexpr quint32 kMaximumLanes = 8;

// The PBKDF2 range earlier versions accepted, still read.
constexpr int kLegacyMinimumIterations = 10000;
constexpr int kLegacyMaximumIterations = 2000000;

// Takes a fraction of a second and Cost::memoryKiB of memory: never call it on the GUI thread.
QString hash(const QString &pin, const Cost &cost = Cost());
// Takes as long as the stored cost says: never call it on the GUI thread (PinVerifier).
bool verify(const QString &pin, const QString &stored);
bool isWellFormed(const QString &stored);
// What is wrong with a stored hash, in words for the administrator; empty when it can be used.
QString problem(const QString &stored);
// Whether a usable hash is of the old, cheap scheme and should be printed again with --hash-pin.
bool needsRehash(const QString &stored);
// The cost a well-formed Argon2id hash was made with; nullopt for anything else.
std::optional<Cost> costOf(const QString &stored);
} // namespace PinHash
