"""The soak command in CI (a short run), the checks it makes, and what long runs found.

`python tools/soak.py --days 30` is the full soak (about 4 minutes); CI runs 3 workdays here.
The focused tests below each repeat one thing the soak showed, fast enough for CI: memory
that grows with every control connection (the first soak polled the app 50 times a second),
and the deadline alarm that loses or trips over deadlines set from its own handler.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import pytest
from pytestqt.qtbot import QtBot

from tests.e2e.desktop import Desktop
from tests.e2e.test_app import App
from tools.control import Control, wait_for
from tools.soak_checks import consistency, memory_verdict

ROOT: Final = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- the soak itself

@pytest.mark.e2e
def test_a_three_day_soak_passes(tmp_path: Path) -> None:
    report = tmp_path / "soak.json"
    command = [sys.executable, str(ROOT / "tools" / "soak.py"), "--days", "3", "--report",
               str(report)]
    # Its own session, so a timeout also stops the X server and the app it started.
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          start_new_session=True) as soak:
        try:
            output, _ = soak.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            os.killpg(soak.pid, signal.SIGKILL)
            raise
    assert soak.returncode == 0, output
    data = json.loads(report.read_text())
    assert data["result"] == "PASS"
    assert data["failures"] == []
    assert data["breaks"] >= 8, data
    assert data["stats_due"] == data["breaks"]
    assert data["memory"]["growth_mb"] < 10
    assert data["real_seconds"] < 120
    assert sum(data["accepted"].values()) >= 5, "the soak should have driven the app"
    assert data["behaviour"].keys() & {"following", "away"}


# ---------------------------------------------------------------- its checks can fail

def test_memory_verdict_sees_growth_and_ignores_warm_up() -> None:
    flat = [(t, 90_000 + (20_000 if t < 10 else 0) + t % 3 * 100) for t in range(0, 60, 2)]
    assert abs(memory_verdict(flat, warm_up=12).growth_mb) < 0.5
    growing = [(t, 90_000 + t * 400) for t in range(0, 60, 2)]
    assert memory_verdict(growing, warm_up=12).growth_mb > 10
    with pytest.raises(ValueError, match="too few"):
        memory_verdict([(0, 1), (1, 2)], warm_up=5)


def test_consistency_matches_history_and_stats_day_by_day() -> None:
    monday, tuesday = date(2026, 3, 2), date(2026, 3, 3)
    rows = [("completed", monday), ("completed", monday), ("snoozed", monday),
            ("natural", tuesday), ("missed", tuesday), ("skipped", tuesday)]

    def day(when: date, completed: int, snoozed_then_taken: int, natural: int, skipped: int,
            missed: int) -> dict[str, Any]:
        due = completed + snoozed_then_taken + natural + skipped + missed
        return {"day": when.isoformat(), "due": due, "completed": completed,
                "snoozed_then_taken": snoozed_then_taken, "natural": natural,
                "skipped": skipped, "missed": missed}

    right = [day(monday, 1, 1, 0, 1, 0), day(tuesday, 0, 0, 1, 1, 1)]
    assert consistency(rows, right) == []
    double_counted = [day(monday, 2, 1, 0, 1, 0), day(tuesday, 0, 0, 1, 1, 1)]
    assert any("due" in p for p in consistency(rows, double_counted))
    moved = [day(monday, 1, 1, 1, 1, 0), day(tuesday, 0, 0, 0, 1, 1)]
    assert any("2026-03-02" in p for p in consistency(rows, moved))
    assert any("leave out" in p for p in consistency(rows, right[:1]))


# ---------------------------------------------------------------- what long runs found



@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    for key, value in (("sound", "false"), ("work_minutes", "120"), ("notice_seconds", "0"),
                       ("daily_skip_budget", "-1"), ("idle_minutes", "30")):
        runner.cli("config", "set", key, value)
    yield runner
    runner.kill()


def rss_mb(app: App) -> float:
    assert app.proc is not None
    for line in Path(f"/proc/{app.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _connect_and_close(control: Control) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(str(control.path))


def _settled(app: App, control: Control) -> float:
    wait_for(lambda: control.ask("status"), 10, "the app to answer")
    time.sleep(0.3)
    return rss_mb(app)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_stays_flat_over_thousands_of_control_connections(app: App) -> None:
    """A panel applet polling `deskcoach status` every few seconds makes thousands a day."""
    app.start(scale=1)
    control = Control(app.profile)
    for _ in range(500):
        _connect_and_close(control)
    before = _settled(app, control)
    for _ in range(6000):
        _connect_and_close(control)
    grown = _settled(app, control) - before
    assert grown < 1.0, f"memory grew {grown:.1f} MB over 6000 connections"
    app.quit()


def test_the_alarm_keeps_a_deadline_armed_from_its_own_handler(qtbot: QtBot) -> None:
    """A tick run by the alarm arms the next deadline; it must still be armed afterwards."""
    from deskcoach.services.scheduling import DeadlineAlarm

    alarm = DeadlineAlarm()
    fired: list[datetime] = []

    def due() -> None:
        fired.append(datetime.now(UTC))
        if len(fired) < 3:
            alarm.arm(datetime.now(UTC) + timedelta(milliseconds=100))

    alarm.due.connect(due)
    try:
        alarm.arm(datetime.now(UTC) + timedelta(milliseconds=100))
        qtbot.waitUntil(lambda: len(fired) >= 3, timeout=3000)
    finally:
        alarm.shutdown()


def test_the_alarm_can_be_disarmed_from_its_own_handler(qtbot: QtBot) -> None:
    """A tick that finds nothing to wait for (away, paused) disarms; no error may follow."""
    from deskcoach.services.scheduling import DeadlineAlarm

    alarm = DeadlineAlarm()
    fired: list[bool] = []

    def due() -> None:
        fired.append(True)
        alarm.disarm()

    alarm.due.connect(due)
    try:
        alarm.arm(datetime.now(UTC) + timedelta(milliseconds=50))
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        qtbot.wait(100)  # pytest-qt fails the test if the handler's aftermath raised
        assert alarm.armed_at() is None
    finally:
        alarm.shutdown()
