// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCxone)
Q_DECLARE_LOGGING_CATEGORY(lcRecording)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
Q_DECLARE_LOGGING_CATEGORY(lcStation)

// Keeps tokens and secrets out of every log line, whoever writes it. Known secret values are
// registered as they appear (sign-in, token refresh) and masked wherever they show up; the
// usual shapes of credentials (Bearer headers, token fields, form passwords) are masked too,
// for values that were never registered.
namespace LogRedaction {
void registerSecret(const QString &secret);
void forgetSecret(const QString &secret);
QString redact(QString text);
// Routes qDebug/qInfo/qWarning... through redact() before they reach stderr or the journal.
void installMessageHandler();
} // namespace LogRedaction
