"""The break window as a screen reader meets it: the real app under Xvfb with an AT-SPI bus,
read through pyatspi (the system Python's; see atspi_reader.py). Names, roles, the figure's
description and the announcements when the break appears and when its steps begin."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import Desktop, missing_tools, start_desktop
from tests.e2e.test_app import BREAK_TITLE, App
from tests.e2e.test_records_e2e import _accept_the_note
from tools.control import wait_for

READER = Path(__file__).with_name("atspi_reader.py")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture
def a11y_desktop(tmp_path: Path) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing or not LAUNCHER.exists():
        pytest.fail(f"needs {', '.join(missing) or LAUNCHER}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path / "home")
    try:
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               env=desk.env, stdout=subprocess.PIPE, text=True)
        desk.procs.append(bus)  # type: ignore[arg-type]
        assert bus.stdout is not None
        desk.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        bus.stdout.close()  # it prints nothing more
        desk.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        desk.procs.append(subprocess.Popen([str(LAUNCHER), "--launch-immediately"],
                                           env=desk.env, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        yield desk
    finally:
        desk.stop()


@pytest.fixture
def app(a11y_desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(a11y_desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def _dump(desk: Desktop) -> list[dict[str, Any]]:
    out = subprocess.run([SYSTEM_PYTHON, str(READER), "dump"], env=desk.env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def _break_window(desk: Desktop) -> list[dict[str, Any]]:
    """The nodes of the break window that are on screen now."""
    for app in _dump(desk):
        nodes = app["tree"]
        for i, node in enumerate(nodes):
            if node["name"] == "Movement break" and node["depth"] == 1:
                below = []
                for child in nodes[i + 1:]:
                    if child["depth"] <= 1:
                        break
                    below.append(child)
                return [n for n in below if n["showing"]]
    return []


def test_a_screen_reader_hears_the_break_and_reads_its_window(app: App,
                                                               a11y_desktop: Desktop) -> None:
    desk = a11y_desktop
    listener = subprocess.Popen([SYSTEM_PYTHON, str(READER), "listen", "60"], env=desk.env,
                                stdout=subprocess.PIPE, text=True)
    try:
        assert listener.stdout is not None
        assert json.loads(listener.stdout.readline()) == {"ready": True}
        for key, value in (("idle_minutes", "30"), ("break_seconds", "600")):
            app.cli("config", "set", key, value)
        app.start(scale=1)  # real time: step 1 stays on screen while it is read
        app.cli("break-now")
        window = wait_for(lambda: desk.visible_window(BREAK_TITLE), 30, "the break window")
        appeared = json.loads(listener.stdout.readline())
        assert appeared["type"] == "object:announcement"
        assert appeared["source"] == "Movement break"
        assert appeared["text"] == ("Movement break. Before it starts: "
                                    "Move gently, and listen to your body")
        note = _break_window(desk)
        names = {(n["role"], n["name"]) for n in note}
        assert ("push button", "I understand, show the exercises") in names
        assert ("push button", "When to get help") in names
        assert any(n["role"] == "label" and "emergency care now" in n["name"] for n in note)

        _accept_the_note(app, desk, window, 600)
        step = json.loads(listener.stdout.readline())
        assert step["text"].startswith("Step 1 of ")
        player = wait_for(lambda: [n for n in _break_window(desk)
                                   if n["name"] == "Done: finish the break now"] and
                          _break_window(desk), 20, "the player page")
        roles = {(n["role"], n["name"]) for n in player}
        for button in ("Done: finish the break now", "Swap this exercise for another",
                       "Snooze the break for 5 minutes",
                       "This exercise's cautions and who should leave it out",
                       "When to get help"):
            assert ("push button", button) in roles, button
        assert ("progress bar", "Break progress") in roles
        figure = next(n for n in player if n["name"] == "Illustration")
        assert ", step 1 of " in figure["description"]
        assert step["text"].split(": ", 1)[1] in figure["description"]
        assert any(n["role"] == "label" and n["name"].endswith(" left") for n in player)
        app.cli("done")
        app.quit()
    finally:
        listener.kill()
        listener.wait()
        if listener.stdout is not None:
            listener.stdout.close()
