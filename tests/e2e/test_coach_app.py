"""The coach's commands against the real running app (through its control socket)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop
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
