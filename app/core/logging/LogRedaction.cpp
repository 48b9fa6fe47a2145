// SPDX-License-Identifier: Apache-2.0
#include "logging/LogRedaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcCxone, "vigie.cxone")
Q_LOGGING_CATEGORY(lcRecording, "vigie.recording")
Q_LOGGING_CATEGORY(lcSimulator, "vigie.simulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStation, "vigie.station")

namespace {
const QString kMask = QStringLiteral("«redacted»");
// Shorter values would mask ordinary words; real keys and tokens are far longer.
constexpr int kShortestSecret = 6;

struct SecretRegistry
{
    QMutex mutex;
    QSet<QString> secrets;
};

SecretRegistry &registry()
{
    static SecretRegistry instance;
    return instance;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, LogRedaction::redact(message));
}
} // namespace

void LogRedaction::registerSecret(const QString &secret)
{
    if (secret.size() < kShortestSecret) {
        return;
    }
    QMutexLocker lock(&registry().mutex);
    registry().secrets.insert(secret);
}

void LogRedaction::forgetSecret(const QString &secret)
{
    QMutexLocker lock(&registry().mutex);
    registry().secrets.remove(secret);
}

QString LogRedaction::redact(QString text)
{
    {
        QMutexLocker lock(&registry().mutex);
        for (const QString &secret : std::as_const(registry().secrets)) {
            text.replace(secret, kMask);
        }
    }
    static const QRegularExpression bearer(
        QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedSecret(
        QStringLiteral(
            R"re(((?:access_token|refresh_token|id_token|password|client_secret|secret)["']?\s*[:=]\s*["']?)[^"'&\s,}]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1 ") + kMask);
    text.replace(namedSecret, QStringLiteral("\\1") + kMask);
    return text;
}

void LogRedaction::installMessageHandler()
{
    if (previousHandler == nullptr) {
        previousHandler = qInstallMessageHandler(redactingHandler);
    }
}
