"""The coach's commands against the real running app (through its control socket)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop
from tests.e2e.test_app import App
from tools.control import wait_for

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
    done = app.cli("checkin", "--pain", "2", "--kind", "morning", "--note", "slept badly")
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
    assert [(c["kind"], c["pain"], c["note"]) for c in logged] == [("morning", 2, "slept badly")]
    app.quit()
    with sqlite3.connect(app.profile / "data" / "history.sqlite3") as db:
        assert db.execute("SELECT kind, pain, note FROM checkins").fetchall() == [
            ("morning", 2, "slept badly")]
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


def _windows(desk: Desktop) -> set[str]:
    return set(desk.run("xdotool", "search", "--onlyvisible", "--name", "").split())


def test_a_daily_anchor_offers_five_minutes_and_a_click_starts_them_in_the_app(
        app: App, desktop: Desktop, tmp_path: Path) -> None:
    app.start(scale=10)  # ten app seconds a real one: the anchor comes within 18 s
    before = _windows(desktop)
    now = datetime.fromisoformat(app.status()["now"])
    at = (now + timedelta(minutes=2)).replace(second=0, microsecond=0)  # past midnight too
    app.cli("config", "set", "daily_anchors", f"coffee {at:%H:%M}")
    bubble = wait_for(lambda: (_windows(desktop) - before) or None, 40,
                      "the anchor's message in the tray")
    desktop.screenshot(tmp_path / "anchor-offer.png")
    wid = sorted(bubble)[0]
    subprocess.run(["xdotool", "mousemove", "--window", wid, "20", "20", "click", "1"],
                   env=desktop.env, check=True, timeout=30)
    wait_for(lambda: app.status()["state"] == "on_break", 15, "the anchor's break")
    status = app.status()
    # break_seconds is 120; this break is 300 s, a few (scaled) seconds of which have run
    assert 240 < status["break_seconds_left"] <= 300
    assert len(status["exercises"]) >= 2
    desktop.screenshot(tmp_path / "anchor-break.png")
    app.quit()
