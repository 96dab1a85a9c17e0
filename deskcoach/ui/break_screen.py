"""The break on screen: the player window made at the first break, shown and hidden as the
break runner says, its buttons wired to the user's commands, and the chime."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from deskcoach.core.events import Outcome, ShowBreak, Status
from deskcoach.services.coach import Coach
from deskcoach.ui.text import tr

if TYPE_CHECKING:  # loaded at the first break (the figure and the stylesheets)
    from deskcoach.ui.break_window import BreakWindow


class BreakScreen:
    def __init__(self, coach: Coach, ratio: float, report: Callable[[str | None], None],
                 notify: Callable[[str, str], None]) -> None:
        """`report` tells a refusal; `notify` shows a tray notice (title, text)."""
        self.coach = coach
        self.window: BreakWindow | None = None  # built at the first break
        self._ratio = ratio
        self._report = report
        self._notify = notify
        coach.runner.break_shown.connect(self.show)
        coach.runner.break_hidden.connect(self.hide)

    def pointer_inside(self) -> bool:
        """Whether the pointer is over the break window (there, it is not working elsewhere)."""
        return self.window is not None and self.window.pointer_inside()

    def _made(self) -> BreakWindow:
        if self.window is not None:
            return self.window
        from deskcoach.ui.break_window import BreakWindow
        from deskcoach.ui.tray_icon import ring_icon

        runner, commands = self.coach.runner, self.coach.commands
        window = self.window = BreakWindow(runner.settings.snooze_minutes)
        window.elapsed = runner.break_elapsed
        window.setWindowIcon(ring_icon(16, runner.status().phase, self._ratio))
        window.done.connect(lambda: self._report(commands.done()))
        window.snooze.connect(lambda: self._report(commands.snooze()))
        window.skip.connect(lambda: self._report(commands.skip()))
        window.swap.connect(lambda: self._report(commands.swap()))
        window.feedback.connect(self._rated)
        window.safety_acknowledged.connect(commands.acknowledge_safety)
        return window

    def show(self, effect: ShowBreak) -> None:
        from deskcoach.platform.sound import play_chime

        runner = self.coach.runner
        settings = runner.settings
        window = self._made()
        window.set_snooze_minutes(settings.snooze_minutes)
        window.reduced_motion = settings.reduced_motion
        window.update_status(runner.status())
        # The note is shown exactly while the break's countdown waits for it.
        window.present(effect.break_seconds, self.coach.routines.routine,
                       safety_first=runner.cycle.reading_since is not None)
        if settings.sound and not play_chime():
            QApplication.beep()

    def hide(self, outcome: Outcome | None) -> None:
        if self.window is None:
            return
        if outcome is Outcome.COMPLETED and self.coach.routines.routine.exercises:
            self.window.ask_feedback()
        else:
            self.window.dismiss()

    def refresh(self, status: Status) -> None:
        window = self.window
        if window is not None and window.isVisible():
            window.update_status(status)
            if window.routine is not self.coach.routines.routine:
                window.set_routine(self.coach.routines.routine)

    def close(self) -> None:
        if self.window is not None:
            self.window.dismiss()

    def _rated(self, rating: str) -> None:
        self.coach.records.rate(rating)
        if rating == "uncomfortable":
            self._notify(tr("Thanks for telling DeskCoach"), tr(
                "That exercise will come back less often. If discomfort keeps coming back, a "
                "quick workstation check can help: Checklist... in the menu. See a clinician "
                "about pain that persists."))
