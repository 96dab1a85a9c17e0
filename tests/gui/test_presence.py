"""Presence on its own: a fake clock, a fake idle probe, fake detectors and a fake cycle behind
the `Attended` interface, so every event it sends and every timer it sets is checked exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core.events import Away, Back, Blocked, Event
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Attention
from deskcoach.platform.session import SessionEvents
from deskcoach.services.presence import AWAY_POLL_MS, HOLD_POLL_MS, Presence

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale
        self.real = 1000.0  # real monotonic seconds

    def now(self) -> Instant:
        return Instant(START + timedelta(seconds=self.real * self.scale),
                       self.real * self.scale)


class FakeIdle:
    name = "fake"

    def __init__(self, idle: float | None) -> None:
        self.idle = idle
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.idle

    def close(self) -> None:
        self.closed = True


class FakeDetector:
    name = "fake"

    def __init__(self) -> None:
        self.found: str | None = None
        self.asked = 0
        self.closed = False

    def in_meeting(self) -> str | None:
        self.asked += 1
        return self.found

    def fullscreen(self) -> str | None:
        self.asked += 1
        return self.found

    def close(self) -> None:
        self.closed = True


class FakeCycle:
    """Answers as the break runner would, and keeps what presence sent it."""

    def __init__(self, clock: FakeClock, settings: Settings | None = None) -> None:
        self.clock = clock
        self.settings = settings or Settings()  # idle_minutes = 5
        self.state = Attention(away=None, blocked=None, paused=False, holding=False,
                               ask_blocks=False)
        self.sent: list[Event] = []
        self.lookaheads: list[float] = []

    def attention(self, lookahead: float) -> Attention:
        self.lookaheads.append(lookahead)
        return self.state

    def dispatch(self, event: Event) -> str | None:
        self.sent.append(event)
        if isinstance(event, Away):
            self.state = Attention(event.reason, self.state.blocked, self.state.paused,
                                   self.state.holding, self.state.ask_blocks)
        elif isinstance(event, Back):
            self.state = Attention(None, self.state.blocked, self.state.paused,
                                   self.state.holding, self.state.ask_blocks)
        elif isinstance(event, Blocked):
            self.state = Attention(self.state.away, event.reason, self.state.paused,
                                   self.state.holding, self.state.ask_blocks)
        return None


def make(qtbot: QtBot, idle: float | None, scale: float = 1.0,
         settings: Settings | None = None) -> tuple[Presence, FakeCycle, FakeIdle,
                                                    FakeDetector, FakeDetector, SessionEvents]:
    clock = FakeClock(scale)
    cycle = FakeCycle(clock, settings)
    probe, meeting, fullscreen = FakeIdle(idle), FakeDetector(), FakeDetector()
    session = SessionEvents()
    presence = Presence(cycle, probe, fullscreen, meeting, session)
    presence.start()
    return presence, cycle, probe, meeting, fullscreen, session


def test_idle_past_the_threshold_is_away_with_the_idle_time_in_app_seconds(
        qtbot: QtBot) -> None:
    presence, cycle, *_ = make(qtbot, idle=310.0, scale=2.0)  # threshold: 300 s / 2 = 150 s
    assert cycle.sent == [Away(cycle.clock.now(), "idle", 620.0)]
    assert presence._idle_timer.interval() == AWAY_POLL_MS
    presence.close()


def test_below_the_threshold_the_next_look_is_when_the_user_could_first_be_away(
        qtbot: QtBot) -> None:
    presence, cycle, *_ = make(qtbot, idle=100.0)
    assert cycle.sent == []
    assert presence._idle_timer.isActive()
    assert presence._idle_timer.interval() == 200_500  # 300 - 100 + 0.5 s
    presence.close()


def test_input_while_away_brings_the_user_back(qtbot: QtBot) -> None:
    presence, cycle, probe, *_ = make(qtbot, idle=400.0)
    assert [type(e) for e in cycle.sent] == [Away]
    cycle.clock.real += 5.0
    probe.idle = 405.0  # nobody touched a key: still away
    presence.check_idle()
    assert [type(e) for e in cycle.sent] == [Away]
    cycle.clock.real += 5.0
    probe.idle = 1.0  # a key was pressed
    presence.check_idle()
    assert cycle.sent[1:] == [Back(cycle.clock.now())]
    presence.close()


def test_no_away_while_paused(qtbot: QtBot) -> None:
    clock = FakeClock()
    cycle = FakeCycle(clock)
    cycle.state = Attention(None, None, paused=True, holding=False, ask_blocks=False)
    presence = Presence(cycle, FakeIdle(900.0))
    presence.start()
    assert cycle.sent == []
    presence.close()


def test_no_idle_detection_sends_nothing_and_sets_no_timer(qtbot: QtBot) -> None:
    presence, cycle, *_ = make(qtbot, idle=None)
    assert cycle.sent == []
    assert not presence._idle_timer.isActive()
    presence.close()


def test_lock_is_away_and_unlock_is_back(qtbot: QtBot) -> None:
    presence, cycle, _probe, _m, _f, session = make(qtbot, idle=0.0)
    session.locked.emit()
    assert cycle.sent == [Away(cycle.clock.now(), "locked", 0.0)]
    cycle.clock.real += 60.0
    session.unlocked.emit()
    assert cycle.sent[1:] == [Back(cycle.clock.now())]
    presence.close()


@pytest.mark.parametrize(("ask", "expected"), [(False, 0), (True, 1)])
def test_detectors_are_asked_before_a_tick_only_when_a_break_is_near(
        qtbot: QtBot, ask: bool, expected: int) -> None:
    presence, cycle, _probe, meeting, _f, _s = make(qtbot, idle=0.0, scale=3.0)
    cycle.state = Attention(None, None, False, False, ask_blocks=ask)
    presence.before_tick()
    assert meeting.asked == expected
    assert cycle.lookaheads[-1] == 6.0  # two real seconds at 3x
    presence.close()


def test_a_meeting_blocks_breaks_and_its_end_frees_them(qtbot: QtBot) -> None:
    presence, cycle, _probe, meeting, fullscreen, _s = make(qtbot, idle=0.0)
    meeting.found = "camera"
    presence.check_blocks()
    assert cycle.sent == [Blocked(cycle.clock.now(), "meeting")]
    assert fullscreen.asked == 0  # the meeting answered first
    presence.check_blocks()
    assert len(cycle.sent) == 1  # no change, no event
    meeting.found = None
    presence.check_blocks()
    assert cycle.sent[1:] == [Blocked(cycle.clock.now(), None)]
    presence.close()
    assert meeting.closed
    assert fullscreen.closed


def test_meetings_are_ignored_when_the_setting_says_so(qtbot: QtBot) -> None:
    presence, cycle, _probe, meeting, fullscreen, _s = make(
        qtbot, idle=0.0, settings=Settings(defer_meetings=False))
    meeting.found = "camera"
    fullscreen.found = "Slides"
    presence.check_blocks()
    assert cycle.sent == [Blocked(cycle.clock.now(), "fullscreen")]
    assert meeting.asked == 0
    presence.close()


def test_the_hold_poll_runs_only_while_a_break_waits(qtbot: QtBot) -> None:
    presence, cycle, *_ = make(qtbot, idle=0.0, scale=4.0)
    assert presence._hold_timer.interval() == HOLD_POLL_MS // 4
    cycle.state = Attention(None, "meeting", False, holding=True, ask_blocks=True)
    presence.follow()
    assert presence._hold_timer.isActive()
    cycle.state = Attention(None, None, False, holding=False, ask_blocks=False)
    presence.follow()
    assert not presence._hold_timer.isActive()
    presence.close()
