"""The app's start reads its history before the integrity scan (`check_later`), which `verify`
runs a moment later: nothing is written, set aside or told before it, and a write, or a read
that finds the file damaged, runs it first."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core.status import Outcome
from deskcoach.services.clock import AppClock
from deskcoach.services.records import Records
from deskcoach.store.history import DayCounts, History
from deskcoach.store.history_schema import SCHEMA_VERSION
from tests.fresh_python import fresh_python
from tests.integration.test_history import NOW, STAMP, _read_only, _record, _rows

DAY = NOW.replace(hour=0, minute=0, second=0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "history.sqlite3"


def _saved(path: Path, breaks: int = 2000) -> None:
    """A history the app wrote, `breaks` long (the first of them ended at NOW, skipped)."""
    history = History(path, NOW)
    assert history.add(_record(NOW, Outcome.SKIPPED))
    history.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.executemany(
        "INSERT INTO breaks (uid, due, started, ended, utc_offset_min, outcome, snoozes, "
        "exercises) VALUES (?, ?, ?, ?, 120, 'completed', 0, '[\"neck-rolls\"]')",
        [(f"old-{i}", f"2020-01-01T09:{i % 60:02d}:00.000+00:00", None,
          f"2020-01-01T09:{i % 60:02d}:30.000+00:00") for i in range(1, breaks)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _damage(path: Path) -> bytes:
    """The pages after the first few overwritten (the header and schema still read)."""
    raw = bytearray(path.read_bytes())
    assert len(raw) > 16 * 4096
    raw[4 * 4096:] = random.Random(3).randbytes(len(raw) - 4 * 4096)
    path.write_bytes(bytes(raw))
    return bytes(raw)


def _backup(path: Path) -> Path:
    return path.with_name(f"history.sqlite3.bad-{STAMP}")


def test_a_sound_history_is_read_at_start_and_checked_by_verify(path: Path) -> None:
    _saved(path)
    before = path.read_bytes()
    history = History(path, NOW, check_later=True)
    try:
        assert history.counts(DAY, DAY + timedelta(days=1)) == DayCounts(skipped=1)
        assert path.read_bytes() == before  # read only: not a byte changed before the check
        history.verify()
        assert history.problems == []
        assert history.add(_record(NOW + timedelta(minutes=40)))
    finally:
        history.close()
    outcomes = [outcome for _, _, outcome in _rows(path)]
    assert (len(outcomes), outcomes[0], outcomes[-1]) == (2001, "skipped", "completed")


def test_damage_is_found_by_verify_not_before_it(path: Path) -> None:
    """Nothing is set aside or told while starting; verify sets the file aside, as the
    checked opening does, keeping it exactly as it was found."""
    _saved(path)
    original = _damage(path)
    history = History(path, NOW, check_later=True)
    try:
        assert history.problems == []
        assert not _backup(path).exists()
        history.verify()
        assert _backup(path).read_bytes() == original
        assert len(history.problems) == 1
        assert history.problems[0].startswith(f"{path}: damaged (")
        assert history.records() == []
        assert history.add(_record(NOW))
    finally:
        history.close()
    assert [outcome for _, _, outcome in _rows(path)] == ["completed"]


def test_a_read_that_meets_the_damage_runs_the_check_instead_of_failing(path: Path) -> None:
    _saved(path)
    original = _damage(path)
    history = History(path, NOW, check_later=True)
    try:
        assert history.records() == []  # the whole table read: the damage is met
        assert _backup(path).read_bytes() == original
        assert len(history.problems) == 1
        history.verify()  # done already: nothing more happens
        assert len(history.problems) == 1
    finally:
        history.close()


def test_the_first_write_before_verify_runs_the_check_first(path: Path) -> None:
    _saved(path)
    original = _damage(path)
    history = History(path, NOW, check_later=True)
    try:
        assert history.add(_record(NOW))
        assert _backup(path).read_bytes() == original
    finally:
        history.close()
    assert [outcome for _, _, outcome in _rows(path)] == ["completed"]


def test_the_stores_sharing_the_file_get_it_checked(path: Path) -> None:
    """The check-in log and the assessments read and write `connection` with no check of
    their own."""
    _saved(path)
    original = _damage(path)
    history = History(path, NOW, check_later=True)
    try:
        assert history.connection.execute("SELECT COUNT(*) FROM breaks").fetchone() == (0,)
        assert _backup(path).read_bytes() == original
    finally:
        history.close()


def test_a_read_only_folder_is_told_once_and_read_on(path: Path, qtbot: QtBot) -> None:
    """Told by the history as it opens (the file cannot even be read as it is without its
    -shm file there), once: the break that cannot be saved then is not told again
    (Records)."""
    _saved(path, breaks=10)
    with _read_only(path.parent):
        history = History(path, NOW, check_later=True)
        records = Records(history, AppClock())
        told: list[str] = []
        records.problem.connect(told.append)
        try:
            history.verify()
            assert not history.writable
            assert len(history.problems) == 1
            assert "could not be saved" in history.problems[0]
            assert history.counts(DAY, DAY + timedelta(days=1)) == DayCounts(skipped=1)
            records.store(_record(NOW))
            assert history.pending == 1
            assert told == []
        finally:
            records.shutdown(AppClock().now())  # closes the history too


def test_a_file_of_another_schema_takes_the_checked_opening_at_once(path: Path) -> None:
    """A file the start cannot read as it is (here: from a newer DeskCoach) is opened the
    checked way straight away: left untouched and told, with no later check to wait for."""
    _saved(path, breaks=10)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    history = History(path, NOW, check_later=True)
    try:
        assert len(history.problems) == 1
        assert "written by a newer DeskCoach" in history.problems[0]
        assert history.records() == []
    finally:
        history.close()
    assert path.read_bytes() == before


def test_a_first_start_makes_the_file_at_verify(path: Path) -> None:
    history = History(path, NOW, check_later=True)
    try:
        assert history.records() == []
        assert not path.exists()
        history.verify()
        assert path.exists()
        assert history.add(_record(NOW))
    finally:
        history.close()
    assert [outcome for _, _, outcome in _rows(path)] == ["completed"]


def test_a_first_write_before_verify_makes_the_file(path: Path) -> None:
    history = History(path, NOW, check_later=True)
    try:
        assert history.set_meta("safety_acknowledged", "yes")
    finally:
        history.close()
    reopened = History(path, NOW)
    try:
        assert reopened.get_meta("safety_acknowledged") == "yes"
    finally:
        reopened.close()


def test_the_app_checks_its_history_once_the_icon_shows(tmp_path: Path) -> None:
    """The app's own start: a history damaged where the start does not read is neither
    scanned nor set aside while the icon is built; `_settle`, a moment later, sets it aside
    and tells the user."""
    profile = tmp_path / "profile"
    history = profile / "data" / "history.sqlite3"
    history.parent.mkdir(parents=True, mode=0o700)
    _saved(history, breaks=10)
    db = sqlite3.connect(history, isolation_level=None)  # ratings: nothing the start reads
    db.executemany("INSERT INTO feedback (break_uid, exercise, rating, at) VALUES "
                   "(?, 'neck-rolls', 'good', '2020-01-01T09:00:00.000+00:00')",
                   [(f"old-{i}",) for i in range(3000)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    raw = bytearray(history.read_bytes())
    raw[-20 * 4096:] = random.Random(5).randbytes(20 * 4096)  # the ratings' last pages
    history.write_bytes(bytes(raw))
    code = ("import json, deskcoach.app as a\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from deskcoach.services.clock import AppClock\n"
            "from deskcoach.store.paths import resolve\n"
            "a.QTimer.singleShot = lambda ms, slot: None\n"
            f"paths = resolve({str(profile)!r})\n"
            "paths.ensure()\n"
            "server = a.ControlServer(a.server_name(paths.config_dir.parent))\n"
            "started = a.DeskCoachApp(paths, AppClock(1), server)\n"
            "aside = lambda: sorted(p.name for p in paths.history_db.parent.glob('*.bad-*'))\n"
            "before = (aside(), list(started.problems))\n"
            "started._settle()\n"
            "print(json.dumps([before, aside(), started.problems]))\n"
            "started.quit()\n")
    before, after, problems = json.loads(fresh_python(code, QT_QPA_PLATFORM="offscreen"))
    assert before == [[], []]
    assert len(after) == 1
    assert [p for p in problems if "damaged" in p and after[0] in p] != []
