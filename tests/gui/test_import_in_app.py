"""`deskcoach import` handed to the running app: lands whole and applies at once, or not at all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from deskcoach.controller import Controller
from deskcoach.core.policy import parse_policy
from deskcoach.protocol import Request, decode_request

EXPORT = {
    "format": "deskcoach-export", "format_version": 1,
    "settings": {"schema_version": 1, "work_minutes": 25, "sound": False},
    "breaks": [{"uid": "b1", "due": "2024-06-03T09:58:00+02:00",
                "started": "2024-06-03T10:00:00+02:00", "ended": "2024-06-03T10:02:00+02:00",
                "utc_offset_min": 120, "outcome": "completed", "snoozes": 0,
                "exercises": ["chin-tuck"]}],
}


def _ask(c: Controller, file: Path) -> tuple[bool, Any, str]:
    replies: list[tuple[bool, Any, str]] = []
    request = decode_request(Request("import", {"file": str(file)}).encode())
    c.handle_request(request, lambda ok, result=None, error="": replies.append(
        (ok, result, error)))
    [reply] = replies
    return reply


def test_the_running_app_imports_whole_and_applies_the_settings(
        make_controller: Any, tmp_path: Path) -> None:
    c: Controller = make_controller()
    file = tmp_path / "export.json"
    file.write_text(json.dumps(EXPORT))

    ok, result, error = _ask(c, file)

    assert (ok, error) == (True, "")
    assert result == ("Imported 1 new breaks, 0 feedback answers, 0 activity spans and 0 "
                      "assessments; settings restored.")
    assert [r.exercises for r in c.history.records()] == [("chin-tuck",)]
    assert (c.settings.work_minutes, c.settings.sound) == (25, False)  # applied at once
    assert c.status().seconds_left <= 25 * 60
    saved = c.settings_file.load(c.clock.now().wall)
    assert saved.settings.work_minutes == 25
    assert _ask(c, file)[1].startswith("Imported 0 new breaks")  # twice changes nothing


def test_the_running_app_refuses_an_impossible_file_and_changes_nothing(
        make_controller: Any, tmp_path: Path) -> None:
    c: Controller = make_controller()
    bad = json.loads(json.dumps(EXPORT))
    bad["breaks"][0]["ended"] = "9999-12-31T23:59:59-01:00"
    file = tmp_path / "export.json"
    file.write_text(json.dumps(bad))

    ok, result, error = _ask(c, file)

    assert (ok, result) == (False, None)
    assert error.startswith("Refused, nothing was changed: ")
    assert "breaks[0].ended is 9999-12-31T23:59:59-01:00" in error
    assert c.history.records() == []
    assert c.settings.work_minutes == 40
    assert not c.settings_file.path.exists()
    missing = _ask(c, tmp_path / "absent.json")
    assert not missing[0]
    assert missing[2].startswith("Refused: could not read ")


def test_the_running_app_leaves_what_the_organisation_locks_and_says_so(
        make_controller: Any, tmp_path: Path) -> None:
    c: Controller = make_controller()
    c.policy = parse_policy("policy.json", {"version": 1, "mandatory": {
        "sound": True, "limits": {"work_minutes": {"max": 20}}}})
    c._apply_resolved()
    file = tmp_path / "export.json"
    file.write_text(json.dumps(EXPORT))  # work_minutes 25, sound off

    ok, result, error = _ask(c, file)

    assert (ok, error) == (True, "")
    assert result == ("Imported 1 new breaks, 0 feedback answers, 0 activity spans and 0 "
                      "assessments.\nLeft as your organisation set them: sound, work_minutes.")
    assert (c.settings.work_minutes, c.settings.sound) == (20, True)
    saved = c.settings_file.load(c.clock.now().wall)
    assert "work_minutes" not in saved.explicit
    assert "sound" not in saved.explicit
