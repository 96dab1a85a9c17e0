"""The theme setting reaches the windows of the running app at once, read off the screen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcoach.ui.tokens import DARK, LIGHT
from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import App

pytestmark = pytest.mark.e2e


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def _pixel(desk: Desktop, window: str, x: int, y: int) -> str:
    """The colour at (x, y) in `window`, as #rrggbb, from ImageMagick's `import`."""
    out = desk.run("import", "-window", window, "-crop", f"1x1+{x}+{y}", "txt:-")
    found = re.search(r"srgb\((\d+),(\d+),(\d+)\)", out)
    return "#" + "".join(f"{int(v):02x}" for v in found.groups()) if found else ""


def test_a_theme_change_repaints_an_open_window(app: App, desktop: Desktop) -> None:
    app.start()
    app.cli("open", "settings")
    window = wait_for(lambda: desktop.visible_window("DeskCoach settings"), 30, "settings")
    # Xvfb has no colour scheme and a light palette, so "system" is light.
    wait_for(lambda: _pixel(desktop, window, 2, 2) == LIGHT.window, 15, "the light colour")
    app.cli("config", "set", "theme", "dark")
    wait_for(lambda: _pixel(desktop, window, 2, 2) == DARK.window, 15, "the dark window colour")
    app.cli("config", "set", "theme", "light")
    wait_for(lambda: _pixel(desktop, window, 2, 2) == LIGHT.window, 15, "light again")
    app.quit()
