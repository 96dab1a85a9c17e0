"""Records that lie, on the real desktop: `deskcoach import` beside the running app, and
Enter on a focused button.

Before, the import wrote the settings file itself while the app's settings watcher removed
its temporary file mid-write: the breaks landed, the settings did not, and it said it failed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import BREAK_TITLE, App

pytestmark = pytest.mark.e2e


def _export(n: int) -> dict[str, object]:
    breaks = [{"uid": f"imported-{i}", "due": f"2024-06-03T{9 + i % 8:02d}:00:00+02:00",
               "started": f"2024-06-03T{9 + i % 8:02d}:00:00+02:00",
               "ended": f"2024-06-03T{9 + i % 8:02d}:02:00+02:00", "utc_offset_min": 120,
               "outcome": "completed", "snoozes": 0, "exercises": ["chin-tuck"]}
              for i in range(n)]
    return {"format": "deskcoach-export", "format_version": 1,
            "settings": {"schema_version": 1, "work_minutes": 25, "snooze_minutes": 7},
            "breaks": breaks}


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def test_import_beside_the_running_app_lands_whole_and_applies(app: App,
                                                               tmp_path: Path) -> None:
    app.cli("config", "set", "idle_minutes", "30")
    app.start(scale=1)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(_export(40)))

    done = app.cli("import", str(exported), check=False)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("Imported 40 new breaks, 0 feedback answers, 0 activity "
                                   "spans and 0 assessments; settings restored.")
    status = app.status()
    assert status["seconds_left"] <= 25 * 60  # the running app follows the new work interval
    shown = json.loads(app.cli("config", "show", "--json").stdout)
    assert (shown["work_minutes"]["value"], shown["snooze_minutes"]["value"]) == (25, 7)
    settings = tomllib.loads((app.profile / "config" / "settings.toml").read_text())
    assert (settings["work_minutes"], settings["idle_minutes"]) == (25, 30)
    db = sqlite3.connect(app.profile / "data" / "history.sqlite3")
    try:
        assert db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == 40
    finally:
        db.close()
    assert not [p.name for p in (app.profile / "config").iterdir() if p.name.endswith(".tmp")]

    bad = tmp_path / "bad.json"
    impossible = _export(2)
    impossible["breaks"][1]["ended"] = "2024-06-03T08:00:00+02:00"  # type: ignore[index]
    bad.write_text(json.dumps(impossible))
    refused = app.cli("import", str(bad), check=False)
    assert refused.returncode == 2
    assert "breaks[1].ended (2024-06-03T08:00:00+02:00) is before started" in refused.stderr
    app.quit()


def _accept_the_note(app: App, desktop: Desktop, window: str, length: int) -> None:
    """Enter on the first-break note, until the countdown starts. openbox now and then drops
    an activation, so Enter is sent again, but only after the countdown has had 4 s to start
    (at 60x it moves within 20 ms): a second Enter after the note went would press Done."""
    for _ in range(5):
        desktop.run("xdotool", "windowactivate", "--sync", window, "key", "Return")
        try:
            wait_for(lambda: app.status()["break_seconds_left"] < length, 4,
                     "the note accepted and the countdown started")
        except AssertionError:
            continue
        return
    raise AssertionError("the first-break note did not take Enter in five tries")


def _first_break(app: App, desktop: Desktop) -> str:
    """A new user's first break, 600 s long at 60x (10 s real), on screen: its window."""
    app.cli("config", "set", "idle_minutes", "30")
    app.cli("config", "set", "break_seconds", "600")
    app.start(scale=60)
    app.cli("break-now")
    return wait_for(lambda: desktop.visible_window(BREAK_TITLE), 30, "the break window")


def test_tab_to_skip_and_enter_skips_the_break(app: App, desktop: Desktop) -> None:
    """On the real desktop: Enter on the focused Skip skips; it used to count as Done."""
    window = _first_break(app, desktop)
    _accept_the_note(app, desktop, window, 600)  # the focus is then on Done
    desktop.run("xdotool", "key", "--window", window, "Tab", "Tab", "Tab")  # Swap, Snooze, Skip
    if os.environ.get("DESKCOACH_SHOTS"):
        desktop.screenshot(Path(os.environ["DESKCOACH_SHOTS"]) / "e2e-skip-focused.png")
    desktop.run("xdotool", "key", "--window", window, "Return")
    wait_for(lambda: app.status()["state"] != "on_break", 15, "the break to end")
    today = app.status()["today"]
    assert (today["completed"], today["skipped"]) == (0, 1)
    app.quit()


def test_the_first_break_waits_for_the_safety_note(app: App, desktop: Desktop) -> None:
    """At 60x a second of reading is a minute of break: the countdown must not move."""
    window = _first_break(app, desktop)
    started = time.monotonic()
    while time.monotonic() - started < 1.5:  # each status is a process: real seconds pass
        assert app.status()["break_seconds_left"] == 600, "the note used up the break"
    _accept_the_note(app, desktop, window, 600)
    app.cli("done")
    app.quit()
    db = sqlite3.connect(app.profile / "data" / "history.sqlite3")
    try:
        [(outcome, exercises)] = db.execute("SELECT outcome, exercises FROM breaks").fetchall()
    finally:
        db.close()
    assert outcome == "completed"
    assert json.loads(exercises), "the exercises shown after the note are credited"
