"""The tray icon and its menu: what is coming, and every command a click away."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QCursor, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deskcoach.core.status import Phase, Status
from deskcoach.ui.text import QT_TR_NOOP, status_line, tr
from deskcoach.ui.tray_icon import STEPS, quantize, ring_icon

PAUSES = (("30m", QT_TR_NOOP("&30 minutes")), ("1h", QT_TR_NOOP("&1 hour")),
          ("tomorrow", QT_TR_NOOP("&Until tomorrow")))


class Tray(QObject):
    take_break = Signal()
    pause = Signal(str)  # a pause length as `deskcoach pause` takes it
    resume = Signal()
    skip = Signal()
    open_settings = Signal()
    open_checklist = Signal()
    open_progress = Signal()
    open_help = Signal()
    quit = Signal()

    def __init__(self, ratio: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ratio = ratio
        self._drawn: tuple[int, Phase] | None = None
        self._icons: dict[tuple[int, Phase], QIcon] = {}
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self._words: list[tuple[QAction, str]] = []  # each action and its English text
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)
        self.menu.addSeparator()
        self.break_action = self._add(QT_TR_NOOP("Take a &break now"), self.take_break.emit)
        self.pause_menu = self.menu.addMenu("")
        self._words.append((self.pause_menu.menuAction(), QT_TR_NOOP("&Pause")))
        self.pause_actions: list[QAction] = []
        for length, label in PAUSES:  # the first letters differ: 3, 1, U
            action = self.pause_menu.addAction("")
            action.triggered.connect(lambda _=False, n=length: self.pause.emit(n))
            self.pause_actions.append(action)
            self._words.append((action, label))
        self.resume_action = self._add(QT_TR_NOOP("&Resume"), self.resume.emit)
        self.skip_action = self._add(QT_TR_NOOP("S&kip next break"), self.skip.emit)
        self.menu.addSeparator()
        self.progress_action = self._add(QT_TR_NOOP("Pro&gress..."), self.open_progress.emit)
        self.checklist_action = self._add(QT_TR_NOOP("&Checklist..."), self.open_checklist.emit)
        self.settings_action = self._add(QT_TR_NOOP("&Settings..."), self.open_settings.emit)
        self.help_action = self._add(QT_TR_NOOP("When to get &help..."), self.open_help.emit)
        self.menu.addSeparator()
        self.quit_action = self._add(QT_TR_NOOP("&Quit"), self.quit.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()

    def _add(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction("")
        action.triggered.connect(slot)
        self._words.append((action, text))
        return action

    def retranslate(self) -> None:
        """The menu in the current language (again, after the language setting changed)."""
        self.menu.setAccessibleName(tr("DeskCoach menu"))
        for action, text in self._words:
            action.setText(tr(text))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.menu.popup(QCursor.pos())

    def show(self) -> None:
        self.icon.show()

    def update(self, status: Status, now: datetime) -> None:
        line = status_line(status, now)
        self.status_action.setText(line)
        self.icon.setToolTip(f"DeskCoach - {line}")
        paused = status.phase is Phase.PAUSED
        on_break = status.phase is Phase.ON_BREAK
        self.pause_menu.menuAction().setVisible(not paused)
        self.resume_action.setVisible(paused and status.reason != "outside_hours")
        self.break_action.setEnabled(not on_break)
        self.skip_action.setText(tr("S&kip this break") if status.phase in
                                 (Phase.ON_BREAK, Phase.SNOOZED) else tr("S&kip next break"))
        self.skip_action.setEnabled(status.can_skip)
        self.skip_action.setVisible(not status.strict)  # strict mode: no skipping at all
        drawn = (quantize(status.progress), status.phase)
        if drawn != self._drawn:
            self._drawn = drawn
            self.icon.setIcon(self._ring(*drawn))

    def _ring(self, step: int, phase: Phase) -> QIcon:
        """At most 25 steps x 5 phases, each drawn once: no repainting, no new pixmaps."""
        icon = self._icons.get((step, phase))
        if icon is None:
            icon = self._icons[(step, phase)] = ring_icon(step, phase, ratio=self._ratio)
        return icon

    def draw_ahead(self) -> None:
        """Draw every step of the work ring now, while the app is starting anyway.

        Qt's raster engine hands fills of more than ~100 spans (one small ring is enough) to a
        pool of helper threads, which it starts for the occasion and lets expire 30 s later;
        drawing each step as it comes would wake the app up that way every 100 s of work.
        """
        for step in range(STEPS + 1):
            self._ring(step, Phase.WORKING)

    def notify(self, title: str, text: str, warning: bool = False) -> None:
        kind = (QSystemTrayIcon.MessageIcon.Warning if warning
                else QSystemTrayIcon.MessageIcon.Information)
        self.icon.showMessage(title, text, kind, 10_000)

    def eye_break(self, seconds: int) -> None:
        """The eye micro-break: a message that asks nothing and closes by itself."""
        self.icon.showMessage(
            tr("Eye break"), tr("Look at something at least 6 metres away for %n seconds, "
                                "and blink slowly a few times.", "", seconds),
            QSystemTrayIcon.MessageIcon.NoIcon, seconds * 1000)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()
