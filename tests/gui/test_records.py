"""What reaches history is what happened: the controller with real stores and a fast clock.

The clock runs 100 times faster, so waiting for the app clock to move is a short poll
(`waitUntil`), never a fixed sleep.
"""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.core.settings import Settings
from deskcoach.core.status import Outcome, Phase
from deskcoach.platform.session import SessionEvents
from deskcoach.services.coach import Coach
from deskcoach.services.presence import Presence
from tests.gui.conftest import FakeProbe, make_catalogue

FAST = 100.0


def _wait_app_seconds(qtbot: QtBot, c: Coach, seconds: float) -> None:
    until = c.clock.now().mono + seconds
    qtbot.waitUntil(lambda: c.clock.now().mono >= until, timeout=5000)


def test_the_safety_note_comes_before_the_countdown_and_credits_nothing(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(Settings(break_seconds=120), scale=FAST,
                                    catalogue=make_catalogue(), note_read=False)
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    _wait_app_seconds(qtbot, c, 40)  # the user reads the note for 40 s
    assert c.runner.status().break_seconds_left == 120
    assert c.runner.break_elapsed() == 0.0
    assert c.commands.done() is None  # `deskcoach done` while the note is still up
    record = c.records.history.records()[-1]
    assert (record.outcome, record.exercises) == (Outcome.COMPLETED, ())
    assert c.records.safety_needed  # not read: the next break opens with it again


def test_after_the_note_the_full_break_runs_and_credits_what_was_shown(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(Settings(break_seconds=120), scale=FAST,
                                    catalogue=make_catalogue(), note_read=False)
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    _wait_app_seconds(qtbot, c, 40)
    c.commands.acknowledge_safety()
    assert c.runner.status().break_seconds_left == 120
    first, *rest = c.routines.routine.ids
    assert rest, "a routine of two or more exercises"
    qtbot.waitUntil(lambda: c.runner.break_elapsed() > 0, timeout=2000)  # it runs now
    assert c.runner.break_elapsed() < c.routines.routine.starts[1]
    assert c.commands.done() is None
    assert c.records.history.records()[-1].exercises == (first,)


def test_swap_during_the_closing_rest_keeps_the_exercise_done(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(Settings(break_seconds=120), scale=FAST, catalogue=make_catalogue())
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break("chin-tuck") is None  # 30 s, then rest until the break ends
    qtbot.waitUntil(lambda: c.runner.break_elapsed() > 31, timeout=5000)
    assert c.commands.swap() == "there is no exercise on screen to swap"
    assert c.routines.routine.ids == ("chin-tuck",)
    assert c.commands.done() is None
    assert c.records.history.records()[-1].exercises == ("chin-tuck",)


def test_quitting_during_a_break_records_it_missed_with_what_was_shown(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(catalogue=make_catalogue())
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break("chin-tuck")
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000) as hidden:
        c.shutdown()
    assert hidden.args == [Outcome.MISSED]
    reopened = type(c.records.history)(c.records.history.path, c.clock.now().wall)
    try:
        [record] = reopened.records()
    finally:
        reopened.close()
    assert (record.outcome, record.exercises) == (Outcome.MISSED, ("chin-tuck",))


def test_sleep_is_away_and_waking_on_a_locked_screen_is_not_a_return(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    session = SessionEvents()
    presence = Presence(c.runner, FakeProbe(None), session=session)
    presence.start()
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    session.set_asleep(True)
    assert c.runner.cycle.away == "locked"  # the countdown stops before the machine sleeps
    assert c.runner.cycle.away_slept
    session.set_locked(True)
    session.set_asleep(False)
    assert c.runner.cycle.away == "locked"  # awake, but nobody has unlocked yet
    session.set_locked(False)
    assert c.runner.cycle.away is None
    assert c.runner.cycle.phase is Phase.ON_BREAK  # a short sleep: the break carries on
    session.set_asleep(True)
    session.set_asleep(False)
    assert c.runner.cycle.away is None
    presence.close()


def test_a_chosen_exercise_during_a_break_starts_now_and_keeps_what_was_done(
        qtbot: QtBot, make_coach: Any) -> None:
    """`deskcoach break-now --exercise ID` during a break: it shows from now; the exercise
    already done stays credited, and the new one is credited only once shown."""
    c: Coach = make_coach(Settings(break_seconds=120), scale=FAST, catalogue=make_catalogue())
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break("chin-tuck") is None
    qtbot.waitUntil(lambda: c.runner.break_elapsed() > 31, timeout=5000)  # the closing rest
    assert c.commands.take_break("calf-raise") is None
    shown = c.routines.routine.at(c.runner.break_elapsed()).exercise
    assert shown is not None
    assert shown.id == "calf-raise"
    assert c.routines.routine.ids == ("chin-tuck", "calf-raise")
    assert c.commands.done() is None
    assert c.records.history.records()[-1].exercises == ("chin-tuck", "calf-raise")


def test_input_after_a_sleep_whose_wake_went_unheard_is_a_return(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    session = SessionEvents()
    probe = FakeProbe(400.0)
    presence = Presence(c.runner, probe, session=session)
    presence.start()
    session.set_asleep(True)
    assert c.runner.cycle.away == "locked"
    probe.idle = 0.0  # a key pressed; no wake signal came
    presence.check_idle()
    assert c.runner.cycle.away is None
    session.set_locked(True)
    session.set_asleep(True)
    probe.idle = 400.0
    presence.check_idle()
    probe.idle = 0.0  # typing the password on the lock screen is no return
    presence.check_idle()
    assert c.runner.cycle.away == "locked"
    presence.close()


def test_reduced_motion_records_what_was_shown_as_ever(qtbot: QtBot,
                                                       make_coach: Any) -> None:
    """Reduced motion changes only the drawing: the player still steps through the routine
    on its clock, and the record credits what it showed."""
    from deskcoach.ui.break_window import BreakWindow

    c: Coach = make_coach(Settings(break_seconds=120, reduced_motion=True),
                                    scale=FAST, catalogue=make_catalogue())
    window = BreakWindow()
    qtbot.addWidget(window)
    window.elapsed = c.runner.break_elapsed
    window.reduced_motion = c.runner.settings.reduced_motion
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    window.present(120, c.routines.routine)
    first, second = c.routines.routine.exercises[:2]
    qtbot.waitUntil(lambda: window.title.text() == second.name, timeout=5000)
    assert c.commands.done() is None
    assert c.records.history.records()[-1].exercises[:2] == (first.id, second.id)
    window.dismiss()
