"""The X11 detectors against a real X server: Xvfb with openbox, driven by xdotool."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcoach.platform.activity import X11ActivityProbe, idle_report
from deskcoach.platform.fullscreen import X11FullscreenProbe, fullscreen_report
from tests.e2e.desktop import Desktop, missing_tools, start_desktop
from tools.control import wait_for

pytestmark = pytest.mark.e2e
HELPER_CLASS = "dc-fullscreen-helper"
# A full-screen window in a process of its own; WM_CLASS is ("-c", HELPER_CLASS).
FULLSCREEN_HELPER = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
app.setApplicationName({HELPER_CLASS!r})
window = QWidget()
window.setWindowTitle("DeskCoach test full screen")
window.{{show}}()
app.exec()
"""


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"end-to-end tests need {', '.join(missing)}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path_factory.mktemp("detectors-home"))
    yield desk
    desk.stop()


@pytest.fixture
def idle_probe(desktop: Desktop) -> Iterator[X11ActivityProbe]:
    probe = X11ActivityProbe(desktop.display)
    yield probe
    probe.close()


@pytest.fixture
def fullscreen_probe(desktop: Desktop) -> Iterator[X11FullscreenProbe]:
    probe = X11FullscreenProbe(desktop.display, own_pid=1)  # no window of the display is ours
    yield probe
    probe.close()


def active_window(desk: Desktop) -> int:
    words = desk.run("xprop", "-root", "_NET_ACTIVE_WINDOW").split()
    return int(words[-1], 16) if words and words[-1].startswith("0x") else 0


class Helper:
    def __init__(self, desk: Desktop, show: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", FULLSCREEN_HELPER.replace("{show}", show)], env=desk.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def start_window(desktop: Desktop) -> Iterator[type[Helper]]:
    started: list[Helper] = []

    class Started(Helper):
        def __init__(self, desk: Desktop, show: str) -> None:
            super().__init__(desk, show)
            started.append(self)

    yield Started
    for helper in started:
        if helper.proc.poll() is None:
            helper.stop()


def test_idle_grows_without_input_and_input_resets_it(
        desktop: Desktop, idle_probe: X11ActivityProbe) -> None:
    desktop.run("xdotool", "mousemove", "300", "300")
    start = wait_for(idle_probe.idle_seconds, 5, "a first idle reading")
    wait_for(lambda: (idle_probe.idle_seconds() or 0.0) >= start + 1.0, 10,
             "idle time to grow by a second with no input")
    before = idle_probe.idle_seconds()
    assert before is not None
    assert before >= 1.0
    desktop.run("xdotool", "mousemove", "640", "400")

    def reset() -> bool:
        idle = idle_probe.idle_seconds()
        return idle is not None and idle < 1.0

    wait_for(reset, 5, "xdotool input to reset idle time below a second")


def test_a_full_screen_window_is_seen_until_it_closes(
        desktop: Desktop, fullscreen_probe: X11FullscreenProbe,
        start_window: type[Helper]) -> None:
    assert fullscreen_probe.fullscreen() is None
    helper = start_window(desktop, "showFullScreen")
    assert wait_for(fullscreen_probe.fullscreen, 30, "the full-screen window") == HELPER_CLASS
    helper.stop()
    wait_for(lambda: fullscreen_probe.fullscreen() is None, 10, "full screen to end")


def test_a_full_screen_window_of_our_own_pid_is_ignored(
        desktop: Desktop, fullscreen_probe: X11FullscreenProbe,
        start_window: type[Helper]) -> None:
    helper = start_window(desktop, "showFullScreen")
    wait_for(fullscreen_probe.fullscreen, 30, "the full-screen window")
    as_the_helper = X11FullscreenProbe(desktop.display, own_pid=helper.proc.pid)
    try:
        assert as_the_helper.fullscreen() is None
        assert fullscreen_probe.fullscreen() == HELPER_CLASS
    finally:
        as_the_helper.close()


def test_an_ordinary_active_window_is_not_full_screen(
        desktop: Desktop, fullscreen_probe: X11FullscreenProbe,
        start_window: type[Helper]) -> None:
    start_window(desktop, "showMaximized")
    window = int(wait_for(lambda: desktop.visible_window("DeskCoach test full screen"), 30,
                          "the maximised window"))
    wait_for(lambda: active_window(desktop) == window, 10, "the maximised window to be active")
    assert fullscreen_probe.fullscreen() is None


def test_a_vanished_window_is_an_error_status_not_an_exit(
        desktop: Desktop, fullscreen_probe: X11FullscreenProbe,
        start_window: type[Helper]) -> None:
    helper = start_window(desktop, "show")
    window = int(wait_for(lambda: desktop.visible_window("DeskCoach test full screen"), 30,
                          "the helper window"))
    helper.stop()
    wait_for(lambda: desktop.visible_window("DeskCoach test full screen") is None, 10,
             "the helper window to close")
    # Xlib's default error handler would end this process on the BadWindow.
    assert fullscreen_probe._cardinals(window, "_NET_WM_STATE", 64) == []
    assert fullscreen_probe.fullscreen() is None


def test_doctor_lines_on_x11(desktop: Desktop, monkeypatch: pytest.MonkeyPatch,
                             tmp_path: Path) -> None:
    monkeypatch.setenv("DISPLAY", desktop.display)
    idle = idle_report("xcb")
    assert (idle.backend, idle.works, idle.why) == (
        "x11-screensaver", True, "X11 XScreenSaver extension (libXss)")
    front = fullscreen_report("xcb", own_pid=1)
    assert (front.backend, front.works) == ("x11-ewmh", True)
    assert "_NET_WM_STATE_FULLSCREEN" in front.why
