// SPDX-License-Identifier: Apache-2.0
#include "launch/PinCommand.h"

#include "launch/TerminalPrompt.h"
#include "station/PinHash.h"

#include <QByteArray>

#include <cstdio>
#include <unistd.h>

namespace {
// One character more than a PIN may have, so an over-long PIN is refused, not cut short.
constexpr int kLongestLine = PinCommand::kMaximumDigits + 1;

std::optional<QString> readFromTerminal()
{
    TerminalPrompt terminal;
    if (!terminal.isOpen()) {
        std::fprintf(stderr, "vigie: cannot open the terminal to read the PIN\n");
        return std::nullopt;
    }
    const std::optional<QByteArray> first = terminal.ask("Kiosk administrator PIN: ", true);
    const std::optional<QByteArray> second
        = first ? terminal.ask("The same PIN again: ", true) : std::optional<QByteArray>();
    if (!first || !second) {
        std::fprintf(stderr, "vigie: no PIN was typed\n");
        return std::nullopt;
    }
    if (*first != *second) {
        std::fprintf(stderr, "vigie: the two PINs differ; nothing was printed\n");
        return std::nullopt;
    }
    return QString::fromUtf8(*first);
}
} // namespace

QString PinCommand::problem(const QString &pin)
{
    for (const QChar character : pin) {
        if (character < QLatin1Char('0') || character > QLatin1Char('9')) {
            return QStringLiteral("the PIN must be made of digits only");
        }
    }
    if (pin.size() < kMinimumDigits || pin.size() > kMaximumDigits) {
        return QStringLiteral("the PIN must have %1 to %2 digits").arg(kMinimumDigits).arg(kMaximumDigits);
    }
    return {};
}

int PinCommand::run()
{
    std::optional<QString> pin;
    if (isatty(STDIN_FILENO)) {
        pin = readFromTerminal();
    } else if (const std::optional<QByteArray> line = TerminalPrompt::readLine(STDIN_FILENO, kLongestLine)) {
        pin = QString::fromUtf8(*line);
    } else {
        std::fprintf(stderr, "vigie: type the PIN on standard input\n");
    }
    if (!pin) {
        return 2;
    }
    const QString refusal = problem(*pin);
    if (!refusal.isEmpty()) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(refusal));
        return 2;
    }
    std::printf("%s\n", qPrintable(PinHash::hash(*pin)));
    return 0;
}
