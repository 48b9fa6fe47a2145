// SPDX-License-Identifier: Apache-2.0
#include "launch/TerminalPrompt.h"

#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr int kSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

// The terminal to give its echo back if a signal ends the process during a prompt.
int promptTerminal = -1;
termios savedTerminal {};

void restoreEchoAndDie(int signalNumber)
{
    tcsetattr(promptTerminal, TCSAFLUSH, &savedTerminal);
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
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
} // namespace

TerminalPrompt::TerminalPrompt()
{
    const int terminal = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (terminal < 0) {
        return;
    }
    if (tcgetattr(terminal, &m_saved) != 0) {
        close(terminal);
        return;
    }
    m_terminal = terminal;
    promptTerminal = terminal;
    savedTerminal = m_saved;
    for (const int signalNumber : kSignals) {
        signal(signalNumber, restoreEchoAndDie);
    }
}

TerminalPrompt::~TerminalPrompt()
{
    if (m_terminal < 0) {
        return;
    }
    for (const int signalNumber : kSignals) {
        signal(signalNumber, SIG_DFL);
    }
    close(m_terminal);
}

std::optional<QByteArray> TerminalPrompt::ask(const char *prompt, bool secret)
{
    if (m_terminal < 0) {
        return std::nullopt;
    }
    // Echo goes off before the prompt shows: a secret typed ahead must not appear, nor be flushed.
    termios quiet = m_saved;
    if (secret) {
        quiet.c_lflag &= ~tcflag_t(ECHO);
    }
    tcsetattr(m_terminal, TCSAFLUSH, &quiet);
    write(m_terminal, prompt);
    const std::optional<QByteArray> answer = readLine(m_terminal);
    tcsetattr(m_terminal, TCSAFLUSH, &m_saved);
    if (secret) {
        write(m_terminal, "\n");
    }
    return answer;
}

std::optional<QByteArray> TerminalPrompt::readLine(int fd, int longest)
{
    QByteArray line;
    char character = 0;
    while (line.size() < longest) {
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
