#include "station/PinHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace {
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kIterations = 200000;
constexpr int kHashBytes = 32;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme) {
        return std::nullopt;
    }
    Parsed parsed;
    bool ok = false;
    parsed.iterations = parts.at(1).toInt(&ok);
    parsed.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    parsed.hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (!ok || parsed.iterations < 1000 || parsed.salt.size() < 8 || parsed.hash.size() != kHashBytes) {
        return std::nullopt;
    }
    return parsed;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, kHashBytes);
}
} // namespace

QString PinHash::hash(const QString &pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return kScheme + QLatin1Char('$') + QString::number(kIterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
        + QString::fromLatin1(derive(pin, salt, kIterations).toBase64());
}

bool PinHash::verify(const QString &pin, const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
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

bool PinHash::isWellFormed(const QString &stored) { return parse(stored).has_value(); }
