"""The break runner: feeds events to the cycle, carries its effects out, arms the next wake-up.

Events come in from the alarm, the refresh timer, presence, the user's commands and the
control socket; each goes through `dispatch`, which hands it to the cycle, performs the
effects (records to the history, routines chosen, signals for the screen), arms the next
deadline and says that the state changed. Nothing here draws.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from deskcoach.core import events
from deskcoach.core.anchors import parse_anchors
from deskcoach.core.cycle import BreakCycle
from deskcoach.core.hours import WorkingHours
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Attention, Phase, Status
from deskcoach.services.clock import AppClock
from deskcoach.services.eye_breaks import EyeBreaks, earliest
from deskcoach.services.records import Records
from deskcoach.services.routines import Routines

if TYPE_CHECKING:
    from deskcoach.core.exercises import Exercise
    from deskcoach.platform.activity import ActivityProbe
    from deskcoach.services.scheduling import DeadlineAlarm

log = logging.getLogger(__name__)

#: Input within this many real seconds means the user is working, not on the break.
ACTIVE_WITHIN_SECONDS: Final = 3.0
REFRESH_APP_SECONDS: Final = 60.0  # the tray redraws once a minute
BREAK_POLL_MS: Final = 1000  # only while a break window is up


class BreakRunner(QObject):
    changed = Signal()
    about_to_tick = Signal()  # presence asks its detectors before the cycle catches up
    break_shown = Signal(object)  # ShowBreak
    break_hidden = Signal(object)  # Outcome | None
    notice = Signal(int)  # seconds until the break
    overdue = Signal(int)  # minutes a break has waited for a meeting or full-screen app
    eye_prompt = Signal(int)  # seconds: look into the distance (non-blocking)
    eye_closed = Signal()
    anchor_due = Signal(str, object)  # a daily anchor's name, its five-minute Routine

    def __init__(self, clock: AppClock, settings: Settings, records: Records,
                 routines: Routines, pointer_on_break: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        """`pointer_on_break`: whether the pointer is over the break window (moving it
        there is not working elsewhere)."""
        super().__init__(parent)
        self.clock = clock
        self.records = records
        self.routines = routines
        self.pointer_on_break = pointer_on_break
        self.probe: ActivityProbe | None = None  # see start
        self.alarm: DeadlineAlarm | None = None  # see start
        self._hours_jobs: WorkingHours | None = None  # the schedule the alarm's jobs follow
        self._anchor_jobs: str | None = None  # the daily anchors the alarm's jobs follow
        self._shut = False
        now = clock.now()
        self.cycle = BreakCycle(settings, now, skips_today=records.today_counts(now).skipped,
                                safety_note=records.safety_needed)
        self.eyes = EyeBreaks(lambda: records.history.connection, now,
                              settings.eye_break_minutes, self.eye_prompt.emit,
                              self.eye_closed.emit)
        self.refresh = QTimer(self)
        self.refresh.setTimerType(Qt.TimerType.CoarseTimer)
        self.refresh.setInterval(clock.real_ms(REFRESH_APP_SECONDS))
        self.refresh.timeout.connect(self.tick)
        self.refresh.start()
        self._break_poll = QTimer(self)
        self._break_poll.setInterval(BREAK_POLL_MS)
        self._break_poll.timeout.connect(self._poll_break)
        # At once when a break shows (is the user typing?); owned, so it dies with the runner.
        self._first_poll = QTimer(self)
        self._first_poll.setSingleShot(True)
        self._first_poll.setInterval(0)
        self._first_poll.timeout.connect(self._poll_break)

    def start(self, probe: ActivityProbe) -> None:
        """Start-up stage, once the tray icon shows: the activity probe chosen for this
        desktop, and the scheduler (importing APScheduler costs tens of milliseconds, and
        nothing is due before then)."""
        from deskcoach.services import scheduling

        self.probe = probe
        if self.alarm is None:
            self.alarm = scheduling.DeadlineAlarm(self)
            self.alarm.due.connect(self.tick)
            self._rearm(self.clock.now())

    @property
    def settings(self) -> Settings:
        return self.cycle.settings

    # ---- events ----

    def tick(self) -> None:
        self.about_to_tick.emit()
        self.dispatch(events.Tick(self.clock.now()))

    def dispatch(self, event: events.Event) -> str | None:
        """Run one event through the cycle and carry its effects out; returns why a command
        was refused, or None."""
        # Credited with what the player has shown: nothing while the safety note covers it.
        shown = self.cycle.phase is Phase.ON_BREAK and self.cycle.reading_since is None
        done = self.routines.routine.reached(self.break_elapsed()) if shown else ()
        refused = None
        for effect in self.cycle.handle(event):
            if isinstance(effect, events.ShowNotice):
                self.notice.emit(effect.seconds_ahead)
            elif isinstance(effect, events.ShowBreak):
                log.info("break shown at %s", event.at.wall.isoformat())
                fresh = not (effect.again and self.routines.routine.exercises)
                if fresh or self.routines.anchor_routine is not None:  # an anchor: its own
                    self.routines.choose(event.at, effect.break_seconds)
                if self.unseen_notes():  # an exercise's cautions come before it first plays
                    self.cycle.begin_reading(event.at)
                self._break_poll.start()
                self._first_poll.start()
                self.break_shown.emit(effect)
            elif isinstance(effect, events.HideBreak):
                self._break_poll.stop()
                self.break_hidden.emit(effect.outcome)
            elif isinstance(effect, events.Overdue):
                self.overdue.emit(effect.minutes)
            elif isinstance(effect, events.Record):
                self.records.store(effect.record._replace(exercises=done))
            elif isinstance(effect, events.Refusal):
                refused = effect.reason
        self.eyes.follow(event.at, self.cycle)
        self.records.follow(self.cycle.phase is Phase.PAUSED, event.at)
        self._rearm(event.at)
        self.changed.emit()
        return refused

    def command(self, make: Callable[[Instant], events.Event]) -> str | None:
        """Dispatch a command made for the moment now; returns the refusal, or None."""
        return self.dispatch(make(self.clock.now()))

    def change_settings(self, settings: Settings) -> None:
        self.dispatch(events.ChangeSettings(self.clock.now(), settings))

    def shutdown(self) -> None:
        """Record what can still be known, stop the timers, the scheduler and the probe."""
        if self._shut:
            return
        self._shut = True
        self.dispatch(events.Shutdown(self.clock.now()))
        self.refresh.stop()
        self._break_poll.stop()
        self._first_poll.stop()
        if self.alarm is not None:
            self.alarm.shutdown()
        if self.probe is not None:
            self.probe.close()

    def anchor(self, name: str) -> None:
        """A daily anchor's time: offer its five-minute routine, unless a break, a pause, a
        meeting or the user's absence means now is not the moment."""
        c = self.cycle
        if c.phase is Phase.WORKING and c.away is None and c.blocked is None:
            routine = self.routines.anchor(self.clock.now().wall.date())
            if routine.exercises:
                self.anchor_due.emit(name, routine)

    def swapped_in(self) -> None:
        """An exercise new to this user shows its cautions first; the countdown waits."""
        if self.unseen_notes():
            self.cycle.begin_reading(self.clock.now())
        self.changed.emit()

    # ---- queries ----

    def unseen_notes(self) -> tuple[Exercise, ...]:
        """The routine's exercises with cautions this user has not been shown yet."""
        return self.routines.unseen_notes(self.records.notes_seen())

    def status(self) -> Status:
        return self.cycle.status(self.clock.now())

    def attention(self, lookahead: float) -> Attention:
        return self.cycle.attention(self.clock.now(), lookahead)

    def break_elapsed(self) -> float:
        """Seconds of the break's countdown that have run (0 when no break is on)."""
        left = self.cycle.break_left(self.clock.now())
        return 0.0 if left is None else max(0.0, self.cycle.break_length() - left)

    # ---- internals ----

    def _rearm(self, now: Instant) -> None:
        """Set the scheduler to tick at the cycle's next deadline and at the working-hours
        edges (cron jobs, replaced only when the schedule changes)."""
        if self.alarm is None:
            return
        if self.cycle.hours != self._hours_jobs:
            self._hours_jobs = self.cycle.hours
            self.alarm.follow_hours(self.cycle.hours, self.clock)
        if self.settings.daily_anchors != self._anchor_jobs:
            self._anchor_jobs = self.settings.daily_anchors
            self.alarm.follow_anchors(parse_anchors(self._anchor_jobs), self.clock, self.anchor)
        at = earliest(self.cycle.next_wakeup(now), self.eyes.next_wakeup(now, self.cycle))
        if at is None:
            self.alarm.disarm()
        else:
            self.alarm.arm(self.clock.real_after(at))

    def _poll_break(self) -> None:
        if not self._break_poll.isActive():
            return
        idle = None if self.probe is None else self.probe.idle_seconds()
        active = idle is not None and idle < ACTIVE_WITHIN_SECONDS and not self.pointer_on_break()
        if active != self.cycle.user_active:
            self.dispatch(events.UserActive(self.clock.now(), active))
        else:
            self.tick()
