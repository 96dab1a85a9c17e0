"""A daily anchor in the real app: the tray offers five minutes at the anchor's time, a click
on the message starts them, and the break on screen lasts 300 s, not break_seconds."""

from __future__ import annotations

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


def _windows(desk: Desktop) -> set[str]:
    return set(desk.run("xdotool", "search", "--onlyvisible", "--name", "").split())


def test_a_daily_anchor_offers_five_minutes_and_a_click_starts_them(
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
