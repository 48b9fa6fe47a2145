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
# Three recordings, each for a purpose of its own, so that the list shows what each is for.
PURPOSE_FIELD = {"en": "Purpose of the recording", "fr": "Finalité de l'enregistrement"}
PURPOSES = {
    "en": ["Coaching", "Quality review", "Investigation of a complaint"],
    "fr": ["Accompagnement (coaching)", "Contrôle qualité", "Instruction d'une réclamation"],
}


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
    rows = (recordable[0], recordable[2], recordable[5])
    purpose = scenario.find("text", PURPOSE_FIELD[scenario.args.language])
    start = scenario.find("push button", scenario.names["start"])
    active = scenario.table(scenario.names["active"])
    for started, (row, what) in enumerate(zip(rows, PURPOSES[scenario.args.language])):
        for selected in table.getSelectedRows():
            table.removeRowSelection(selected)
        table.addRowSelection(row)
        purpose.queryEditableText().setTextContents(what)
        scenario.wait_for(lambda: start.getState().contains(pyatspi.STATE_ENABLED), 5, "start enabled")
        scenario.press(start)
        scenario.wait_for(lambda: active.queryTable().nRows == started + 1, 10, f"{started + 1} recordings")
    for row in rows:
        table.addRowSelection(row)
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
