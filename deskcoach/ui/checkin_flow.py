"""Check-ins in the app: which question to offer after a rated break, storing the answers,
telling the user what changed in their plan and, on a warning sign, when to get help."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from deskcoach.core.checkins import question_due
from deskcoach.services.coaching import Coach, CoachError
from deskcoach.ui.checkin_window import CheckinWindow
from deskcoach.ui.help_page import HelpPage
from deskcoach.ui.text import tr


class CheckinFlow(QObject):
    notify = Signal(str, str)  # title, text

    def __init__(self, coach: Coach, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self._now = now
        self.window: CheckinWindow | None = None
        self.help: HelpPage | None = None

    def offer(self, rating: str | None, exercises: tuple[str, ...]) -> CheckinWindow | None:
        """After the break's one-tap rating: at most one question, or none."""
        now = self._now()
        log = self.coach.log.checkins(now - timedelta(days=8), now + timedelta(seconds=1))
        kind = question_due(log, now, rating)
        if kind is None:
            return None
        names = [(i, e.name) for i in exercises if (e := self.coach.catalogue.get(i))]
        self.window = CheckinWindow(kind, names)
        self.window.submitted.connect(self.save)
        self.window.show()
        return self.window

    def save(self, answers: list[tuple[int, str, str]], kind: str, note: str) -> None:
        now = self._now()
        flags: list[str] = []
        reasons: list[str] = []
        for i, (pain, region, exercise) in enumerate(answers):
            try:  # the note is kept once, with the first answer (a body map gives several)
                result = self.coach.handle("checkin", {
                    "pain": str(pain), "kind": kind, "region": region, "exercise": exercise,
                    "flags": "[]", "note": "" if i else note}, now)
            except CoachError as exc:
                self.notify.emit("DeskCoach", str(exc))
                return
            flags += [f["text"] for f in result["red_flags"] if f["text"] not in flags]
            reasons += [c["reason"] for c in result["changes"]]
        if reasons:
            self.notify.emit(tr("Your plan changed"), "\n".join(r + "." for r in reasons))
        if flags:
            self.show_help(flags)

    def show_help(self, matched: list[str]) -> HelpPage:
        self.help = HelpPage(matched)
        self.help.show()
        return self.help
