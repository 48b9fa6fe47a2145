// SPDX-License-Identifier: Apache-2.0
#include "launch/PinCommand.h"

#include "station/PinHash.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {
// One character more than a PIN may have, so an over-long PIN is refused, not cut short.
constexpr int kLongestLine = PinCommand::kMaximumDigits + 1;

// The terminal to give its echo back if a signal ends the process during the prompt.
int promptTerminal = -1;
termios savedTerminal {};

void restoreEchoAndDie(int signalNumber)
{
    tcsetattr(promptTerminal, TCSAFLUSH, &savedTerminal);
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}

// Reads one line from a file descriptor, without the newline; nullopt on end of input.
std::optional<QByteArray> readLine(int fd)
{
    QByteArray line;
    char character = 0;
    while (line.size() < kLongestLine) {
        const ssize_t count = read(fd, &character, 1);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0 && line.isEmpty()) {
            return std::nullopt;
        }
        if (count <= 0 || character == '\n') {
            break;
        }
        line.append(character);
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

void write(int fd, const char *text)
{
    for (ssize_t left = ssize_t(qstrlen(text)); left > 0;) {
        const ssize_t written = ::write(fd, text, size_t(left));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return;
        }
        text += written;
        left -= written;
    }
}

std::optional<QByteArray> askSilently(int terminal, const char *prompt)
{
    // Echo goes off before the prompt shows: a PIN typed ahead must not appear, nor be flushed.
    termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(terminal, TCSAFLUSH, &quiet);
    write(terminal, prompt);
    const std::optional<QByteArray> answer = readLine(terminal);
    tcsetattr(terminal, TCSAFLUSH, &savedTerminal);
    write(terminal, "\n");
    return answer;
}

// Prompts on the controlling terminal, not standard output, so `vigie --hash-pin > file`
// keeps only the hash in the file.
std::optional<QString> readFromTerminal()
{
    const int terminal = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (terminal < 0 || tcgetattr(terminal, &savedTerminal) != 0) {
        std::fprintf(stderr, "vigie: cannot open the terminal to read the PIN\n");
        return std::nullopt;
    }
    promptTerminal = terminal;
    for (const int signalNumber : { SIGINT, SIGTERM, SIGHUP, SIGQUIT }) {
        signal(signalNumber, restoreEchoAndDie);
    }
    const std::optional<QByteArray> first = askSilently(terminal, "Kiosk administrator PIN: ");
    const std::optional<QByteArray> second
        = first ? askSilently(terminal, "The same PIN again: ") : std::optional<QByteArray>();
    for (const int signalNumber : { SIGINT, SIGTERM, SIGHUP, SIGQUIT }) {
        signal(signalNumber, SIG_DFL);
    }
    close(terminal);
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
    } else if (const std::optional<QByteArray> line = readLine(STDIN_FILENO)) {
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
