"""A daily anchor's invitation: the tray says which five minutes of movement are on offer;
clicking the message starts a break with them. Ignoring it is fine: nothing is counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from deskcoach.core.anchors import ANCHOR_SECONDS
from deskcoach.ui.text import tr

if TYPE_CHECKING:
    from deskcoach.core.routine import Routine
    from deskcoach.services.coach import Coach
    from deskcoach.ui.tray import Tray

SHOWN_MS = 30_000


class AnchorPrompt(QObject):
    def __init__(self, tray: Tray, coach: Coach) -> None:
        super().__init__(coach.runner)
        self.tray, self.coach = tray, coach
        self.offered: Routine | None = None
        self._expiry = QTimer(self)  # a click on a later, unrelated message starts nothing
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(SHOWN_MS)
        self._expiry.timeout.connect(self.expire)
        coach.runner.anchor_due.connect(self.offer)
        tray.icon.messageClicked.connect(self.accept)

    def offer(self, name: str, routine: Routine) -> None:
        self.offered = routine
        self._expiry.start()
        names = ", ".join(e.name for e in routine.exercises)
        self.tray.icon.showMessage(
            tr("%1: five minutes for your body").replace("%1", name.capitalize()),
            tr("%1. Click here to start.").replace("%1", names),
            QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)

    def expire(self) -> None:
        self.offered = None

    def accept(self) -> None:
        """The message was clicked (Qt does not say which one: only the latest offer counts)."""
        routine, self.offered = self.offered, None
        if routine is not None:
            self.coach.routines.anchor_routine = routine
            self.coach.commands.take_break(seconds=ANCHOR_SECONDS)
            # Not taken up (refused, or a break was already on): no later break gets it.
            self.coach.routines.anchor_routine = None
