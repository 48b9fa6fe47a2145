#!/usr/bin/python3
"""Screenshots for the documentation: the main window with recordings running, in one language.
Run through run-e2e.sh's environment: tests/e2e/run-e2e.sh VIGIE OUT_DIR screenshots fr|en"""
import os
import subprocess
import time

import pyatspi

from vigie_e2e import NAMES, Scenario


def take(scenario: Scenario, output: str):
    scenario.launch([])
    agents = scenario.wait_connected()
    table = agents.queryTable()
    for row in (0, 2, 5):
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
