#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Screenshots for the documentation: the main window with recordings running, in one language.
Run through run-e2e.sh's environment: tests/e2e/run-e2e.sh VIGIE OUT_DIR screenshots fr|en"""
import os
import subprocess
import time

import pyatspi

from vigie_e2e import NAMES, Scenario


# A supervisor scoped to the teams they lead and to one more, whose screen recording is off in
# CXone: the window shows the scope line and the warning mark on that team.
SCOPE = "[Scope]\nTeams=Recouvrement Lille\nLedTeams=true\n"
TEAM_RECORDING_OFF = "Recouvrement Lille"


def take(scenario: Scenario, output: str):
    config = os.path.join(scenario.args.work, "scope.conf")
    with open(config, "w", encoding="utf-8") as file:
        file.write(SCOPE)
    scenario.launch([], ["--config", config])
    agents = scenario.wait_connected(agents_listed=None)
    time.sleep(1)  # the states arrive with the list; let the first paint settle
    table = agents.queryTable()
    recordable = [row for row in range(table.nRows)
                  if not scenario.cell(agents, row, 1).startswith(TEAM_RECORDING_OFF)]
    for row in (recordable[0], recordable[2], recordable[5]):
        table.addRowSelection(row)
    start = scenario.find("push button", scenario.names["start"])
    scenario.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 5, "start enabled")
    scenario.press(start)
    active = scenario.table(scenario.names["active"])
    scenario.wait_for(lambda: active.queryTable().nRows == 3, 10, "three recordings")
    time.sleep(3)
    subprocess.run(["import", "-window", "root", "-crop", "1200x760+0+0", "+repage", output], check=True)


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--vigie")
    parser.add_argument("--artifacts")
    parser.add_argument("--scenario")
    parser.add_argument("--language")
    parser.add_argument("--work")
    args = parser.parse_args()
    scenario = Scenario(args)
    try:
        take(scenario, os.path.join(args.artifacts, f"screenshot-{args.language}.png"))
    finally:
        scenario.process.terminate()


if __name__ == "__main__":
    main()
