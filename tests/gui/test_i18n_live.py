"""A new `language` setting applies to the running app at once: the tray menu, the layout
direction and the exercise texts, from the catalogues of the chosen language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskcoach.services.translation import Translators
from tests.gui.test_i18n_runtime import catalogue_with


def test_the_language_setting_applies_without_a_restart(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        english_catalogue: Translators) -> None:
    import deskcoach.app
    from deskcoach.app import DeskCoachApp
    from deskcoach.services.clock import AppClock
    from deskcoach.services.ipc import ControlServer, server_name
    from deskcoach.store.paths import resolve

    class Later:
        """The app's one-shot timers, run by the test (none fires inside a later test)."""

        calls: ClassVar[list[tuple[int, Callable[[], object]]]] = []

        @classmethod
        def singleShot(cls, ms: int, slot: Callable[[], object]) -> None:
            cls.calls.append((ms, slot))

    monkeypatch.setattr(deskcoach.app, "QTimer", Later)
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: None))
    folder = tmp_path / "catalogues"
    catalogue_with("de", "deskcoach", {"&Settings...": "&Einstellungen..."}, folder)
    catalogue_with("de", "content", {("exercise:chin-tuck", "name"): "Kinn zurückziehen"}, folder)
    catalogue_with("ar", "deskcoach", {"&Settings...": "الإعدادات..."}, folder)
    paths = resolve(tmp_path / "profile")
    paths.ensure()
    server = ControlServer(server_name(paths.config_dir.parent))
    assert server.listen()
    translators = Translators(folder)
    translators.use("en")
    app = DeskCoachApp(paths, AppClock(1), server, translators=translators)
    try:
        for _ms, slot in sorted(Later.calls, key=lambda call: call[0]):
            slot()
        config = app.coach.config
        english = app.coach.routines.catalogue.get("chin-tuck")
        assert english is not None
        assert app.tray.settings_action.text() == "&Settings..."
        assert config.set_value("language", "de") is None
        assert translators.code == "de"
        assert app.tray.settings_action.text() == "&Einstellungen..."
        chin = app.coach.routines.catalogue.get("chin-tuck")
        assert chin is not None
        assert chin.name == "Kinn zurückziehen"
        assert config.set_value("language", "ar") is None
        assert app.tray.settings_action.text() == "الإعدادات..."
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert config.set_value("language", "en") is None
        assert app.tray.settings_action.text() == "&Settings..."
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        again = app.coach.routines.catalogue.get("chin-tuck")
        assert again is not None
        assert again.name == english.name
    finally:
        app.quit()
        english_catalogue.use("en")
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
