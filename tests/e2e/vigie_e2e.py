#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""End-to-end scenarios that drive the real Vigie from outside, through AT-SPI only.

Widgets are found by role and accessible name (docs/automation.md), never by position.
Each step leaves a screenshot; they are kept in the artifact folder when a scenario fails.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

import pyatspi

NAMES = {
    "en": {
        "connected": "Connected to the CXone simulator (demo)",
        "search": "Search agents", "agents": "Agents", "active": "Active recordings",
        "slider": "Recording duration", "exact": "Exact recording duration",
        "start": "Start recording", "stop_selected": "Stop the selected recordings",
        "forbidden": "Record Screen Interaction", "locked": "still processing",
        "latest": "Latest event", "other_language": "Français", "start_after_switch": "Démarrer l'enregistrement",
        "no_match": "No agent matches \u201c{}\u201d.", "clear_search": "Clear the search",
        "ended": "1 recording ended",
    },
    "fr": {
        "connected": "Connecté au simulateur CXone (démo)",
        "search": "Chercher des agents", "agents": "Agents", "active": "Enregistrements en cours",
        "slider": "Durée de l'enregistrement", "exact": "Durée exacte de l'enregistrement",
        "start": "Démarrer l'enregistrement", "stop_selected": "Arrêter les enregistrements sélectionnés",
        "forbidden": "Record Screen Interaction", "locked": "traite encore",
        "latest": "Dernier événement", "other_language": "English", "start_after_switch": "Start recording",
        "no_match": "Aucun agent ne correspond à «\u00a0{}\u00a0».", "clear_search": "Effacer la recherche",
        "ended": "1 enregistrement terminé",
    },
}


# Roles of the nodes a supervisor operates: each must carry a name (docs/automation.md).
INPUT_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
               "spin button", "slider", "table", "list", "tree", "page tab list", "page tab", "menu item", "entry"}
# Parts of a table or list, named by their text (an empty cell is empty): checked through their owner.
# Columns of the active recordings (ActiveRecordingsModel::Column).
ACTIVE_STARTED_AT, ACTIVE_ENDS_AT, ACTIVE_TIME_LEFT = 3, 4, 5
ITEM_ROLES = {"table cell", "list item", "table column header", "table row header", "column header", "row header"}


class Failure(Exception):
    pass


class Scenario:
    def __init__(self, args):
        self.args = args
        self.names = NAMES[args.language]
        self.step_number = 0
        self.shots = os.path.join(args.work, "shots")
        os.makedirs(self.shots, exist_ok=True)
        self.process = None
        self.log = None
        self.app = None

    # --- plumbing -------------------------------------------------------------------------
    def launch(self, faults, extra_arguments=()):
        command = [self.args.vigie, "--demo", "--demo-seed", "7", "--language", self.args.language,
                   "--no-animations", "--ledger", os.path.join(self.args.work, "ledger.json"),
                   "--audit-log", os.path.join(self.args.work, "audit.jsonl"), *extra_arguments]
        for fault in faults:
            command += ["--demo-fault", fault]
        self.log = open(os.path.join(self.shots, "vigie.log"), "w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        self.app = self.wait_for(self.find_app, 30, "the Vigie application on the accessibility bus")

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "Vigie":
                return app
        return None

    def step(self, title):
        self.step_number += 1
        print(f"e2e[{self.args.scenario}/{self.args.language}] {self.step_number:02d} {title}", flush=True)
        subprocess.run(["import", "-window", "root",
                        os.path.join(self.shots, f"{self.step_number:02d}-{title.replace(' ', '-')}.png")],
                       check=False, stderr=subprocess.DEVNULL)

    @staticmethod
    def wait_for(function, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                result = function()
            except Exception:  # the tree changes under our feet while the app works
                result = None
            if result:
                return result
            time.sleep(0.1)
        raise Failure(f"timed out waiting for {what}")

    @staticmethod
    def showing(node):
        states = node.getState()
        return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)

    def find(self, role, name=None, predicate=None, root=None, must_show=True):
        def search():
            stack = [root or self.app]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                if node.getRoleName() == role and (name is None or node.name == name) \
                        and (predicate is None or predicate(node)) and (not must_show or self.showing(node)):
                    return node
                stack.extend(child for child in node)
            return None
        return self.wait_for(search, 15, f"{role} '{name or ''}'")

    def unnamed_controls(self):
        """Every showing node that takes input or focus and has no name, as 'role (parent)'."""
        unnamed = []
        stack = [self.app]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            role = node.getRoleName()
            if role in ITEM_ROLES:
                continue
            states = node.getState()
            operable = role in INPUT_ROLES or states.contains(pyatspi.STATE_FOCUSABLE)
            if operable and states.contains(pyatspi.STATE_SHOWING) and not node.name:
                unnamed.append(f"{role} (in {node.parent.getRoleName()} '{node.parent.name}')")
            if role not in ("table", "list", "tree"):  # their children are cells and items
                stack.extend(child for child in node)
        return unnamed

    def check_everything_named(self):
        unnamed = self.unnamed_controls()
        if unnamed:
            raise Failure(f"controls without a name: {unnamed}")

    def set_duration(self, slider, seconds):
        slider.queryValue().currentValue = seconds
        self.wait_for(lambda: slider.queryValue().currentValue == seconds, 5, f"the slider to hold {seconds} s")

    @staticmethod
    def press(node):
        node.queryAction().doAction(0)

    @staticmethod
    def focus(node):
        actions = node.queryAction()
        names = [actions.getName(index) for index in range(actions.nActions)]
        if "SetFocus" not in names:
            raise Failure(f"no SetFocus action among {names}")
        actions.doAction(names.index("SetFocus"))

    def latest_event(self):
        return self.find("label", predicate=lambda n: n.description == self.names["latest"]).name

    def table(self, name):
        return self.find("table", name)

    @staticmethod
    def cell(table, row, column):
        return table.queryTable().getAccessibleAt(row, column).name

    def check_lasts_600_seconds(self, active, row):
        """The row's start and end times, as the locale writes them, are 600 s apart."""
        def seconds(text):
            found = re.search(r"(\d+):(\d\d):(\d\d)\s*([AP]M)?", text)
            if not found:
                raise Failure(f"not a time of day: {text!r}")
            hours, minutes, secs, half = int(found[1]), int(found[2]), int(found[3]), found[4]
            if half:
                hours = hours % 12 + (12 if half == "PM" else 0)
            return hours * 3600 + minutes * 60 + secs
        started = self.cell(active, row, ACTIVE_STARTED_AT)
        ends = self.cell(active, row, ACTIVE_ENDS_AT)
        if (seconds(ends) - seconds(started)) % 86400 != 600:
            columns = [self.cell(active, row, column) for column in range(active.queryTable().nColumns)]
            raise Failure(f"the recording started is not 600 s long: {columns}")

    # --- keyboard: real key events through XTest, as a person typing -------------------------
    @staticmethod
    def key(combination):
        from dogtail import rawinput  # noqa: imported late: only the keyboard scenario types
        rawinput.keyCombo(combination)
        time.sleep(0.2)

    @staticmethod
    def type_text(text):
        from dogtail import rawinput
        rawinput.typeText(text)
        time.sleep(0.3)

    # --- the supervisor's flow -------------------------------------------------------------
    def wait_connected(self, agents_listed=60):
        self.find("label", self.names["connected"])
        agents = self.table(self.names["agents"])
        def listed():
            rows = agents.queryTable().nRows
            return rows == agents_listed if agents_listed else rows > 0
        self.wait_for(listed, 15, f"{agents_listed or 'the'} agents in the list")
        return agents

    def search(self, agents, text):
        field = self.find("text", self.names["search"])
        field.queryEditableText().setTextContents(text)
        rows = self.wait_for(lambda: agents.queryTable().nRows if 0 < agents.queryTable().nRows < 60 else None,
                             10, "the search to filter the list")
        for row in range(rows):
            if text.lower() not in " ".join(self.cell(agents, row, c) for c in (0, 1)).lower():
                raise Failure(f"row {row} does not match '{text}'")
        return rows

    def mouse_flow(self):
        self.launch(["start-screen:403:1", "start-screen:425:4"])
        agents = self.wait_connected()
        self.step("signed in")

        first_name = self.cell(agents, 0, 0)
        last_name = first_name.split(" ", 1)[1]
        self.search(agents, last_name)
        self.step("searched")

        # The slider's accessible value is the duration in seconds (docs/automation.md).
        slider = self.find("slider", self.names["slider"])
        self.set_duration(slider, 600)
        exact = self.find("spin button", self.names["exact"])
        self.wait_for(lambda: "0:10:00" in exact.queryText().getText(0, -1), 5, "the entry to follow the slider")
        self.step("duration with the slider")

        exact.queryEditableText().setTextContents("0:12:00")
        self.wait_for(lambda: slider.queryValue().currentValue == 720, 5, "the slider to say 720 seconds")
        if exact.queryValue().currentValue != 720:
            raise Failure(f"the entry's accessible value is not 720 seconds: {exact.queryValue().currentValue}")
        self.step("duration with the entry")

        agents.queryTable().addRowSelection(0)
        agent = self.cell(agents, 0, 0)
        start = self.find("push button", self.names["start"])
        self.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 5, "start to be enabled")
        self.press(start)
        self.wait_for(lambda: self.names["forbidden"] in self.latest_event(), 10, "the 403 message")
        self.step("403 explained")

        self.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 10, "start to be enabled again")
        self.press(start)
        self.wait_for(lambda: self.names["locked"] in self.latest_event(), 20, "the 425 message")
        self.step("425 explained")

        self.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 10, "start to be enabled again")
        self.press(start)
        active = self.table(self.names["active"])
        self.wait_for(lambda: active.queryTable().nRows == 1, 10, "the recording in the active list")
        # The countdown cell speaks its value ("11 min 58 s") to assistive technologies.
        first = self.cell(active, 0, 5).replace("\u00a0", " ")
        self.wait_for(lambda: self.cell(active, 0, 5) != first, 5, f"the countdown to move from {first}")
        if not first.startswith("12 min") and not first.startswith("11 min"):
            raise Failure(f"the countdown does not start from the chosen 12 minutes: {first}")
        self.step("countdown running")

        if agent not in self.cell(active, 0, 0):
            raise Failure(f"the active recording is not {agent}'s")
        # With a search typed (its clear button shows) and a recording running: nothing unnamed.
        self.check_everything_named()
        self.step("every control named")
        active.queryTable().addRowSelection(0)
        self.press(self.find("push button", self.names["stop_selected"]))
        self.wait_for(lambda: active.queryTable().nRows == 0, 10, "the recording to stop")
        self.step("stopped")

        # Menu items are reachable (and triggerable) without opening their menu.
        self.press(self.find("menu item", self.names["other_language"], must_show=False))
        self.find("push button", self.names["start_after_switch"])
        self.step("language switched")

    def keyboard_flow(self):
        self.launch([])
        agents = self.wait_connected()
        first_name = self.cell(agents, 0, 0)
        self.step("signed in")
        self.key("<Control>f")
        self.type_text(first_name.split(" ", 1)[1])
        self.wait_for(lambda: 0 < agents.queryTable().nRows < 60, 10, "the search typed on the keyboard")
        self.step("searched by keyboard")
        # A screen reader sets the duration through the slider's Value interface, in seconds;
        # that duration, and no other, is the one CXone is asked for.
        self.set_duration(self.find("slider", self.names["slider"]), 600)
        self.step("600 seconds set through the Value interface")
        for _ in range(3):  # search -> team -> state -> agents
            self.key("Tab")
        self.key("<Control>Home")
        self.key("<Control>space")
        self.key("<Control>r")
        active = self.table(self.names["active"])
        self.wait_for(lambda: active.queryTable().nRows == 1, 10, "the recording started with Ctrl+R")
        self.check_lasts_600_seconds(active, 0)
        self.step("started by keyboard")
        self.key("<Control><Shift>r")
        self.wait_for(lambda: active.queryTable().nRows == 0, 10, "the recording stopped with Ctrl+Shift+R")
        self.step("stopped by keyboard")

    def rows_flow(self):
        """Row actions without the mouse: the bound button of a selected row, then Shift+F10 on a row."""
        self.launch([])
        agents = self.wait_connected()
        self.check_everything_named()
        self.step("signed in, every control named")
        # 600 through the Value interface is a 600 s recording.
        self.set_duration(self.find("slider", self.names["slider"]), 600)
        table = agents.queryTable()
        table.addRowSelection(0)
        table.addRowSelection(1)
        start = self.find("push button", self.names["start"])
        self.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 5, "start to be enabled")
        self.press(start)
        active = self.table(self.names["active"])
        self.wait_for(lambda: active.queryTable().nRows == 2, 10, "two recordings in the active list")
        for row in range(2):
            self.check_lasts_600_seconds(active, row)
            left = self.cell(active, row, ACTIVE_TIME_LEFT).replace("\u00a0", " ")
            if not (left.startswith("10 min") or left.startswith("9 min")):
                raise Failure(f"the countdown does not start from 600 s: {left}")
        self.step("two 600 s recordings")

        # The row's Stop through accessibility: select it, press the button bound to the selection.
        stopped = self.cell(active, 1, 0)
        kept = self.cell(active, 0, 0)
        active.queryTable().addRowSelection(1)
        self.press(self.find("push button", self.names["stop_selected"]))
        self.wait_for(lambda: active.queryTable().nRows == 1, 10, f"{stopped}'s recording to stop")
        if self.cell(active, 0, 0) != kept:
            raise Failure(f"the wrong recording stopped: {kept} is gone")
        self.step("selected row stopped")

        # Keys only: Shift+Tab from the button under it (enabled by a selection) reaches the list,
        # Shift+F10 opens the current row's menu, Stop is its first item.
        active.queryTable().addRowSelection(0)
        self.focus(self.find("push button", self.names["stop_selected"]))
        self.key("<Shift>Tab")
        self.wait_for(lambda: active.getState().contains(pyatspi.STATE_FOCUSED), 5, "the active list to have focus")
        # Qt leaves popup menus out of the application's tree: a screen reader follows them by their
        # focus events. Down and Return on the list itself would stop nothing; in the menu they
        # choose its first item, Stop.
        self.key("<Shift>F10")
        self.step("row menu open")
        self.key("Down")
        self.key("Return")
        self.wait_for(lambda: active.queryTable().nRows == 0, 10, "the recording stopped from its menu")
        self.step("stopped from the row menu")

    def audited_starts(self):
        """How many starts the audit trail holds as requested: each is written before its request may leave."""
        if not os.path.exists(os.path.join(self.args.work, "audit.jsonl")):
            return 0  # nothing audited yet
        with open(os.path.join(self.args.work, "audit.jsonl"), encoding="utf-8") as trail:
            return sum(1 for line in trail
                       if '"action":"start"' in line.replace(" ", "") and '"result":"requested"' in line.replace(" ", ""))

    def desk_flow(self):
        """A double click that starts nothing, a search that matches nobody, then the tray and the
        desktop notification of a recording that ends."""
        self.launch([])
        agents = self.wait_connected()
        self.step("signed in")

        # A double click on an agent selects it and moves to the duration: it never starts a recording.
        from dogtail import rawinput
        row = 3
        cell = agents.queryTable().getAccessibleAt(row, 0)
        x, y, width, height = cell.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        rawinput.doubleClick(x + width // 2, y + height // 2)
        self.wait_for(lambda: agents.queryTable().isRowSelected(row), 5, "the double click to select the agent")
        if agents.queryTable().nSelectedRows != 1:
            raise Failure(f"the double click selected {agents.queryTable().nSelectedRows} rows")
        time.sleep(2)  # time enough for a start to be written, sent and answered
        active = self.table(self.names["active"])
        if active.queryTable().nRows != 0:
            raise Failure(f"a double click started a recording: {self.cell(active, 0, 0)}")
        if self.cell(agents, row, 4):
            raise Failure(f"a double click changed the agent's recording: {self.cell(agents, row, 4)!r}")
        if self.audited_starts() != 0:
            raise Failure("a double click sent a start: the audit trail holds it")
        self.step("double click started nothing")

        # A search that matches nobody says so, and offers to clear it.
        field = self.find("text", self.names["search"])
        field.queryEditableText().setTextContents("zzzq")
        self.wait_for(lambda: agents.queryTable().nRows == 0, 10, "the search to hide every agent")
        self.find("label", self.names["no_match"].format("zzzq"))
        self.step("empty search said")
        self.press(self.find("push button", self.names["clear_search"]))
        self.wait_for(lambda: agents.queryTable().nRows == 60, 10, "every agent listed again")
        if field.queryText().getText(0, -1):
            raise Failure("clearing the search left text in the field")
        self.step("search cleared")

        self.tray_and_notification(agents, active)

    def tray_and_notification(self, agents, active):
        """A 5 s recording that ends by itself: the trail counts its start (so the count above could
        see one), and where a notification daemon runs, the desktop is told it ended."""
        notifications = os.environ.get("VIGIE_E2E_NOTIFICATIONS")
        self.set_duration(self.find("slider", self.names["slider"]), 5)
        agents.queryTable().addRowSelection(0)
        start = self.find("push button", self.names["start"])
        self.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 5, "start to be enabled")
        self.press(start)
        self.wait_for(lambda: active.queryTable().nRows == 1, 10, "the 5 s recording")
        if self.audited_starts() != 1:
            raise Failure(f"the audit trail holds {self.audited_starts()} starts for one pressed Start")
        self.step("short recording running")
        self.wait_for(lambda: active.queryTable().nRows == 0, 15, "the recording to end by itself")
        if not notifications:
            print(f"e2e[{self.args.scenario}/{self.args.language}] tray and notification check skipped: "
                  "no notification daemon or tray host on this display (notification-daemon, trayer)", flush=True)
            return
        # Qt sends it to the notification daemon where the tray speaks D-Bus (StatusNotifierItem);
        # beside an XEmbed tray such as trayer it draws the balloon itself, at the tray icon, which
        # it does only while that icon is shown in a tray.
        def notified():
            with open(notifications, encoding="utf-8", errors="replace") as log:
                if self.names["ended"] in log.read():
                    return "the notification daemon"
            stack = [self.app]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                if self.names["ended"] in (node.name or "") and self.showing(node):
                    return f"a balloon at the tray icon ({node.getRoleName()})"
                stack.extend(child for child in node)
            return None
        how = self.wait_for(notified, 10, f"the desktop notification '{self.names['ended']}'")
        print(f"e2e[{self.args.scenario}/{self.args.language}] notification shown by {how}", flush=True)
        self.step("notification shown")

    def run(self):
        try:
            {"keyboard": self.keyboard_flow, "rows": self.rows_flow, "desk": self.desk_flow}.get(
                self.args.scenario, self.mouse_flow)()
            print(f"e2e[{self.args.scenario}/{self.args.language}] passed", flush=True)
            return 0
        except Exception as error:  # keep every screenshot for whoever reads the failure
            self.step("failure")
            target = os.path.join(self.args.artifacts, f"{self.args.scenario}-{self.args.language}")
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(self.shots, target)
            print(f"e2e[{self.args.scenario}/{self.args.language}] FAILED: {error}; screenshots in {target}",
                  file=sys.stderr, flush=True)
            if self.log:
                self.log.flush()
                with open(os.path.join(self.shots, "vigie.log")) as log:  # why Vigie did not answer
                    print("".join(log.readlines()[-20:]), file=sys.stderr, flush=True)
            return 1
        finally:
            if self.process:
                self.process.terminate()
                self.process.wait(10)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vigie", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--scenario", choices=["mouse", "keyboard", "rows", "desk"], required=True)
    parser.add_argument("--language", choices=["en", "fr"], required=True)
    parser.add_argument("--work", required=True)
    sys.exit(Scenario(parser.parse_args()).run())


if __name__ == "__main__":
    main()
