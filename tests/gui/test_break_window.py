from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from deskcoach.core.routine import Routine
from deskcoach.core.status import Phase, Status
from deskcoach.ui.break_window import BreakWindow
from tests.gui.conftest import make_catalogue

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
    """As a screen reader gets it: the content labels are named by what they say."""
    from PySide6.QtGui import QAccessible

    window.present(120, NO_ROUTINE)
    for widget in (window.done_button, window.snooze_button, window.skip_button,
                   window.clock, window.bar, window.steps):
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        assert face.text(QAccessible.Text.Name), widget
    steps = QAccessible.queryAccessibleInterface(window.steps)
    assert steps is not None
    assert steps.text(QAccessible.Text.Name) == window.steps.text()
    clock = QAccessible.queryAccessibleInterface(window.clock)
    assert clock is not None
    assert clock.text(QAccessible.Text.Name) == "1:35 left"


def _active(qtbot: QtBot, window: BreakWindow) -> None:
    """As after the user clicks the break window: it is active and keys reach it."""
    catalogue: Any = make_catalogue()
    window.present(120, Routine((catalogue.get("chin-tuck"),)))  # on screen: Swap works
    assert window.swap_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_press_the_button_with_the_focus(qtbot: QtBot, window: BreakWindow,
                                                         key: Qt.Key) -> None:
    _active(qtbot, window)
    for button, signal in ((window.skip_button, window.skip),
                           (window.snooze_button, window.snooze),
                           (window.swap_button, window.swap),
                           (window.done_button, window.done)):
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus, timeout=1000)
        others = [s for s in (window.done, window.skip, window.snooze, window.swap)
                  if s is not signal]
        with qtbot.waitSignal(signal, timeout=1000), qtbot.assertNotEmitted(others[0]), \
                qtbot.assertNotEmitted(others[1]), qtbot.assertNotEmitted(others[2]):
            QTest.keyClick(button, key)


def test_tab_to_skip_then_enter_skips(qtbot: QtBot, window: BreakWindow) -> None:
    _active(qtbot, window)
    window.done_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.done_button.hasFocus, timeout=1000)
    while not window.skip_button.hasFocus():
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(window.skip, timeout=1000), qtbot.assertNotEmitted(window.done):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)


def test_enter_is_done_when_no_other_button_has_the_focus(qtbot: QtBot,
                                                           window: BreakWindow) -> None:
    _active(qtbot, window)
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window, timeout=1000)
    with qtbot.waitSignal(window.done, timeout=1000), qtbot.assertNotEmitted(window.skip):
        QTest.keyClick(window, Qt.Key.Key_Return)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_focus_ring_shows_on_every_button_the_blue_done_included(
        qtbot: QtBot, window: BreakWindow) -> None:
    """The edge of each button (left middle, inside the ring's width) changes by 3:1 or more
    when it takes the focus (the WCAG 2.2 focus appearance contrast)."""
    _active(qtbot, window)

    def check(buttons: list[QPushButton]) -> None:
        for button in buttons:
            window.setFocus(Qt.FocusReason.OtherFocusReason)
            assert not button.hasFocus()
            point = (1, button.height() // 2)
            before = button.grab().toImage().pixelColor(*point)
            button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(button.hasFocus, timeout=1000)
            after = button.grab().toImage().pixelColor(*point)
            assert _contrast(before, after) >= 3.0, (button.text(), before.name(), after.name())

    check([window.done_button, window.swap_button, window.snooze_button, window.skip_button])
    window.pages.setCurrentIndex(0)
    check([window.safety_button])
    window.ask_feedback()
    check([*window.feedback_buttons.values(), window.close_button])


def test_each_page_opens_with_the_focus_on_its_safe_button(qtbot: QtBot,
                                                           window: BreakWindow) -> None:
    """Enter, Enter, Enter: accepts the note, finishes the break, closes the question. A
    Skip focused at an earlier break, or a rating under the finger, never answers it."""
    _active(qtbot, window)
    window.skip_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.skip_button.hasFocus, timeout=1000)
    window.present(120, NO_ROUTINE, safety_first=True)  # the next break (kept active here)
    qtbot.waitUntil(window.safety_button.hasFocus, timeout=2000)
    with qtbot.waitSignal(window.safety_acknowledged, timeout=1000):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.done_button.hasFocus()
    with qtbot.waitSignal(window.done, timeout=1000), qtbot.assertNotEmitted(window.skip):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    window.ask_feedback()
    assert window.close_button.hasFocus()
    with qtbot.assertNotEmitted(window.feedback):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert not window.isVisible()


def test_nothing_moves_while_a_break_plays(qtbot: QtBot, window: BreakWindow) -> None:
    """Swap (a longer name and text), the "timer waits" line, a breathing step and the rest
    change words, never the place of the buttons or the window's size."""
    from deskcoach.core.exercises import parse_exercise
    from tests.gui.conftest import MOVING, STILL, entry

    catalogue: Any = make_catalogue()
    wordy = parse_exercise("wordy.toml", entry(
        "wordy", name="A longer exercise name, as long as names may be",  # 48
        dose="Two slow rounds of eight on each side ok",  # 40
        steps=[{"text": "Sit tall near the front of your seat, feet flat and hip-width apart, "
                        "and look ahead.", "seconds": 10,  # 90
                "keyframes": STILL},
               {"text": "Move.", "seconds": 20, "reps": 8, "keyframes": MOVING}]))
    elapsed = [0.0]
    window.elapsed = lambda: elapsed[0]
    window.present(120, Routine((catalogue.get("chin-tuck"),)))
    qtbot.waitExposed(window)

    def places() -> list[object]:
        return [window.size(), *(b.geometry() for b in (
            window.done_button, window.swap_button, window.snooze_button, window.skip_button)),
            window.bar.geometry(), window.pose.geometry()]

    before = places()
    changes: tuple[Callable[[], object], ...] = (
                   lambda: window.set_routine(Routine((wordy,))),
                   lambda: window.update_status(dataclasses.replace(STATUS, held=True)),
                   lambda: window.set_routine(Routine((catalogue.get("belly-breathing"),))),
                   lambda: elapsed.__setitem__(0, 15.0),
                   lambda: elapsed.__setitem__(0, 100.0),
                   lambda: window.update_status(STATUS))
    for change in changes:
        change()
        window.render_moment()
        QApplication.processEvents()
        assert places() == before


def test_strict_mode_removes_snooze_and_skip_and_esc_does_nothing(
        qtbot: QtBot, window: BreakWindow) -> None:
    """As the README says: no Snooze or Skip in strict mode, by button, key or mnemonic."""
    strict = dataclasses.replace(STATUS, strict=True, can_snooze=False, can_skip=False,
                                 snoozes_left=0)
    _active(qtbot, window)
    window.update_status(strict)
    assert window.snooze_button.isHidden()
    assert window.skip_button.isHidden()
    with qtbot.assertNotEmitted(window.snooze), qtbot.assertNotEmitted(window.skip):
        QTest.keyClick(window, Qt.Key.Key_Escape)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        window.close()
    assert window.isVisible()


def test_typing_elsewhere_with_the_pointer_resting_on_the_break_is_work(
        qtbot: QtBot, window: BreakWindow) -> None:
    """The pointer over the break window only means "dealing with the break" when it moved
    there, or the window is the active one; resting still while typing elsewhere is work."""
    from PySide6.QtGui import QCursor

    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    window.present(120, NO_ROUTINE)
    qtbot.waitExposed(window)
    QCursor.setPos(window.frameGeometry().center())
    qtbot.waitUntil(lambda: window.pointer_inside(), timeout=2000)
    assert window.input_on_break()  # it has just moved over the window: the break's
    assert not window.input_on_break()  # resting there, keys going to the editor: work
    QCursor.setPos(window.frameGeometry().center() + QPoint(5, 5))
    assert window.input_on_break()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.input_on_break()  # keys now go to the break window itself
    assert window.input_on_break()
