"""The break on screen: the player window made at the first break, shown and hidden as the
break runner says, its buttons wired to the user's commands, and the start and end cues."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from deskcoach.core.status import Outcome, Phase, Status
from deskcoach.services.coach import Coach
from deskcoach.ui.text import tr

#: The break window is built this many real seconds before a break falls due, so it shows at
#: once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner,
#: so an idle app does not carry it for the whole work stretch.
PREPARE_REAL_SECONDS = 120

if TYPE_CHECKING:  # loaded at the first break (the figure and the stylesheets)
    from deskcoach.core.events import ShowBreak
    from deskcoach.ui.break_window import BreakWindow
    from deskcoach.ui.notice_window import NoticeWindow


class BreakScreen:
    def __init__(self, coach: Coach, ratio: float, report: Callable[[str | None], None],
                 notify: Callable[[str, str], None],
                 checkin: Callable[[str, tuple[str, ...]], object] = lambda r, ids: None) -> None:
        """`report` tells a refusal; `notify` shows a tray notice (title, text); `checkin`
        offers the check-in after a rating (not None when it asks)."""
        self.coach = coach
        self._checkin = checkin
        self._left_seen: int | None = None  # the break's seconds left at the last refresh
        self.window: BreakWindow | None = None  # built shortly before the first break is due
        self.notice: NoticeWindow | None = None  # the pre-break notice, built at the first
        self._ratio = ratio
        self.prepare_ahead = False  # set once the app has started: refresh builds ahead
        self._report = report
        self._notify = notify
        coach.runner.break_shown.connect(self.show)
        coach.runner.break_hidden.connect(self.hide)
        coach.runner.notice.connect(self.show_notice)

    def pointer_inside(self) -> bool:
        """Whether input is on the break window (there, it is not working elsewhere)."""
        return self.window is not None and self.window.input_on_break()

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
        runner = self.coach.runner
        settings = runner.settings
        window = self._made()
        window.set_snooze_minutes(settings.snooze_minutes)
        window.reduced_motion = settings.reduced_motion
        window.break_screens = settings.break_screens
        window.update_status(runner.status())
        # The note is shown exactly while the break's countdown waits for it.
        window.present(effect.break_seconds, self.coach.routines.routine,
                       safety_first=runner.cycle.reading_since is not None,
                       notes=runner.unseen_notes(), general=self.coach.records.safety_needed)
        self.cue("start")

    def cue(self, which: str) -> None:
        """A break cue, unless sound is off or a meeting holds breaks (never into a call)."""
        from deskcoach.platform.sound import play_cue

        runner = self.coach.runner
        s = runner.settings
        if not s.sound or runner.cycle.blocked == "meeting":
            return
        if not play_cue(s.sound_cue, which, s.sound_volume):
            QApplication.beep()

    def hide(self, outcome: Outcome | None) -> None:
        if self.window is None:
            return
        # The last refresh came at most one break poll (1 s of real time) before the end.
        last_poll = 1 + self.coach.clock.scale
        if outcome is Outcome.COMPLETED and self._left_seen is not None and \
                self._left_seen <= last_poll:
            self.cue("end")  # the countdown ran out: call back whoever walked away
        self._left_seen = None
        if outcome is Outcome.COMPLETED and self.coach.routines.routine.exercises:
            self.window.ask_feedback()
        else:
            self.window.dismiss()

    def show_notice(self, seconds: int) -> None:
        """The pre-break notice, with "Start now" and "In 5 minutes" (see NoticeWindow)."""
        from deskcoach.ui.notice_window import NoticeWindow

        commands, runner = self.coach.commands, self.coach.runner
        if self.notice is None:
            self.notice = NoticeWindow()
            self.notice.start_now.connect(lambda: self._report(commands.take_break()))
            self.notice.later.connect(lambda: self._report(commands.snooze()))
        self.notice.set_snooze_minutes(runner.settings.snooze_minutes)
        self.notice.present(seconds, runner.status())

    def refresh(self, status: Status) -> None:
        if self.window is None and self.prepare_ahead and self._due_soon(status):
            self._made()
            from deskcoach.platform import sound  # noqa: F401  (the start cue's module)
        if self.notice is not None and self.notice.isVisible():
            if status.phase is Phase.PRE_BREAK:
                self.notice.update_status(status)
            else:
                self.notice.hide()  # the break began, or was put off, paused or skipped
        window = self.window
        if window is not None and window.isVisible():
            self._left_seen = status.break_seconds_left
            window.update_status(status)
            runner, routine = self.coach.runner, self.coach.routines.routine
            if window.routine is not routine:
                window.set_routine(routine)
                if runner.cycle.reading_since is not None and runner.unseen_notes():
                    window.show_notes(runner.unseen_notes())  # a swap brought a new exercise

    def _due_soon(self, status: Status) -> bool:
        """Whether a break falls due within PREPARE_REAL_SECONDS of real time."""
        return (status.phase in (Phase.WORKING, Phase.PRE_BREAK)
                and status.seconds_left <= PREPARE_REAL_SECONDS * self.coach.clock.scale)

    def renew(self) -> None:
        """After a language change: a hidden window is made again, in the new words, when
        next needed (one on screen keeps its words until the break ends)."""
        if self.window is not None and not self.window.isVisible():
            self.window.deleteLater()
            self.window = None

    def close(self) -> None:
        if self.window is not None:
            self.window.dismiss()

    def _rated(self, rating: str) -> None:
        self.coach.records.rate(rating)
        if self._checkin(rating, self.coach.routines.routine.ids) is not None:
            return  # the check-in asks how it feels; its answers pace the plan
        if rating == "uncomfortable":
            self._notify(tr("Thanks for telling DeskCoach"), tr(
                "If discomfort keeps coming back, a "
                "quick workstation check can help: Checklist... in the menu. See a clinician "
                "about pain that persists."))
