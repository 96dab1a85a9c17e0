from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from deskcoach.core.settings import FIELDS, Settings
from deskcoach.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> SettingsDialog:
    dlg = SettingsDialog(Settings(work_minutes=35), frozenset({"work_minutes"}))
    qtbot.addWidget(dlg)
    return dlg


def test_controls_only_offer_allowed_values(dialog: SettingsDialog) -> None:
    for field in FIELDS:
        control = dialog.controls[field.key]
        assert control.accessibleName()
        if field.kind is bool:
            assert isinstance(control, QCheckBox)
            continue
        if field.kind is str and field.check is not None:
            assert isinstance(control, QLineEdit)
            continue
        if field.kind is str:
            assert isinstance(control, QComboBox)
            assert [control.itemData(i) for i in range(control.count())] == list(field.choices)
            continue
        if field.kind is tuple:
            assert isinstance(control, QListWidget)
            continue
        assert isinstance(control, QSpinBox)
        assert control.maximum() == field.maximum
        assert control.minimum() == min([field.minimum, *(field.special or {})])
        control.setValue(field.maximum + 50)
        assert control.value() == field.maximum
        assert control.accessibleName()


def test_unlimited_skips_are_spelled_out(dialog: SettingsDialog) -> None:
    spin = dialog.controls["daily_skip_budget"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(-1)
    assert spin.text() == "Unlimited"
    assert dialog.values().daily_skip_budget == -1


def test_strict_mode_greys_out_snooze_and_skip(dialog: SettingsDialog) -> None:
    strict = dialog.controls["strict_mode"]
    assert isinstance(strict, QCheckBox)
    strict.setChecked(True)
    assert not dialog.controls["snoozes_per_break"].isEnabled()
    assert not dialog.controls["daily_skip_budget"].isEnabled()
    strict.setChecked(False)
    assert dialog.controls["snoozes_per_break"].isEnabled()


def test_ok_emits_the_values_and_the_keys_set(qtbot: QtBot, dialog: SettingsDialog) -> None:
    assert dialog.values().work_minutes == 35
    spin = dialog.controls["break_seconds"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(90)
    with qtbot.waitSignal(dialog.chosen, timeout=1000) as blocker:
        dialog.accept()
    chosen, explicit = blocker.args
    assert chosen == Settings(work_minutes=35, break_seconds=90)
    assert explicit == frozenset({"work_minutes", "break_seconds"})


def test_restore_defaults(dialog: SettingsDialog) -> None:
    dialog.show_values(Settings())
    assert dialog.values() == Settings()


def test_exercise_choices_round_trip(qtbot: QtBot) -> None:
    names = {"chin-tuck": "Chin tucks", "calf-raise": "Calf raises"}
    start = Settings(avoid_exercises=("calf-raise", "not-in-catalogue"),
                     avoid_regions=("neck",), spine_preference="extension")
    dlg = SettingsDialog(start, frozenset(), names)
    qtbot.addWidget(dlg)
    assert dlg.values() == start  # ids the dialog cannot show are kept
    exercises = dlg.controls["avoid_exercises"]
    assert isinstance(exercises, QListWidget)
    assert [exercises.item(i).text() for i in range(exercises.count())] == [
        "Chin tucks", "Calf raises"]
    exercises.item(0).setCheckState(Qt.CheckState.Checked)
    assert dlg.values().avoid_exercises == ("calf-raise", "chin-tuck", "not-in-catalogue")
    spine = dlg.controls["spine_preference"]
    assert isinstance(spine, QComboBox)
    assert spine.currentText() == "Leave out forward bends"


def test_working_hours_that_do_not_read_cannot_be_saved(dialog: SettingsDialog) -> None:
    hours = dialog.controls["working_hours"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert isinstance(hours, QLineEdit)
    hours.setText("mon-fri 9 to 5")
    assert not ok.isEnabled()
    hours.setText("mon-fri 09:00-17:00")
    assert ok.isEnabled()
    assert dialog.values().working_hours == "mon-fri 09:00-17:00"


def test_an_empty_text_box_says_what_empty_means(dialog: SettingsDialog) -> None:
    hours, anchors = dialog.controls["working_hours"], dialog.controls["daily_anchors"]
    assert isinstance(hours, QLineEdit)
    assert isinstance(anchors, QLineEdit)
    assert hours.placeholderText() == "always"  # no working hours: breaks at any time
    assert anchors.placeholderText() == "none"  # no anchors: no routines
