"""`deskcoach import` of a file of any size: streamed, checked whole, then merged.

Each row is checked as it is read (the checks of `transfer_checks`) and put, in the
database's own form, into a scratch SQLite file: memory stays bounded however many rows the
file has. Only when the whole file has passed is anything merged, in one transaction (see
`transfer.merge`); a rating's fit to its break in the file is checked at the end, by a join.
"""

from __future__ import annotations

import contextlib
import json
import operator
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from deskcoach.core.checklist import Checklist
from deskcoach.core.i18n import fill, tr
from deskcoach.store import scratch
from deskcoach.store.coach_transfer import SECTIONS as COACH_SECTIONS
from deskcoach.store.coach_transfer import check_coach, import_coach
from deskcoach.store.json_stream import KeyTwice, NotAnObject, NotJson, walk
from deskcoach.store.transfer_checks import (
    FORMAT,
    MAX_ROWS,
    SECTIONS,
    Checker,
    TransferError,
    check_assessment,
    check_break,
    check_feedback,
    check_header,
    check_span,
    feedback_fits,
    known_items,
)
from deskcoach.store.transfer_rows import (
    ASSESSMENT_COLUMNS,
    BREAK_COLUMNS,
    FEEDBACK_COLUMNS,
    SPAN_COLUMNS,
    assessment_values,
    in_db_form,
    insert_rows,
    merge_spans,
    utc,
)

#: The staged columns of each section: the stored ones, then what the last checks need.
_STAGED: Final = {"breaks": (*BREAK_COLUMNS, "ended_raw"), "held": ("uid",),
                  "feedback": (*FEEDBACK_COLUMNS, "at_raw"),
                  "spans": SPAN_COLUMNS, "assessments": ASSESSMENT_COLUMNS}
_BATCH: Final = 2000
#: Breaks looked up in the history at once, to find those it holds already.
_LOOKUP: Final = 500
#: The page cache while importing (the history's own is 512 KiB): a million random look-ups
#: in the uid index need the index in memory. Bounded, and put back afterwards.
_IMPORT_CACHE_KIB: Final = 65536


def table(section: str) -> str:
    return f"import_{section}"


class Staged:
    """A checked file waiting in a scratch database: its settings, the coach's log (small:
    kept in memory), its rows to merge; `fd` holds the file (store.scratch) until `remove`."""

    def __init__(self, path: Path, settings: dict[str, Any],
                 coach: dict[str, list[Any]], fd: int = -1) -> None:
        self.path = path
        self.settings = settings
        self.coach = coach
        self.fd = fd

    @contextlib.contextmanager
    def attached(self, db: sqlite3.Connection) -> Iterator[None]:
        """The staged rows readable from `db` (as `staged.*`) and a page cache big enough
        for a million look-ups, for the time of the merge."""
        db.execute("ATTACH DATABASE ? AS staged", (str(self.path),))
        try:
            with big_cache(db):
                yield
        finally:
            db.execute("DETACH DATABASE staged")

    def merge(self, db: sqlite3.Connection, counts: dict[str, int]) -> None:
        """Insert what the target does not have yet, in the file's order (inside `attached`)."""
        for section, columns in (("breaks", BREAK_COLUMNS), ("feedback", FEEDBACK_COLUMNS),
                                 ("assessments", ASSESSMENT_COLUMNS)):
            before = db.total_changes
            names = ", ".join(columns)
            db.execute(f"INSERT OR IGNORE INTO main.{section} ({names}) "
                       f"SELECT {names} FROM staged.{table(section)} ORDER BY idx")
            counts[section] = db.total_changes - before
        counts["spans"] = merge_spans(db, db.execute(
            f"SELECT {', '.join(SPAN_COLUMNS)} FROM staged.{table('spans')} ORDER BY idx"))
        counts["checkins"] = import_coach(db, self.coach, insert_rows, utc)

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):  # EBADF: none (-1), or closed already
            os.close(self.fd)
        self.fd = -1


@contextlib.contextmanager
def big_cache(db: sqlite3.Connection) -> Iterator[None]:
    """The history's page cache at _IMPORT_CACHE_KIB for a while, then as it was."""
    before = db.execute("PRAGMA main.cache_size").fetchone()[0]
    db.execute(f"PRAGMA main.cache_size=-{_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA main.cache_size={int(before)}")


def stage(file: Path, checklist: Checklist | None, now: datetime,
          history: sqlite3.Connection | None, folder: Path | None = None) -> Staged:
    """Read and check the whole of `file` into a scratch database (a private file in
    `folder`, by default the system's temporary folder, which may be in memory; removed by
    `Staged.remove`); `history`, when there is one, tells which breaks are there already.
    Raises TransferError naming the first problem, OSError, sqlite3.Error."""
    fd, name = tempfile.mkstemp(prefix=scratch.PREFIX, suffix=scratch.SUFFIX, dir=folder)
    path = Path(name)
    try:
        scratch.hold(fd)  # until Staged.remove: no clean-up takes it for a leftover
        db = sqlite3.connect(name, isolation_level=None)
        try:
            if os.stat(name).st_ino != os.fstat(fd).st_ino:
                raise OSError(f"{name} was replaced while the import began")
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute("PRAGMA cache_size=-4096")
            for section, columns in _STAGED.items():
                db.execute(f"CREATE TABLE {table(section)} (idx INTEGER PRIMARY KEY, "
                           f"{', '.join(columns)})")
            db.execute("CREATE TABLE import_held_batches (pairs TEXT)")  # see _flush
            reader = _Reader(db, history, str(file), checklist, now)
            with file.open("rb") as stream, contextlib.ExitStack() as stack:
                if history is not None:
                    stack.enter_context(big_cache(history))
                db.execute("BEGIN")
                try:
                    walk(stream, frozenset((*SECTIONS, *COACH_SECTIONS)), reader.on_value,
                         reader.on_row)
                except NotJson as exc:
                    raise TransferError(fill(tr("%1: not a readable JSON file (%2)"),
                                             file, exc)) from None
                except KeyTwice as exc:
                    raise TransferError(fill(tr("%1: %2 appears twice"),
                                             file, repr(exc.key))) from None
                except NotAnObject:
                    raise TransferError(fill(tr("%1: not a DeskCoach export ('format' must be "
                                                "%2)"), file, repr(FORMAT))) from None
                reader.finish()
                db.execute("COMMIT")
        finally:
            db.close()
    except BaseException:
        path.unlink(missing_ok=True)
        os.close(fd)
        raise
    return Staged(path, reader.settings, reader.coach, fd)


class _Reader:
    def __init__(self, db: sqlite3.Connection, history: sqlite3.Connection | None,
                 source: str, checklist: Checklist | None, now: datetime) -> None:
        self.db = db
        self.history = history
        self.source = source
        self.check = Checker(source, now)
        self.known = known_items(checklist)
        self.header: dict[str, Any] = {}
        self.settings: dict[str, Any] = {}
        self.problem: TransferError | None = None  # found before the header was seen
        self.batches: dict[str, list[tuple[Any, ...]]] = {s: [] for s in _STAGED}
        self.unchecked: list[tuple[int, dict[str, Any]]] = []  # breaks to look up, check
        self.coach: dict[str, list[Any]] = {section: [] for section in COACH_SECTIONS}
        self.rows: dict[str, Callable[[dict[str, Any], str], tuple[Any, ...]]] = {
            "breaks": self._break, "feedback": self._feedback, "spans": self._span,
            "assessments": self._assessment}

    def _header_ok(self) -> bool:
        return "format" in self.header and "format_version" in self.header

    def _guard(self, work: Callable[[], None]) -> None:
        """Run a check; a problem found before the file showed it is an export waits until
        the end, so a file that is none is told as such."""
        if self.problem is not None:
            return
        try:
            work()
        except TransferError as exc:
            if self._header_ok():
                raise
            self.problem = exc

    def on_value(self, key: str, value: Any) -> None:
        self._guard(self._breaks)
        if key in ("format", "format_version"):
            self.header[key] = value
            if key == "format" or "format" in self.header:
                check_header({"format": FORMAT, "format_version": 1, **self.header},
                             self.source)
        elif key == "settings":
            self._guard(lambda: self._settings(value))
        elif key in SECTIONS:
            self._guard(lambda: self._not_rows(key, value))
        elif key in COACH_SECTIONS:
            self.coach[key] = value  # not a list: check_coach names it at the end

    def _not_rows(self, key: str, value: Any) -> None:
        """A section whose value is no list (or null, which counts as empty)."""
        self.check.rows({key: value}, key)

    def _settings(self, value: Any) -> None:
        from deskcoach.core.settings import from_mapping

        self.settings = self.check.table({"settings": value}, "settings")
        problems = from_mapping(self.settings).problems
        if problems:
            raise TransferError(fill(tr("%1: settings: %2"), self.source, problems[0]))

    def on_row(self, key: str, index: int, row: Any) -> None:
        if key == "breaks" and type(row) is dict and index < MAX_ROWS and self.problem is None:
            self.unchecked.append((index, row))  # the common case, without the detour
            if len(self.unchecked) >= _LOOKUP:
                self._guard(self._breaks)
            return
        if key != "breaks" and self.unchecked:
            self._guard(self._breaks)
        self._guard(lambda: self._row(key, index, row))

    def _row(self, key: str, index: int, row: Any) -> None:
        if key in COACH_SECTIONS:
            self.coach[key].append(row)  # checked whole at the end, as in memory
            return
        if index >= MAX_ROWS:
            raise TransferError(fill(tr("%1: '%2' must be a list"), self.source, key))
        if not isinstance(row, dict):
            raise TransferError(fill(tr("%1: %2[%3] must be an object"), self.source, key, index))
        if key == "breaks":
            self.unchecked.append((index, row))
            if len(self.unchecked) >= _LOOKUP:
                self._breaks()
            return
        batch = self.batches[key]
        batch.append((index, *self.rows[key](row, f"{key}[{index}]")))
        if len(batch) >= _BATCH:
            self._flush(key)

    def _flush(self, key: str) -> None:
        batch = self.batches[key]
        if batch and key == "held":
            # Needed only if the file rates them (see `finish`): a batch of them in one row.
            self.db.execute("INSERT INTO import_held_batches VALUES (?)", (json.dumps(batch),))
        elif batch:
            marks = ", ".join("?" * (len(_STAGED[key]) + 1))
            self.db.executemany(f"INSERT INTO {table(key)} VALUES ({marks})", batch)
        batch.clear()

    def _breaks(self) -> None:
        """Check and stage the breaks read so far. One the history holds already, the same
        in every field, is valid as it is (the app wrote it, or an import checked it): it is
        only noted, so importing a file a second time costs little more than reading it."""
        rows, self.unchecked = self.unchecked, []
        if not rows:
            return
        held = self._held([row for _, row in rows])
        batch = self.batches["breaks"]
        for index, row in rows:
            stored = held.get(str(row.get("uid")))
            if stored is not None and _same(row, stored):
                self.batches["held"].append((index, row["uid"]))
            else:
                batch.append((index, *self._break(row, f"breaks[{index}]")))
        for key in ("breaks", "held"):
            if len(self.batches[key]) >= _BATCH:
                self._flush(key)

    def _held(self, rows: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
        """The breaks of the history with the uids of `rows`, by uid. A file in the order
        `export_file` writes is read by a range of end times (a sequential read of the
        index); any other by uid (a random look-up each)."""
        if self.history is None:
            return {}
        columns = ", ".join(BREAK_COLUMNS)
        ended = [row.get("ended") for row in rows]
        first = last = None
        with contextlib.suppress(TypeError):  # not all text
            first, last = min(ended), max(ended)  # type: ignore[type-var]
        if isinstance(first, str) and isinstance(last, str) and in_db_form(first) \
                and in_db_form(last):
            limit = 4 * len(rows)
            found = self.history.execute(
                f"SELECT {columns} FROM main.breaks WHERE ended >= ? AND ended <= ? LIMIT ?",
                (first, last, limit)).fetchall()
            if len(found) < limit:
                return {row[0]: row for row in found}
        uids = [row.get("uid") for row in rows]
        return {row[0]: row for row in self.history.execute(
            f"SELECT {columns} FROM main.breaks WHERE uid IN ({', '.join('?' * len(uids))})",
            [u if isinstance(u, str) else None for u in uids])}

    def _break(self, r: dict[str, Any], where: str) -> tuple[Any, ...]:
        due, started, ended = check_break(self.check, r, where)
        return (r["uid"], utc(r["due"], due), utc(r.get("started"), started),
                utc(r["ended"], ended), r["utc_offset_min"], r["outcome"], r["snoozes"],
                json.dumps(r["exercises"]), r["ended"])

    def _feedback(self, r: dict[str, Any], where: str) -> tuple[Any, ...]:
        at = check_feedback(self.check, r, where)
        return r["break_uid"], r["exercise"], r["rating"], utc(r["at"], at), r["at"]

    def _span(self, r: dict[str, Any], where: str) -> tuple[Any, ...]:
        start, end = check_span(self.check, r, where)
        return r["kind"], utc(r["start"], start), utc(r["end"], end), r["utc_offset_min"]

    def _assessment(self, row: dict[str, Any], where: str) -> tuple[Any, ...]:
        check_assessment(self.check, row, where, self.known)
        return assessment_values(row)

    def finish(self) -> None:
        """The checks that need the whole file: an export at all, then ratings that must fit
        their breaks."""
        check_header(self.header, self.source)
        if self.problem is not None:
            raise self.problem
        self._breaks()
        for section in _STAGED:
            self._flush(section)
        check_coach(self.coach, self.check)
        if self.db.execute(f"SELECT 1 FROM {table('feedback')} LIMIT 1").fetchone() is None:
            return
        # The last break of the file with the rating's uid: staged, or held already (then
        # the history's copy is the file's, field for field).
        self.db.execute("INSERT INTO import_held SELECT json_extract(value, '$[0]'), "
                        "json_extract(value, '$[1]') FROM import_held_batches, json_each(pairs)")
        self.db.execute("CREATE INDEX import_breaks_uid ON import_breaks (uid, idx)")
        self.db.execute("CREATE INDEX import_held_uid ON import_held (uid, idx)")
        rated = self.db.execute(
            "SELECT f.idx, f.exercise, f.at_raw, f.break_uid, MAX("
            "COALESCE((SELECT MAX(idx) FROM import_breaks WHERE uid = f.break_uid), -1), "
            "COALESCE((SELECT MAX(idx) FROM import_held WHERE uid = f.break_uid), -1)) "
            "FROM import_feedback f ORDER BY f.idx")
        for index, exercise, at, uid, of in rated:
            if of < 0:
                continue
            found = self.db.execute("SELECT ended_raw, exercises FROM import_breaks "
                                    "WHERE idx = ?", (of,)).fetchone()
            if found is None and self.history is not None:
                found = self.history.execute("SELECT ended, exercises FROM main.breaks "
                                             "WHERE uid = ?", (uid,)).fetchone()
            if found is None:
                continue
            ended, exercises = found
            feedback_fits(self.check, {"at": at, "exercise": exercise}, f"feedback[{index}]",
                          datetime.fromisoformat(at), f"breaks[{of}]",
                          datetime.fromisoformat(ended), json.loads(exercises))


def _same(row: dict[str, Any], stored: tuple[Any, ...]) -> bool:
    """Whether a break of the file is, field for field and type for type, one the history
    holds (the file in the database's own form of times, as `export_file` writes them)."""
    try:
        fields = _FIELDS(row)
    except KeyError:
        return False
    exercises = fields[7]
    if fields[:7] != stored[:7] or type(fields[4]) is not int or type(fields[6]) is not int \
            or type(exercises) is not list:
        return False
    if not exercises:
        return bool(stored[7] == "[]")
    key = tuple(exercises)
    try:
        text = _DUMPED.get(key)
    except TypeError:  # something in it that is no text (a list, an object)
        return False
    if text is None:
        if not all(type(x) is str for x in exercises):
            return False
        text = _DUMPED[key] = json.dumps(exercises)
        if len(_DUMPED) > 4096:  # a catalogue's pairs are a few hundred: this is a guard
            _DUMPED.clear()
    return bool(text == stored[7])


_FIELDS: Final = operator.itemgetter("uid", "due", "started", "ended", "utc_offset_min",
                                     "outcome", "snoozes", "exercises")
_DUMPED: dict[tuple[Any, ...], str] = {}  # exercise lists as the history keeps them
