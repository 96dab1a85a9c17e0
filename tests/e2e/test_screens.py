"""Several screens, on a real X server with two (Xvfb's Xinerama stacks its heads at 0,0,
so the second monitor is a second X screen, :N.1, as a multi-head Xorg can have it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools, start_desktop, wait_for
from tests.e2e.test_app import BREAK_TITLE, App

PANEL_TITLE = "DeskCoach - break on another screen"


@pytest.fixture
def two_screens(tmp_path: Path) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"end-to-end tests need {', '.join(missing)}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path / "home", screens=2)
    yield desk
    desk.stop()


@pytest.fixture
def app(two_screens: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(two_screens, tmp_path / "profile")
    yield runner
    runner.kill()


def _on_screen(desk: Desktop, screen: int, title: str) -> list[str]:
    return desk.run("xdotool", "search", "--screen", str(screen), "--onlyvisible", "--name",
                    title).split()


def _break(app: App, desk: Desktop, screens: str) -> None:
    app.cli("config", "set", "idle_minutes", "30")
    app.cli("config", "set", "break_screens", screens)
    app.start(scale=1)
    desk.run("xdotool", "mousemove", "--screen", "0", "200", "200")
    app.cli("break-now")
    wait_for(lambda: _on_screen(desk, 0, BREAK_TITLE), 30, "the break window on screen 0")


def test_all_puts_a_calm_panel_on_the_other_screen_that_takes_no_input(
        app: App, two_screens: Desktop) -> None:
    desk = two_screens
    _break(app, desk, "all")
    [panel] = wait_for(lambda: _on_screen(desk, 1, PANEL_TITLE), 30, "the panel on screen 1")
    assert not _on_screen(desk, 1, BREAK_TITLE)
    assert not _on_screen(desk, 0, PANEL_TITLE)
    shape = desk.run("xwininfo", "-id", panel)
    x = int(re.search(r"Absolute upper-left X:\s+(\d+)", shape).group(1))  # type: ignore[union-attr]
    y = int(re.search(r"Absolute upper-left Y:\s+(\d+)", shape).group(1))  # type: ignore[union-attr]
    # Never blocking input: the pointer over the panel is over the root window, not the panel.
    desk.run("xdotool", "mousemove", "--screen", "1", str(x + 40), str(y + 40))
    under = desk.run("xdotool", "getmouselocation", "--shell")
    assert "SCREEN=1" in under
    assert f"WINDOW={int(panel)}" not in under
    hints = desk.run("xprop", "-id", panel, "WM_HINTS")
    assert "Client accepts input or input focus: False" in hints, hints  # never the focus
    app.cli("done")
    wait_for(lambda: not _on_screen(desk, 1, PANEL_TITLE), 30, "the panel to go with the break")
    app.quit()


def test_pointer_shows_the_break_on_one_screen_only(app: App, two_screens: Desktop) -> None:
    _break(app, two_screens, "pointer")
    assert not _on_screen(two_screens, 1, PANEL_TITLE)
    assert not _on_screen(two_screens, 1, BREAK_TITLE)
    app.cli("done")
    app.quit()

