"""Smart timing with the real app under Xvfb: idle, full-screen windows and a busy camera."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import BREAK_TITLE, App

pytestmark = pytest.mark.e2e
FULLSCREEN = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("slides")
w.setWindowTitle("presentation")
w.showFullScreen()
app.exec()
"""




@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def test_real_idle_then_input_is_a_natural_break(app: App, desktop: Desktop) -> None:
    # 60x: away after 1 app minute (1 s real) without input; a break is 30 s (0.5 s real).
    for key, value in (("idle_minutes", "1"), ("break_seconds", "30"), ("work_minutes", "60")):
        app.cli("config", "set", key, value)
    app.start(scale=60)
    wait_for(lambda: app.status()["reason"] == "idle", 30, "the app to see the user away")
    # Away, the work timer stands still (README: "stops the work timer").
    away = app.status()

    def two_app_minutes_later() -> dict[str, Any] | None:
        now = app.status()
        passed = datetime.fromisoformat(now["now"]) - datetime.fromisoformat(away["now"])
        return now if passed >= timedelta(minutes=2) else None

    later = wait_for(two_app_minutes_later, 30, "two app minutes away")
    assert later["reason"] == "idle"
    assert later["seconds_left"] == away["seconds_left"]
    desktop.run("xdotool", "mousemove", "200", "200", "mousemove", "300", "300")
    wait_for(lambda: app.status()["today"]["natural"] == 1, 30, "a natural break")
    assert app.status()["today"]["completed"] == 0  # away is not a completed break
    app.quit()


def test_a_full_screen_window_holds_the_break_until_it_closes(app: App,
                                                              desktop: Desktop) -> None:
    for key, value in (("idle_minutes", "30"), ("work_minutes", "5"), ("notice_seconds", "0")):
        app.cli("config", "set", key, value)
    slides = subprocess.Popen([sys.executable, "-c", FULLSCREEN], env=desktop.env)
    try:
        wait_for(lambda: desktop.visible_window("presentation"), 20, "the full-screen window")
        app.start(scale=60)
        wait_for(lambda: app.status()["reason"] == "fullscreen", 30, "the break to wait")
        assert desktop.visible_window(BREAK_TITLE) is None
    finally:
        slides.terminate()
        slides.wait(timeout=10)
    wait_for(lambda: desktop.visible_window(BREAK_TITLE), 30, "the break once it closed")
    assert app.status()["state"] == "on_break"
    app.quit()


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root (CI is root)")
def test_a_busy_camera_holds_the_break(app: App, desktop: Desktop, tmp_path: Path) -> None:
    device = Path("/dev/video97")
    if not device.exists():
        subprocess.run(["mknod", str(device), "c", "1", "3"], check=True)  # acts as /dev/null
    holder = subprocess.Popen([sys.executable, "-c",
                               f"f = open('{device}'); import time; time.sleep(120)"])
    try:
        for key, value in (("idle_minutes", "30"), ("work_minutes", "5")):
            app.cli("config", "set", key, value)
        app.start(scale=60)
        wait_for(lambda: app.status()["reason"] == "meeting", 30, "the break to wait")
        assert desktop.visible_window(BREAK_TITLE) is None
        holder.kill()
        holder.wait()
        wait_for(lambda: desktop.visible_window(BREAK_TITLE), 30, "the break after the call")
        app.quit()
    finally:
        holder.kill()
        holder.wait()
        device.unlink(missing_ok=True)
