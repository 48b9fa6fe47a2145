#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs `vigie --hash-pin` on a pseudo-terminal and types the given PINs at its prompts.

usage: type-pin-on-terminal.py VIGIE FIRST_PIN SECOND_PIN
Prints everything the terminal showed and exits with vigie's exit status.
"""
import os
import pty
import select
import sys

vigie, first, second = sys.argv[1:4]
pid, terminal = pty.fork()
if pid == 0:
    os.execv(vigie, [vigie, "--hash-pin"])

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


read_until(b"PIN: ")
os.write(terminal, first.encode() + b"\n")
read_until(b"again: ")
os.write(terminal, second.encode() + b"\n")
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
