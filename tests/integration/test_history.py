"""History against a real sqlite3 file in tmp_path: round trips, counts, damage and write faults."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from deskcoach.core.status import BreakRecord, Outcome
from deskcoach.store.history import DayCounts, History
from deskcoach.store.history_schema import SCHEMA_VERSION

BERLIN_SUMMER = timezone(timedelta(hours=2))
INDIA = timezone(timedelta(hours=5, minutes=30))
NEWFOUNDLAND = timezone(timedelta(hours=-2, minutes=-30))
NOW = datetime(2024, 6, 3, 18, 30, 5, tzinfo=BERLIN_SUMMER)
STAMP = "20240603T183005"


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """umask 0: any 0600 we see comes from the code under test, not from the environment."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def history(path: Path) -> Iterator[History]:
    opened = History(path, NOW)
    yield opened
    opened.close()


def _record(ended: datetime, outcome: Outcome = Outcome.COMPLETED, snoozes: int = 0,
            exercises: tuple[str, ...] = ("neck-rolls",), started: bool = True) -> BreakRecord:
    return BreakRecord(
        due=ended - timedelta(minutes=2 + 5 * snoozes),
        started=ended - timedelta(minutes=2) if started else None,
        ended=ended, outcome=outcome, snoozes=snoozes, exercises=exercises)


def _offsets(record: BreakRecord) -> tuple[object, ...]:
    return (record.due.utcoffset(),
            record.started.utcoffset() if record.started else None,
            record.ended.utcoffset())


def _rows(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT uid, ended, outcome FROM breaks ORDER BY id").fetchall()
    finally:
        db.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---- round trips ----

def test_add_and_records_round_trip(history: History) -> None:
    records = [
        BreakRecord(
            due=datetime(2024, 6, 3, 9, 40, 0, 250000, tzinfo=BERLIN_SUMMER),
            started=datetime(2024, 6, 3, 9, 50, 1, 500000, tzinfo=BERLIN_SUMMER),
            ended=datetime(2024, 6, 3, 9, 52, 1, 999000, tzinfo=BERLIN_SUMMER),
            outcome=Outcome.COMPLETED, snoozes=2,
            exercises=("shoulder-rolls", "wrist-stretch", "stand-up")),
        BreakRecord(
            due=datetime(2024, 6, 3, 14, 0, tzinfo=INDIA), started=None,
            ended=datetime(2024, 6, 3, 14, 0, 0, 1000, tzinfo=INDIA),
            outcome=Outcome.SKIPPED, snoozes=0, exercises=()),
        BreakRecord(
            due=datetime(2024, 6, 3, 8, 0, tzinfo=NEWFOUNDLAND), started=None,
            ended=datetime(2024, 6, 3, 8, 25, tzinfo=NEWFOUNDLAND),
            outcome=Outcome.SNOOZED, snoozes=5, exercises=("ünïcødé – “quotes”",)),
        BreakRecord(
            due=datetime(2024, 6, 3, 12, 0, tzinfo=UTC), started=None,
            ended=datetime(2024, 6, 3, 12, 1, tzinfo=UTC),
            outcome=Outcome.MISSED, snoozes=0, exercises=()),
        BreakRecord(
            due=datetime(2024, 6, 3, 13, 0, tzinfo=UTC),
            started=datetime(2024, 6, 3, 12, 58, tzinfo=UTC),
            ended=datetime(2024, 6, 3, 13, 2, tzinfo=UTC),
            outcome=Outcome.NATURAL, snoozes=1, exercises=("walk",)),
    ]
    for record in records:
        assert history.add(record) is True
    assert history.pending == 0
    assert history.last_error is None

    got = history.records()

    expected = sorted(records, key=lambda r: r.ended)
    assert got == expected
    assert [_offsets(r) for r in got] == [_offsets(r) for r in expected]
    assert [type(r.exercises) for r in got] == [tuple] * len(records)


def test_records_is_empty_for_a_new_history(history: History) -> None:
    assert history.records() == []
    assert history.counts(NOW - timedelta(days=1), NOW) == DayCounts()
    assert history.problems == []


def test_data_survives_close_and_reopen(path: Path) -> None:
    first = History(path, NOW)
    records = [_record(NOW - timedelta(hours=h), Outcome.COMPLETED, h % 3) for h in (3, 2, 1)]
    for record in records:
        assert first.add(record)
    first.close()

    second = History(path, NOW)
    try:
        assert second.problems == []
        assert second.records() == records
        assert [_offsets(r) for r in second.records()] == [_offsets(r) for r in records]
        assert second.add(_record(NOW))
    finally:
        second.close()

    third = History(path, NOW)
    try:
        assert len(third.records()) == 4
    finally:
        third.close()


def test_two_records_in_the_same_millisecond_are_both_kept(path: Path) -> None:
    ended = datetime(2024, 6, 3, 10, 0, 0, 123000, tzinfo=BERLIN_SUMMER)
    twin = _record(ended)
    history = History(path, NOW)
    try:
        assert history.add(twin)
        assert history.add(twin)
        assert history.add(_record(ended + timedelta(microseconds=400)))  # same ms once stored
        assert history.records() == [twin, twin, twin]
        assert history.counts(ended, ended + timedelta(milliseconds=1)).completed == 3
    finally:
        history.close()
    rows = _rows(path)
    assert len(rows) == 3
    assert len({uid for uid, _, _ in rows}) == 3


# ---- counts ----

def test_counts_per_outcome_with_half_open_boundaries(history: History) -> None:
    start = datetime(2024, 6, 3, 0, 0, tzinfo=BERLIN_SUMMER)
    end = start + timedelta(days=1)
    inside = [
        _record(start, Outcome.COMPLETED, 1),  # exactly at start: counted
        _record(start + timedelta(hours=9), Outcome.COMPLETED, 0),
        _record(start + timedelta(hours=10), Outcome.COMPLETED, 2),
        _record(start + timedelta(hours=11), Outcome.SKIPPED, 1),
        _record(start + timedelta(hours=12), Outcome.SKIPPED, 0),
        _record(start + timedelta(hours=13), Outcome.SNOOZED, 3),
        _record(start + timedelta(hours=14), Outcome.MISSED, 0),
        _record(start + timedelta(hours=15), Outcome.NATURAL, 0),
        _record(end - timedelta(milliseconds=1), Outcome.NATURAL, 4),  # last counted moment
    ]
    outside = [
        _record(start - timedelta(milliseconds=1), Outcome.COMPLETED, 5),
        _record(end, Outcome.SKIPPED, 5),  # exactly at end: belongs to the next day
        _record(end + timedelta(hours=3), Outcome.MISSED, 5),
    ]
    for record in outside + inside:
        assert history.add(record)

    assert history.counts(start, end) == DayCounts(
        completed=3, skipped=2, snoozed=1 + 2 + 1 + 3 + 4, missed=1, natural=2)
    assert history.counts(end, end + timedelta(days=1)) == DayCounts(
        skipped=1, missed=1, snoozed=10)
    assert history.counts(start, start) == DayCounts()


def test_counts_compare_instants_across_time_zones(history: History) -> None:
    # 23:30 in India on 3 June is 19:00 in Berlin on 3 June (and 18:00 UTC).
    late_in_india = datetime(2024, 6, 3, 23, 30, tzinfo=INDIA)
    # 23:00 in Newfoundland on 2 June is 03:30 in Berlin on 3 June.
    late_in_newfoundland = datetime(2024, 6, 2, 23, 0, tzinfo=NEWFOUNDLAND)
    # 01:00 in Berlin on 4 June is 23:00 UTC on 3 June, but outside the Berlin day.
    after_midnight = datetime(2024, 6, 4, 1, 0, tzinfo=BERLIN_SUMMER)
    history.add(_record(late_in_india, Outcome.COMPLETED))
    history.add(_record(late_in_newfoundland, Outcome.SKIPPED))
    history.add(_record(after_midnight, Outcome.MISSED))

    berlin_day = datetime(2024, 6, 3, tzinfo=BERLIN_SUMMER)
    assert history.counts(berlin_day, berlin_day + timedelta(days=1)) == DayCounts(
        completed=1, skipped=1)
    utc_day = datetime(2024, 6, 3, tzinfo=UTC)
    assert history.counts(utc_day, utc_day + timedelta(days=1)) == DayCounts(
        completed=1, skipped=1, missed=1)


# ---- the file on disk ----

def test_file_is_private_and_in_wal_mode_at_the_current_schema(path: Path) -> None:
    history = History(path, NOW)
    try:
        assert history.add(_record(NOW))
        assert _mode(path.parent) == 0o700
        assert _mode(path) == 0o600
        wal = path.with_name("history.sqlite3-wal")
        assert wal.exists()
        assert _mode(wal) == 0o600
        assert history._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert history._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        history.close()

    assert _mode(path) == 0o600
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM breaks").fetchone()[0] == 1
    finally:
        db.close()


def test_a_committed_break_is_on_disk_before_close(path: Path) -> None:
    history = History(path, NOW)
    try:
        assert history.add(_record(NOW, Outcome.SKIPPED))
        # Another reader sees it at once: nothing waits for close() to be written.
        assert [row[2] for row in _rows(path)] == ["skipped"]
    finally:
        history.close()


# ---- damaged or foreign files ----

def _damaged_database(path: Path, journal_mode: str) -> bytes:
    """A file with a valid SQLite header whose pages after the first are overwritten."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size=1024")
    db.execute(f"PRAGMA journal_mode={journal_mode}")
    db.execute("CREATE TABLE t (x TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(f"row {i} " * 20,) for i in range(400)])
    db.close()
    raw = bytearray(path.read_bytes())
    raw[1024:] = b"\xa5" * (len(raw) - 1024)
    path.write_bytes(bytes(raw))
    return bytes(raw)


def _garbage(path: Path) -> bytes:
    return bytes(range(256)) * 64


def _text(path: Path) -> bytes:
    return b"this is not a database\n" * 100


def _damaged_wal(path: Path) -> bytes:
    """What DeskCoach itself writes (WAL mode), with its pages destroyed."""
    return _damaged_database(path, "wal")


def _damaged_rollback(path: Path) -> bytes:
    """A rollback-journal database (e.g. one rebuilt with `sqlite3 .recover`), pages destroyed."""
    return _damaged_database(path, "delete")


@pytest.mark.parametrize("make", [_garbage, _text, _damaged_wal, _damaged_rollback],
                         ids=["garbage", "text", "damaged-wal", "damaged-rollback"])
def test_damaged_file_is_set_aside_and_fresh_history_started(
        path: Path, make: Callable[[Path], bytes]) -> None:
    path.parent.mkdir(mode=0o700)
    original = make(path)
    if not path.exists():
        path.write_bytes(original)

    history = History(path, NOW)
    try:
        backup = path.with_name(f"history.sqlite3.bad-{STAMP}")
        # Any -wal/-shm of the damaged file travel with it; there is exactly one backup.
        backups = [p.name for p in path.parent.glob("history.sqlite3.bad-*")
                   if not p.name.endswith(("-wal", "-shm"))]
        assert backups == [backup.name]
        assert _mode(backup) == 0o600
        assert len(history.problems) == 1
        problem = history.problems[0]
        assert problem.startswith(f"{path}: damaged (")
        assert f"moved to {backup.name}" in problem
        assert "fresh history started" in problem
        assert f"sqlite3 {backup.name} .recover | sqlite3 recovered.sqlite3" in problem
        assert history.records() == []
        assert history.add(_record(NOW))
    finally:
        history.close()

    # The fresh history is a real file, not memory: it is there after a restart.
    reopened = History(path, NOW)
    try:
        assert reopened.problems == []
        assert reopened.records() == [_record(NOW)]
    finally:
        reopened.close()
    # The copy kept for recovery holds exactly what was found, before anything wrote to it.
    assert backup.read_bytes() == original


def test_empty_file_is_treated_as_a_new_history(path: Path) -> None:
    path.parent.mkdir(mode=0o700)
    path.touch(mode=0o600)

    history = History(path, NOW)
    try:
        assert history.problems == []
        assert history.add(_record(NOW))
    finally:
        history.close()
    assert list(path.parent.glob("history.sqlite3.bad-*")) == []
    assert len(_rows(path)) == 1


def _newer_database(path: Path, journal_mode: str) -> bytes:
    """A history written by a future DeskCoach: schema 99, an extra column, one row."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA journal_mode={journal_mode}")
    db.execute("""CREATE TABLE breaks (
        id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, due TEXT NOT NULL, started TEXT,
        ended TEXT NOT NULL, utc_offset_min INTEGER NOT NULL, outcome TEXT NOT NULL,
        snoozes INTEGER NOT NULL, exercises TEXT NOT NULL DEFAULT '[]', mood TEXT)""")
    db.execute("INSERT INTO breaks (uid, due, started, ended, utc_offset_min, outcome, snoozes, "
               "mood) VALUES ('future-1', '2024-06-03T07:58:00.000+00:00', NULL, "
               "'2024-06-03T08:00:00.000+00:00', 120, 'completed', 0, 'happy')")
    db.execute("PRAGMA user_version=99")
    db.close()
    return path.read_bytes()


def _check_newer_database_left_alone(path: Path, original: bytes) -> None:
    history = History(path, NOW)
    try:
        assert len(history.problems) == 1
        problem = history.problems[0]
        assert problem.startswith(f"{path}: written by a newer DeskCoach (schema 99, ")
        assert "left untouched" in problem
        assert "memory only" in problem
        # This session's breaks still count, in memory.
        assert history.records() == []
        assert history.add(_record(NOW, Outcome.SKIPPED, 1))
        assert history.pending == 0
        assert history.records() == [_record(NOW, Outcome.SKIPPED, 1)]
        assert history.counts(NOW - timedelta(hours=1), NOW + timedelta(hours=1)) == DayCounts(
            skipped=1, snoozed=1)
    finally:
        history.close()

    assert list(path.parent.glob("history.sqlite3.bad-*")) == []
    assert path.read_bytes() == original
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99
        assert db.execute("SELECT uid FROM breaks").fetchall() == [("future-1",)]
    finally:
        db.close()


def test_newer_wal_database_is_left_byte_identical(path: Path) -> None:
    original = _newer_database(path, "wal")
    _check_newer_database_left_alone(path, original)


def test_newer_rollback_journal_database_is_left_byte_identical(path: Path) -> None:
    """A future version may use the default journal; opening it must not switch it to WAL."""
    original = _newer_database(path, "delete")
    _check_newer_database_left_alone(path, original)


# ---- write faults ----

class FaultyConnection:
    """Wraps the real connection; while `failing`, every INSERT fails like a dying disk."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real
        self.failing = True
        self.failed_inserts = 0

    def _check(self, sql: str) -> None:
        if self.failing and sql.lstrip().upper().startswith("INSERT"):
            self.failed_inserts += 1
            raise sqlite3.OperationalError("disk I/O error")

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.real.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.real.executemany(sql, *args)

    def close(self) -> None:
        self.real.close()


def test_write_failure_keeps_break_pending_and_flush_writes_it_once(path: Path) -> None:
    history = History(path, NOW)
    day = datetime(2024, 6, 3, tzinfo=BERLIN_SUMMER)
    written = _record(NOW - timedelta(hours=2), Outcome.COMPLETED, 1)
    late = _record(NOW - timedelta(hours=1), Outcome.SKIPPED, 2)
    later = _record(NOW, Outcome.MISSED, 0)
    try:
        assert history.add(written)
        faulty = FaultyConnection(history._db)
        history._db = faulty  # type: ignore[assignment]

        assert history.add(late) is False
        assert history.pending == 1
        assert history.last_error == "disk I/O error"
        assert history.add(later) is False
        assert history.pending == 2
        assert history.flush() is False
        assert history.pending == 2
        assert faulty.failed_inserts == 3
        # Queued breaks already count towards today.
        expected = DayCounts(completed=1, skipped=1, missed=1, snoozed=3)
        assert history.counts(day, day + timedelta(days=1)) == expected
        # ... with the same half-open bounds as written ones: ending at `end` is not counted.
        assert history.counts(day, later.ended) == DayCounts(completed=1, skipped=1, snoozed=3)
        assert history.counts(later.ended, later.ended + timedelta(milliseconds=1)) == DayCounts(
            missed=1)
        assert len(_rows(path)) == 1

        faulty.failing = False
        assert history.flush() is True
        assert history.pending == 0
        assert history.last_error is None
        assert history.flush() is True  # nothing left to write a second time
        assert history.counts(day, day + timedelta(days=1)) == expected
        assert history.records() == [written, late, later]
    finally:
        history.close()

    rows = _rows(path)
    assert [outcome for _, _, outcome in rows] == ["completed", "skipped", "missed"]
    assert len({uid for uid, _, _ in rows}) == 3


def test_failed_write_leaves_no_open_transaction(path: Path) -> None:
    history = History(path, NOW)
    try:
        faulty = FaultyConnection(history._db)
        history._db = faulty  # type: ignore[assignment]
        assert history.add(_record(NOW)) is False
        assert faulty.real.in_transaction is False
        # The database stays writable by others while the break waits.
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("CREATE TABLE probe (x)")
            other.commit()
        finally:
            other.close()
        faulty.failing = False
        assert history.flush() is True
    finally:
        history.close()
    assert len(_rows(path)) == 1


def test_close_writes_breaks_still_pending(path: Path) -> None:
    history = History(path, NOW)
    faulty = FaultyConnection(history._db)
    history._db = faulty  # type: ignore[assignment]
    assert history.add(_record(NOW, Outcome.NATURAL)) is False
    faulty.failing = False
    history.close()

    assert [outcome for _, _, outcome in _rows(path)] == ["natural"]


def test_close_during_fault_does_not_raise(path: Path) -> None:
    history = History(path, NOW)
    faulty = FaultyConnection(history._db)
    history._db = faulty  # type: ignore[assignment]
    assert history.add(_record(NOW)) is False

    history.close()  # the break is lost, but quitting must not crash

    assert _rows(path) == []


def _remount_rw(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[Callable[[], None]]:
    """`folder` made read-only, its files kept (root: a read-only tmpfs mounted over it, as
    permissions do not stop root; else chmod); yields a function that makes it writable."""
    saved = {p.name: p.read_bytes() for p in folder.iterdir()}
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield lambda: folder.chmod(0o700)
        finally:
            folder.chmod(0o700)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs",
                              str(folder)], capture_output=True, check=False).returncode == 0
    if not mounted:
        pytest.skip("as root only a read-only mount makes a folder read-only, and mount failed")
    try:
        for name, raw in saved.items():
            (folder / name).write_bytes(raw)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield lambda: _remount_rw(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_read_only_folder_at_start_keeps_the_history_and_saves_breaks_once_it_can(
        path: Path) -> None:
    """Nothing is set aside or written while the folder is read-only; what is saved can be
    read, new breaks wait in memory, and go to the file when the folder can be written."""
    saved = _record(NOW - timedelta(hours=1), Outcome.SKIPPED)
    history = History(path, NOW)
    assert history.add(saved)
    assert history.set_meta("safety_acknowledged", "yes")
    history.close()
    before = path.read_bytes()
    day = datetime(2024, 6, 3, tzinfo=BERLIN_SUMMER)
    with _read_only(path.parent) as make_writable:
        history = History(path, NOW)
        try:
            assert not history.writable
            assert history.problems == [
                f"Break history could not be saved to {path} (the folder {path.parent} is "
                "read-only). The breaks saved there are left as they are; this session's "
                "breaks are kept in memory and saved there as soon as it can be written again "
                "(DeskCoach retries every minute)."]
            assert history.records() == [saved]
            assert history.get_meta("safety_acknowledged") == "yes"
            assert history.add(_record(NOW)) is False
            assert history.flush() is False
            assert history.pending == 1
            assert history.counts(day, day + timedelta(days=1)) == DayCounts(completed=1,
                                                                           skipped=1)
            assert path.read_bytes() == before
            assert list(path.parent.glob("*.bad-*")) == []
            make_writable()
            assert history.flush() is True
            assert history.writable
            assert history.records() == [saved, _record(NOW)]
        finally:
            history.close()
        assert [outcome for _, _, outcome in _rows(path)] == ["skipped", "completed"]


def test_a_version_1_database_is_migrated_and_keeps_its_breaks(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, due TEXT NOT NULL,
            started TEXT, ended TEXT NOT NULL, utc_offset_min INTEGER NOT NULL,
            outcome TEXT NOT NULL, snoozes INTEGER NOT NULL, exercises TEXT NOT NULL DEFAULT '[]');
        INSERT INTO breaks VALUES (1, 'u1', '2026-11-20T09:00:00.000+00:00', NULL,
            '2026-11-20T09:02:00.000+00:00', 0, 'completed', 0, '["chin-tuck"]');
        PRAGMA user_version=1;
    """)
    db.close()
    history = History(path, NOW)
    assert history.problems == []
    assert [r.exercises for r in history.records()] == [("chin-tuck",)]
    assert history.add_feedback("u1", ("chin-tuck",), "uncomfortable", NOW)
    assert history.discomfort() == {"chin-tuck": 1}
    assert history.set_meta("safety_acknowledged", "2026-11-20")
    history.close()
    reopened = History(path, NOW)
    assert reopened.get_meta("safety_acknowledged") == "2026-11-20"
    assert reopened.recent_exercises(3) == [("chin-tuck",)]
    reopened.close()


def test_a_huge_damaged_history_is_renamed_aside_not_copied(tmp_path: Path) -> None:
    """2 GiB of damaged history (sparse: no disk used) is set aside by renaming it: the
    backup is the same file (same inode), so start-up copies nothing and no disk is doubled."""
    path = tmp_path / "data" / "history.sqlite3"
    path.parent.mkdir()
    with path.open("wb") as handle:
        handle.write(b"this is not a database at all" * 100)
        handle.truncate(2 * 1024**3)
    before = os.stat(path)

    history = History(path, NOW)
    try:
        backup = path.with_name(f"history.sqlite3.bad-{STAMP}")
        after = os.stat(backup)
        assert (after.st_ino, after.st_dev, after.st_size) == (
            before.st_ino, before.st_dev, 2 * 1024**3)
        assert after.st_blocks <= before.st_blocks  # nothing was written out
        assert any("moved to history.sqlite3.bad-" in p for p in history.problems)
        assert os.stat(path).st_ino != before.st_ino  # a fresh history in its place
    finally:
        history.close()


def test_a_read_only_history_reads_what_the_app_writes_and_writes_nothing(
        history: History, path: Path) -> None:
    """The dashboard's process opens the history read-only while the app writes it."""
    assert history.add(_record(NOW - timedelta(hours=2)))
    reader = History(path, NOW, check=False, read_only=True)
    try:
        assert not reader.writable
        assert len(reader.records_between(NOW - timedelta(days=1), NOW)) == 1
        assert history.add(_record(NOW - timedelta(hours=1)))  # written while it is open
        assert len(reader.records_between(NOW - timedelta(days=1), NOW)) == 2
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.connection.execute("DELETE FROM breaks")
    finally:
        reader.close()
    assert len(_rows(path)) == 2


def test_a_read_only_history_that_is_not_there_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        History(tmp_path / "none.sqlite3", NOW, read_only=True)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_version_4_log_gains_empty_notes_and_keeps_its_check_ins(tmp_path: Path) -> None:
    """Step 5 adds the check-in's note; check-ins logged before it read as having none."""
    from deskcoach.store.coachlog import CoachLog
    from deskcoach.store.history_schema import STEPS

    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    for version in (1, 2, 3, 4):
        for statement in STEPS[version]:
            db.execute(statement)
    db.execute("INSERT INTO checkins (uid, at, utc_offset_min, kind, pain, region, exercise, "
               "flags) VALUES ('c1', '2024-06-03T07:00:00.000+00:00', 120, 'morning', 3, "
               "'neck', NULL, '[]')")
    db.execute("PRAGMA user_version=4")
    db.commit()
    db.close()
    history = History(path, NOW)
    assert history.problems == []
    log = CoachLog(history.connection)
    [old] = log.checkins()
    assert (old.kind, old.pain, old.region, old.note) == ("morning", 3, "neck", "")
    history.close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 5
        assert db.execute("SELECT uid, note FROM checkins").fetchall() == [("c1", "")]


def test_a_read_only_history_of_another_schema_is_refused(history: History, path: Path) -> None:
    """The app brings the file up to date before the dashboard's process reads it."""
    history.connection.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    with pytest.raises(sqlite3.DatabaseError, match=f"schema {SCHEMA_VERSION - 1}, not"):
        History(path, NOW, check=False, read_only=True)


def test_the_coach_log_tables_accept_exactly_the_kinds_pains_and_actions_the_coach_uses(
        path: Path) -> None:
    """Schema step 4 copies these as literals (a shipped step never changes): a new check-in
    kind or pacing action must come with a new step, or the database would refuse it."""
    from deskcoach.core.checkins import KINDS, MAX_PAIN
    from deskcoach.core.pacing import ACTIONS
    from deskcoach.store import coach_schema

    assert (coach_schema.KINDS, coach_schema.MAX_PAIN, coach_schema.ACTIONS) == (
        KINDS, MAX_PAIN, ACTIONS)
    History(path, NOW).close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        for kind in KINDS:
            db.execute("INSERT INTO checkins (uid, at, utc_offset_min, kind, pain, flags) "
                       "VALUES (?, 'x', 0, ?, ?, '[]')", (kind, kind, MAX_PAIN))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO checkins (uid, at, utc_offset_min, kind, pain, flags) "
                       "VALUES ('late', 'x', 0, 'morning', ?, '[]')", (MAX_PAIN + 1,))
        for n, action in enumerate(ACTIONS):
            db.execute("INSERT INTO paces (exercise, action, level, reason, at) "
                       "VALUES ('e', ?, 0, '', ?)", (action, str(n)))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO paces (exercise, action, level, reason, at) "
                       "VALUES ('e', 'leap', 0, '', 'z')")
