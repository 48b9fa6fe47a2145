#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Two real Vigie stations of one site, driven from outside through AT-SPI only (issue #25).

Station QA1 runs the demo's CXone simulator, station QA2 joins it (--demo-join), and both share a
site registry: a PostgreSQL 15 server this script starts in a folder of its own (unix socket only)
and stops at the end. Each station has its own ledger, audit trail, HOME, XDG folders and runtime
directory. QA1 is signed in by the demo supervisor, QA2 by another supervisor of the demo tenant
(--demo-as-quality-supervisor). What is proven, as a supervisor sees it:
  A starts X for 1 h; B's row for X reads "Recorded by ... (QA1)" within 1 s (the delay is printed);
  B's Start of X sends nothing to CXone (the simulator's request log, the registry's events);
  B's Stop of X asks first, naming A's supervisor; after "Stop them" CXone ends the recording, A
  hears it, and B's audit trail and the registry hold the stop under B's supervisor (not A's) and
  station, crediting the start to A's supervisor and station.
"""
import argparse
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import pyatspi

from vigie_e2e import Failure, Scenario

PG_BIN = "/usr/lib/postgresql/15/bin"
SUPERVISOR_A = "demo-supervisor"  # the demo key's ID: what QA1's audit trail names
ONE_HOUR = 3600
AGENTS = 60


class Registry:
    """A PostgreSQL 15 server of this run, set up as docs/registry.md tells an administrator."""

    def __init__(self):
        # A folder of its own, not inside the run's (private to root): the server's account enters it.
        self.folder = tempfile.mkdtemp(prefix="vigie-pg-")
        self.data = os.path.join(self.folder, "data")
        self.as_server = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            postgres = pwd.getpwnam("postgres")
            os.chown(self.folder, postgres.pw_uid, postgres.pw_gid)
            self.as_server = ["runuser", "-u", "postgres", "--"]
        self.running = False

    def start(self):
        self.server([f"{PG_BIN}/initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                     "--no-sync"])
        self.server([f"{PG_BIN}/pg_ctl", "-D", self.data, "-l", os.path.join(self.folder, "server.log"), "-w",
                     "-t", "30", "-o", f"-k {self.folder} -c listen_addresses='' -p 5432 -c fsync=off", "start"])
        self.running = True
        self.sql("postgres", "postgres",
                 "CREATE ROLE vigie_owner LOGIN; CREATE ROLE vigie_station NOLOGIN;"
                 "CREATE ROLE station_qa1 LOGIN IN ROLE vigie_station;"
                 "CREATE ROLE station_qa2 LOGIN IN ROLE vigie_station;")
        self.sql("postgres", "postgres", "CREATE DATABASE vigie OWNER vigie_owner")

    def stop(self):
        if self.running:
            self.server([f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"])
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def server(self, command):
        subprocess.run(self.as_server + command, check=True, stdout=subprocess.DEVNULL)

    def sql(self, user, database, statement):
        result = subprocess.run([f"{PG_BIN}/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h",
                                 self.folder, "-U", user, "-d", database, "-c", statement],
                                check=True, capture_output=True, text=True)
        return result.stdout.strip()

    def config(self, path, user, station):
        with open(path, "w") as ini:
            ini.write(f"[Registry]\nHost={self.folder}\nPort=5432\nDatabase=vigie\nUser={user}\nStation={station}\n")
        return path


class Station(Scenario):
    """One Vigie window, found on the accessibility bus by its process id."""

    def __init__(self, args, name, work):
        station_args = argparse.Namespace(**vars(args))
        station_args.work = work
        super().__init__(station_args)
        self.name = name
        self.home = work

    def launch_station(self, config, extra_arguments, environment=None):
        for folder in ("run", "config", "data"):
            os.makedirs(os.path.join(self.home, folder), mode=0o700, exist_ok=True)
        env = dict(os.environ, HOME=self.home, XDG_RUNTIME_DIR=os.path.join(self.home, "run"),
                   XDG_CONFIG_HOME=os.path.join(self.home, "config"), XDG_DATA_HOME=os.path.join(self.home, "data"),
                   **(environment or {}))
        command = [self.args.vigie, "--demo", "--language", self.args.language, "--no-animations",
                   "--config", config, "--ledger", os.path.join(self.home, "ledger.json"),
                   "--audit-log", self.audit_path(), *extra_arguments]
        self.log = open(os.path.join(self.shots, "vigie.log"), "w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.app = self.wait_for(self.find_app, 30, f"station {self.name} on the accessibility bus")

    def find_app(self):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "Vigie" and app.get_process_id() == self.process.pid:
                return app
        return None

    def audit_path(self):
        return os.path.join(self.home, "audit.jsonl")

    def log_text(self):
        self.log.flush()
        with open(os.path.join(self.shots, "vigie.log"), errors="replace") as log:
            return log.read()

    def row_of(self, table, agent):
        for row in range(table.queryTable().nRows):
            if self.cell(table, row, 0) == agent:
                return row
        return None

    def row_text(self, table, row):
        return " | ".join(self.cell(table, row, c) for c in range(table.queryTable().nColumns))

    def select_only(self, table, row):
        selection = table.queryTable()
        for selected in selection.getSelectedRows():
            selection.removeRowSelection(selected)
        selection.addRowSelection(row)

    @staticmethod
    def labels_in(root):
        texts, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is not None:
                if node.getRoleName() == "label":
                    texts.append(node.name)
                stack.extend(child for child in node)
        return texts

    def audit_entries(self):
        with open(self.audit_path()) as trail:
            return [json.loads(line) for line in trail if line.strip()]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_requests(simulator_log):
    """The start requests that reached the simulator, as it logs each request (vigie.simulator)."""
    return sum(1 for line in simulator_log.splitlines()
               if "start-screen-interaction-recording" in line and "CXone simulator" not in line)


def stop_requests(simulator_log):
    return sum(1 for line in simulator_log.splitlines() if "stop-screen-interaction-recording" in line)


class TwoStations:
    def __init__(self, args):
        self.args = args
        self.registry = Registry()
        self.a = Station(args, "QA1", os.path.join(args.work, "qa1"))
        self.b = Station(args, "QA2", os.path.join(args.work, "qa2"))

    def step(self, title):
        self.a.step(title)

    def run_scenario(self):
        registry = self.registry
        registry.start()
        owner = registry.config(os.path.join(self.args.work, "owner.ini"), "vigie_owner", "owner")
        subprocess.run([self.args.vigie, "--config", owner, "--registry-migrate"], check=True,
                       stdout=subprocess.DEVNULL, env=dict(os.environ, HOME=self.args.work))
        registry.sql("vigie_owner", "vigie",
                     "INSERT INTO vigie.stations VALUES ('QA1', 'station_qa1'), ('QA2', 'station_qa2')")

        port = free_port()
        # QA1 hosts the site's one CXone and logs every request it serves.
        self.a.launch_station(registry.config(os.path.join(self.args.work, "qa1.ini"), "station_qa1", "QA1"),
                              ["--demo-port", str(port), "--demo-seed", "7"],
                              {"QT_LOGGING_RULES": "vigie.simulator.debug=true"})
        agents_a = self.a.wait_connected(AGENTS)
        self.b.launch_station(registry.config(os.path.join(self.args.work, "qa2.ini"), "station_qa2", "QA2"),
                              ["--demo-join", str(port), "--demo-as-quality-supervisor"])
        agents_b = self.b.wait_connected(AGENTS)
        self.step("two stations signed in")

        # A starts X for one hour.
        agent = self.a.cell(agents_a, 0, 0)
        row_b = self.b.row_of(agents_b, agent)
        if row_b is None:
            raise Failure(f"station QA2 does not list {agent}")
        self.a.set_duration(self.a.find("slider", self.a.names["slider"]), ONE_HOUR)
        self.a.select_only(agents_a, 0)
        start_a = self.a.find("push button", self.a.names["start"])
        self.a.wait_for(lambda: start_a.getState().contains(pyatspi.STATE_ENABLED), 5, "A's Start to be enabled")
        active_a = self.a.table(self.a.names["active"])
        self.a.press(start_a)

        # From A's recording in its list (CXone answered A) to B's row naming it, looked at every 10 ms.
        started_at = shown_at = None
        deadline = time.monotonic() + 15
        while (started_at is None or shown_at is None) and time.monotonic() < deadline:
            now = time.monotonic()
            if started_at is None and active_a.queryTable().nRows == 1:
                started_at = now
            if shown_at is None and "Recorded by" in self.b.row_text(agents_b, row_b):
                shown_at = now
            time.sleep(0.01)
        if started_at is None:
            raise Failure(f"A's recording never showed in A's list ({active_a.queryTable().nRows} rows)")
        if shown_at is None:
            raise Failure(f"B never showed A's recording: {self.b.row_text(agents_b, row_b)}")
        # B may even show it first: A's list and B's registry read race after CXone's answer.
        delay = max(0.0, shown_at - started_at)
        print(f"e2e[two-stations] B showed A's recording {delay * 1000:.0f} ms after A's start was answered",
              flush=True)
        shown = self.b.row_text(agents_b, row_b)
        if f"Recorded by {SUPERVISOR_A} (QA1) until" not in shown:
            raise Failure(f"B's row for {agent} does not say who records it and until when: {shown}")
        if delay > 1.0:
            raise Failure(f"B showed A's recording {delay:.2f} s after A's start, more than 1 s")
        if start_requests(self.a.log_text()) != 1:
            raise Failure(f"the simulator did not see exactly one start: {start_requests(self.a.log_text())}")
        self.step("B shows A's recording")

        # B's Start of X: claimed in the registry, refused there, nothing reaches CXone.
        self.b.set_duration(self.b.find("slider", self.b.names["slider"]), 600)
        self.b.select_only(agents_b, row_b)
        start_b = self.b.find("push button", self.b.names["start"])
        self.b.wait_for(lambda: start_b.getState().contains(pyatspi.STATE_ENABLED), 5, "B's Start to be enabled")
        self.b.press(start_b)
        self.b.wait_for(lambda: "Another station of the site is already recording this agent" in self.b.latest_event(),
                        10, "B to say another station records the agent")
        time.sleep(0.5)  # anything B might still send would reach the simulator by now
        if start_requests(self.a.log_text()) != 1:
            raise Failure("B's Start of an agent A records reached CXone")
        starts_from_b = registry.sql("vigie_owner", "vigie",
                                     "SELECT count(*) FROM vigie.events WHERE station = 'QA2' AND kind = 'start'")
        if starts_from_b != "0":
            raise Failure(f"the registry holds {starts_from_b} starts from QA2")
        # B's trail refuses the Start naming A's supervisor as the holder, under B's own: who B is signed in as.
        refused = self.b.wait_for(lambda: next((e for e in self.b.audit_entries()
                                                if e.get("action") == "start" and e.get("agent") == agent
                                                and e.get("result") == "refused"), None),
                                  5, "B's refused Start in B's audit trail")
        held_by_a = f"held-by-another-station: recorded by {SUPERVISOR_A} from station QA1"
        if not refused.get("detail", "").startswith(held_by_a):
            raise Failure(f"B's audit entry for its refused Start does not name A's supervisor: {refused}")
        supervisor_b = refused.get("supervisor")
        if not supervisor_b or supervisor_b == SUPERVISOR_A:
            raise Failure(f"B is not signed in by another supervisor than A's {SUPERVISOR_A}: {refused}")
        self.step("B's start refused, nothing sent")

        # B's Stop of A's recording: a question naming who started it, then the stop, under B.
        stop_b = self.b.find("push button", "Stop recording")
        self.b.wait_for(lambda: stop_b.getState().contains(pyatspi.STATE_ENABLED), 5, "B's Stop to be enabled")
        self.b.press(stop_b)
        question = self.b.find("alert")
        text = " ".join(self.b.labels_in(question))
        if agent not in text or f"{SUPERVISOR_A} (QA1)" not in text:
            raise Failure(f"the question does not name the agent and who started it: {text!r}")
        self.step("B asked before stopping")
        self.b.press(self.b.find("push button", "Stop them", root=question))
        self.a.wait_for(lambda: active_a.queryTable().nRows == 0, 10, "A to hear its recording was stopped")
        if stop_requests(self.a.log_text()) < 1:
            raise Failure("no stop reached CXone")
        stops = registry.sql("vigie_owner", "vigie",
                             "SELECT supervisor FROM vigie.events WHERE station = 'QA2' AND kind = 'stop'")
        if stops != supervisor_b:
            raise Failure(f"the registry's stops from QA2 are not one by B's {supervisor_b}: {stops!r}")
        entry = self.b.wait_for(lambda: next((e for e in self.b.audit_entries()
                                              if e.get("action") == "stop" and e.get("agent") == agent), None),
                                5, "the stop in B's audit trail")
        expected = {"supervisor": supervisor_b, "result": "stopped",
                    "detail": f"started by {SUPERVISOR_A} from station QA1"}
        if any(entry.get(key) != value for key, value in expected.items()):
            raise Failure(f"B's audit entry for the stop is not B's: {entry}")
        # The site's copy of the evidence holds it under QA2 (QA1's own Stop, sent on hearing of it, finds
        # it already ended).
        audited = ("SELECT station || ' ' || (line::jsonb->>'supervisor') || ': ' || (line::jsonb->>'detail') "
                   "FROM vigie.audit_entries "
                   "WHERE line::jsonb->>'action' = 'stop' AND line::jsonb->>'result' = 'stopped'")
        self.b.wait_for(lambda: registry.sql("vigie_owner", "vigie", audited)
                        == f"QA2 {supervisor_b}: {expected['detail']}", 10,
                        "the stop in the registry's audit entries, under QA2 and B's supervisor")
        self.b.wait_for(lambda: "Recorded by" not in self.b.row_text(agents_b, row_b), 5, "B's row to clear")
        self.step("B stopped A's recording")

    def run(self):
        try:
            self.run_scenario()
            print("e2e[two-stations/en] passed", flush=True)
            return 0
        except Exception as error:  # keep every screenshot and both logs for whoever reads it
            self.step("failure")
            target = os.path.join(self.args.artifacts, "two-stations")
            shutil.rmtree(target, ignore_errors=True)
            os.makedirs(target)
            for station in (self.a, self.b):
                shutil.copytree(station.shots, os.path.join(target, station.name))
                if station.log:
                    print(f"--- {station.name}\n" + "".join(station.log_text().splitlines(True)[-20:]),
                          file=sys.stderr)
            print(f"e2e[two-stations] FAILED: {error}; screenshots in {target}", file=sys.stderr, flush=True)
            return 1
        finally:
            for station in (self.b, self.a):
                if station.process:
                    station.process.terminate()
                    station.process.wait(10)
            self.registry.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vigie", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--scenario", choices=["two-stations"], required=True)
    parser.add_argument("--language", choices=["en"], required=True)
    parser.add_argument("--work", required=True)
    sys.exit(TwoStations(parser.parse_args()).run())


if __name__ == "__main__":
    main()
