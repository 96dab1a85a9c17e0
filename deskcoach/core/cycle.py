"""The work/break cycle as a pure state machine: events in, effects out.

Every event carries the moment it happened as an `Instant`: the wall clock (for what people
read and for wall-clock deadlines such as "paused until 14:30") and a monotonic reading (for
every countdown). Countdowns run on the monotonic clock, so the wall clock jumping back or
forth, or a DST change, never shortens or stretches one. A moment where the wall clock moved
much further than the monotonic one means the machine slept (or the clock jumped ahead): if
that gap is at least a break long, it counts as a natural break and a fresh stretch begins,
so waking up never brings a burst of overdue breaks.

A break's countdown runs only while it can be followed: it waits while the user types
elsewhere, is away, or reads the first-break safety note (`safety_note`), so none of those
uses the break up. Quitting during a break records it as missed: it fell due and was not
taken.

`handle` returns effects to carry out; a refused command adds a `Refusal`. Events and
effects: events.py (read as `events.Tick`: `deskcoach run` loads it with the first event);
the status shown: status.py; read-only answers (status, next wake-up): cycle_queries.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from deskcoach.core import absence, events
from deskcoach.core import cycle_queries as queries
from deskcoach.core.hours import HoursError, WorkingHours, parse_hours
from deskcoach.core.i18n import fill, tr
from deskcoach.core.moments import Instant, seconds_between, shift
from deskcoach.core.settings import Settings
from deskcoach.core.status import Attention, BreakRecord, Outcome, Phase, Status


class _Refuse(Exception):
    """A command the state or the settings do not allow; `handle` turns it into a Refusal."""


@dataclass
class _Break:
    due: datetime
    started: datetime | None = None
    snoozes: int = 0
    shown_mono: float = 0.0
    remaining: float = 0.0
    waited: float = 0.0  # time the user was away while it was on screen
    seconds: int | None = None  # this break's own length (a daily anchor's); None: settings


@dataclass
class BreakCycle:
    """The cycle: working -> pre-break notice -> on break -> (snoozed ->) working."""

    settings: Settings
    last: Instant
    skips_today: int = 0
    phase: Phase = Phase.WORKING
    stretch_start: float = 0.0
    extension: float = 0.0  # seconds added to this stretch by skipping its break
    due_mono: float = 0.0
    paused_until: datetime | None = None
    user_active: bool = False
    current: _Break | None = None
    pause_reason: str = "paused"  # or "outside_hours"
    away: str | None = None  # "idle" | "locked" while the user is away
    away_since: Instant | None = None
    away_during_break: bool = False
    away_slept: bool = False  # the machine slept during this absence
    blocked: str | None = None  # "fullscreen" | "meeting"
    held_since: float | None = None  # when a due break began to wait for `blocked`
    overdue_told: bool = False
    safety_note: bool = False  # the next break opens with the safety note; its countdown waits
    reading_since: float | None = None  # when the note on screen appeared
    day: date = field(init=False)
    hours: WorkingHours = field(init=False)

    def __post_init__(self) -> None:
        self.day = self.last.wall.date()
        self.hours = _hours(self.settings)
        self._fresh_stretch(self.last)

    # ---- the one entry point ----

    def handle(self, event: events.Event) -> list[events.Effect]:
        """Catch up with time, carry the event out, advance: the effects, in order. A refused
        command changes nothing and ends the list with a `Refusal` saying why."""
        now = event.at
        effects = self._observe(now)
        try:
            effects += self._command(event)
        except _Refuse as refusal:
            return [*effects, *self._advance(now), events.Refusal(str(refusal))]
        if isinstance(event, events.Shutdown):
            return effects
        return effects + self._advance(now)

    def _command(self, event: events.Event) -> list[events.Effect]:
        now = event.at
        if isinstance(event, events.BreakNow):
            return self._break_now(now, event.seconds)
        if isinstance(event, events.Done):
            return self._done(now)
        if isinstance(event, events.Snooze):
            return self._snooze(now)
        if isinstance(event, events.Skip):
            return self._skip(now)
        if isinstance(event, events.Pause):
            return self._pause(now, event.until)
        if isinstance(event, events.Resume) and self.phase is Phase.PAUSED:
            if self.pause_reason == "outside_hours":
                raise _Refuse(tr("it is outside your working hours: DeskCoach starts again when "
                                 "they begin (change working_hours to work now)"))
            self._fresh_stretch(now)
        elif isinstance(event, events.ChangeSettings):
            self._change_settings(now, event.settings)
        elif isinstance(event, events.UserActive):
            self.user_active = event.active
        elif isinstance(event, events.Away):
            absence.leave(self, now, event.reason, event.idle_seconds)
        elif isinstance(event, events.Back):
            return absence.come_back(self, now)
        elif isinstance(event, events.Blocked):
            self.blocked = event.reason
            if event.reason is None:
                self.held_since, self.overdue_told = None, False
        elif isinstance(event, events.NoteRead):
            self._note_read(now)
        elif isinstance(event, events.Shutdown) and self.phase is Phase.SNOOZED:
            return self._finish(now, Outcome.SNOOZED)
        elif isinstance(event, events.Shutdown) and self.phase is Phase.ON_BREAK:
            return self._finish(now, Outcome.MISSED)
        return []

    # ---- queries ----

    def status(self, now: Instant) -> Status:
        return queries.status(self, now)

    def break_length(self) -> int:
        return queries.break_length(self)

    def break_left(self, now: Instant) -> float | None:
        """Seconds left on the break's countdown at `now`; None when no break is on."""
        return queries.break_left(self, now)

    def next_wakeup(self, now: Instant) -> datetime | None:
        """The wall-clock moment at which the cycle next needs a Tick (see queries)."""
        return queries.next_wakeup(self, now)

    def attention(self, now: Instant, lookahead: float) -> Attention:
        """What the presence detectors need to know (see queries)."""
        return queries.attention(self, now, lookahead)

    # ---- time ----

    def _observe(self, now: Instant) -> list[events.Effect]:
        """Account for the time since the last event: sleep, clock jumps, a new day."""
        effects: list[events.Effect] = []
        elapsed = max(0.0, now.mono - self.last.mono)
        gap = seconds_between(self.last.wall, now.wall) - (now.mono - self.last.mono)
        if self.phase is Phase.ON_BREAK and self.current is not None and not self.frozen():
            self.current.remaining -= elapsed
        if gap >= self.settings.break_seconds and self.phase is not Phase.PAUSED:
            # Asleep (or the clock leapt ahead) for at least a break: that was a break.
            if self.current is None:
                self.current = self._coming(self.last)
            self.current.started = self.current.started or self.last.wall
            effects += self._finish(now, Outcome.NATURAL)
        self.last = now
        if now.wall.date() != self.day:
            self.day = now.wall.date()
            self.skips_today = 0
        self._follow_hours(now)
        return effects

    def _follow_hours(self, now: Instant) -> None:
        """Outside working hours DeskCoach rests, like a pause that ends when work starts."""
        inside = self.hours.inside(now.wall)
        if not inside and self.phase in (Phase.WORKING, Phase.PRE_BREAK):
            self._rest(now)
        elif inside and self.phase is Phase.PAUSED and self.pause_reason == "outside_hours":
            self._fresh_stretch(now)

    def _rest(self, now: Instant) -> None:
        self.phase, self.pause_reason = Phase.PAUSED, "outside_hours"
        self.paused_until = self.hours.next_start(now.wall)

    def _advance(self, now: Instant) -> list[events.Effect]:
        s = self.settings
        if self.phase is Phase.PAUSED:
            if self.paused_until is not None and seconds_between(now.wall, self.paused_until) <= 0:
                self._fresh_stretch(now)
            if self.phase is Phase.PAUSED:
                return []
        if self.away is not None:
            return []  # nothing falls due while nobody is there
        if self.phase is Phase.WORKING and now.mono < self.due_mono:
            notice_at = self.due_mono - s.notice_seconds
            if s.notice_seconds > 0 and now.mono >= notice_at:
                self.phase = Phase.PRE_BREAK
                return [events.ShowNotice(queries.ceil_seconds(self.due_mono - now.mono))]
            return []
        if self.phase in (Phase.WORKING, Phase.PRE_BREAK, Phase.SNOOZED):
            if now.mono < self.due_mono:
                return []
            if self.blocked is None:
                return self._start_break(now)
            # Due, but a meeting or full-screen app is in front: the break waits.
            self.held_since = self.due_mono if self.held_since is None else self.held_since
            if not self.overdue_told and now.mono - self.held_since >= s.max_defer_minutes * 60:
                self.overdue_told = True
                return [events.Overdue(s.max_defer_minutes)]
            return []
        brk = self.current
        if self.phase is Phase.ON_BREAK and brk is not None:
            if brk.remaining <= 0:
                return self._finish(now, Outcome.COMPLETED)
            give_up = (brk.shown_mono + brk.waited + queries.break_length(self)
                       + queries.IGNORED_GRACE_SECONDS)
            if now.mono >= give_up:
                return self._finish(now, Outcome.MISSED)
        return []

    # ---- commands ----

    def _break_now(self, now: Instant, seconds: int | None = None) -> list[events.Effect]:
        if self.phase is Phase.ON_BREAK:
            return []
        if seconds is not None and seconds <= 0:
            raise _Refuse("a break lasts at least one second")
        if self.phase is not Phase.SNOOZED:
            self.current = _Break(due=now.wall)
        if seconds is not None and self.current is not None:
            self.current.seconds = seconds  # kept through snoozes; the next break is new
        return self._start_break(now)

    def _done(self, now: Instant) -> list[events.Effect]:
        if self.phase is not Phase.ON_BREAK:
            raise _Refuse(tr("there is no break on screen to finish"))
        return self._finish(now, Outcome.COMPLETED)

    def _snooze(self, now: Instant) -> list[events.Effect]:
        s = self.settings
        if self.phase not in (Phase.ON_BREAK, Phase.PRE_BREAK):
            raise _Refuse(tr("there is no break to snooze right now"))
        if s.strict_mode:
            raise _Refuse(tr("strict mode is on: breaks cannot be snoozed"))
        brk = self.current or self._coming(now)
        if brk.snoozes >= s.snoozes_per_break:
            raise _Refuse(fill(tr("this break cannot be snoozed again (limit: %1 per break)"),
                               s.snoozes_per_break))
        brk.snoozes += 1
        self.current = brk
        on_screen = self.phase is Phase.ON_BREAK
        effects: list[events.Effect] = [events.HideBreak(None)] if on_screen else []
        self.phase = Phase.SNOOZED
        self.due_mono = now.mono + s.snooze_minutes * 60
        return effects

    def _check_skip(self) -> None:
        s = self.settings
        if self.phase is Phase.PAUSED:
            raise _Refuse(tr("DeskCoach is paused: there is no break to skip"))
        if s.strict_mode:
            raise _Refuse(tr("strict mode is on: breaks cannot be skipped"))
        if not s.skips_unlimited and self.skips_today >= s.daily_skip_budget:
            raise _Refuse(fill(tr("no skips left today (daily budget: %1)"), s.daily_skip_budget))

    def _skip(self, now: Instant) -> list[events.Effect]:
        self._check_skip()
        self.skips_today += 1
        if self.phase in (Phase.WORKING, Phase.PRE_BREAK):
            # Skip the coming break: the stretch runs on for one more interval.
            skipped = self._coming(now)
            self.extension += self.settings.work_minutes * 60
            self.due_mono += self.settings.work_minutes * 60
            self.phase = Phase.WORKING
            return [events.Record(self._record(skipped, now, Outcome.SKIPPED))]
        return self._finish(now, Outcome.SKIPPED)

    def _pause(self, now: Instant, until: datetime) -> list[events.Effect]:
        if seconds_between(now.wall, until) <= 0:
            raise _Refuse(tr("a pause must end in the future"))
        effects: list[events.Effect] = []
        if self.phase in (Phase.ON_BREAK, Phase.SNOOZED):
            self._check_skip()  # pausing skips the break in progress
            self.skips_today += 1
            effects = self._finish(now, Outcome.SKIPPED)
        self.phase = Phase.PAUSED
        self.paused_until = until
        self.pause_reason = "paused"
        return effects

    def begin_reading(self, now: Instant) -> None:
        """A note on screen before the break's exercises: the countdown waits until NoteRead."""
        if self.phase is Phase.ON_BREAK and self.reading_since is None:
            self.reading_since = now.mono

    def frozen(self) -> bool:
        """Whether a break's countdown waits (see the module's docstring)."""
        return self.user_active or self.away is not None or self.reading_since is not None

    def _note_read(self, now: Instant) -> None:
        self.safety_note = False
        if self.reading_since is not None and self.current is not None:
            self.current.waited += max(0.0, now.mono - self.reading_since)
        self.reading_since = None

    def _change_settings(self, now: Instant, new: Settings) -> None:
        old, self.settings = self.settings, new
        self.hours = _hours(new)
        if self.phase in (Phase.WORKING, Phase.PRE_BREAK):
            self.due_mono = max(self.stretch_start + self.extension + new.work_minutes * 60,
                                now.mono)
            if self.phase is Phase.PRE_BREAK and now.mono < self.due_mono - new.notice_seconds:
                self.phase = Phase.WORKING
        elif self.phase is Phase.ON_BREAK and self.current is not None and \
                self.current.seconds is None:  # a break of its own length keeps it
            self.current.remaining += new.break_seconds - old.break_seconds
        self._follow_hours(now)  # new working hours apply now, not at the next Tick

    # ---- transitions ----

    def _start_break(self, now: Instant) -> list[events.Effect]:
        brk = self.current or self._coming(now)
        brk.started = brk.started or now.wall
        brk.shown_mono = now.mono
        self.current = brk
        brk.remaining = float(queries.break_length(self))
        self.phase = Phase.ON_BREAK
        self.user_active = False
        self.reading_since = now.mono if self.safety_note else None
        return [events.ShowBreak(queries.break_length(self), again=brk.snoozes > 0)]

    def _finish(self, now: Instant, outcome: Outcome) -> list[events.Effect]:
        brk = self.current or _Break(due=now.wall)
        effects: list[events.Effect] = []
        if self.phase is Phase.ON_BREAK:
            effects.append(events.HideBreak(outcome))
        effects.append(events.Record(self._record(brk, now, outcome)))
        self._fresh_stretch(now)
        return effects

    def _record(self, brk: _Break, now: Instant, outcome: Outcome) -> BreakRecord:
        # The exercises are the player's business; the controller adds them to the record.
        return BreakRecord(brk.due, brk.started, now.wall, outcome, brk.snoozes, ())

    def _fresh_stretch(self, now: Instant) -> None:
        self.phase = Phase.WORKING
        self.current = None
        self.paused_until = None
        self.pause_reason = "paused"
        self.user_active = False
        self.reading_since = None
        self.held_since, self.overdue_told = None, False
        self.stretch_start = now.mono
        self.extension = 0.0
        self.due_mono = now.mono + self.settings.work_minutes * 60
        if not self.hours.inside(now.wall):
            self._rest(now)  # work begins only within the working hours

    def _coming(self, now: Instant) -> _Break:
        """The break this stretch is heading for, as seen at `now`."""
        return _Break(due=self._due_wall(now))

    def _due_wall(self, now: Instant) -> datetime:
        return shift(now.wall, self.due_mono - now.mono)

def _hours(settings: Settings) -> WorkingHours:
    try:
        return parse_hours(settings.working_hours)
    except HoursError:  # settings are validated; this only guards odd hand-made objects
        return WorkingHours()
