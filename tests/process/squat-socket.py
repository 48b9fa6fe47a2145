#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Plays another local user who tries to pass for Vigie: binds a local socket at each given
path it can, answers "ok" to whoever connects, and reports on standard output.

usage: squat-socket.py PATH...
Prints "bound PATH" or "refused PATH ERROR" for each path, then "ready", then "asked" for
every connection it answers. Runs until killed.
"""
import os
import select
import socket
import sys

servers = []
for path in sys.argv[1:]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(path)
        server.listen(8)
    except OSError as error:
        print(f"refused {path} {error.strerror}", flush=True)
        server.close()
        continue
    os.chmod(path, 0o777)
    servers.append(server)
    print(f"bound {path}", flush=True)
print("ready", flush=True)
while servers:
    ready, _, _ = select.select(servers, [], [])
    for server in ready:
        connection, _ = server.accept()
        try:
            # A careful client hangs up without a word once it sees who listens.
            if connection.recv(64):
                print("asked", flush=True)
                connection.sendall(b"ok\n")
        except OSError:
            pass
        connection.close()
