"""The break window is built shortly before a break falls due, so it shows at once then."""

from __future__ import annotations

import dataclasses
from typing import Any

from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from deskcoach.core.settings import Settings
from deskcoach.services.coach import Coach
from deskcoach.ui.break_screen import PREPARE_REAL_SECONDS, BreakScreen


def _screen(coach: Coach) -> BreakScreen:
    return BreakScreen(coach, 1.0, lambda refusal: None, lambda title, text: None)


def test_the_window_is_built_ahead_only_when_a_break_is_near(
        qtbot: QtBot, make_coach: Any) -> None:
    coach: Coach = make_coach(Settings(work_minutes=40))
    screen = _screen(coach)
    status = coach.runner.status()
    assert status.seconds_left > PREPARE_REAL_SECONDS
    near = dataclasses.replace(status, seconds_left=PREPARE_REAL_SECONDS - 1)
    screen.refresh(near)
    assert screen.window is None  # not while the app is still starting
    screen.prepare_ahead = True
    screen.refresh(status)
    assert screen.window is None  # 40 minutes away: the idle app does not carry it
    screen.refresh(near)
    built = screen.window
    assert built is not None
    qtbot.addWidget(built)
    assert not built.isVisible()
    with qtbot.waitSignal(coach.runner.break_shown, timeout=1000):
        assert coach.commands.take_break() is None
    assert screen.window is built  # shown, not built again
    qtbot.waitUntil(built.isVisible, timeout=2000)


def test_ahead_is_measured_in_real_seconds(make_coach: Any) -> None:
    """At 60x, 5 minutes of work are 5 real seconds: the window is built at once."""
    coach: Coach = make_coach(Settings(work_minutes=5), scale=60)
    screen = _screen(coach)
    screen.prepare_ahead = True
    screen.refresh(coach.runner.status())
    assert screen.window is not None
    screen.close()
    screen.window.deleteLater()


def test_a_language_change_makes_a_hidden_window_again(qtbot: QtBot, make_coach: Any) -> None:
    coach: Coach = make_coach(Settings(work_minutes=5), scale=60)
    screen = _screen(coach)
    screen.prepare_ahead = True
    screen.refresh(coach.runner.status())
    old = screen.window
    assert old is not None
    screen.renew()
    assert screen.window is None
    qtbot.waitUntil(lambda: not isValid(old), timeout=1000)  # the old one is gone
    screen.refresh(coach.runner.status())  # built again at the next tick, in the new words
    assert screen.window is not None
    screen.window.deleteLater()
