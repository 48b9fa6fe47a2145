// SPDX-License-Identifier: Apache-2.0
#include "station/PinHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <argon2.h>

namespace {
const QString kLegacyScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kLegacyHashBytes = 32;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Shorter salts or hashes than these are not what --hash-pin printed: someone shortened them.
constexpr int kMinimumSaltBytes = 8;
constexpr int kMinimumHashBytes = 16;

struct Legacy
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

// Empties the UTF-8 copy of a PIN once the hash function is done with it.
struct PinBytes
{
    explicit PinBytes(const QString &pin)
        : bytes(pin.toUtf8())
    {
    }
    ~PinBytes() { bytes.fill('\0'); }
    Q_DISABLE_COPY_MOVE(PinBytes)
    QByteArray bytes;
};

bool isArgon2(const QString &stored) { return stored.startsWith(QLatin1String("$argon2")); }

int unpaddedBase64Bytes(const QString &text)
{
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::OmitTrailingEquals);
    return decoded ? int(decoded.decoded.size()) : -1;
}

std::optional<PinHash::Cost> parseArgon2(const QString &stored, QString *problem)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\$(argon2(?:id|i|d))\\$v=(\\d+)\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$([A-Za-z0-9+/"
                       "]+)\\$([A-Za-z0-9+/]+)$"));
    const QRegularExpressionMatch match = pattern.match(stored);
    if (!match.hasMatch()) {
        *problem = QStringLiteral("it is not a hash printed by vigie --hash-pin");
        return std::nullopt;
    }
    if (match.captured(1) != QLatin1String("argon2id")) {
        *problem = QStringLiteral("it is an %1 hash; Vigie accepts only argon2id").arg(match.captured(1));
        return std::nullopt;
    }
    if (match.captured(2).toUInt() != ARGON2_VERSION_13) {
        *problem
            = QStringLiteral("its Argon2 version must be %1, not %2").arg(ARGON2_VERSION_13).arg(match.captured(2));
        return std::nullopt;
    }
    const PinHash::Cost cost { match.captured(3).toUInt(), match.captured(4).toUInt(), match.captured(5).toUInt() };
    if (cost.memoryKiB < PinHash::kMinimumMemoryKiB || cost.memoryKiB > PinHash::kMaximumMemoryKiB) {
        *problem = QStringLiteral("its memory cost must be between %1 and %2 KiB (m=), not %3")
                       .arg(PinHash::kMinimumMemoryKiB)
                       .arg(PinHash::kMaximumMemoryKiB)
                       .arg(match.captured(3));
        return std::nullopt;
    }
    if (cost.passes < PinHash::kMinimumPasses || cost.passes > PinHash::kMaximumPasses) {
        *problem = QStringLiteral("its number of passes must be between %1 and %2 (t=), not %3")
                       .arg(PinHash::kMinimumPasses)
                       .arg(PinHash::kMaximumPasses)
                       .arg(match.captured(4));
        return std::nullopt;
    }
    if (cost.lanes < 1 || cost.lanes > PinHash::kMaximumLanes) {
        *problem = QStringLiteral("its parallelism must be between 1 and %1 (p=), not %2")
                       .arg(PinHash::kMaximumLanes)
                       .arg(match.captured(5));
        return std::nullopt;
    }
    if (unpaddedBase64Bytes(match.captured(6)) < kMinimumSaltBytes
        || unpaddedBase64Bytes(match.captured(7)) < kMinimumHashBytes) {
        *problem = QStringLiteral("its salt or hash is damaged");
        return std::nullopt;
    }
    return cost;
}

std::optional<Legacy> parseLegacy(const QString &stored, QString *problem)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kLegacyScheme) {
        *problem = QStringLiteral("it is not a hash printed by vigie --hash-pin");
        return std::nullopt;
    }
    Legacy parsed;
    bool ok = false;
    parsed.iterations = parts.at(1).toInt(&ok);
    parsed.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    parsed.hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (!ok || parsed.iterations < PinHash::kLegacyMinimumIterations
        || parsed.iterations > PinHash::kLegacyMaximumIterations) {
        *problem = QStringLiteral("its iteration count must be between %1 and %2, not %3")
                       .arg(PinHash::kLegacyMinimumIterations)
                       .arg(PinHash::kLegacyMaximumIterations)
                       .arg(parts.at(1));
        return std::nullopt;
    }
    if (parsed.salt.size() < kMinimumSaltBytes || parsed.hash.size() != kLegacyHashBytes) {
        *problem = QStringLiteral("its salt or hash is damaged");
        return std::nullopt;
    }
    return parsed;
}

bool verifyLegacy(const QString &pin, const Legacy &parsed)
{
    const PinBytes bytes(pin);
    const QByteArray candidate = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, bytes.bytes, parsed.salt, parsed.iterations, kLegacyHashBytes);
    // Constant time: the comparison must not tell how many leading bytes matched.
    unsigned char difference = 0;
    for (int index = 0; index < kLegacyHashBytes; ++index) {
        difference |= static_cast<unsigned char>(candidate.at(index) ^ parsed.hash.at(index));
    }
    return difference == 0;
}
} // namespace

QString PinHash::hash(const QString &pin, const Cost &cost)
{
    Q_ASSERT(cost.memoryKiB >= kMinimumMemoryKiB && cost.memoryKiB <= kMaximumMemoryKiB);
    Q_ASSERT(cost.passes >= kMinimumPasses && cost.passes <= kMaximumPasses);
    Q_ASSERT(cost.lanes >= 1 && cost.lanes <= kMaximumLanes);
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    const PinBytes bytes(pin);
    QByteArray encoded(
        qsizetype(argon2_encodedlen(cost.passes, cost.memoryKiB, cost.lanes, kSaltBytes, kHashBytes, Argon2_id)), '\0');
    const int result = argon2id_hash_encoded(cost.passes, cost.memoryKiB, cost.lanes, bytes.bytes.constData(),
        size_t(bytes.bytes.size()), salt.constData(), size_t(salt.size()), kHashBytes, encoded.data(),
        size_t(encoded.size()));
    if (result != ARGON2_OK) {
        qWarning("PIN hash failed: %s", argon2_error_message(result));
        return {};
    }
    return QString::fromLatin1(encoded.constData());
}

bool PinHash::verify(const QString &pin, const QString &stored)
{
    const QString trimmed = stored.trimmed();
    QString problem;
    if (isArgon2(trimmed)) {
        if (!parseArgon2(trimmed, &problem)) {
            return false;
        }
        const PinBytes bytes(pin);
        const QByteArray encoded = trimmed.toLatin1();
        // argon2id_verify compares in constant time.
        return argon2id_verify(encoded.constData(), bytes.bytes.constData(), size_t(bytes.bytes.size())) == ARGON2_OK;
    }
    const std::optional<Legacy> legacy = parseLegacy(trimmed, &problem);
    return legacy && verifyLegacy(pin, *legacy);
}

bool PinHash::isWellFormed(const QString &stored) { return problem(stored).isEmpty(); }

QString PinHash::problem(const QString &stored)
{
    const QString trimmed = stored.trimmed();
    if (trimmed.isEmpty()) {
        return QStringLiteral("it is empty");
    }
    QString problem;
    if (isArgon2(trimmed)) {
        parseArgon2(trimmed, &problem);
    } else {
        parseLegacy(trimmed, &problem);
    }
    return problem;
}

bool PinHash::needsRehash(const QString &stored)
{
    const QString trimmed = stored.trimmed();
    QString problem;
    return !isArgon2(trimmed) && parseLegacy(trimmed, &problem).has_value();
}

std::optional<PinHash::Cost> PinHash::costOf(const QString &stored)
{
    const QString trimmed = stored.trimmed();
    QString problem;
    return isArgon2(trimmed) ? parseArgon2(trimmed, &problem) : std::nullopt;
}
