"""A walk through the whole checklist wizard, from the keyboard, with resume and export."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from deskcoach.core import checklist as model
from deskcoach.core.checklist import Assessment, Checklist
from deskcoach.store.catalogue import checklist_art, load_checklist
from deskcoach.ui.checklist_wizard import ChecklistWizard
from deskcoach.ui.report import pdf_bytes

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))


@pytest.fixture
def checklist() -> Checklist:
    loaded, problem = load_checklist()
    assert problem is None
    assert loaded is not None
    return loaded


def _widget_at(w: ChecklistWizard, row: int, column: int) -> QWidget | None:
    item = w.actions_grid.itemAtPosition(row, column)
    assert item is not None
    return item.widget()


def wizard(qtbot: QtBot, checklist: Checklist, resume: Assessment | None = None,
           previous: Assessment | None = None) -> tuple[ChecklistWizard, list[Assessment]]:
    w = ChecklistWizard(checklist, checklist_art, lambda: NOW, resume, previous)
    qtbot.addWidget(w)
    saved: list[Assessment] = []
    w.saved.connect(saved.append)
    w.show()
    return w, saved


def choose(w: ChecklistWizard, workstation: str) -> None:
    for button in w.workstation_buttons.buttons():
        if button.property("workstation") == workstation:
            button.setChecked(True)


def test_a_laptop_user_walks_through_every_question(qtbot: QtBot, checklist: Checklist) -> None:
    w, saved = wizard(qtbot, checklist)
    w.name_edit.setText("Ada")
    choose(w, "laptop")
    QTest.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    items = checklist.items_for("laptop")
    assert any(i.laptop_only for i in items)
    seen = []
    for number, item in enumerate(items, 1):
        assert w.pages.currentIndex() == 1
        assert w.question.text() == item.question
        assert f"QUESTION {number} OF {len(items)}" in w.eyebrow.text()
        assert w.why.text().startswith("Why it matters: ")
        assert w.fix.text() == f"If not: {item.fix}"
        seen.append(item.id)
        key = Qt.Key.Key_N if item.id in ("C1", "S1", "L1") else Qt.Key.Key_Y
        QTest.keyClick(w, key)
    assert seen == [i.id for i in items]
    assert w.pages.currentIndex() == 2
    final = saved[-1]
    assert final.completed == NOW
    assert final.name == "Ada"
    assert [a.item for a in final.actions] == ["C1", "S1", "L1"]
    assert final.actions[0].due == date(2026, 11, 23) + (
        date(2026, 12, 7) - date(2026, 11, 23))  # follow-up after checklist.follow_up_days
    assert w.result_label.text().startswith(f"{len(items) - 3} of {len(items)} fine.")


def test_the_intro_counts_the_questions_from_the_data(qtbot: QtBot, checklist: Checklist) -> None:
    w, _ = wizard(qtbot, checklist)
    desk, laptop = len(checklist.items_for("desktop")), len(checklist.items_for("laptop"))
    assert (desk, laptop) == (33, 34)
    assert w.intro_note.text().startswith("33 quick yes/no questions (34 on a laptop used on "
                                          "its own)")


def test_desktop_users_never_see_laptop_questions(qtbot: QtBot, checklist: Checklist) -> None:
    w, _ = wizard(qtbot, checklist)
    choose(w, "desktop")
    w.start()
    shown = []
    while w.pages.currentIndex() == 1:
        shown.append(w._current)
        w.give("yes")
    assert "L1" not in shown
    assert len(shown) == len(checklist.items) - 1


def test_stop_midway_and_resume_where_you_left_off(qtbot: QtBot, checklist: Checklist) -> None:
    first, saved = wizard(qtbot, checklist)
    first.start()
    for _ in range(5):
        first.give("yes")
    first.back()  # changed my mind about the fifth
    first.give("na")
    first.reject()  # "save and finish later"
    partial = saved[-1]
    assert partial.completed is None
    assert len(partial.answers) == 5
    resumed, _ = wizard(qtbot, checklist, resume=partial)
    assert resumed.start_button.text() == "&Resume where you left off"
    resumed.start()
    nxt = model.next_item(checklist, partial)
    assert nxt is not None
    assert resumed._current == nxt.id
    assert nxt.id == checklist.items_for(partial.workstation)[5].id


def test_actions_can_be_assigned_and_ticked_off(qtbot: QtBot, checklist: Checklist) -> None:
    w, saved = wizard(qtbot, checklist)
    w.start()
    while w.pages.currentIndex() == 1:
        w.give("no" if w._current == "E2" else "yes")
    owner = _widget_at(w, 0, 1)
    assert isinstance(owner, QComboBox)
    owner.setCurrentIndex(owner.findData("facilities"))
    assert saved[-1].actions[0].owner == "facilities"
    done = _widget_at(w, 0, 3)
    assert isinstance(done, QCheckBox)
    done.setChecked(True)
    assert saved[-1].actions[0].done == NOW.date()
    assert model.open_actions(saved[-1]) == ()


def test_export_pdf_and_json(qtbot: QtBot, checklist: Checklist, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    w, saved = wizard(qtbot, checklist)
    w.start()
    while w.pages.currentIndex() == 1:
        w.give("no" if w._current in ("K1", "H3") else "yes")
    exports: list[tuple[str, str]] = []
    w.export.connect(lambda a, fmt, path: exports.append((fmt, path)))
    monkeypatch.setattr(ChecklistWizard, "ask_path",
                        staticmethod(lambda parent, fmt: str(tmp_path / f"check.{fmt}")))
    w._ask_export("json")
    assert exports == [("json", str(tmp_path / "check.json"))]
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(pdf_bytes(checklist, saved[-1]))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(json.dumps(model.to_json(checklist, saved[-1])))["actions"][0]["item"] == "K1"


def test_a_new_check_from_the_summary_compares_with_the_last(qtbot: QtBot,
                                                            checklist: Checklist) -> None:
    w, saved = wizard(qtbot, checklist)
    w.start()
    while w.pages.currentIndex() == 1:
        w.give("no" if w._current == "S4" else "yes")
    first = saved[-1]
    w.start_new()
    assert w.pages.currentIndex() == 0
    w.start()
    while w.pages.currentIndex() == 1:
        w.give("yes")
    assert saved[-1].uid != first.uid
    assert w.changes_label.text().startswith("1 answer changed")
    assert "Screen 6" in w.fine_label.text()
