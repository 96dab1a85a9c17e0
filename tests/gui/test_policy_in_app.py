"""Organisation policy as the user meets it: locked and limited values in the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox
from pytestqt.qtbot import QtBot

from deskcoach.core.policy_parse import parse_policy
from deskcoach.core.settings import Settings
from deskcoach.services.coach import Coach
from deskcoach.ui.settings_dialog import SettingsDialog

EXAMPLE = Path(__file__).parents[2] / "packaging" / "policy" / "example-policy.json"
POLICY = parse_policy("example-policy.json", json.loads(EXAMPLE.read_text()))


def test_policy_shapes_what_takes_effect(qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(Settings(work_minutes=60, break_seconds=45))
    c.config.policy = POLICY
    c.config.reapply()
    assert c.runner.settings.work_minutes == 45  # limited: at most 45
    assert c.runner.settings.break_seconds == 90  # limited: at least 90
    assert c.config.resolved.sources["work_minutes"] == "limited by policy"
    assert c.config.user.work_minutes == 60  # the user's own choice is kept, not overwritten


def test_locked_and_limited_changes_are_refused(make_coach: Any) -> None:
    c: Coach = make_coach()
    c.config.policy = POLICY
    c.config.reapply()
    assert c.config.set_value("strict_mode", "true") == "'strict_mode' is set by your organisation"
    refusal = c.config.set_value("work_minutes", "50")
    assert refusal == "'work_minutes' may be at most 45 (limit set by your organisation)"
    assert c.config.set_value("work_minutes", "30") is None
    assert c.runner.settings.work_minutes == 30


def test_the_dialog_greys_locked_values_and_offers_only_the_allowed_range(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    c.config.policy = POLICY
    c.config.reapply()
    dialog = SettingsDialog(c.runner.settings, c.config.explicit, None,
                            c.config.resolved.locked, c.config.resolved.bounds)
    qtbot.addWidget(dialog)
    strict = dialog.controls["strict_mode"]
    assert isinstance(strict, QCheckBox)
    assert not strict.isEnabled()
    assert "set by your organisation" in strict.text()
    work = dialog.controls["work_minutes"]
    assert isinstance(work, QSpinBox)
    assert (work.minimum(), work.maximum()) == (5, 45)
    skips = dialog.controls["daily_skip_budget"]
    assert isinstance(skips, QSpinBox)
    assert (skips.minimum(), skips.maximum()) == (0, 5)  # no "unlimited" under a limit
