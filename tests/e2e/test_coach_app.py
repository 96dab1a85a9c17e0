"""The coach's commands against the real running app (through its control socket)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import App

pytestmark = pytest.mark.e2e


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def test_checkin_and_programme_go_through_the_running_app(app: App) -> None:
    app.start()
    status = app.status()
    assert (status["programme"], status["phase"], status["week"]) == (None, None, None)
    assert status["next_eye_break_at"] is not None
    assert status["today"]["eye_breaks"] == 0
    done = app.cli("checkin", "--pain", "2", "--kind", "morning")
    assert done.stdout.startswith("Logged 2/10 at ")
    refused = app.cli("checkin", "--pain", "2", "--exercise", "moonwalk", check=False)
    assert refused.returncode == 2
    assert "there is no exercise 'moonwalk'" in refused.stderr
    app.cli("programme", "start", "neck-upper-back")
    status = app.status()
    assert (status["programme"], status["phase"], status["phase_name"], status["week"]) == (
        "neck-upper-back", 1, "Calm things down", 1)
    text = app.cli("status").stdout
    assert "Programme: neck-upper-back, week 1 of 4, phase 1 (Calm things down)" in text
    assert "0 eye breaks" in text
    shown = json.loads(app.cli("programme", "status", "--format", "json").stdout)
    assert shown["plan"] == "Phase 1 of 3 (Calm things down): day 1 of 7"
    logged = json.loads(app.cli("log", "--format", "json").stdout)["checkins"]
    assert [(c["kind"], c["pain"]) for c in logged] == [("morning", 2)]
    app.quit()
    with sqlite3.connect(app.profile / "data" / "history.sqlite3") as db:
        assert db.execute("SELECT kind, pain FROM checkins").fetchall() == [("morning", 2)]
        assert db.execute("SELECT programme, stopped FROM programme_runs").fetchall() == [
            ("neck-upper-back", None)]


def test_the_running_app_gives_eye_breaks_between_movement_breaks(app: App) -> None:
    # 60x: the 20-minute eye interval takes 20 s, the first movement break 60 s. Nobody
    # types on this desktop, so "away" (idle_minutes, 30 s here) must not come first: the
    # eyes of someone away need no prompt.
    app.cli("config", "set", "work_minutes", "60")
    app.cli("config", "set", "idle_minutes", "30")
    app.start(scale=60)
    wait_for(lambda: app.status()["today"]["eye_breaks"] >= 1, 45, "an eye break to be shown")
    status = app.status()
    assert status["today"]["completed"] == 0  # no movement break came with it
    assert status["next_eye_break_at"] is not None
    app.quit()
    with sqlite3.connect(app.profile / "data" / "history.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM eye_breaks").fetchone()[0] >= 1
