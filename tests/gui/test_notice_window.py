"""The pre-break notice: Start now and In 5 minutes, by keyboard, without taking the focus."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from deskcoach.core.status import Phase, Status
from deskcoach.ui.notice_window import NoticeWindow

STATUS = Status(Phase.PRE_BREAK, None, 60, None, None, 2, 3, True, True, 0.98)


@pytest.fixture
def notice(qtbot: QtBot) -> NoticeWindow:
    window = NoticeWindow()
    qtbot.addWidget(window)
    return window


def test_appears_without_taking_the_focus(qtbot: QtBot, notice: NoticeWindow) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    notice.present(60, STATUS)
    qtbot.waitExposed(notice)
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.focusWidget() is editor
    assert notice.title.text() == "Movement break in 1 min"
    assert notice.start_button.text() == "&Start now"
    assert notice.later_button.text() == "&In 5 minutes"


@pytest.mark.parametrize("keys", [["Return"], ["Tab", "Return"], ["Alt+I"], ["Alt+S"]])
def test_every_choice_by_keyboard_once_it_is_reached(qtbot: QtBot, notice: NoticeWindow,
                                                     keys: list[str]) -> None:
    notice.present(60, STATUS)
    notice.activateWindow()  # as Alt+Tab or a click does
    qtbot.waitUntil(notice.isActiveWindow, timeout=2000)
    later = keys[0] in ("Tab", "Alt+I")
    with qtbot.waitSignal(notice.later if later else notice.start_now, timeout=1000):
        for key in keys:
            if key.startswith("Alt+"):
                QTest.keyClick(notice.focusWidget(), getattr(Qt.Key, f"Key_{key[-1]}"),
                               Qt.KeyboardModifier.AltModifier)
            else:
                QTest.keyClick(notice.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    assert not notice.isVisible()


def test_strict_mode_offers_no_putting_off(notice: NoticeWindow) -> None:
    notice.present(60, dataclasses.replace(STATUS, strict=True, can_snooze=False))
    assert notice.later_button.isHidden()
    assert notice.start_button.isVisible()


def test_esc_closes_it_and_nothing_else(qtbot: QtBot, notice: NoticeWindow) -> None:
    notice.present(60, STATUS)
    notice.activateWindow()
    qtbot.waitUntil(notice.isActiveWindow, timeout=2000)
    with qtbot.assertNotEmitted(notice.later), qtbot.assertNotEmitted(notice.start_now):
        QTest.keyClick(notice, Qt.Key.Key_Escape)
    assert not notice.isVisible()
