"""`deskcoach import` and `stats` at the edges, run as real processes on temporary profiles,
and an import's all-or-nothing, in process."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from deskcoach.core.settings import Settings
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile
from deskcoach.store.transfer import import_data, parse_export


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=60, check=False)


def export_with(**break_times: str) -> dict[str, object]:
    row = {"uid": "b1", "due": "2024-06-03T09:58:00+02:00",
           "started": "2024-06-03T10:00:00+02:00", "ended": "2024-06-03T10:02:00+02:00",
           "utc_offset_min": 120, "outcome": "completed", "snoozes": 0,
           "exercises": ["chin-tuck"]}
    row.update(break_times)
    return {"format": "deskcoach-export", "format_version": 1, "settings": {"sound": False},
            "breaks": [row]}


@pytest.mark.parametrize(("times", "named"), [
    ({"ended": "9999-12-31T23:59:59-01:00"}, "breaks[0].ended is 9999-12-31T23:59:59-01:00"),
    ({"ended": "2024-06-03T09:59:00+02:00"}, "breaks[0].ended (2024-06-03T09:59:00+02:00) is "
                                             "before started (2024-06-03T10:00:00+02:00)"),
], ids=["year-9999", "ends-before-it-starts"])
def test_an_impossible_break_refuses_the_whole_file(tmp_path: Path, times: dict[str, str],
                                                    named: str) -> None:
    profile = tmp_path / "p"
    file = tmp_path / "export.json"
    file.write_text(json.dumps(export_with(**times)))
    done = cli(profile, "import", str(file))
    assert done.returncode == 2, done.stderr
    assert named in done.stderr
    assert "Traceback" not in done.stderr
    assert not (profile / "config" / "settings.toml").exists()  # the settings did not land
    assert not (profile / "data" / "history.sqlite3").exists()


@pytest.mark.parametrize(("asked", "told"), [
    (("--until", "9999-12-31"), "--until 9999-12-31: the year must be from 1971 to 9990"),
    (("--since", "9999-12-25", "--until", "9999-12-31"),
     "--until 9999-12-31: the year must be from 1971 to 9990"),
    (("--since", "0001-01-01", "--until", "0001-01-03"),
     "--until 0001-01-03: the year must be from 1971 to 9990"),
    (("--days", "100000000"),
     "--days must be a whole number of days from 1 to 3660, not '100000000'")],
    ids=["until-9999", "since-9999", "year-1", "days-beyond-year-1"])
def test_stats_at_the_ends_of_the_calendar_says_so(tmp_path: Path, asked: tuple[str, ...],
                                                   told: str) -> None:
    done = cli(tmp_path / "p", "stats", *asked)
    assert done.returncode == 2
    assert done.stderr == told + "\n"  # one line, no traceback


# ---- all or nothing, in process ----

class _FailingCommit:
    """The history's connection, with COMMIT failing as on a disk that fills at that moment."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.db.executemany(sql, rows)

    @property
    def total_changes(self) -> int:
        return self.db.total_changes


NOW = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)


def _target(root: Path) -> tuple[History, SettingsFile]:
    history = History(root / "data" / "history.sqlite3", NOW)
    settings_file = SettingsFile(root / "config" / "settings.toml")
    settings_file.save(Settings(break_seconds=90), frozenset({"break_seconds"}))
    return history, settings_file


def test_a_settings_file_that_cannot_be_written_undoes_the_breaks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history, settings_file = _target(tmp_path)
    before = settings_file.path.read_bytes()
    data = parse_export(json.dumps(export_with()).encode(), "export.json")

    def full(settings: Settings, explicit: frozenset[str]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(settings_file, "save", full)
    with pytest.raises(OSError, match="No space left"):
        import_data(history, settings_file, data, NOW)
    try:
        assert history.records() == []
        assert settings_file.path.read_bytes() == before
    finally:
        history.close()


def test_a_commit_that_fails_puts_the_settings_file_back(tmp_path: Path) -> None:
    history, settings_file = _target(tmp_path)
    before = settings_file.path.read_bytes()
    data = parse_export(json.dumps(export_with()).encode(), "export.json")
    real = history._db
    history._db = _FailingCommit(real)  # type: ignore[assignment]
    with pytest.raises(sqlite3.OperationalError):
        import_data(history, settings_file, data, NOW)
    history._db = real
    try:
        assert history.records() == []
        assert settings_file.path.read_bytes() == before
        assert not real.in_transaction  # and the connection can write again
        assert history.set_meta("after", "a failed import")
    finally:
        history.close()
