"""The windows the tray menu and `deskcoach open` bring up: progress, settings and help.

Each is made when first asked for (their modules load only then) and raised, not made again,
while it is open.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskcoach.core.settings import Settings
from deskcoach.services.coach import Coach

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from deskcoach.ui.progress_process import ProgressProcess
    from deskcoach.ui.settings_dialog import SettingsDialog

log = logging.getLogger("deskcoach")


class MenuWindows:
    def __init__(self, coach: Coach, profile_root: Path | None, language: Callable[[], str],
                 warn: Callable[[str], None]) -> None:
        """`profile_root`: the --profile folder, if any; `language`: the language in use now
        (the dashboard's process starts in it);
        `warn`: tells the user a problem (a tray notice)."""
        self.coach = coach
        self.profile_root = profile_root
        self.language = language
        self.warn = warn
        self.dialog: SettingsDialog | None = None
        self.dashboard: ProgressProcess | None = None
        self.help: QWidget | None = None  # "When to get help"

    def progress(self) -> None:
        """The dashboard, in a process of its own (deskcoach/progress_app.py), so pyqtgraph
        and numpy leave memory when it closes. The log says how long it took (the benchmark
        reads it)."""
        from deskcoach.ui.progress_process import ProgressProcess, command

        clock = self.coach.clock
        program = command(self.profile_root, clock.anchor, clock.scale, self.language())
        if self.dashboard is None:
            self.dashboard = ProgressProcess(program)
            self.dashboard.said.connect(self._progress_said)
        self.dashboard.program = program  # in the language of now, when it starts anew
        log.info("progress window asked")
        self.dashboard.open()

    @staticmethod
    def _progress_said(word: str, seconds: float) -> None:
        if word == "charts":
            log.info("progress charts drawn %.3f s after the window was asked for", seconds)
        else:
            log.info("progress window shown %.3f s after it was asked for", seconds)

    def show_help(self) -> None:
        """The three tiers of "When to get help", in a window of its own."""
        from deskcoach.ui.safety_view import HelpWindow

        if self.help is None:
            self.help = HelpWindow()
        self.help.show()
        self.help.raise_()
        self.help.activateWindow()

    def settings(self) -> None:
        from deskcoach.platform.autostart import autostart_enabled
        from deskcoach.ui.settings_dialog import SettingsDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        config = self.coach.config
        names = {e.id: e.name for e in self.coach.routines.catalogue}
        shown = dataclasses.replace(config.settings, start_at_login=autostart_enabled())
        self.dialog = SettingsDialog(shown, config.explicit, names, config.resolved.locked,
                                     config.resolved.bounds)
        self.dialog.chosen.connect(self._settings_chosen)
        self.dialog.show()
        self.dialog.activateWindow()

    def _settings_chosen(self, settings: Settings, explicit: frozenset[str]) -> None:
        problem = self.coach.config.apply_settings(settings, explicit)
        if problem:
            self.warn(problem)

    def close(self) -> None:
        """The dashboard's process ends with the app."""
        if self.dashboard is not None:
            self.dashboard.close()
