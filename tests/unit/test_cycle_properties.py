"""Stateful property tests: BreakCycle under random events, time, sleeps and clock jumps.

Every rule that lets time pass (work, sleep, a clock jump) ends with a Tick at the new moment,
and commands arrive at that same moment, the way the app's poll and refresh timers keep the
cycle up to date. (A command arriving straight after a sleep, with no Tick in between, is
covered by an example test in test_cycle.py.)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.durations import morning_after
from deskcoach.core.events import (
    Away,
    Back,
    Blocked,
    BreakNow,
    ChangeSettings,
    Done,
    Effect,
    Event,
    HideBreak,
    Overdue,
    Pause,
    Record,
    Resume,
    ShowBreak,
    ShowNotice,
    Shutdown,
    Skip,
    Snooze,
    Tick,
    UserActive,
    refusal,
)
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import BreakRecord, Outcome, Phase

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # far enough from the DST change (29 March)

valid_settings = st.builds(
    Settings,
    work_minutes=st.integers(5, 120),
    break_seconds=st.integers(30, 600),
    notice_seconds=st.integers(0, 300),
    snooze_minutes=st.integers(1, 30),
    snoozes_per_break=st.integers(0, 5),
    daily_skip_budget=st.integers(-1, 20),
    strict_mode=st.booleans(),
    sound=st.booleans(),
    working_hours=st.sampled_from(["", "mon-fri 08:30-12:30,13:30-17:30",
                                   "sat 09:00-12:00; sun 10:00-11:00", "mon-sun 09:10-09:20"]),
)


OWN_LENGTHS = (30, 300)  # breaks of their own length: a daily anchor's is 300 s


class CycleMachine(RuleBasedStateMachine):
    """Drives one BreakCycle and keeps a small model of what the screen and history saw."""

    def __init__(self) -> None:
        super().__init__()
        self.wall_utc = START
        self.mono = 1000.0
        self.cycle = BreakCycle(Settings(), self.now())
        self.shown = False  # from ShowBreak / HideBreak effects alone
        self.snoozes = 0  # snoozes accepted for the break in hand
        self.day = self.now().wall.date()
        self.skipped_today = 0  # like the cycle, a new local date starts a new count

    def now(self) -> Instant:
        return Instant(self.wall_utc.astimezone(LONDON), self.mono)

    # ---- the checks on every event ----

    def send(self, event: Event) -> list[Effect] | None:
        """Handle `event`, check its effects; None when it was refused."""
        day = event.at.wall.date()
        if day != self.day:
            self.day, self.skipped_today = day, 0
        effects = self.cycle.handle(event)
        if refusal(effects) is not None:
            return None
        assert sum(isinstance(e, ShowBreak) for e in effects) <= 1, effects
        for effect in effects:
            if isinstance(effect, ShowBreak):
                assert not self.shown, f"ShowBreak while a break is shown: {effects}"
                self.shown = True
                # the settings' length, or a break's own (anchor_break below)
                assert effect.break_seconds in (self.cycle.settings.break_seconds, *OWN_LENGTHS)
            elif isinstance(effect, HideBreak):
                assert self.shown, f"HideBreak with no break shown: {effects}"
                self.shown = False
            elif isinstance(effect, ShowNotice):
                assert not self.shown
                assert 0 <= effect.seconds_ahead <= self.cycle.settings.notice_seconds
            elif isinstance(effect, Overdue):
                assert not self.shown
                assert self.cycle.blocked is not None
            elif isinstance(effect, Record):
                self.check_record(effect.record)
        assert self.shown == (self.cycle.phase is Phase.ON_BREAK)
        return effects

    def check_record(self, record: BreakRecord) -> None:
        assert record.snoozes == self.snoozes
        self.snoozes = 0
        if record.outcome is Outcome.SKIPPED:
            s = self.cycle.settings
            assert not s.strict_mode, "a break was skipped in strict mode"
            self.skipped_today += 1
            if s.daily_skip_budget != -1:  # -1: unlimited
                assert self.skipped_today <= s.daily_skip_budget, (
                    self.skipped_today, s.daily_skip_budget)

    def let_time_pass(self, wall_seconds: float, mono_seconds: float) -> None:
        self.wall_utc += timedelta(seconds=wall_seconds)
        self.mono += mono_seconds
        phase, until = self.cycle.phase, self.cycle.paused_until
        now = self.now()
        effects = self.send(Tick(now))
        assert effects is not None, "a Tick was refused"
        if phase is Phase.PAUSED and until is not None and now.wall >= until:
            assert self.cycle.phase is not Phase.PAUSED or (
                self.cycle.pause_reason == "outside_hours"
                and not self.cycle.hours.inside(now.wall)), "the pause outlived its end"

    # ---- setup ----

    @initialize(first=valid_settings)
    def start(self, first: Settings) -> None:
        self.cycle = BreakCycle(first, self.now())

    # ---- time ----

    @rule(seconds=st.integers(1, 3000))
    def work(self, seconds: int) -> None:
        self.let_time_pass(seconds, seconds)

    @rule(extra=st.sampled_from([0.0, 0.001, 0.5, 1.0]))
    def until_next_wakeup(self, extra: float) -> None:
        """Until the app's scheduler next ticks: the cycle's deadline or a working-hours edge."""
        now = self.now()
        target = min(filter(None, (self.cycle.next_wakeup(now),
                                   self.cycle.hours.next_change(now.wall))),
                     key=lambda moment: moment.astimezone(UTC), default=None)
        if target is None:  # nothing is due: the app's once-a-minute refresh runs
            self.let_time_pass(60 + extra, 60 + extra)
            return
        wait = (target.astimezone(UTC) - self.wall_utc).total_seconds()
        assert wait >= 0
        self.let_time_pass(wait + extra, wait + extra)

    @rule(seconds=st.integers(0, 14 * 3600), mono=st.sampled_from([0, 1, 30]))
    def sleep(self, seconds: int, mono: int) -> None:
        self.let_time_pass(seconds, mono)

    @rule(seconds=st.integers(-7200, 7200).filter(bool))
    def clock_jump(self, seconds: int) -> None:
        self.let_time_pass(seconds, 0)

    # ---- commands, all at the moment of the last Tick ----

    @rule()
    def break_now(self) -> None:
        assert self.send(BreakNow(self.now())) is not None

    @rule(seconds=st.sampled_from(OWN_LENGTHS))
    def anchor_break(self, seconds: int) -> None:
        """A break of its own length (a daily anchor's): never longer on screen than it."""
        was_on = self.cycle.phase is Phase.ON_BREAK
        assert self.send(BreakNow(self.now(), seconds)) is not None
        if not was_on and self.cycle.phase is Phase.ON_BREAK:
            left = self.cycle.status(self.now()).break_seconds_left
            assert left is not None
            assert left <= seconds

    @rule()
    def done(self) -> None:
        on_break = self.cycle.phase is Phase.ON_BREAK
        assert (self.send(Done(self.now())) is not None) == on_break

    @rule()
    def snooze(self) -> None:
        now = self.now()
        allowed = self.cycle.status(now).can_snooze
        accepted = self.send(Snooze(now)) is not None
        assert accepted == allowed
        if accepted:
            self.snoozes += 1
            assert not self.cycle.settings.strict_mode
            assert self.snoozes <= self.cycle.settings.snoozes_per_break

    @rule()
    def skip(self) -> None:
        now = self.now()
        allowed = self.cycle.status(now).can_skip
        assert (self.send(Skip(now)) is not None) == allowed

    @rule(minutes=st.none() | st.integers(1, 24 * 60))
    def pause(self, minutes: int | None) -> None:
        now = self.now()
        until = (morning_after(now.wall) if minutes is None
                 else (self.wall_utc + timedelta(minutes=minutes)).astimezone(LONDON))
        phase = self.cycle.phase
        can_skip = self.cycle.status(now).can_skip
        accepted = self.send(Pause(now, until)) is not None
        if phase in (Phase.ON_BREAK, Phase.SNOOZED):
            assert accepted == can_skip  # pausing skips the break in hand
        else:
            assert accepted
        if accepted:
            assert self.cycle.phase is Phase.PAUSED
            assert self.cycle.paused_until == until

    @rule()
    def resume(self) -> None:
        resting = self.cycle.status(self.now()).reason == "outside_hours"
        assert (self.send(Resume(self.now())) is not None) != resting
        # A pause resumed outside the working hours rests until they begin.
        assert self.cycle.phase is not Phase.PAUSED or (
            self.cycle.status(self.now()).reason == "outside_hours")

    @rule(active=st.booleans())
    def user_active(self, active: bool) -> None:
        assert self.send(UserActive(self.now(), active)) is not None

    @rule(reason=st.sampled_from(["idle", "locked"]), idle=st.integers(0, 1800))
    def away(self, reason: str, idle: int) -> None:
        assert self.send(Away(self.now(), reason, idle)) is not None
        assert self.cycle.away is not None

    @rule()
    def back(self) -> None:
        assert self.send(Back(self.now())) is not None
        assert self.cycle.away is None

    @rule(reason=st.sampled_from([None, "fullscreen", "meeting"]))
    def blocked(self, reason: str | None) -> None:
        was_shown = self.shown
        assert self.send(Blocked(self.now(), reason)) is not None
        assert self.shown or not was_shown  # a block never takes away a break on screen

    @rule(new=valid_settings)
    def change_settings(self, new: Settings) -> None:
        assert self.send(ChangeSettings(self.now(), new)) is not None
        assert self.cycle.settings == new

    @rule()
    def shutdown_and_restart(self) -> None:
        now = self.now()
        snoozed = self.cycle.phase is Phase.SNOOZED
        on_break = self.cycle.phase is Phase.ON_BREAK
        effects = self.send(Shutdown(now))
        assert effects is not None
        outcomes = [e.record.outcome for e in effects if isinstance(e, Record)]
        # A break put off, or on screen, when the app quits was due and not taken.
        assert outcomes == ([Outcome.SNOOZED] if snoozed else
                            [Outcome.MISSED] if on_break else [])
        # The app starts again, counting today's skips from the history, as the app does.
        self.cycle = BreakCycle(self.cycle.settings, now,
                                skips_today=self.skipped_today)
        self.shown = False
        self.snoozes = 0

    # ---- invariants ----

    @invariant()
    def status_is_sane(self) -> None:
        now = self.now()
        for later in (0.0, 1.0, 59.5, 3600.0):
            for wall_shift in (0.0, -5400.0):
                moment = Instant(now.wall + timedelta(seconds=later + wall_shift),
                                 now.mono + later)
                st_ = self.cycle.status(moment)
                assert st_.phase is self.cycle.phase
                assert st_.seconds_left >= 0
                assert st_.break_seconds_left is None or st_.break_seconds_left >= 0
                assert (st_.break_seconds_left is not None) == (st_.phase is Phase.ON_BREAK)
                assert 0.0 <= st_.progress <= 1.0
                assert st_.snoozes_left >= 0
                assert st_.skips_left is None or st_.skips_left >= 0
                assert not (self.cycle.settings.strict_mode and st_.can_skip)
                assert not (self.cycle.settings.strict_mode and st_.can_snooze)

    @invariant()
    def wakeup_is_never_in_the_past(self) -> None:
        now = self.now()
        target = self.cycle.next_wakeup(now)
        if target is None:  # waiting for the user's return, a break overdue and told, or
            # outside working hours, for the scheduler's working-hours job
            assert (self.cycle.away is not None or self.cycle.overdue_told
                    or self.cycle.status(now).reason == "outside_hours")
            return
        assert target.astimezone(UTC) >= self.wall_utc - timedelta(microseconds=1)

    @invariant()
    def nothing_starts_while_away(self) -> None:
        if self.cycle.away is not None and not self.shown:
            effects = self.cycle.next_wakeup(self.now())
            assert effects is None or self.cycle.phase is Phase.PAUSED


CycleMachine.TestCase.settings = settings(
    max_examples=200, stateful_step_count=40, deadline=None)
TestCycleMachine = CycleMachine.TestCase
