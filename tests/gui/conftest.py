from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.clock import AppClock
from deskcoach.controller import Controller
from deskcoach.core.settings import Settings
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile


class FakeProbe:
    """Reports a chosen idle time, as the X11 probe would."""

    name = "fake"

    def __init__(self, idle: float | None = None) -> None:
        self.idle = idle

    def idle_seconds(self) -> float | None:
        return self.idle

    def close(self) -> None:
        pass


@pytest.fixture
def make_controller(qtbot: QtBot, tmp_path: Path) -> Iterator[object]:
    made: list[Controller] = []

    def make(settings: Settings | None = None, scale: float = 1.0,
             probe: FakeProbe | None = None) -> Controller:
        clock = AppClock(scale)
        now = clock.now()
        history = History(tmp_path / "data" / "history.sqlite3", now.wall)
        controller = Controller(clock, SettingsFile(tmp_path / "config" / "settings.toml"),
                                history, probe or FakeProbe(), settings or Settings(),
                                frozenset())
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
