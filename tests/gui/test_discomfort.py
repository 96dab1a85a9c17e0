"""Discomfort is per exercise: one exercise's flare makes only that one rarer.

The old one-tap "uncomfortable" after a break was stored against every exercise of the break;
now it counts only for a break that held one exercise, and the check-in names the exercise.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.core.routine import choose
from deskcoach.services.coach import Coach
from tests.gui.conftest import make_catalogue


def _break_of(qtbot: QtBot, c: Coach, exercise: str) -> None:
    """A completed break of `exercise`, rated uncomfortable by the one tap."""
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break(exercise) is None
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000):
        assert c.commands.done() is None
    c.records.rate("uncomfortable")


def test_one_exercises_flare_does_not_demote_the_others(qtbot: QtBot,
                                                        make_coach: Any) -> None:
    catalogue = make_catalogue()
    c: Coach = make_coach(catalogue=catalogue)
    now = c.clock.now().wall
    # A tap after a break of one exercise is about that exercise.
    _break_of(qtbot, c, "calf-raise")
    assert c.records.history.discomfort() == {"calf-raise": 1}
    # The same tap after a break of several says nothing about which: no exercise is demoted.
    history = c.records.history
    assert history.add_feedback("several", ("chin-tuck", "wrist-stretch"), "uncomfortable",
                                now)
    assert history.discomfort() == {"calf-raise": 1}
    # The check-in names the exercise: chin tuck at 6/10, the rest of the break fine.
    for pain, exercise in ((6, "chin-tuck"), (1, "wrist-stretch"), (2, "")):
        result = c.routines.coaching.handle("checkin", {
            "pain": str(pain), "kind": "after_break", "exercise": exercise}, now)
        assert result["logged"]["pain"] == pain
    later = now + timedelta(minutes=5)
    assert c.routines.discomfort(later) == {"calf-raise": 1, "chin-tuck": 1}
    # In routine choice only those two come back less often. A 30 s break holds one of the
    # three 30 s exercises; weights 0.3, 0.3 and 1 (DISCOMFORT_FACTOR) make the sore ones
    # 0.3 / 1.6 = 19% each instead of 33%, and wrist stretch 1 / 1.6 = 62% instead of 33%.
    plain, sore = Counter[str](), Counter[str]()
    for seed in range(400):
        plain.update(choose(catalogue, 30, random.Random(seed)).ids)
        sore.update(choose(catalogue, 30, random.Random(seed),
                           discomfort=c.routines.discomfort(later)).ids)
    assert sore["chin-tuck"] < 0.7 * plain["chin-tuck"]
    assert sore["calf-raise"] < 0.7 * plain["calf-raise"]
    assert sore["wrist-stretch"] > 1.5 * plain["wrist-stretch"]
    assert sore["belly-breathing"] == plain["belly-breathing"] == 0  # 60 s: never fits 30 s
