from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from deskcoach.core.events import Phase, Status
from deskcoach.core.routine import Routine
from deskcoach.ui.break_window import BreakWindow

NO_ROUTINE = Routine(())
STATUS = Status(Phase.ON_BREAK, None, 0, 95, None, 2, 3, True, True, 1.0)


@pytest.fixture
def window(qtbot: QtBot) -> BreakWindow:
    win = BreakWindow(snooze_minutes=5)
    qtbot.addWidget(win)
    win.update_status(STATUS)
    return win


def test_appears_on_top_without_taking_focus(qtbot: QtBot, window: BreakWindow) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    window.present(120, NO_ROUTINE)
    qtbot.waitExposed(window)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert QApplication.focusWidget() is editor
    assert not window.isActiveWindow()


def test_shows_countdown_and_budget(window: BreakWindow) -> None:
    assert window.clock.text() == "1:35 left"
    assert window.skip_button.text() == "&Skip (3 left today)"
    assert window.snooze_button.text() == "S&nooze 5 min"
    assert window.steps.text().startswith("Stand up, reach both arms overhead")
    window.update_status(dataclasses.replace(STATUS, skips_left=None))
    assert window.skip_button.text() == "&Skip"


def test_buttons_emit(qtbot: QtBot, window: BreakWindow) -> None:
    for button, signal in ((window.done_button, window.done),
                           (window.snooze_button, window.snooze),
                           (window.skip_button, window.skip)):
        with qtbot.waitSignal(signal, timeout=1000):
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_keyboard_enter_is_done_and_escape_snoozes(qtbot: QtBot, window: BreakWindow) -> None:
    window.present(120, NO_ROUTINE)
    with qtbot.waitSignal(window.done, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.snooze, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_Escape)


def test_strict_break_cannot_be_put_off(qtbot: QtBot, window: BreakWindow) -> None:
    """README: "Strict mode removes Snooze and Skip" (running out of them greys them)."""
    strict = dataclasses.replace(STATUS, can_snooze=False, can_skip=False, snoozes_left=0,
                                 strict=True)
    window.update_status(strict)
    window.present(120, NO_ROUTINE)
    qtbot.waitExposed(window)
    assert not window.snooze_button.isVisible()
    assert not window.skip_button.isVisible()
    assert window.done_button.isVisible()
    assert not window.snooze_button.isEnabled()
    assert not window.skip_button.isEnabled()
    with qtbot.assertNotEmitted(window.snooze), qtbot.assertNotEmitted(window.skip):
        QTest.keyClick(window, Qt.Key.Key_Escape)
        window.close()
    assert window.isVisible()  # closing by hand does not end a strict break


def test_out_of_snoozes_and_skips_greys_them_but_keeps_them(qtbot: QtBot,
                                                           window: BreakWindow) -> None:
    window.update_status(dataclasses.replace(STATUS, can_snooze=False, can_skip=False,
                                             snoozes_left=0, skips_left=0))
    window.present(120, NO_ROUTINE)
    qtbot.waitExposed(window)
    assert window.snooze_button.isVisible()
    assert window.skip_button.isVisible()
    assert not window.snooze_button.isEnabled()
    assert not window.skip_button.isEnabled()
    window.update_status(STATUS)  # strict mode switched off again: all back
    assert window.snooze_button.isEnabled()


def test_closing_by_hand_snoozes(qtbot: QtBot, window: BreakWindow) -> None:
    window.present(120, NO_ROUTINE)
    with qtbot.waitSignal(window.snooze, timeout=1000):
        window.close()
    window.dismiss()
    assert not window.isVisible()


def test_held_countdown_is_explained(window: BreakWindow) -> None:
    window.present(120, NO_ROUTINE)
    assert not window.held.isVisible()
    window.update_status(dataclasses.replace(STATUS, held=True))
    assert window.held.isVisible()


def test_every_control_has_an_accessible_name(window: BreakWindow) -> None:
    for widget in (window.done_button, window.snooze_button, window.skip_button,
                   window.clock, window.bar, window.steps):
        assert widget.accessibleName()
