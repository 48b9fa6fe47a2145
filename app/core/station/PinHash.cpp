#include "station/PinHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace {
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kHashBytes = 32;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString &stored, QString *problem)
{
    if (stored.trimmed().isEmpty()) {
        *problem = QStringLiteral("it is empty");
        return std::nullopt;
    }
    const QStringList parts = stored.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme) {
        *problem = QStringLiteral("it is not a hash printed by vigie --hash-pin");
        return std::nullopt;
    }
    Parsed parsed;
    bool ok = false;
    parsed.iterations = parts.at(1).toInt(&ok);
    parsed.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    parsed.hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (!ok || parsed.iterations < PinHash::kMinimumIterations || parsed.iterations > PinHash::kMaximumIterations) {
        *problem = QStringLiteral("its iteration count must be between %1 and %2, not %3")
                       .arg(PinHash::kMinimumIterations)
                       .arg(PinHash::kMaximumIterations)
                       .arg(parts.at(1));
        return std::nullopt;
    }
    if (parsed.salt.size() < 8 || parsed.hash.size() != kHashBytes) {
        *problem = QStringLiteral("its salt or hash is damaged");
        return std::nullopt;
    }
    return parsed;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, kHashBytes);
}
} // namespace

QString PinHash::hash(const QString &pin, int iterations)
{
    Q_ASSERT(iterations >= kMinimumIterations && iterations <= kMaximumIterations);
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
        + QString::fromLatin1(derive(pin, salt, iterations).toBase64());
}

bool PinHash::verify(const QString &pin, const QString &stored)
{
    QString problem;
    const std::optional<Parsed> parsed = parse(stored, &problem);
    if (!parsed) {
        return false;
    }
    const QByteArray candidate = derive(pin, parsed->salt, parsed->iterations);
    // Constant time: the comparison must not tell how many leading bytes matched.
    unsigned char difference = 0;
    for (int index = 0; index < kHashBytes; ++index) {
        difference |= static_cast<unsigned char>(candidate.at(index) ^ parsed->hash.at(index));
    }
    return difference == 0;
}

bool PinHash::isWellFormed(const QString &stored) { return problem(stored).isEmpty(); }

QString PinHash::problem(const QString &stored)
{
    QString problem;
    parse(stored, &problem);
    return problem;
}
