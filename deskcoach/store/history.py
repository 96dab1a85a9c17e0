"""Break history: one sqlite3 row per break, written when its outcome is known.

WAL with synchronous=FULL: a finished break survives the app being killed at any moment.
A failed write (disk full, read-only folder) keeps the row in memory and is retried, so a
passing fault never loses a break and never crashes the app. A file that cannot be written at
start is read without writing a byte and opened again once it can be; only a damaged one is
set aside.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from deskcoach.core.i18n import fill, tr
from deskcoach.core.status import BreakRecord, Outcome
from deskcoach.store import scratch
from deskcoach.store.atomic import move_aside, why_not_written
from deskcoach.store.history_file import (
    connect,
    damaged,
    memory,
    migrate,
    offset_zone,
    parse_utc,
    transaction,
    utc_text,
)
from deskcoach.store.history_schema import RATINGS, SCHEMA_VERSION


@dataclass(frozen=True)
class DayCounts:
    """How many breaks ended each way in a period (snoozed: the snooze actions)."""

    completed: int = 0
    skipped: int = 0
    snoozed: int = 0  # snooze actions
    missed: int = 0
    natural: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"completed": self.completed, "skipped": self.skipped, "snoozed": self.snoozed,
                "missed": self.missed, "natural": self.natural}


class History:
    def __init__(self, path: Path, now: datetime, check: bool = True,
                 read_only: bool = False, check_later: bool = False) -> None:
        """`check=False` skips the integrity scan (tens of ms on years of history): for
        commands that only read and report, where a damaged file fails with an error anyway.
        `read_only`: for a process that only shows what the file holds while the app writes
        it (the dashboard's); raises sqlite3.Error when it cannot be read.
        `check_later`: the app's start. An up-to-date file is only read until `verify` scans
        it (30-55 ms on five years of history, which kept the tray icon waiting); the first
        write, or a read that finds the file damaged, runs that check first."""
        self.path = path
        self._check = check
        self._opened = now
        self.problems: list[str] = []
        self._pending: list[tuple[object, ...]] = []
        self._later: list[tuple[str, list[tuple[object, ...]]]] = []  # spans, feedback, meta
        self.last_uid: str | None = None
        self.last_error: str | None = None
        self.writable = True  # False while the file can only be read; writes reopen it first
        self._unchecked = False  # read, not yet scanned, until `verify`
        if read_only:
            self._db = self._reader()
        elif check_later and check:
            self._db = self._unchecked_reader()
        else:
            self._db = self._open(now)

    # ---- opening ----

    def _open(self, now: datetime) -> sqlite3.Connection:
        try:
            return self._open_file()
        except (OSError, sqlite3.DatabaseError) as exc:
            return self._set_aside(now, exc) if damaged(exc) else self._read_only(exc)

    def _open_file(self) -> sqlite3.Connection:
        """The file, ready to write; checked before anything in it changes (even the journal
        mode). Raises when it cannot be opened, read or written."""
        db = connect(self.path, wal=False)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                db.close()
                self.problems.append(
                    fill(tr("%1: written by a newer DeskCoach (schema %2, this one knows %3); it "
                            "is left untouched and this session's breaks are kept in memory only"),
                         self.path, version, SCHEMA_VERSION))
                return memory()
            if self._check and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            db.execute("PRAGMA journal_mode=WAL")
            migrate(db, version)
            scratch.remove_stale(self.path.parent)  # what an import killed midway left
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.close()
            raise
        return db

    def _reader(self) -> sqlite3.Connection:
        self.writable = False
        db = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True,
                             isolation_level=None)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:  # the app brings it up to date as it starts
            db.close()
            raise sqlite3.DatabaseError(f"{self.path}: schema {version}, not {SCHEMA_VERSION}")
        return db

    def _unchecked_reader(self) -> sqlite3.Connection:
        """The file read as it is, for `verify` to scan before anything in it changes (none
        yet: an empty history, the file made by `verify`); the usual checked opening when it
        cannot be read so (an older schema, no -shm file)."""
        try:
            db: sqlite3.Connection | None = self._reader() if self.path.exists() else memory()
        except sqlite3.Error:
            db = None
        self.writable = True  # not known otherwise until the check: writes run it first
        if db is None:
            return self._open(self._opened)
        self._unchecked = True
        return db

    def verify(self) -> None:
        """The check `check_later` put off: a damaged file is set aside, one that cannot be
        written is read on (both told in `problems`)."""
        if not self._unchecked:
            return
        self._unchecked = False
        self._db.close()  # first: the checked opening's connection is then the only one
        self._db = self._open(self._opened)

    def _read_only(self, exc: Exception) -> sqlite3.Connection:
        """The file cannot be written (a read-only folder or disk, no permission, busy): leave
        it as it is, read what it holds, keep new breaks in memory until `_reopen` works."""
        self.writable = False
        self.last_error = why_not_written(self.path, exc)
        self.problems.append(
            fill(tr("Break history could not be saved to %1 (%2). The breaks saved there are left "
                    "as they are; this session's breaks are kept in memory and saved there as "
                    "soon as it can be written again (DeskCoach retries every minute)."),
                    self.path, self.last_error))
        # mode=ro reads the WAL too, but needs its -shm file; immutable needs nothing.
        for query in ("mode=ro", "immutable=1"):
            try:
                db = sqlite3.connect(f"{self.path.absolute().as_uri()}?{query}", uri=True,
                                     isolation_level=None)
            except sqlite3.Error:
                continue
            try:
                if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                    db.execute("SELECT COUNT(*) FROM breaks").fetchone()
                    return db
            except sqlite3.Error:
                pass
            db.close()
        db = memory()
        db.execute("PRAGMA query_only=1")  # so writes fail and wait for the file
        return db

    def _reopen(self) -> bool:
        """Try the file again after it could not be written; True once it can be."""
        try:
            db = self._open_file()
        except (OSError, sqlite3.Error) as exc:
            self.last_error = why_not_written(self.path, exc)
            return False
        old, self._db, self.writable = self._db, db, True
        old.close()
        return True

    def _set_aside(self, now: datetime, exc: Exception) -> sqlite3.Connection:
        backup = move_aside(self.path, now)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists() and backup is not None:
                with contextlib.suppress(OSError):
                    extra.rename(backup.with_name(backup.name + suffix))
        if backup is not None:
            self.problems.append(
                fill(tr("%1: damaged (%2); it was moved to %3 and a fresh history started. To "
                        "recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 "
                        "recovered.sqlite3`."), self.path, exc, backup.name))
            try:
                db = connect(self.path, wal=True)
                migrate(db, 0)
                return db
            except (OSError, sqlite3.DatabaseError):
                pass
        self.problems.append(fill(tr("%1: cannot be used (%2); breaks are kept in memory only "
                                     "this session"), self.path, exc))
        return memory()

    # ---- writing ----

    def add(self, record: BreakRecord) -> bool:
        """Queue a finished break and try to write everything queued; False if it must wait.

        The row keeps waiting in memory until `flush` succeeds; `last_uid` names it.
        """
        import uuid  # at the first break: it loads `platform`, which nothing else needs

        offset = record.ended.utcoffset() or timedelta(0)
        uid = self.last_uid = str(uuid.uuid4())
        self._pending.append((
            uid, utc_text(record.due),
            utc_text(record.started) if record.started else None, utc_text(record.ended),
            int(offset.total_seconds() // 60), record.outcome.value, record.snoozes,
            json.dumps(list(record.exercises)),
        ))
        return self.flush()

    def flush(self) -> bool:
        """Write what waits (breaks, then the other rows in the order they came); False if
        some must wait on."""
        if self._pending:
            if not self._write(
                    "INSERT INTO breaks (uid, due, started, ended, utc_offset_min, outcome, "
                    "snoozes, exercises) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending):
                return False
            self._pending.clear()
        while self._later:
            if not self._write(*self._later[0]):
                return False
            self._later.pop(0)
        self.last_error = None
        return True

    def _keep(self, sql: str, rows: list[tuple[object, ...]]) -> bool:
        """Write now, or keep the rows (after any already waiting) for `flush`: a full disk
        must not lose a span of paused time, a rating or a note read, any more than a break."""
        if not self._later and self._write(sql, rows):
            return True
        self._later.append((sql, rows))
        return False

    def _write(self, sql: str, rows: list[tuple[object, ...]]) -> bool:
        """Run `sql` for each row in one transaction; False (and `last_error`) if it failed."""
        self.verify()
        if not self.writable and not self._reopen():
            return False
        try:
            with transaction(self._db):
                self._db.executemany(sql, rows)
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return False
        return True

    @property
    def pending(self) -> int:
        """Rows waiting to be written: breaks, and the writes of other rows."""
        return len(self._pending) + len(self._later)

    # ---- reading ----

    def counts(self, start: datetime, end: datetime) -> DayCounts:
        """Outcomes of breaks that ended in [start, end), queued ones included."""
        lo, hi = utc_text(start), utc_text(end)
        rows = self._rows("SELECT outcome, snoozes FROM breaks WHERE ended >= ? AND ended < ?",
                          (lo, hi))
        rows += [(p[5], p[6]) for p in self._pending if lo <= str(p[3]) < hi]
        outcomes = Counter(str(outcome) for outcome, _ in rows)
        return DayCounts(
            completed=outcomes["completed"], skipped=outcomes["skipped"],
            snoozed=sum(int(s) for _, s in rows), missed=outcomes["missed"],
            natural=outcomes["natural"])

    def recent_exercises(self, breaks: int) -> list[tuple[str, ...]]:
        """The exercises of the last `breaks` breaks that had any, oldest first."""
        rows = self._rows(
            "SELECT exercises FROM breaks WHERE exercises != '[]' ORDER BY ended DESC, id DESC "
            "LIMIT ?", (breaks,))
        done = [tuple(json.loads(row[0])) for row in reversed(rows)]
        done += [tuple(json.loads(str(p[7]))) for p in self._pending if p[7] != "[]"]
        return done[-breaks:]

    def exercises_between(self, start: datetime, end: datetime) -> list[str]:
        rows = self._rows("SELECT exercises FROM breaks WHERE ended >= ? AND ended < ?",
                          (utc_text(start), utc_text(end)))
        return [ident for (text,) in rows for ident in json.loads(text)]

    def add_feedback(self, break_uid: str, exercises: tuple[str, ...], rating: str,
                     at: datetime) -> bool:
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {', '.join(RATINGS)}")
        return self._keep("INSERT OR REPLACE INTO feedback (break_uid, exercise, rating, at) "
                           "VALUES (?, ?, ?, ?)",
                           [(break_uid, e, rating, utc_text(at)) for e in exercises])

    def discomfort(self) -> dict[str, int]:
        """How often each exercise was reported uncomfortable by the one-tap rating, counting
        only breaks of that one exercise: a tap after a break of several says nothing about
        which one (the check-in asks that, per exercise; see services/coaching.py)."""
        rows = self._rows(
            "SELECT exercise, COUNT(*) FROM feedback WHERE rating = 'uncomfortable' AND "
            "break_uid IN (SELECT break_uid FROM feedback GROUP BY break_uid "
            "HAVING COUNT(*) = 1) GROUP BY exercise")
        return {str(e): int(n) for e, n in rows}

    def get_meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> bool:
        return self._keep("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                           [(key, value)])

    def add_span(self, kind: str, start: datetime, end: datetime) -> bool:
        """Remember a stretch of time the app was active or paused (for fair statistics)."""
        if end <= start:
            return True
        offset = end.utcoffset() or timedelta(0)
        return self._keep(
            "INSERT INTO spans (kind, start, end, utc_offset_min) VALUES (?, ?, ?, ?)",
            [(kind, utc_text(start), utc_text(end), int(offset.total_seconds() // 60))])

    def spans(self, start: datetime, end: datetime) -> list[tuple[str, datetime, datetime]]:
        rows = self._rows(
            "SELECT kind, start, end, utc_offset_min FROM spans WHERE end > ? AND start < ? "
            "ORDER BY start", (utc_text(start), utc_text(end)))
        result = []
        for kind, lo, hi, offset in rows:
            tz = offset_zone(offset)
            result.append((str(kind), parse_utc(lo, tz), parse_utc(hi, tz)))
        return result

    def _rows(self, sql: str, args: tuple[object, ...] = ()) -> list[Any]:
        """A read; one that finds a file not yet checked damaged runs the check (which sets
        it aside) and reads what is there then."""
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.DatabaseError:
            if not self._unchecked:
                raise
        self.verify()
        return self._db.execute(sql, args).fetchall()

    @property
    def connection(self) -> sqlite3.Connection:
        """For the other stores that share this database file (assessments, check-ins): the
        checked file (they read and write it with no check of their own)."""
        self.verify()
        return self._db

    def records_between(self, start: datetime, end: datetime) -> list[BreakRecord]:
        return self._records("WHERE ended >= ? AND ended < ?", (utc_text(start), utc_text(end)))

    def first_ended(self) -> datetime | None:
        """When the oldest break ended (queued ones included); None with no history yet."""
        oldest = self._rows("SELECT MIN(ended) FROM breaks")[0][0]
        found = [str(p[3]) for p in self._pending] + ([str(oldest)] if oldest else [])
        return datetime.fromisoformat(min(found)) if found else None

    def records(self) -> list[BreakRecord]:
        return self._records("", ())

    def _records(self, where: str, args: tuple[str, ...]) -> list[BreakRecord]:
        rows = self._rows(
            "SELECT due, started, ended, utc_offset_min, outcome, snoozes, exercises "
            f"FROM breaks {where} ORDER BY ended, id", args)
        # A year is some 12,000 rows: what repeats (outcomes, exercise lists, zones) is made
        # once, and the times are parsed inline (parse_utc's own call was a tenth of the read).
        result = []
        done: dict[str, tuple[str, ...]] = {"[]": ()}
        outcomes = {o.value: o for o in Outcome}
        when = datetime.fromisoformat
        for due, started, ended, offset, outcome, snoozes, exercises in rows:
            tz = offset_zone(offset)
            names = done.get(exercises)
            if names is None:
                names = done[exercises] = tuple(json.loads(exercises))
            result.append(BreakRecord(
                when(due).astimezone(tz), when(started).astimezone(tz) if started else None,
                when(ended).astimezone(tz), outcomes.get(outcome) or Outcome(outcome),
                int(snoozes), names))
        return result

    def close(self) -> None:
        self.flush()
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
