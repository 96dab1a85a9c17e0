"""The user's commands (tray, break window, control socket): each returns a refusal or None.

A refusal is one plain sentence saying why.
"""

from __future__ import annotations

from deskcoach.core import events
from deskcoach.core.durations import DurationError, pause_end
from deskcoach.core.status import Phase
from deskcoach.services.records import Records
from deskcoach.services.routines import Routines
from deskcoach.services.runner import BreakRunner


class Commands:
    def __init__(self, runner: BreakRunner, routines: Routines, records: Records) -> None:
        self.runner = runner
        self.routines = routines
        self.records = records

    def take_break(self, exercise: str | None = None, seconds: int | None = None) -> str | None:
        """A break now; with `exercise`, that one (on a break already: it takes the place of
        the exercise on screen from now, as a swap does); with `seconds`, that long (a daily
        anchor's five minutes) instead of break_seconds."""
        if exercise is not None and self.runner.cycle.phase is Phase.ON_BREAK:
            refusal = self.routines.show_now(exercise, self.runner.break_elapsed())
            if refusal is None:
                self.runner.swapped_in()
            return refusal
        if exercise is not None:
            refusal = self.routines.force(exercise)
            if refusal:
                return refusal
        return self.runner.command(lambda at: events.BreakNow(at, seconds))

    def swap(self) -> str | None:
        """Replace the exercise on screen with another that fits the time left."""
        if self.runner.cycle.phase is not Phase.ON_BREAK:
            return "there is no exercise on screen to swap"
        refusal = self.routines.swap(self.runner.break_elapsed())
        if refusal is None:
            self.runner.swapped_in()
        return refusal

    def acknowledge_safety(self) -> None:
        """The note has been read: remember it, and start the break's countdown only now."""
        self.records.acknowledge_safety(self.routines.routine.ids)
        self.runner.command(events.NoteRead)

    def done(self) -> str | None:
        return self.runner.command(events.Done)

    def snooze(self) -> str | None:
        return self.runner.command(events.Snooze)

    def skip(self) -> str | None:
        return self.runner.command(events.Skip)

    def resume(self) -> str | None:
        return self.runner.command(events.Resume)

    def pause(self, length: str) -> str | None:
        """`length` as the user wrote it: 30m, 1h30m, tomorrow (see core.durations)."""
        now = self.runner.clock.now()
        try:
            until = pause_end(length, now.wall, self.runner.cycle.hours)
        except DurationError as exc:
            return str(exc)
        return self.runner.dispatch(events.Pause(now, until))
