"""The break player: steps advance on their own timers, gauges and poses follow, input works."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from deskcoach.core.exercises import Catalogue
from deskcoach.core.routine import Routine
from deskcoach.core.status import Outcome, Phase, Status
from deskcoach.services.coach import Coach
from deskcoach.ui.break_window import BreakWindow
from deskcoach.ui.frame_timer import MOVING_MS, STILL_MS
from tests.gui.conftest import make_catalogue

STATUS = Status(Phase.ON_BREAK, None, 0, 120, None, 2, 3, True, True, 1.0)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def catalogue() -> Catalogue:
    return make_catalogue()


@pytest.fixture
def player(qtbot: QtBot, catalogue: Catalogue) -> tuple[BreakWindow, Clock, Routine]:
    clock = Clock()
    window = BreakWindow()
    qtbot.addWidget(window)
    window.elapsed = clock
    window.pose.clock = clock  # the figure's frame pacing follows the same fake time
    routine = Routine((catalogue.get("belly-breathing"), catalogue.get("chin-tuck")))  # type: ignore[arg-type]
    window.update_status(STATUS)
    window.present(120, routine)
    return window, clock, routine


def test_shows_the_current_step_with_its_count(player: Any) -> None:
    window, clock, _ = player
    assert window.title.text() == "Belly breathing"
    assert window.steps.text() == "Sit tall, one hand on your belly."
    assert window.eyebrow.text() == "MOVEMENT BREAK  ·  EXERCISE 1 OF 2"
    assert window.count.text() == "10 s"
    clock.now = 7.5
    window.render_moment()
    assert window.count.text() == "3 s"


def test_breaths_are_counted_in_words_and_numbers(player: Any) -> None:
    """The dose asks for 5 slow breaths of 10 s: the count says which one is under way."""
    window, clock, _ = player
    clock.now = 10 + 0.5
    window.render_moment()
    assert window.count.text() == "Breath 1 of 5"
    clock.now = 10 + 35.0
    window.render_moment()
    assert window.count.text() == "Breath 4 of 5"


def test_a_hold_counts_down_its_seconds(qtbot: QtBot) -> None:
    from deskcoach.core.exercises import parse_exercise
    from tests.gui.conftest import STILL, entry

    clock = Clock()
    window = BreakWindow()
    qtbot.addWidget(window)
    window.elapsed = clock
    hold = parse_exercise("hold-it.toml", entry("hold-it", steps=[
        {"text": "Lean in gently and hold.", "seconds": 25, "keyframes": STILL},
        {"text": "Switch sides and hold again.", "seconds": 25, "keyframes": STILL}]))
    window.present(120, Routine((hold,)))
    clock.now = 13.2
    window.render_moment()
    assert window.count.text() == "Hold 12 s"


def test_one_timer_for_the_whole_break(player: Any) -> None:
    """One progress indicator: the bar and its "left" line; the step itself is counted."""
    from PySide6.QtWidgets import QProgressBar

    window, _, _ = player
    assert len(window.findChildren(QProgressBar)) == 1
    assert not hasattr(window, "ring")
    assert window.clock.text() == "2:00 left"


def test_the_pacer_never_strikes_through_its_words(player: Any) -> None:
    """The largest circle ends above the words, so its outline cannot cross them."""
    window, _, _ = player
    pacer = window.pacer
    assert pacer.circle_rect().bottom() <= pacer.label_rect().top()
    assert pacer.label_rect().bottom() <= pacer.height()
    assert pacer.label_rect().width() >= pacer.fontMetrics().horizontalAdvance("Breathe out")


def test_breath_paced_step_shows_the_pacer(player: Any) -> None:
    window, clock, _ = player
    assert window.pacer.isHidden()
    clock.now = 10 + 1.0  # one second into the first breath: 4 s in
    window.render_moment()
    assert not window.pacer.isHidden()
    assert window.pacer.accessibleDescription() == "Breathe in"
    clock.now = 10 + 5.0  # 4 s in, then breathing out
    window.render_moment()
    assert window.pacer.accessibleDescription() == "Breathe out"
    assert window.steps.text() == "Breathe in through the nose, out slowly."


def test_counted_step_shows_the_rep(player: Any) -> None:
    window, clock, _ = player
    clock.now = 60 + 10 + 5.1  # second exercise, reps of 2.5 s: the third rep
    window.render_moment()
    assert window.title.text() == "Chin tuck"
    assert window.count.text() == "Rep 3 of 8"
    assert window.eyebrow.text() == "MOVEMENT BREAK  ·  EXERCISE 2 OF 2"


def test_rest_after_the_routine(player: Any) -> None:
    window, clock, _ = player
    clock.now = 95
    window.render_moment()
    assert window.title.text() == "Rest"
    assert window.count.text() == ""
    assert window.clock.text() == "2:00 left"  # the one timer, told by update_status


def test_swap_is_off_while_no_exercise_is_on_screen(player: Any) -> None:
    """Swapping in the closing rest would replace the exercise just done (the controller
    refuses it too)."""
    window, clock, _ = player
    assert window.swap_button.isEnabled()
    clock.now = 95
    window.render_moment()
    assert not window.swap_button.isEnabled()
    clock.now = 5
    window.render_moment()
    assert window.swap_button.isEnabled()


def test_steps_advance_on_their_own_timer(qtbot: QtBot, player: Any) -> None:
    window, _, _ = player
    start = time.monotonic()
    window.elapsed = lambda: 8.0 + (time.monotonic() - start) * 10  # 10x: next step in 0.2 s
    qtbot.waitUntil(lambda: window.steps.text() == "Breathe in through the nose, out slowly.",
                    timeout=3000)
    window.dismiss()
    assert not window._frame.isActive()


def test_the_figure_moves_with_the_breath_and_keeps_still_with_reduced_motion(
        qtbot: QtBot, player: Any) -> None:
    window, clock, routine = player
    figure = window.pose
    clock.now = 10 + 1.5  # 1.5 s into the first 4-s in-breath: neck_flex on its way to 30
    window.render_moment()
    moving = figure._frame.pose["neck_flex"]
    assert 0.0 < moving < 30.0
    clock.now = 10 + 3.5  # end of the in-breath: arrived
    window.render_moment()
    assert figure._frame.pose["neck_flex"] == 30.0
    clock.now = 10 + 9.9  # end of the out-breath: back at the start, ready to loop
    window.render_moment()
    assert figure._frame.pose["neck_flex"] == 0.0
    window.reduced_motion = True
    window.set_routine(routine)
    for now in (10.5, 12.0, 15.0, 19.0):
        clock.now = now
        window.render_moment()
        assert figure._frame.pose["neck_flex"] == 30.0  # the key pose, still


def test_the_figure_draws_only_when_something_changes(qtbot: QtBot, player: Any) -> None:
    window, clock, _ = player
    figure = window.pose
    window._frame.stop()  # drive the frames by hand
    clock.now = 10 + 1.0
    window.render_moment()
    qtbot.waitUntil(lambda: figure.paints > 0)
    qtbot.wait(50)
    drawn = figure.paints
    for _ in range(5):  # the countdown is held (the user is typing): the same moment
        window.render_moment()
    qtbot.wait(100)
    assert figure.paints == drawn
    clock.now = 10 + 2.0
    window.render_moment()
    qtbot.waitUntil(lambda: figure.paints > drawn)


def test_a_moving_figure_is_redrawn_at_most_8_times_a_second(player: Any) -> None:
    window, clock, _ = player
    figure = window.pose
    window._frame.stop()
    clock.now = 10 + 1.0
    window.render_moment()
    first = figure._frame.pose["neck_flex"]
    clock.now += 0.07  # 70 ms on: the pose moved, but too soon to draw again
    window.render_moment()
    assert figure._frame.pose["neck_flex"] == first
    clock.now += 0.06  # 130 ms after the last drawing
    window.render_moment()
    assert figure._frame.pose["neck_flex"] > first


def test_first_break_shows_the_safety_note_once(qtbot: QtBot, player: Any) -> None:
    window, _, routine = player
    window.present(120, routine, safety_first=True)
    assert window.pages.currentIndex() == 0
    with qtbot.waitSignal(window.safety_acknowledged, timeout=1000):
        QTest.mouseClick(window.safety_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1
    window.present(120, routine, safety_first=True)
    with qtbot.waitSignal(window.safety_acknowledged, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_Return)  # the keyboard works too
    assert window.pages.currentIndex() == 1


def test_feedback_tap(qtbot: QtBot, player: Any) -> None:
    window, _, _ = player
    window.ask_feedback()
    assert window.pages.currentIndex() == 2
    with qtbot.waitSignal(window.feedback, timeout=1000,
                          check_params_cb=lambda r: r == "uncomfortable"):
        QTest.mouseClick(window.feedback_buttons["uncomfortable"], Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    window.present(120, Routine(()))
    window.ask_feedback()
    with qtbot.assertNotEmitted(window.feedback):
        QTest.keyClick(window, Qt.Key.Key_Escape)  # no answer is fine too
    assert not window.isVisible()


def test_controls_are_named_and_swap_emits(qtbot: QtBot, player: Any) -> None:
    window, _, _ = player
    from PySide6.QtGui import QAccessible

    for widget in (window.done_button, window.swap_button, window.snooze_button,
                   window.skip_button, window.pose, window.count, window.pacer, window.steps):
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        assert face.text(QAccessible.Text.Name), widget
    with qtbot.waitSignal(window.swap, timeout=1000):
        QTest.mouseClick(window.swap_button, Qt.MouseButton.LeftButton)


# ---- with the controller: the right outcome and exercises reach history ----

def _on_break(make_coach: Any, qtbot: QtBot) -> Coach:
    c: Coach = make_coach(catalogue=make_catalogue())
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    assert c.routines.routine.exercises
    return c


def test_done_records_completed_with_the_exercises_begun(qtbot: QtBot,
                                                         make_coach: Any) -> None:
    c = _on_break(make_coach, qtbot)
    first = c.routines.routine.ids[0]
    assert c.commands.done() is None
    record = c.records.history.records()[-1]
    assert record.outcome is Outcome.COMPLETED
    assert record.exercises == (first,)


def test_swap_replaces_the_exercise_on_screen(qtbot: QtBot, make_coach: Any) -> None:
    c = _on_break(make_coach, qtbot)
    before = c.routines.routine.ids
    assert c.commands.swap() is None
    assert c.routines.routine.ids[0] != before[0]
    assert c.routines.routine.ids[0] not in before


def test_snooze_then_skip_records_one_skipped_break(qtbot: QtBot,
                                                    make_coach: Any) -> None:
    c = _on_break(make_coach, qtbot)
    routine = c.routines.routine
    assert c.commands.snooze() is None
    assert c.records.history.records() == []
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    assert c.routines.routine is routine  # the same break comes back with the same routine
    assert c.commands.skip() is None
    record = c.records.history.records()[-1]
    assert (record.outcome, record.snoozes) == (Outcome.SKIPPED, 1)


def test_break_now_with_a_chosen_exercise_and_feedback(qtbot: QtBot,
                                                       make_coach: Any) -> None:
    c: Coach = make_coach(catalogue=make_catalogue(), note_read=False)
    assert c.commands.take_break("no-such-move") is not None
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break("calf-raise") is None
    assert c.routines.routine.ids == ("calf-raise",)
    assert c.records.safety_needed
    c.commands.acknowledge_safety()
    assert not c.records.safety_needed
    c.commands.done()
    c.records.rate("uncomfortable")
    assert c.records.history.discomfort() == {"calf-raise": 1}


def test_the_frame_timer_runs_only_while_the_break_plays_on_screen(
        qtbot: QtBot, player: Any, caplog: pytest.LogCaptureFixture) -> None:
    """No ticks (so no wake-ups) behind the safety note, while held or on the feedback page;
    four a second with reduced motion; the frames drawn while it ran are logged."""
    window, _clock, routine = player
    assert window._frame.isActive()
    assert window._frame.interval() == MOVING_MS
    window.present(120, routine, safety_first=True)
    assert not window._frame.isActive()  # the note is up: the countdown waits
    QTest.mouseClick(window.safety_button, Qt.MouseButton.LeftButton)
    assert window._frame.isActive()
    window.update_status(replace(STATUS, held=True))
    assert not window._frame.isActive()
    window.update_status(STATUS)
    assert window._frame.isActive()
    window.hide()  # say the window manager hid it: no ticks until it is back
    assert not window._frame.isActive()
    window.show()
    assert window._frame.isActive()
    start = time.monotonic()
    window.elapsed = lambda: 10.0 + time.monotonic() - start  # the breathing step: it moves
    window.pose.clock = time.monotonic
    drawn = window.pose.paints
    qtbot.waitUntil(lambda: window.pose.paints >= drawn + 3, timeout=3000)
    with caplog.at_level(logging.INFO, logger="deskcoach.ui.frame_timer"):
        window.ask_feedback()
    assert not window._frame.isActive()
    frames = int(re.search(r"break figure: (\d+) frames", caplog.text).group(1))  # type: ignore[union-attr]
    assert frames >= 3
    window.reduced_motion = True
    window.present(120, routine)
    assert window._frame.isActive()
    assert window._frame.interval() == STILL_MS
    window.dismiss()
    assert not window._frame.isActive()
