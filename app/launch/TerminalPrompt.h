// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>
#include <termios.h>

/** @short Questions typed at the controlling terminal, the secret ones without echo. */
// Asked on /dev/tty, not standard output, so `vigie --hash-pin > file` keeps only the answer in the
// file; the echo comes back even when a signal ends the process at a prompt.
class TerminalPrompt
{
public:
    TerminalPrompt();
    ~TerminalPrompt();
    TerminalPrompt(const TerminalPrompt &) = delete;
    TerminalPrompt &operator=(const TerminalPrompt &) = delete;

    bool isOpen() const { return m_terminal >= 0; }
    // The line typed, without its newline; nullopt when the input ends first.
    std::optional<QByteArray> ask(const char *prompt, bool secret);

    // One line of a file descriptor (standard input, for provisioning scripts), at most longest bytes
    // so that an over-long answer is refused, not cut short.
    static std::optional<QByteArray> readLine(int fd, int longest = 1024);

private:
    int m_terminal = -1;
    termios m_saved {};
};
