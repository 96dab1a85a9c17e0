"""Eye micro-breaks beside the movement cycle, on a fake clock (minutes from 09:00 UTC)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.events import Blocked, BreakNow, Done, Event, Tick
from deskcoach.core.eyes import CLEARANCE_SECONDS, EYE_SECONDS, EyeCadence, EyeDone, EyePrompt
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Phase

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def at(seconds: float) -> Instant:
    return Instant(START, 1000.0).after(seconds)


class Desk:
    """The controller's order: the event goes to the cycle, then the eyes follow."""

    def __init__(self, work: int = 40, eyes: int = 20) -> None:
        self.cycle = BreakCycle(Settings(work_minutes=work, eye_break_minutes=eyes), at(0))
        self.eyes = EyeCadence.start(eyes, at(0))

    def run(self, event: Event) -> list[EyePrompt | EyeDone]:
        self.cycle.handle(event)
        return self.eyes.follow(event.at, self.cycle)

    def tick(self, minutes: float) -> list[EyePrompt | EyeDone]:
        return self.run(Tick(at(minutes * 60)))


def test_a_prompt_every_20_minutes_lasting_20_seconds() -> None:
    desk = Desk(work=50)
    assert desk.tick(19.9) == []
    assert desk.eyes.next_wakeup(at(19.9 * 60), desk.cycle) == at(20 * 60).wall
    assert desk.tick(20) == [EyePrompt(EYE_SECONDS)]
    assert desk.tick(20 + 10 / 60) == []
    assert desk.tick(20 + 20 / 60) == [EyeDone(at(20 * 60).wall)]
    assert desk.eyes.next_at(at(20 * 60 + 20), desk.cycle) == at(40 * 60 + 20).wall
    assert desk.tick(40 + 20 / 60) == [EyePrompt(EYE_SECONDS)]


def test_never_next_to_a_movement_break() -> None:
    desk = Desk(work=22)  # the movement break (notice at 21:00) is due 2 min after 20:00
    assert desk.tick(20) == []
    assert desk.eyes.next_at(at(20 * 60), desk.cycle) == at(40 * 60).wall
    desk.tick(22)
    assert desk.cycle.phase is Phase.ON_BREAK
    assert desk.tick(23) == []  # resting: the timer starts again after the break
    desk.run(Done(at(24 * 60)))
    assert desk.tick(43.9) == []
    assert desk.tick(44) == []  # due at 44:00, but the next movement break is at 46:00
    assert desk.eyes.next_at(at(44 * 60), desk.cycle) == at(64 * 60).wall


def test_a_movement_break_restarts_the_eye_timer() -> None:
    desk = Desk(work=40)
    desk.run(BreakNow(at(10 * 60)))
    desk.run(Done(at(12 * 60)))
    assert desk.tick(20) == []
    assert desk.tick(31.9) == []
    assert desk.tick(32) == [EyePrompt(EYE_SECONDS)]


def test_meetings_and_full_screen_hold_it() -> None:
    desk = Desk(work=50)
    desk.run(Blocked(at(5 * 60), "meeting"))
    assert desk.tick(20) == []
    assert desk.eyes.next_wakeup(at(20 * 60), desk.cycle) is None
    assert desk.run(Blocked(at(25 * 60), None)) == [EyePrompt(EYE_SECONDS)]


def test_closed_early_and_turned_off() -> None:
    desk = Desk(work=50)
    desk.tick(20)
    assert desk.eyes.close(at(20 * 60 + 5)) == [EyeDone(at(20 * 60).wall)]
    assert desk.eyes.close(at(20 * 60 + 6)) == []
    off = Desk(work=50, eyes=0)
    assert [off.tick(m) for m in (20, 40, 45)] == [[], [], []]
    assert off.eyes.next_wakeup(at(45 * 60), off.cycle) is None
    desk.eyes.configure(0, at(21 * 60))
    assert desk.tick(60) == []


STEPS = st.lists(st.tuples(st.integers(1, 900),
                           st.sampled_from(("tick", "tick", "tick", "block", "unblock",
                                            "break", "done"))), max_size=60)


@settings(max_examples=200, deadline=None)
@given(STEPS, st.sampled_from((5, 20, 30)), st.sampled_from((10, 25, 40)))
def test_a_prompt_only_while_working_unblocked_and_clear_of_movement_breaks(
        steps: list[tuple[int, str]], eyes: int, work: int) -> None:
    desk = Desk(work=work, eyes=eyes)
    t = 0.0
    last_prompt: float | None = None
    for gap, kind in steps:
        t += gap
        now = at(t)
        event: Event = {"tick": Tick(now), "block": Blocked(now, "fullscreen"),
                        "unblock": Blocked(now, None), "break": BreakNow(now),
                        "done": Done(now)}[kind]
        # A command the cycle refuses (no break to finish) is a Refusal; the eyes follow.
        effects = desk.run(event)
        if EyePrompt() in effects:
            assert desk.cycle.phase is Phase.WORKING
            assert desk.cycle.blocked is None
            assert desk.cycle.due_mono - now.mono >= CLEARANCE_SECONDS + EYE_SECONDS
            if last_prompt is not None:
                assert t - last_prompt >= eyes * 60
            last_prompt = t
        assert len(effects) <= 1
