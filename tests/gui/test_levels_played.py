"""A level the pacing rules chose changes what the break actually plays: more reps and time
when an exercise levelled up, fewer when it rolled back, and the dose line says which.

Chin tuck, as authored: a 4 s set-up, then 8 tucks in 40 s (5 s a tuck). Its harder level
(scale 1.25) is 10 tucks in 50 s: 54 s in all. Shoulder rolls: a 4 s set-up, then 5 rolls
each way in 25 s each; rolled back (scale 0.6) they are 3 rolls each way in 15 s: 34 s.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.core.pacing import Change, Pace
from deskcoach.core.settings import Settings
from deskcoach.services.coach import Coach
from deskcoach.store.catalogue import load_catalogue
from deskcoach.ui.break_window import BreakWindow
from tests.gui.test_player import STATUS, Clock


def _played(qtbot: QtBot, c: Coach, exercise: str) -> Any:
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break(exercise) is None
    routine = c.routines.routine
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000):
        assert c.commands.done() is None
    return routine


def test_levelled_up_plays_more_and_rolled_back_plays_less(qtbot: QtBot,
                                                           make_coach: Any) -> None:
    c: Coach = make_coach(Settings(), catalogue=load_catalogue().catalogue)
    now = c.clock.now().wall
    standard = _played(qtbot, c, "chin-tuck")
    assert [(s.seconds, s.reps) for s in standard.exercises[0].steps] == [(4, None), (40, 8)]
    log = c.routines.coaching.log
    assert log.record(Change("up", Pace("chin-tuck", 2, now.date()), "steady mornings"),
                      now - timedelta(minutes=2))
    assert log.record(Change("back", Pace("shoulder-rolls", 0, now.date()), "worse mornings"),
                      now - timedelta(minutes=1))

    harder = _played(qtbot, c, "chin-tuck").exercises[0]
    assert [(s.seconds, s.reps) for s in harder.steps] == [(4, None), (50, 10)]
    assert harder.seconds == 54
    easier = _played(qtbot, c, "shoulder-rolls").exercises[0]
    assert [(s.seconds, s.reps) for s in easier.steps] == [(4, None), (15, 3), (15, 3)]
    assert easier.seconds == 34

    # What the player shows: the level's dose, its counts, its time.
    clock = Clock()
    window = BreakWindow()
    qtbot.addWidget(window)
    window.elapsed = clock
    window.update_status(STATUS)
    window.present(120, _routine_of(harder))
    assert window.dose.text() == "10 tucks, 5 s each"
    clock.now = 4 + 47.0  # 5 s a tuck: the tenth, which the standard dose never reaches
    window.render_moment()
    assert (window.title.text(), window.count.text()) == ("Chin tucks", "Rep 10 of 10")
    assert "10 times" in window.steps.text()
    clock.now = 0.0
    window.present(120, _routine_of(easier))
    assert window.dose.text() == "3 rolls each way"
    clock.now = 4 + 11.0  # 5 s a roll: the third and last one way
    window.render_moment()
    assert window.count.text() == "Rep 3 of 3"
    clock.now = 34.5  # the standard's rolls would still be going; the easier ones are done
    window.render_moment()
    assert window.title.text() == "Rest"


def _routine_of(exercise: Any) -> Any:
    from deskcoach.core.routine import Routine

    return Routine((exercise,))
