"""The progress dashboard in a short-lived process of its own.

The charts need pyqtgraph and numpy (about 48 MB), and a process cannot unload a module once
it has imported it: drawn in the tray app, they would stay for the rest of the day. So the app
starts this process (`deskcoach progress-window`, hidden from --help) when the dashboard
opens, and its memory goes back to the system when the window closes.

It reads the profile and writes nothing: the history is opened read-only, and starting or
stopping a programme from the Body log page goes to the running app as `deskcoach programme`
does. It talks to the app over its standard streams only: a line `show` from the app raises
the window with fresh figures; the end of its input (the app quit) closes it; it answers with
`shown` and `charts` lines (seconds since it was started), which the app logs.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from datetime import date, datetime
from typing import Any

# The Qt-free modules before PySide6, which reads the source of every module imported after
# it (see app.py): the window shows sooner.
from deskcoach.cli.settings import effective
from deskcoach.platform.display import display_problem
from deskcoach.services.clock import AppClock
from deskcoach.services.coaching import Coach
from deskcoach.services.progress import gather
from deskcoach.store.assessments import AssessmentStore
from deskcoach.store.catalogue import load_catalogue, load_checklist
from deskcoach.store.history import History
from deskcoach.store.paths import Paths

# isort: split
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from deskcoach.platform import pyside_sources as _light  # noqa: F401  (before pyqtgraph)
from deskcoach.services import language_setting as language
from deskcoach.services.translation import Translators, is_right_to_left
from deskcoach.ui import theme
from deskcoach.ui.dashboard import Dashboard
from deskcoach.ui.trends import BodyFeed


class _Input(QObject):
    """Lines from the app, read on a thread of their own (a pipe cannot be watched by Qt on
    every platform); `ended` once the app has gone."""

    line = Signal(str)
    ended = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="app-input", daemon=True).start()

    def _read(self) -> None:
        stream = sys.stdin
        if stream is not None:
            for text in stream:
                self.line.emit(text.strip())
        self.ended.emit()


def _say(word: str, began: float) -> None:
    if sys.stdout is not None:
        sys.stdout.write(f"{word} {time.monotonic() - began:.3f}\n")
        sys.stdout.flush()


def run(paths: Paths, time_scale: float, anchor: datetime | None, lang: str | None) -> int:
    """Show the dashboard until its window closes or the app quits; in `lang`, the app's."""
    began = time.monotonic()
    problem = display_problem()
    if problem:
        sys.stderr.write(problem + "\n")
        return 1
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DeskCoach")
    app.setDesktopFileName("io.github.deskcoach.DeskCoach")
    translators = Translators()
    translators.use(language.resolve(language.setting_language(paths.settings_file, lang)))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                    if is_right_to_left(translators.code)
                                    else Qt.LayoutDirection.LeftToRight)
    clock = AppClock(time_scale, anchor=anchor)
    now = clock.now().wall
    if not paths.history_db.exists():
        sys.stderr.write(f"no history at {paths.history_db}\n")
        return 1
    try:
        history = History(paths.history_db, now, check=False, read_only=True)
    except sqlite3.Error as exc:
        sys.stderr.write(f"could not read {paths.history_db}: {exc}\n")
        return 1
    settings = _Settings(paths)
    shown = _Shown(_build(paths, clock, history, settings), settings, began)
    source = _Input()
    source.line.connect(shown.asked)
    source.ended.connect(shown.close)
    source.start()
    try:
        return app.exec()
    finally:
        history.close()


class _Shown(QObject):
    """The window while it lasts: raised with fresh figures when the app asks again; its
    closing ends the process."""

    def __init__(self, window: Any, settings: _Settings, began: float) -> None:
        super().__init__()
        self.window: Any = window
        self.settings = settings
        self.began = began
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._gone)
        window.charts_drawn.connect(self._drawn)
        window.show()
        _say("shown", began)

    def _drawn(self) -> None:
        _say("charts", self.began)

    def _gone(self) -> None:
        self.window = None
        QApplication.quit()

    def asked(self, text: str) -> None:
        if text != "show" or self.window is None:
            return
        self.settings.reload()
        self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()


class _Settings:
    """The settings that apply (the user's under the organisation's policy), read at the start
    and again each time the app asks for the window."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.reload()

    def reload(self) -> None:
        self.now = effective(self.paths)[1].settings


def _build(paths: Paths, clock: AppClock, history: History, settings: _Settings) -> Any:
    """The dashboard over the profile's history, settings, catalogue and check-in log, as the
    app would show it."""
    theme.use(settings.now.theme)
    catalogue = load_catalogue().catalogue
    zone = clock.zone

    def answers() -> dict[str, str]:
        checklist, _ = load_checklist()
        if checklist is None:
            return {}
        found = AssessmentStore(history.connection, checklist.version).find("latest")
        return {} if found is None else dict(found.answers)

    def load(first: date, last: date) -> Any:
        return gather(history, catalogue, zone, first, last,
                      goal=settings.now.goal_percent / 100)

    feed = _Feed(paths, Coach(history.connection, catalogue), lambda: clock.now().wall, answers)
    return Dashboard(load, lambda: clock.now().wall.date(), lambda: settings.now.work_minutes,
                     body=feed, goal=lambda: settings.now.goal_percent,
                     hours=lambda: settings.now.working_hours)


class _Feed(BodyFeed):
    """The Body log's feed; a programme starts or stops in the running app, which owns the
    log (this process only reads it)."""

    def __init__(self, paths: Paths, *args: Any) -> None:
        super().__init__(*args)
        self.paths = paths

    def programme(self, action: str, ident: str = "") -> str | None:
        from deskcoach.cli.remote import ask

        reply = ask(self.paths, "programme", {"action": action, "id": ident})
        if reply is None:
            return "DeskCoach is not running"
        return None if reply["ok"] else str(reply.get("error"))
