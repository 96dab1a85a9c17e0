"""Keyboard and screen readers in the break window: Tab order, names, announcements and the
figure's description."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from deskcoach.core.routine import Routine
from deskcoach.core.status import Phase, Status
from deskcoach.ui.break_window import BreakWindow
from tests.gui.conftest import make_catalogue

STATUS = Status(Phase.ON_BREAK, None, 0, 120, None, 2, 3, True, True, 1.0)


def _window(qtbot: QtBot) -> tuple[BreakWindow, list[float]]:
    catalogue: Any = make_catalogue()
    now = [0.0]
    window = BreakWindow()
    qtbot.addWidget(window)
    window.elapsed = lambda: now[0]
    window.pose.clock = lambda: now[0]
    window.update_status(STATUS)
    window.present(120, Routine((catalogue.get("belly-breathing"), catalogue.get("chin-tuck"))))
    return window, now


def test_tab_walks_the_buttons_in_order_and_every_one_shows_a_ring(qtbot: QtBot) -> None:
    window, _ = _window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.focusWidget() is window.done_button
    seen: list[QWidget] = [window.done_button]
    for _ in range(5):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == [window.done_button, window.swap_button, window.snooze_button,
                    window.skip_button, window.info_button, window.help_button]
    assert "QPushButton:focus" in window.styleSheet()  # the ring, for every button
    for button in window.findChildren(QPushButton):
        assert button.accessibleName() or button.text().replace("&", ""), button


def test_the_break_and_each_new_step_are_announced(qtbot: QtBot) -> None:
    window, now = _window(qtbot)
    assert window.announced == ("Movement break: Belly breathing. "
                                "Sit tall, one hand on your belly.")
    now[0] = 12.0  # the breathing step
    window.render_moment()
    assert window.announced == "Step 2 of 2: Breathe in through the nose, out slowly."
    window.announced = ""
    now[0] = 13.0  # the same step: nothing new to say
    window.render_moment()
    assert window.announced == ""
    now[0] = 62.0  # the next exercise
    window.render_moment()
    assert window.announced == "Step 1 of 2: Get ready for chin-tuck."


def test_the_figure_describes_each_step_and_the_breath(qtbot: QtBot) -> None:
    window, now = _window(qtbot)
    assert window.pose.accessibleDescription() == (
        "Belly breathing, step 1 of 2: Sit tall, one hand on your belly.")
    now[0] = 11.0  # 1 s into the first breath
    window.render_moment()
    assert window.pose.accessibleDescription() == (
        "Belly breathing, step 2 of 2: Breathe in through the nose, out slowly. (breathe in)")


def test_the_safety_note_is_announced_before_the_steps(qtbot: QtBot) -> None:
    catalogue: Any = make_catalogue()
    window = BreakWindow()
    qtbot.addWidget(window)
    window.present(120, Routine((catalogue.get("chin-tuck"),)), safety_first=True,
                   notes=(catalogue.get("chin-tuck"),))
    assert window.announced == ("Movement break. Before it starts: "
                                "Move gently, and listen to your body")
    window.safety_button.click()
    assert window.announced == "Step 1 of 2: Get ready for chin-tuck."
