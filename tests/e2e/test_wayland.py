"""The real app on Wayland: headless sway, waybar's tray, input through virtual-keyboard.

Checks what only a real compositor can show: the tray item reaches the StatusNotifierWatcher,
`doctor` finds the idle and full-screen protocols, idle time comes from the compositor (and a
return after a break's length is a natural break), a window made full screen with swaymsg holds
a due break, and the break window appears in sway's tree.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import wait_for
from tests.e2e.test_app import BREAK_TITLE
from tests.e2e.wayland import WaylandDesktop, missing_tools, start_wayland_desktop

pytestmark = pytest.mark.e2e
APP_ID = "io.github.deskcoach.DeskCoach"
WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
app.setDesktopFileName(sys.argv[1])
w = QLabel(sys.argv[1])
w.setWindowTitle(sys.argv[2])
w.show()
app.exec()
"""
_profiles = itertools.count()


class WaylandApp:
    """DeskCoach as the desktop's user, with its own profile, driven by its command line."""

    def __init__(self, desk: WaylandDesktop) -> None:
        self.desk = desk
        self.profile = desk.root / f"profile-{next(_profiles)}"
        self.pid: int | None = None

    def cli(self, *args: str, check: bool = True) -> str:
        done = self.desk.run(self.desk.python, "-m", "deskcoach", "--profile",
                             str(self.profile), *args)
        if check and done.returncode != 0:
            raise AssertionError(f"deskcoach {' '.join(args)} exited {done.returncode}: "
                                 f"{done.stdout}{done.stderr}")
        return done.stdout

    def status(self) -> dict[str, Any]:
        return json.loads(self.cli("status", "--json"))  # type: ignore[no-any-return]

    def start(self, scale: int = 60) -> None:
        proc = self.desk.spawn(self.desk.python, "-m", "deskcoach", "--profile",
                               str(self.profile), "--time-scale", str(scale), log="app.log")
        self.pid = proc.pid
        wait_for(lambda: proc.pid in self.desk.tray_pids(), 30,
                 "the tray item to register with the StatusNotifierWatcher")

    def quit(self) -> None:
        self.cli("quit")
        wait_for(lambda: self.desk.window_named(BREAK_TITLE) is None
                 and self.pid not in self.desk.tray_pids(),
                 30, "the app to quit")


def typing_window(wayland: WaylandDesktop) -> subprocess.Popen[bytes]:
    """Someone's editor, with the keyboard focus."""
    holder = wayland.spawn(wayland.python, "-c", WINDOW, "editor", "typing here",
                           log="windows.log")
    wait_for(lambda: (wayland.window_named("typing here") or {}).get("focused"), 30,
             "the typing window to have the focus")
    return holder


@pytest.fixture(scope="module")
def wayland() -> Iterator[WaylandDesktop]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"the Wayland tests need {', '.join(missing)}: run "
                    "scripts/bootstrap.sh --test")
    desk = start_wayland_desktop()
    yield desk
    if os.environ.get("DESKCOACH_SHOTS"):
        log = desk.root / "app.log"
        if log.exists():
            (Path(os.environ["DESKCOACH_SHOTS"]) / "wayland-app.log").write_bytes(
                log.read_bytes())
    desk.stop()


@pytest.fixture
def app(wayland: WaylandDesktop) -> Iterator[WaylandApp]:
    runner = WaylandApp(wayland)
    yield runner
    if runner.pid is not None:
        runner.cli("quit", check=False)


def test_tray_doctor_and_break_window_under_sway(app: WaylandApp,
                                                 wayland: WaylandDesktop) -> None:
    doctor = {line.split()[0]: line for line in app.cli("doctor").splitlines()}
    assert doctor["idle"].split()[1] == "ok", doctor["idle"]
    # Debian 12's sway 1.7 offers only the KDE protocol; sway 1.8 and later the standard one.
    assert "org_kde_kwin_idle" in doctor["idle"] or "ext-idle-notify-v1" in doctor["idle"]
    assert doctor["fullscreen"].split()[1] == "ok", doctor["fullscreen"]
    assert "wlr-foreign-toplevel-management" in doctor["fullscreen"]
    assert doctor["window"].split()[1] == "missing"
    assert "cannot be guaranteed" in doctor["window"]
    assert f'no_focus [app_id="{APP_ID}"]' in doctor["window"]  # the advice tested below

    app.cli("config", "set", "idle_minutes", "30")
    app.start()
    # Someone is typing in another window when the break comes.
    holder = typing_window(wayland)
    try:
        app.cli("break-now")
        window = wait_for(lambda: wayland.window_named(BREAK_TITLE), 30, "the break window")
        assert window["app_id"] == APP_ID
        assert window["visible"]
        assert app.status()["state"] == "on_break"
        # sway focuses new windows; with the rule doctor gives (in this test's sway config),
        # the break window leaves the keyboard where it was.
        assert not window["focused"], "the break window took the keyboard focus"
        assert wayland.window_named("typing here")["focused"]  # type: ignore[index]
        if os.environ.get("DESKCOACH_SHOTS"):
            wayland.screenshot(Path(os.environ["DESKCOACH_SHOTS"]) / "wayland-break.png")
    finally:
        holder.terminate()
        holder.wait(timeout=10)
    app.quit()


def test_idle_from_the_compositor_then_input_is_a_natural_break(
        app: WaylandApp, wayland: WaylandDesktop) -> None:
    # 60x: away after 1 app minute (1 s real; the compositor says "idle" after 2 s without
    # input); a break is 30 s (0.5 s real).
    for key, value in (("idle_minutes", "1"), ("break_seconds", "30"), ("work_minutes", "60")):
        app.cli("config", "set", key, value)
    app.start(scale=60)
    wait_for(lambda: app.status()["reason"] == "idle", 30, "the app to see the user away")
    assert app.status()["today"]["natural"] == 0
    wayland.press_shift()
    wait_for(lambda: app.status()["today"]["natural"] == 1, 30, "a natural break")
    # (Two seconds later the compositor says idle again, and at 60x that is away once more.)
    assert app.status()["today"]["completed"] == 0  # away is not a completed break
    app.quit()


def test_a_full_screen_window_holds_the_break_until_it_leaves_full_screen(
        app: WaylandApp, wayland: WaylandDesktop) -> None:
    for key, value in (("idle_minutes", "30"), ("work_minutes", "5"), ("notice_seconds", "0")):
        app.cli("config", "set", key, value)
    slides = wayland.spawn(wayland.python, "-c", WINDOW, "slides", "presentation",
                           log="windows.log")
    try:
        wait_for(lambda: wayland.window_named("presentation"), 30, "the slides window")
        assert wayland.swaymsg("[app_id=slides] fullscreen enable")[0]["success"]
        app.start(scale=60)  # the break is due 5 s later
        wait_for(lambda: app.status()["reason"] == "fullscreen", 30, "the break to wait")
        assert wayland.window_named(BREAK_TITLE) is None
        assert app.status()["state"] != "on_break"
        assert wayland.swaymsg("[app_id=slides] fullscreen disable")[0]["success"]
        wait_for(lambda: wayland.window_named(BREAK_TITLE), 30, "the break once it is over")
        assert app.status()["state"] == "on_break"
    finally:
        slides.terminate()
        slides.wait(timeout=10)
    app.quit()


def test_typing_elsewhere_holds_the_break_countdown(app: WaylandApp,
                                                   wayland: WaylandDesktop) -> None:
    # 60x: the 300 s break takes 5 s real unless the user keeps typing in another window.
    for key, value in (("idle_minutes", "30"), ("break_seconds", "300"), ("work_minutes", "60")):
        app.cli("config", "set", key, value)
    app.start(scale=60)
    holder = typing_window(wayland)
    try:
        app.cli("break-now")
        wait_for(lambda: wayland.window_named(BREAK_TITLE), 30, "the break window")
        # The pointer rests on the editor (a pointer on the break window means reading it).
        wayland.point_at("typing here", middle=False)
        typing = threading.Event()
        typing.set()

        def typist() -> None:
            while typing.is_set():
                wayland.press_shift()
                time.sleep(0.2)  # a typist's pace, not a wait for the app

        keys = threading.Thread(target=typist)
        keys.start()
        try:
            time.sleep(1.5)  # the app looks once a second: it has seen the typing by now
            before = app.status()["break_seconds_left"]
            time.sleep(3.0)  # 180 app seconds: the countdown would be nearly over
            after = app.status()["break_seconds_left"]
            assert before is not None, "the break ended before the typing was seen"
            assert after is not None, "the countdown ran while typing"
            assert before - after <= 30, f"the countdown ran while typing: {before} -> {after}"
            # The pointer on the break window: reading it, so the countdown runs despite the
            # keys (it ends the break, at the latest, 5 s real later).
            wayland.point_at(BREAK_TITLE)
            wait_for(lambda: (app.status()["break_seconds_left"] or 0) <= after - 60, 30,
                     "the countdown to run with the pointer on the break window")
        finally:
            typing.clear()
            keys.join(timeout=10)
    finally:
        holder.terminate()
        holder.wait(timeout=10)
    app.quit()


def test_the_break_window_opens_on_the_output_with_the_focus() -> None:
    # Two outputs side by side; the person works on the second, which is not Qt's primary
    # screen: sway opens the break window there, and nothing of ours moves it away.
    desk = start_wayland_desktop(outputs=2)
    app = WaylandApp(desk)
    try:
        assert desk.swaymsg("focus output HEADLESS-2")[0]["success"]
        app.cli("config", "set", "idle_minutes", "30")
        app.start()
        typing_window(desk)
        assert desk.window_named("typing here")["output"] == "HEADLESS-2"  # type: ignore[index]
        desk.point_at("typing here", middle=False)
        app.cli("break-now")
        window = wait_for(lambda: desk.window_named(BREAK_TITLE), 30, "the break window")
        assert window["output"] == "HEADLESS-2"
        editor = desk.window_named("typing here")
        assert editor is not None
        assert editor["focused"]
        app.quit()
    finally:
        desk.stop()
