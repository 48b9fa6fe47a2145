#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs a command on a pseudo-terminal and types an answer at each of its prompts, in order.

usage: type-on-terminal.py PROMPT ANSWER [PROMPT ANSWER ...] -- COMMAND [ARGUMENT ...]
Each answer is typed once the terminal shows the text of its prompt (the end of the question).
Prints everything the terminal showed and exits with the command's exit status.
"""
import os
import pty
import select
import sys

separator = sys.argv.index("--")
questions = sys.argv[1:separator]
command = sys.argv[separator + 1 :]
pid, terminal = pty.fork()
if pid == 0:
    os.execv(command[0], command)

shown = b""


def read_until(token):
    global shown
    while token not in shown:
        ready, _, _ = select.select([terminal], [], [], 20)
        if not ready:
            sys.exit(f"no {token!r} on the terminal; it showed {shown!r}")
        try:
            chunk = os.read(terminal, 4096)
        except OSError:
            chunk = b""
        if not chunk:
            sys.exit(f"the terminal closed before {token!r}; it showed {shown!r}")
        shown += chunk


for prompt, answer in zip(questions[0::2], questions[1::2]):
    read_until(prompt.encode())
    # Only what comes after this prompt may hold the next one.
    os.write(terminal, answer.encode() + b"\n")
    shown_before, shown = shown, b""
    sys.stdout.write(shown_before.decode(errors="replace"))
while True:
    try:
        chunk = os.read(terminal, 4096)
    except OSError:  # EIO: the child closed the terminal
        break
    if not chunk:
        break
    shown += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
