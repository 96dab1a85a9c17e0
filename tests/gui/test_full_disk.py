"""A full disk loses nothing: a setting changed meanwhile applies, stays pending and is saved
later; paused time, ratings and the safety note read wait in memory as the breaks do."""

from __future__ import annotations

import errno
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.controller import Controller
from deskcoach.store import settings_file
from tests.gui.test_controller import _FailingDb as FullDb  # every write transaction fails


class FullDisk:
    """`write_atomic` as on a full disk: the temp file appears (the app's watcher sees the
    folder change), then the write fails with ENOSPC and the temp file goes."""

    def __init__(self) -> None:
        self.full = True
        self.real = settings_file.write_atomic

    def __call__(self, path: Path, data: bytes) -> None:
        if not self.full:
            self.real(path, data)
            return
        tmp = path.with_name(f".{path.name}.full.tmp")
        tmp.write_bytes(b"")
        tmp.unlink()
        raise OSError(errno.ENOSPC, "No space left on device")


def saved(c: Controller) -> dict[str, Any]:
    path = c.settings_file.path
    return tomllib.loads(path.read_text()) if path.exists() else {}


def test_a_setting_changed_on_a_full_disk_is_saved_once_there_is_room(
        qtbot: QtBot, make_controller: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    c: Controller = make_controller()
    assert c.set_value("break_seconds", "90") is None
    disk = FullDisk()
    monkeypatch.setattr(settings_file, "write_atomic", disk)

    problem = c.set_value("work_minutes", "25")

    assert problem is not None
    assert "No space left on device" in problem
    assert "saves them as soon as it can" in problem
    assert c.settings.work_minutes == 25  # applied at once
    assert saved(c).get("work_minutes") is None
    c.reload_settings()  # the watcher saw the folder change: the older file must not win
    assert c.settings.work_minutes == 25
    c._wrote(True)  # a break saved meanwhile does not end the settings' retry
    assert c._retry.isActive()

    c._retry_writes()  # still full: still pending
    assert saved(c).get("work_minutes") is None
    disk.full = False
    c._retry_writes()
    assert saved(c)["work_minutes"] == 25
    assert saved(c)["break_seconds"] == 90
    assert not c._retry.isActive()
    c.reload_settings()  # and now the file is read again as usual
    assert c.settings.work_minutes == 25


def test_a_setting_still_pending_at_quit_is_saved_if_it_can_be(
        make_controller: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    c: Controller = make_controller()
    disk = FullDisk()
    monkeypatch.setattr(settings_file, "write_atomic", disk)
    assert c.set_value("snooze_minutes", "10") is not None
    disk.full = False
    c.shutdown()
    assert saved(c)["snooze_minutes"] == 10


def test_paused_time_a_rating_and_the_note_read_wait_for_room_like_breaks(
        qtbot: QtBot, make_controller: Any) -> None:
    c: Controller = make_controller(note_read=False)
    real = c.history._db
    c.history._db = FullDb(real)  # type: ignore[assignment]
    problems: list[str] = []
    c.problem.connect(problems.append)
    with qtbot.waitSignal(c.break_shown, timeout=1000):
        c.take_break()
    c.acknowledge_safety()
    c.done()
    c._last_exercises = ("chin-tuck",)  # as if the break had shown it
    c.rate("good")
    assert c.pause("30m") is None
    assert c.resume() is None  # a paused span ends: written, or kept
    assert len(problems) == 1  # told once
    assert c.history.pending >= 4  # the break, the note read, the rating, the span
    assert c._retry.isActive()

    c.history._db = real
    c._retry_writes()
    assert c.history.pending == 0
    assert not c.safety_needed
    assert c.history.get_meta("safety_acknowledged") is not None
    assert real.execute("SELECT rating FROM feedback").fetchall() == [("good",)]
    assert [kind for kind, _, _ in c.history.spans(
        c.clock.now().wall - timedelta(hours=1), c.clock.now().wall)] == ["active", "paused"]


def test_an_import_waits_until_the_pending_settings_are_saved(
        make_controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """It merges into the settings file, which is older than what applies until then."""
    c: Controller = make_controller()
    disk = FullDisk()
    monkeypatch.setattr(settings_file, "write_atomic", disk)
    assert c.set_value("work_minutes", "25") is not None
    export = tmp_path / "export.json"
    export.write_text('{"format": "deskcoach-export", "format_version": 1, '
                      '"settings": {"sound": false}}')
    ok, text = c.import_file(export)
    assert not ok
    assert text.endswith("settings changed earlier are not saved yet (is the disk full?)")
    disk.full = False
    ok, text = c.import_file(export)
    assert ok, text
    assert (saved(c)["work_minutes"], saved(c)["sound"]) == (25, False)
    assert (c.settings.work_minutes, c.settings.sound) == (25, False)
