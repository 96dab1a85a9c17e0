"""A break is recorded only from what happened: the safety note, quitting, sleep, strict locks.

Fake clock: `at(s)` is s seconds after 09:00 on both the wall and the monotonic clock, unless
the monotonic reading is given apart (a sleep it does not see).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.cycle_queries import IGNORED_GRACE_SECONDS
from deskcoach.core.events import (
    Away,
    Back,
    BreakNow,
    Done,
    HideBreak,
    NoteRead,
    Record,
    Shutdown,
    Snooze,
    Tick,
)
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Outcome, Phase

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)


def at(seconds: float, mono: float | None = None) -> Instant:
    wall = (START.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(LONDON)
    return Instant(wall, float(seconds if mono is None else mono))


def outcomes(effects: Sequence[object]) -> list[Outcome]:
    return [e.record.outcome for e in effects if isinstance(e, Record)]


def first_break(**settings: object) -> BreakCycle:
    """A cycle whose next break opens with the safety note, on screen from 100 s."""
    cycle = BreakCycle(Settings(notice_seconds=0, **settings), at(0),  # type: ignore[arg-type]
                       safety_note=True)
    cycle.handle(BreakNow(at(100)))
    assert cycle.phase is Phase.ON_BREAK
    return cycle


def test_the_countdown_waits_while_the_safety_note_is_read() -> None:
    cycle = first_break(break_seconds=120)
    assert cycle.handle(Tick(at(220))) == []  # two minutes of reading use none of the break
    assert cycle.status(at(220)).break_seconds_left == 120
    assert cycle.next_wakeup(at(220)) == at(100 + 120 + IGNORED_GRACE_SECONDS).wall
    cycle.handle(NoteRead(at(220)))
    assert cycle.status(at(280)).break_seconds_left == 60
    assert outcomes(cycle.handle(Tick(at(340)))) == [Outcome.COMPLETED]


def test_time_spent_reading_is_not_held_against_the_break() -> None:
    """Reading for longer than the break plus its grace, then doing the break, completes it."""
    cycle = first_break(break_seconds=120)
    reading = 120 + IGNORED_GRACE_SECONDS - 10
    cycle.handle(NoteRead(at(100 + reading)))
    assert outcomes(cycle.handle(Tick(at(100 + reading + 119)))) == []
    assert outcomes(cycle.handle(Tick(at(100 + reading + 120)))) == [Outcome.COMPLETED]


def test_only_the_first_break_waits_for_the_note() -> None:
    cycle = first_break(break_seconds=120)
    cycle.handle(NoteRead(at(130)))
    cycle.handle(Done(at(140)))
    cycle.handle(BreakNow(at(200)))
    assert cycle.status(at(260)).break_seconds_left == 60


def test_a_snoozed_first_break_comes_back_with_the_note_still_unread() -> None:
    cycle = first_break(break_seconds=120, snooze_minutes=5)
    assert cycle.handle(Snooze(at(110))) == [HideBreak(None)]
    cycle.handle(Tick(at(410)))
    assert cycle.phase is Phase.ON_BREAK
    assert cycle.reading_since == 410
    assert cycle.status(at(500)).break_seconds_left == 120


def test_quitting_while_the_note_is_up_records_a_missed_break() -> None:
    cycle = first_break()
    effects = cycle.handle(Shutdown(at(160)))
    assert outcomes(effects) == [Outcome.MISSED]


def test_a_sleep_the_monotonic_clock_runs_through_is_a_natural_break() -> None:
    """Windows' monotonic clock counts the time asleep, so the wall-versus-monotonic gap is
    zero: only the sleep signal (an Away, as a lock) tells it from a break taken."""
    cycle = BreakCycle(Settings(notice_seconds=0), at(0))
    cycle.handle(BreakNow(at(100)))
    cycle.handle(Away(at(110), "asleep"))
    assert cycle.status(at(120)).reason == "locked"
    effects = cycle.handle(Back(at(3700)))
    assert effects[:1] == [HideBreak(Outcome.NATURAL)]
    assert outcomes(effects) == [Outcome.NATURAL]


def test_a_strict_break_slept_through_is_natural_as_the_clock_gap_makes_it() -> None:
    """Strict mode offers a break interrupted by a lock again; a sleep is a break taken,
    whichever way the monotonic clock behaves (here it runs through, as on Windows)."""
    cycle = BreakCycle(Settings(notice_seconds=0, strict_mode=True), at(0))
    cycle.handle(BreakNow(at(100)))
    cycle.handle(Away(at(105), "locked"))  # locked first, then asleep: the usual order
    cycle.handle(Away(at(110), "asleep"))
    assert outcomes(cycle.handle(Back(at(3700)))) == [Outcome.NATURAL]
    slept_apart = BreakCycle(Settings(notice_seconds=0, strict_mode=True), at(0))
    slept_apart.handle(BreakNow(at(100)))
    assert outcomes(slept_apart.handle(Tick(at(3700, mono=110)))) == [Outcome.NATURAL]


def test_without_the_sleep_signal_such_a_sleep_would_pass_for_a_completed_break() -> None:
    """Why presence turns the sleep signal into an Away: the cycle alone cannot tell."""
    cycle = BreakCycle(Settings(notice_seconds=0), at(0))
    cycle.handle(BreakNow(at(100)))
    assert outcomes(cycle.handle(Tick(at(3700)))) == [Outcome.COMPLETED]


def test_a_strict_break_interrupted_by_a_lock_records_nothing_until_it_is_taken() -> None:
    cycle = BreakCycle(Settings(notice_seconds=0, strict_mode=True), at(0))
    cycle.handle(BreakNow(at(100)))
    cycle.handle(Away(at(150), "locked"))
    assert cycle.handle(Back(at(1000))) == []
    assert cycle.status(at(1000)).break_seconds_left == 120  # offered again from the start
    assert outcomes(cycle.handle(Tick(at(1119)))) == []
    assert outcomes(cycle.handle(Tick(at(1120)))) == [Outcome.COMPLETED]
