"""The check-in window and flow: which question comes, what is stored, when help is shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from deskcoach.services.coaching import Coach
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from deskcoach.ui.checkin_flow import CheckinFlow
from deskcoach.ui.checkin_window import CheckinWindow

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 10, tzinfo=ZONE)


@pytest.fixture
def flow(tmp_path: Path) -> Iterator[CheckinFlow]:
    history = History(tmp_path / "history.sqlite3", NOW)
    yield CheckinFlow(Coach(history.connection, load_catalogue().catalogue), lambda: NOW)
    history.close()


def answer(qtbot: QtBot, window: CheckinWindow, pain: int) -> None:
    QTest.mouseClick(window.scale.button(pain), Qt.MouseButton.LeftButton)
    assert window.save.isEnabled()
    QTest.mouseClick(window.save, Qt.MouseButton.LeftButton)


def test_uncomfortable_asks_how_much_and_for_which_exercise(qtbot: QtBot,
                                                            flow: CheckinFlow) -> None:
    window = flow.offer("uncomfortable", ("chin-tuck", "neck-rotation"))
    assert window is not None
    assert window.kind == "after_break"  # it deletes itself once closed
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert [window.exercise.itemData(i) for i in range(window.exercise.count())] == [
        "", "chin-tuck", "neck-rotation"]
    assert not window.save.isEnabled()
    window.exercise.setCurrentIndex(1)
    answer(qtbot, window, 5)
    logged = flow.coach.log.checkins()
    assert [(c.kind, c.pain, c.exercise) for c in logged] == [("after_break", 5, "chin-tuck")]


def test_the_morning_question_then_the_weekly_body_map_then_nothing(
        qtbot: QtBot, flow: CheckinFlow) -> None:
    morning = flow.offer("good", ("chin-tuck",))
    assert morning is not None
    assert morning.kind == "morning"
    answer(qtbot, morning, 2)
    weekly = flow.offer("neutral", ("chin-tuck",))
    assert weekly is not None
    assert weekly.kind == "weekly"
    weekly.regions["neck"].setChecked(True)
    weekly.regions["lower_back"].setChecked(True)
    answer(qtbot, weekly, 4)
    assert flow.offer("good", ("chin-tuck",)) is None
    assert flow.offer(None, ("chin-tuck",)) is None
    logged = [(c.kind, c.pain, c.region) for c in flow.coach.log.checkins()]
    assert logged == [("morning", 2, None), ("weekly", 4, "neck"), ("weekly", 4, "lower_back")]


def test_skip_stores_nothing(qtbot: QtBot, flow: CheckinFlow) -> None:
    window = flow.offer("uncomfortable", ("chin-tuck",))
    assert window is not None
    QTest.mouseClick(window.scale.button(7), Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.skip, Qt.MouseButton.LeftButton)
    assert flow.coach.log.checkins() == []


def test_a_warning_sign_in_the_note_opens_when_to_get_help(qtbot: QtBot,
                                                           flow: CheckinFlow) -> None:
    window = flow.offer("uncomfortable", ("chin-tuck",))
    assert window is not None
    window.note.setText("my arm went numb")
    answer(qtbot, window, 3)
    help_page = flow.help
    assert help_page is not None
    assert help_page.isVisible()
    assert help_page.windowTitle() == "When to get help"
    text = help_page.text.text()
    assert "Your answer matches a warning sign:" in text
    assert "Pain that keeps climbing, tingling, numbness or dizziness" in text
    assert "Call an ambulance or go to an emergency department now if" in text
    help_page.close()


def test_the_note_is_kept_in_the_log_once_and_a_single_exercise_is_preselected(
        qtbot: QtBot, flow: CheckinFlow) -> None:
    window = flow.offer("uncomfortable", ("chin-tuck",))
    assert window is not None
    assert window.exercise.currentData() == "chin-tuck"  # a break of one exercise
    assert window.note.maxLength() == 200
    QTest.keyClicks(window.note, "a dull ache, no tingling")
    assert window.region.currentData() == ""  # where: optional, "in general" unless chosen
    window.region.setCurrentIndex(window.region.findData("neck"))
    assert window.region.currentText() == "Neck"
    answer(qtbot, window, 4)
    [logged] = flow.coach.log.checkins()
    assert (logged.pain, logged.region, logged.exercise, logged.note) == (
        4, "neck", "chin-tuck", "a dull ache, no tingling")
    weekly = CheckinWindow("weekly")
    weekly.submitted.connect(flow.save)
    weekly.regions["neck"].setChecked(True)
    weekly.regions["lower_back"].setChecked(True)
    QTest.keyClicks(weekly.note, "better this week")
    answer(qtbot, weekly, 3)
    rows = [(c.region, c.note) for c in flow.coach.log.checkins() if c.kind == "weekly"]
    assert rows == [("neck", "better this week"), ("lower_back", "")]
