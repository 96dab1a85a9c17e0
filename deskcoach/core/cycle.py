"""The work/break cycle as a pure state machine.

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

`handle` returns effects for the Qt layer to carry out; refused commands raise `Refused`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Final

from deskcoach.core.events import (
    Away,
    Back,
    Blocked,
    BreakNow,
    BreakRecord,
    ChangeSettings,
    Done,
    Effect,
    Event,
    HideBreak,
    Instant,
    NoteRead,
    Outcome,
    Overdue,
    Pause,
    Phase,
    Record,
    Refused,
    Resume,
    ShowBreak,
    ShowNotice,
    Shutdown,
    Skip,
    Snooze,
    Status,
    Tick,
    UserActive,
    seconds_between,
    shift,
)
from deskcoach.core.hours import HoursError, WorkingHours, parse_hours
from deskcoach.core.settings import Settings

#: A break window ignored for this long past its length closes itself and counts as missed.
IGNORED_GRACE_SECONDS: Final = 300.0
#: "Pause until tomorrow" resumes at this local time on the next morning.
MORNING: Final = time(4, 0)


@dataclass
class _Break:
    due: datetime
    started: datetime | None = None
    snoozes: int = 0
    shown_mono: float = 0.0
    remaining: float = 0.0
    waited: float = 0.0  # time the user was away while it was on screen


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

    def handle(self, event: Event) -> list[Effect]:
        now = event.at
        effects = self._observe(now)
        try:
            effects += self._command(event)
        except Refused as refusal:
            refusal.effects = effects + self._advance(now)
            raise
        if isinstance(event, Shutdown):
            return effects
        return effects + self._advance(now)

    def _command(self, event: Event) -> list[Effect]:
        now = event.at
        if isinstance(event, BreakNow):
            return self._break_now(now)
        if isinstance(event, Done):
            return self._done(now)
        if isinstance(event, Snooze):
            return self._snooze(now)
        if isinstance(event, Skip):
            return self._skip(now)
        if isinstance(event, Pause):
            return self._pause(now, event.until)
        if isinstance(event, Resume) and self.phase is Phase.PAUSED:
            if self.pause_reason == "outside_hours":
                raise Refused("it is outside your working hours: DeskCoach starts again when "
                              "they begin (change working_hours to work now)")
            self._fresh_stretch(now)
        elif isinstance(event, ChangeSettings):
            self._change_settings(now, event.settings)
        elif isinstance(event, UserActive):
            self.user_active = event.active
        elif isinstance(event, Away):
            self._away(now, event.reason, event.idle_seconds)
        elif isinstance(event, Back):
            return self._back(now)
        elif isinstance(event, Blocked):
            self.blocked = event.reason
            if event.reason is None:
                self.held_since, self.overdue_told = None, False
        elif isinstance(event, NoteRead):
            self._note_read(now)
        elif isinstance(event, Shutdown) and self.phase is Phase.SNOOZED:
            return self._finish(now, Outcome.SNOOZED)
        elif isinstance(event, Shutdown) and self.phase is Phase.ON_BREAK:
            return self._finish(now, Outcome.MISSED)
        return []

    # ---- queries ----

    def status(self, now: Instant) -> Status:
        s = self.settings
        brk = self.current
        used = brk.snoozes if brk else 0
        snoozes_left = 0 if s.strict_mode else max(0, s.snoozes_per_break - used)
        skips_left = None if s.skips_unlimited else max(0, s.daily_skip_budget - self.skips_today)
        break_left: int | None = None
        next_at: datetime | None
        remaining = self.break_left(now)
        if remaining is not None:
            break_left = _ceil(remaining)
            next_at, left = None, 0
        elif self.phase is Phase.PAUSED and self.paused_until is not None:
            next_at = shift(self.paused_until, s.work_minutes * 60)
            left = _ceil(seconds_between(now.wall, next_at))
        else:
            # Away, the work timer stands still where it was when the user left (the absence
            # is added back on return, or the stretch starts afresh after a natural break).
            at = now.mono if self.away_since is None else min(now.mono, self.away_since.mono)
            left = _ceil(self.due_mono - at)
            next_at = shift(now.wall, left)
        can_skip = (not s.strict_mode and self.phase is not Phase.PAUSED
                    and (skips_left is None or skips_left > 0))
        can_snooze = (snoozes_left > 0 and self.phase in (Phase.ON_BREAK, Phase.PRE_BREAK))
        return Status(self.phase, next_at, left, break_left, self.paused_until,
                      snoozes_left, skips_left, can_snooze, can_skip, self._progress(now),
                      self.phase is Phase.ON_BREAK and self.user_active, self._reason(),
                      s.strict_mode)

    def break_left(self, now: Instant) -> float | None:
        """Seconds left on the break's countdown at `now`; None when no break is on."""
        if self.phase is not Phase.ON_BREAK or self.current is None:
            return None
        running = 0.0 if self._frozen() else max(0.0, now.mono - self.last.mono)
        return max(0.0, self.current.remaining - running)

    def next_wakeup(self, now: Instant) -> datetime | None:
        """The wall-clock moment at which the cycle next needs a Tick. The working hours'
        starts and ends are not among them: the scheduler ticks at those (cron jobs built
        from `hours.edges()`)."""
        if self.phase is Phase.PAUSED:
            return None if self.pause_reason == "outside_hours" else self.paused_until
        if self.away is not None:
            return None  # the user's return is an event of its own
        if self.held_since is not None:
            if self.overdue_told:
                return None
            return shift(now.wall, max(0.0, self.held_since
                                       + self.settings.max_defer_minutes * 60 - now.mono))
        if self.phase is Phase.ON_BREAK and self.current is not None:
            brk = self.current
            give_up = (brk.shown_mono + brk.waited + self.settings.break_seconds
                       + IGNORED_GRACE_SECONDS)
            target = give_up if self._frozen() else min(give_up, self.last.mono + brk.remaining)
        elif self.phase is Phase.WORKING and self.settings.notice_seconds > 0:
            target = self.due_mono - self.settings.notice_seconds
            if target <= now.mono:
                target = self.due_mono
        else:
            target = self.due_mono
        return shift(now.wall, max(0.0, target - now.mono))

    # ---- time ----

    def _observe(self, now: Instant) -> list[Effect]:
        """Account for the time since the last event: sleep, clock jumps, a new day."""
        effects: list[Effect] = []
        elapsed = max(0.0, now.mono - self.last.mono)
        gap = seconds_between(self.last.wall, now.wall) - (now.mono - self.last.mono)
        if self.phase is Phase.ON_BREAK and self.current is not None and not self._frozen():
            self.current.remaining -= elapsed
        if gap >= self.settings.break_seconds and self.phase is not Phase.PAUSED:
            # Asleep (or the clock leapt ahead) for at least a break: that was a break.
            if self.current is None:
                self.current = _Break(due=self._due_wall(self.last))
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

    def _advance(self, now: Instant) -> list[Effect]:
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
                return [ShowNotice(_ceil(self.due_mono - now.mono))]
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
                return [Overdue(s.max_defer_minutes)]
            return []
        brk = self.current
        if self.phase is Phase.ON_BREAK and brk is not None:
            if brk.remaining <= 0:
                return self._finish(now, Outcome.COMPLETED)
            if now.mono >= brk.shown_mono + brk.waited + s.break_seconds + IGNORED_GRACE_SECONDS:
                return self._finish(now, Outcome.MISSED)
        return []

    # ---- commands ----

    def _break_now(self, now: Instant) -> list[Effect]:
        if self.phase is Phase.ON_BREAK:
            return []
        if self.phase is not Phase.SNOOZED:
            self.current = _Break(due=now.wall)
        return self._start_break(now)

    def _done(self, now: Instant) -> list[Effect]:
        if self.phase is not Phase.ON_BREAK:
            raise Refused("there is no break on screen to finish")
        return self._finish(now, Outcome.COMPLETED)

    def _snooze(self, now: Instant) -> list[Effect]:
        s = self.settings
        if self.phase not in (Phase.ON_BREAK, Phase.PRE_BREAK):
            raise Refused("there is no break to snooze right now")
        if s.strict_mode:
            raise Refused("strict mode is on: breaks cannot be snoozed")
        brk = self.current or _Break(due=self._due_wall(now))
        if brk.snoozes >= s.snoozes_per_break:
            raise Refused(f"this break cannot be snoozed again (limit: {s.snoozes_per_break} "
                          f"per break)")
        brk.snoozes += 1
        self.current = brk
        effects: list[Effect] = [HideBreak(None)] if self.phase is Phase.ON_BREAK else []
        self.phase = Phase.SNOOZED
        self.due_mono = now.mono + s.snooze_minutes * 60
        return effects

    def _check_skip(self) -> None:
        s = self.settings
        if self.phase is Phase.PAUSED:
            raise Refused("DeskCoach is paused: there is no break to skip")
        if s.strict_mode:
            raise Refused("strict mode is on: breaks cannot be skipped")
        if not s.skips_unlimited and self.skips_today >= s.daily_skip_budget:
            raise Refused(f"no skips left today (daily budget: {s.daily_skip_budget})")

    def _skip(self, now: Instant) -> list[Effect]:
        self._check_skip()
        self.skips_today += 1
        if self.phase in (Phase.WORKING, Phase.PRE_BREAK):
            # Skip the coming break: the stretch runs on for one more interval.
            skipped = _Break(due=self._due_wall(now))
            self.extension += self.settings.work_minutes * 60
            self.due_mono += self.settings.work_minutes * 60
            self.phase = Phase.WORKING
            return [Record(self._record(skipped, now, Outcome.SKIPPED))]
        return self._finish(now, Outcome.SKIPPED)

    def _pause(self, now: Instant, until: datetime) -> list[Effect]:
        if seconds_between(now.wall, until) <= 0:
            raise Refused("a pause must end in the future")
        effects: list[Effect] = []
        if self.phase in (Phase.ON_BREAK, Phase.SNOOZED):
            self._check_skip()  # pausing skips the break in progress
            self.skips_today += 1
            effects = self._finish(now, Outcome.SKIPPED)
        self.phase = Phase.PAUSED
        self.paused_until = until
        self.pause_reason = "paused"
        return effects

    def _away(self, now: Instant, reason: str, idle_seconds: float) -> None:
        if reason == "asleep":  # told as a locked screen; but a sleep is a break, strict or not
            self.away_slept, reason = True, "locked"
        if self.away is not None:
            self.away = "locked" if reason == "locked" else self.away
            return
        back_to = max(0.0, min(idle_seconds, now.mono - self.stretch_start))
        self.away = reason
        self.away_since = Instant(shift(now.wall, -back_to), now.mono - back_to)
        self.away_during_break = self.phase is Phase.ON_BREAK

    def _back(self, now: Instant) -> list[Effect]:
        """Back at the desk: a long enough absence was a natural break; else carry on."""
        if self.away is None or self.away_since is None:
            return []
        reason, since, during_break = self.away, self.away_since, self.away_during_break
        slept, self.away_slept = self.away_slept, False
        self.away, self.away_since, self.away_during_break = None, None, False
        absence = max(0.0, now.mono - since.mono)
        if self.phase is Phase.PAUSED:
            return []
        strict_lock = (reason == "locked" and during_break and self.settings.strict_mode
                       and not slept)
        if self.phase is Phase.ON_BREAK and self.current is not None and strict_lock:
            # A strict break interrupted by a lock is offered again from the start.
            self.current.remaining = float(self.settings.break_seconds)
            self.current.waited += absence
            return []
        if absence >= self.settings.break_seconds:
            if self.current is None:
                self.current = _Break(due=self._due_wall(now))
            self.current.started = self.current.started or since.wall
            return self._finish(now, Outcome.NATURAL)
        if self.phase is Phase.ON_BREAK and self.current is not None:
            self.current.waited += absence
        else:  # resume where it was: the absence does not count as work
            self.due_mono += absence
            self.stretch_start += absence
        return []

    def begin_reading(self, now: Instant) -> None:
        """A note on screen before the break's exercises: the countdown waits until NoteRead."""
        if self.phase is Phase.ON_BREAK and self.reading_since is None:
            self.reading_since = now.mono

    def _frozen(self) -> bool:
        """Whether a break's countdown waits (see the module's docstring)."""
        return self.user_active or self.away is not None or self.reading_since is not None

    def _note_read(self, now: Instant) -> None:
        self.safety_note = False
        if self.reading_since is not None and self.current is not None:
            self.current.waited += max(0.0, now.mono - self.reading_since)
        self.reading_since = None

    def _reason(self) -> str | None:
        if self.phase is Phase.PAUSED:
            return self.pause_reason
        if self.away is not None:
            return self.away
        if self.held_since is not None:
            return self.blocked
        return None

    def _change_settings(self, now: Instant, new: Settings) -> None:
        old, self.settings = self.settings, new
        self.hours = _hours(new)
        if self.phase in (Phase.WORKING, Phase.PRE_BREAK):
            self.due_mono = max(self.stretch_start + self.extension + new.work_minutes * 60,
                                now.mono)
            if self.phase is Phase.PRE_BREAK and now.mono < self.due_mono - new.notice_seconds:
                self.phase = Phase.WORKING
        elif self.phase is Phase.ON_BREAK and self.current is not None:
            self.current.remaining += new.break_seconds - old.break_seconds
        self._follow_hours(now)  # new working hours apply now, not at the next Tick

    # ---- transitions ----

    def _start_break(self, now: Instant) -> list[Effect]:
        brk = self.current or _Break(due=self._due_wall(now))
        brk.started = brk.started or now.wall
        brk.shown_mono = now.mono
        brk.remaining = float(self.settings.break_seconds)
        self.current = brk
        self.phase = Phase.ON_BREAK
        self.user_active = False
        self.reading_since = now.mono if self.safety_note else None
        return [ShowBreak(self.settings.break_seconds, again=brk.snoozes > 0)]

    def _finish(self, now: Instant, outcome: Outcome) -> list[Effect]:
        brk = self.current or _Break(due=now.wall)
        effects: list[Effect] = []
        if self.phase is Phase.ON_BREAK:
            effects.append(HideBreak(outcome))
        effects.append(Record(self._record(brk, now, outcome)))
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

    def _due_wall(self, now: Instant) -> datetime:
        return shift(now.wall, self.due_mono - now.mono)

    def _progress(self, now: Instant) -> float:
        if self.phase in (Phase.ON_BREAK, Phase.SNOOZED):
            return 1.0
        if self.phase is Phase.PAUSED:
            return 0.0
        span = self.due_mono - self.stretch_start
        at = now.mono if self.away_since is None else min(now.mono, self.away_since.mono)
        return min(1.0, max(0.0, (at - self.stretch_start) / span)) if span > 0 else 1.0


def _hours(settings: Settings) -> WorkingHours:
    try:
        return parse_hours(settings.working_hours)
    except HoursError:  # settings are validated; this only guards odd hand-made objects
        return WorkingHours()


def morning_after(now: datetime) -> datetime:
    """When "pause until tomorrow" ends: 04:00 on the next morning, in now's time zone."""
    day = now.date() if now.time() < MORNING else now.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, tzinfo=now.tzinfo)


def _ceil(seconds: float) -> int:
    return max(0, math.ceil(seconds - 1e-9))


__all__ = [
    "IGNORED_GRACE_SECONDS",
    "MORNING",
    "Away",
    "Back",
    "Blocked",
    "BreakCycle",
    "BreakNow",
    "BreakRecord",
    "ChangeSettings",
    "Done",
    "Effect",
    "Event",
    "HideBreak",
    "Instant",
    "NoteRead",
    "Outcome",
    "Overdue",
    "Pause",
    "Phase",
    "Record",
    "Refused",
    "Resume",
    "ShowBreak",
    "ShowNotice",
    "Shutdown",
    "Skip",
    "Snooze",
    "Status",
    "Tick",
    "UserActive",
    "morning_after",
    "seconds_between",
    "shift",
]
