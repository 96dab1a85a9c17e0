"""Safety in reach: each exercise's cautions before it first plays, behind Exercise info any
time, and "When to get help" from the break window and the tray menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deskcoach.controller import NOTES_KEY, Controller
from deskcoach.core.exercises import parse_exercise
from deskcoach.core.routine import Routine
from deskcoach.core.settings import Settings
from deskcoach.ui.break_window import BreakWindow
from deskcoach.ui.safety_view import HelpWindow
from deskcoach.ui.tray import Tray
from tests.gui.conftest import entry, make_catalogue
from tests.gui.test_records import FAST, _wait_app_seconds

CAREFUL = parse_exercise("careful.toml", entry(
    "careful", cautions=["Keep the movement small.", "Hold the desk for balance."],
    avoid_if=["You had hip surgery in the last year."]))


def test_an_exercise_s_cautions_come_before_it_first_plays(qtbot: QtBot,
                                                           make_controller: Any) -> None:
    c: Controller = make_controller(Settings(break_seconds=120), scale=FAST,
                                    catalogue=make_catalogue())
    assert c.history.set_meta(NOTES_KEY, "")  # this user has seen no exercise's cautions
    with qtbot.waitSignal(c.break_shown, timeout=1000):
        c.take_break()
    shown = c.unseen_notes()
    assert shown
    assert set(shown) <= set(c.routine.exercises)
    _wait_app_seconds(qtbot, c, 30)  # reading: the countdown waits
    assert c.status().break_seconds_left == 120
    c.acknowledge_safety()
    assert c.unseen_notes() == ()
    seen = (c.history.get_meta(NOTES_KEY) or "").split()
    assert set(c.routine.ids) <= set(seen)
    c.done()
    with qtbot.waitSignal(c.break_shown, timeout=1000):
        c.take_break(c.routine.ids[0])  # the same exercise again: straight to the countdown
    assert c.cycle.reading_since is None


def test_the_note_lists_every_caution_and_avoid_if(qtbot: QtBot) -> None:
    window = BreakWindow()
    qtbot.addWidget(window)
    window.present(120, Routine((CAREFUL,)), safety_first=True, notes=(CAREFUL,),
                   general=False)
    assert window.pages.currentIndex() == 0
    text = window.note.text()
    for line in (*CAREFUL.cautions, *CAREFUL.avoid_if, "goes numb"):
        assert line in text
    assert "It is not medical advice" not in text  # the first-break note was read before
    with qtbot.waitSignal(window.safety_acknowledged, timeout=1000):
        window.safety_button.click()
    assert window.pages.currentIndex() == 1


def test_the_first_break_note_puts_bladder_control_under_emergency(qtbot: QtBot) -> None:
    window = BreakWindow()
    qtbot.addWidget(window)
    window.present(120, Routine((CAREFUL,)), safety_first=True, notes=(CAREFUL,))
    text = window.note.text()
    assert "emergency care now for loss of bladder or bowel control" in text
    assert "Hold the desk for balance." in text


def test_exercise_info_any_time_without_acknowledging(qtbot: QtBot) -> None:
    window = BreakWindow()
    qtbot.addWidget(window)
    window.present(120, Routine((CAREFUL,)))
    with qtbot.assertNotEmitted(window.safety_acknowledged):
        window.info_button.click()
        assert window.pages.currentIndex() == 0
        assert "You had hip surgery in the last year." in window.note.text()
        window.safety_button.click()  # "Back to the exercise"
    assert window.pages.currentIndex() == 1


def test_help_page_from_the_break_window_and_back(qtbot: QtBot) -> None:
    window = BreakWindow()
    qtbot.addWidget(window)
    window.present(120, Routine((CAREFUL,)))
    window.help_button.click()
    assert window.pages.currentIndex() == 3
    text = window.help_text.text()
    emergency, soon, stop = (text.index(h) for h in (
        "Get emergency care now", "See a doctor or physiotherapist soon", "Stop this exercise"))
    assert emergency < text.index("bladder or bowels") < soon < stop
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 1
    assert window.isVisible()  # Esc on the help page goes back; it does not snooze


def test_the_tray_menu_opens_when_to_get_help(qtbot: QtBot) -> None:
    tray = Tray()
    assert tray.help_action.text() == "When to get &help..."
    with qtbot.waitSignal(tray.open_help, timeout=1000):
        tray.help_action.trigger()
    page = HelpWindow()
    qtbot.addWidget(page)
    assert "Stop this exercise" in page.body.text()


def test_checklist_h2_promises_no_feature_deskcoach_lacks() -> None:
    """H2 used to promise "DeskCoach's eye rests" before there were any; it names the habit,
    and names a DeskCoach feature only if the settings have it."""
    from deskcoach.core.settings import FIELD_BY_KEY
    from deskcoach.store.catalogue import load_checklist

    checklist, problem = load_checklist()
    assert checklist is not None, problem
    h2 = next(i for i in checklist.items if i.id == "H2")
    assert "20 seconds" in h2.fix
    assert "eye rests" not in h2.fix  # no such feature, ever
    if "eye break" in h2.fix.lower():
        assert "eye_break_minutes" in FIELD_BY_KEY


def test_a_swap_to_an_exercise_new_to_the_user_shows_its_cautions_first(
        qtbot: QtBot, make_controller: Any) -> None:
    c: Controller = make_controller(Settings(break_seconds=120), scale=FAST,
                                    catalogue=make_catalogue())
    with qtbot.waitSignal(c.break_shown, timeout=1000):
        c.take_break("chin-tuck")
    assert c.cycle.reading_since is None  # seen before (the fixture's user read them all)
    assert c.history.set_meta(NOTES_KEY, " ".join(c.routine.ids))  # the rest are new
    assert c.swap() is None
    [new] = c.unseen_notes()
    assert new.id in c.routine.ids
    assert c.cycle.reading_since is not None  # the countdown waits while they are read
    left = c.status().break_seconds_left
    _wait_app_seconds(qtbot, c, 20)
    assert c.status().break_seconds_left == left
    c.acknowledge_safety()
    assert c.cycle.reading_since is None
