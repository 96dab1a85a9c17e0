"""The cues from the real app: a start cue when the break appears, an end cue when its
countdown runs out, at the set volume, and none while a meeting holds breaks.

The player is a logging stand-in named pw-play first on PATH (Xvfb has no sound card): the test
checks what the app asks the platform's player to do, which is all DeskCoach does itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import BREAK_TITLE, App
from tests.e2e.test_records_e2e import _accept_the_note


@pytest.fixture
def played(desktop: Desktop, tmp_path: Path) -> Path:
    """Where the stand-in player writes one line per cue: its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "played.log"
    player = bin_dir / "pw-play"
    player.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    player.chmod(0o755)
    desktop.env["PATH"] = f"{bin_dir}:{desktop.env.get('PATH', '/usr/bin:/bin')}"
    return log


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def _lines(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_start_and_end_cues_at_the_set_volume(app: App, desktop: Desktop, played: Path) -> None:
    for key, value in (("idle_minutes", "30"), ("break_seconds", "30"), ("sound_volume", "35"),
                       ("sound_cue", "bell")):
        app.cli("config", "set", key, value)
    app.start(scale=2)  # 15 s of real time: the note is accepted well before the end
    app.cli("break-now")
    [start] = wait_for(lambda: _lines(played), 20, "the start cue")
    assert start.startswith("--volume=0.35 ")
    assert start.endswith("sounds/bell-start.wav")
    window = wait_for(lambda: desktop.visible_window(BREAK_TITLE), 20, "the break window")
    _accept_the_note(app, desktop, window, 30)
    wait_for(lambda: len(_lines(played)) == 2, 30, "the end cue when the countdown runs out")
    assert _lines(played)[1].endswith("sounds/bell-end.wav")
    app.quit()


def test_done_ends_the_break_without_the_end_cue(app: App, played: Path) -> None:
    for key, value in (("idle_minutes", "30"), ("break_seconds", "600")):
        app.cli("config", "set", key, value)
    app.start(scale=1)
    app.cli("break-now")
    wait_for(lambda: _lines(played), 20, "the start cue")
    app.cli("done")
    app.quit()
    assert len(_lines(played)) == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root (CI is root)")
def test_silent_while_a_meeting_holds_breaks(app: App, desktop: Desktop, played: Path) -> None:
    device = Path("/dev/video96")
    if not device.exists():
        subprocess.run(["mknod", str(device), "c", "1", "3"], check=True)  # acts as /dev/null
    holder = subprocess.Popen([sys.executable, "-c",
                               f"f = open('{device}'); import time; time.sleep(120)"])
    try:
        for key, value in (("idle_minutes", "30"), ("work_minutes", "5")):
            app.cli("config", "set", key, value)
        app.start(scale=60)
        wait_for(lambda: app.status()["reason"] == "meeting", 30, "the meeting to hold")
        app.cli("break-now")  # asked for in the call: shown, but not a sound into it
        wait_for(lambda: desktop.visible_window(BREAK_TITLE), 20, "the break window")
        assert _lines(played) == []
        app.quit()
    finally:
        holder.kill()
        holder.wait()
        device.unlink(missing_ok=True)
