"""Moving all of a user's data between machines: one versioned JSON file.

`export_file` streams settings, breaks, feedback, activity spans, checklist assessments and
the coach's log (check-ins, level changes, programme runs, eye breaks; see
store/coach_transfer.py) to a file, a row per line. `import_file` checks the whole file first
and refuses it with a message naming the key and position of the first problem (see
`transfer_checks`); only a good file is merged, in one transaction, skipping what is already
there, so importing twice changes nothing. Both stream, so a file of a million breaks needs no
more memory than a small one; `export_data`/`parse_export`/`import_data` do the same in
memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from deskcoach import __version__
from deskcoach.core.checklist import Checklist
from deskcoach.core.i18n import fill, tr
from deskcoach.core.policy import Resolved
from deskcoach.core.settings import FIELD_BY_KEY, from_mapping, to_mapping
from deskcoach.store.atomic import atomic_writer, write_atomic
from deskcoach.store.coach_transfer import SECTIONS as COACH_SECTIONS
from deskcoach.store.coach_transfer import check_coach, export_coach, import_coach
from deskcoach.store.history import History
from deskcoach.store.history_file import transaction
from deskcoach.store.settings_file import SettingsFile
from deskcoach.store.transfer_checks import (
    CLOCK_SKEW,
    DUE_WITHIN,
    EARLIEST,
    FORMAT,
    FORMAT_VERSION,
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
    assessment_values,
    break_values,
    feedback_values,
    insert_rows,
    merge_spans,
    span_values,
    utc,
)
from deskcoach.store.transfer_stream import Staged, stage

__all__ = ["CLOCK_SKEW", "DUE_WITHIN", "EARLIEST", "FORMAT", "FORMAT_VERSION", "MAX_ROWS",
           "Imported", "TransferError", "export_data", "export_file", "import_data",
           "import_file", "import_staged", "keep_policy", "parse_export", "stage_file", "summary"]

#: Each section as exported: its query, and the columns that hold JSON text.
_EXPORTED: Final = {
    "breaks": ("SELECT uid, due, started, ended, utc_offset_min, outcome, snoozes, exercises "
               "FROM breaks ORDER BY ended, id", ("exercises",)),
    "feedback": ("SELECT break_uid, exercise, rating, at FROM feedback ORDER BY id", ()),
    "spans": ("SELECT kind, start, end, utc_offset_min FROM spans ORDER BY start", ()),
    "assessments": ("SELECT uid, started, completed, workstation, name, answers, actions, "
                    "checklist_version FROM assessments ORDER BY started",
                    ("answers", "actions")),
}


_COLUMNS: Final = {"breaks": BREAK_COLUMNS, "feedback": FEEDBACK_COLUMNS,
                   "assessments": ASSESSMENT_COLUMNS}


@dataclass(frozen=True)
class Imported:
    breaks: int
    feedback: int
    spans: int
    assessments: int
    settings: bool
    left: tuple[str, ...] = ()  # settings the organisation's policy keeps as they are
    checkins: int = 0


def _header(settings_file: SettingsFile, now: datetime) -> dict[str, Any]:
    loaded = settings_file.load(now)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "exported": now.isoformat(timespec="seconds"),
            "settings": to_mapping(loaded.settings, loaded.explicit)}


def _rows(db: sqlite3.Connection, section: str) -> Iterator[dict[str, Any]]:
    sql, json_columns = _EXPORTED[section]
    cursor = db.execute(sql)
    keys = [d[0] for d in cursor.description]
    for row in cursor:
        item = dict(zip(keys, row, strict=True))
        for key in json_columns:
            item[key] = json.loads(item[key])
        yield item


def export_data(history: History, settings_file: SettingsFile, now: datetime) -> dict[str, Any]:
    """The export in memory (what `export_file` writes, read back)."""
    db = history.connection
    data = _header(settings_file, now)
    with _snapshot(db):
        for section in SECTIONS:
            data[section] = list(_rows(db, section))
        data.update(export_coach(db))
    return data


def export_file(path: Path, history: History, settings_file: SettingsFile,
                now: datetime) -> dict[str, int]:
    """Write the export to `path` atomically, a row at a time; returns the rows written of
    each section."""
    db = history.connection
    header = _header(settings_file, now)
    sections = (*SECTIONS, *COACH_SECTIONS)
    counts = dict.fromkeys(sections, 0)
    dumps = json.JSONEncoder(separators=(", ", ": ")).encode
    with atomic_writer(path) as out, _snapshot(db):
        coach = export_coach(db)  # a row a day at most: small
        out.write(b"{\n" + b"".join(f" {dumps(k)}: {dumps(v)},\n".encode() for k, v in
                                    header.items()))
        for n, section in enumerate(sections):
            out.write(f" {dumps(section)}: [".encode())
            batch: list[str] = []
            for row in coach[section] if section in coach else _rows(db, section):
                batch.append(dumps(row))
                if len(batch) == 1000:
                    out.write(("\n  " if not counts[section] else ",\n  ").encode()
                              + ",\n  ".join(batch).encode())
                    counts[section] += len(batch)
                    batch.clear()
            if batch:
                out.write(("\n  " if not counts[section] else ",\n  ").encode()
                          + ",\n  ".join(batch).encode())
                counts[section] += len(batch)
            out.write(("\n ]" if counts[section] else "]").encode()
                      + (b",\n" if n < len(sections) - 1 else b"\n}\n"))
    return counts


@contextlib.contextmanager
def _snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """Every section read from one state of the history (the app may write meanwhile)."""
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def parse_export(raw: bytes, source: str, checklist: Checklist | None = None,
                 now: datetime | None = None) -> dict[str, Any]:
    """The whole file checked; raises TransferError naming the first problem.

    Missing sections count as empty, so the returned data always has all of them. `now`
    (default: this computer's clock) bounds the times recorded: nothing after it but skew.
    For a small file in memory; `import_file` streams a file of any size through the same
    checks.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise TransferError(fill(tr("%1: not a readable JSON file (%2)"), source, exc)) from None
    if not isinstance(data, dict):
        raise TransferError(fill(tr("%1: not a DeskCoach export ('format' must be %2)"),
                                 source, repr(FORMAT)))
    check_header(data, source)
    check = Checker(source, now or datetime.now(UTC))
    for section in (*SECTIONS, *COACH_SECTIONS):
        data.setdefault(section, [])
    settings = check.table(data, "settings")
    data["settings"] = settings
    problems = from_mapping(settings).problems
    if problems:
        raise TransferError(fill(tr("%1: settings: %2"), source, problems[0]))
    rated: dict[str, tuple[str, datetime, list[str]]] = {}  # uid: where, ended, exercises
    for i, row in enumerate(check.rows(data, "breaks")):
        where = f"breaks[{i}]"
        rated[row["uid"]] = (where, check_break(check, row, where)[2], row["exercises"])
    for i, row in enumerate(check.rows(data, "feedback")):
        where = f"feedback[{i}]"
        at = check_feedback(check, row, where)
        rated_break = rated.get(row["break_uid"])
        if rated_break is not None:  # the break is in the file: the rating must fit it
            feedback_fits(check, row, where, at, *rated_break)
    for i, row in enumerate(check.rows(data, "spans")):
        check_span(check, row, f"spans[{i}]")
    known = known_items(checklist)
    for i, row in enumerate(check.rows(data, "assessments")):
        check_assessment(check, row, f"assessments[{i}]", known)
    check_coach(data, check)
    return data


def import_data(history: History, settings_file: SettingsFile, data: Mapping[str, Any],
                now: datetime) -> Imported:
    """Merge a checked export (see `parse_export`); nothing already present is duplicated."""
    def rows(db: sqlite3.Connection, counts: dict[str, int]) -> None:
        for section, values in (("breaks", break_values), ("feedback", feedback_values),
                                ("assessments", assessment_values)):
            before = db.total_changes
            columns = _COLUMNS[section]
            db.executemany(f"INSERT OR IGNORE INTO {section} ({', '.join(columns)}) "
                           f"VALUES ({', '.join('?' for _ in columns)})",
                           [values(r) for r in data[section]])
            counts[section] = db.total_changes - before
        counts["spans"] = merge_spans(db, (span_values(r) for r in data["spans"]))
        counts["checkins"] = import_coach(db, data, insert_rows, utc)

    return merge(history, settings_file, data["settings"], now, rows)


def merge(history: History, settings_file: SettingsFile, settings: Mapping[str, Any],
          now: datetime, rows: Callable[[sqlite3.Connection, dict[str, int]], None]) -> Imported:
    """Merge checked settings, and rows through `rows(db, counts)`, whole or not at all.

    The settings file is written inside the history's transaction, so a settings file that
    cannot be written undoes the rows, and a commit that fails puts the settings file back as
    it was."""
    db = history.connection
    counts: dict[str, int] = {}
    target = settings_file.load(now)
    merged = from_mapping({**to_mapping(target.settings, target.explicit),
                           **settings}, target.settings)
    explicit = target.explicit | merged.explicit
    changed = merged.settings != target.settings or explicit != target.explicit
    saved: list[bytes | None] = []  # the file as it was, once it has been replaced
    try:
        with transaction(db):
            rows(db, counts)
            if changed:  # the imported keys win; the target's other keys stay
                before = settings_file.path.read_bytes() if settings_file.path.exists() else None
                settings_file.save(merged.settings, explicit)
                saved.append(before)
    except sqlite3.Error:
        if saved:
            _put_back(settings_file.path, saved[0])
        raise
    return Imported(counts["breaks"], counts["feedback"], counts["spans"],
                    counts["assessments"], changed, checkins=counts["checkins"])


def import_file(file: Path, history: History, settings_file: SettingsFile,
                now: datetime, resolved: Resolved) -> Imported:
    """Read, check and merge an export file: what `deskcoach import` does, in the running
    app when there is one (so its settings watcher never meets a half-written file), else in
    the command itself. Streams: memory stays bounded whatever the file's size. Raises
    TransferError (a bad file), OSError or sqlite3.Error."""
    staged = stage_file(file, now, history)
    try:
        return import_staged(staged, history, settings_file, now, resolved)
    finally:
        staged.remove()


def stage_file(file: Path, now: datetime, history: History | None) -> Staged:
    """The file read and checked whole, waiting to be merged (see `transfer_stream.stage`)."""
    from deskcoach.store.catalogue import load_checklist

    if history is None:
        return stage(file, load_checklist()[0], now, None)
    # Beside the history: the same disk, rather than a temporary folder that may be in memory.
    folder = history.path.parent
    usable = folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
    return stage(file, load_checklist()[0], now, history.connection, folder if usable else None)


def import_staged(staged: Staged, history: History, settings_file: SettingsFile,
                  now: datetime, resolved: Resolved) -> Imported:
    """Merge a staged file, less the settings the organisation's policy keeps."""
    data = {"settings": staged.settings}
    left = keep_policy(data, resolved)
    with staged.attached(history.connection):
        done = merge(history, settings_file, data["settings"], now, staged.merge)
    return replace(done, left=left)


def keep_policy(data: dict[str, Any], resolved: Resolved) -> tuple[str, ...]:
    """Take out of a checked export the settings the organisation's policy locks or limits
    (they stay as they are), and name them."""
    imported = from_mapping(data["settings"]).settings
    left = tuple(sorted(key for key in data["settings"] if key in FIELD_BY_KEY and
                        resolved.check_user_change(key, getattr(imported, key))))
    data["settings"] = {k: v for k, v in data["settings"].items() if k not in left}
    return left


def summary(done: Imported) -> str:
    text = (f"Imported {done.breaks} new breaks, {done.feedback} feedback answers, "
            f"{done.spans} activity spans and {done.assessments} assessments"
            + ("; settings restored." if done.settings else "."))
    if done.left:
        text += f"\nLeft as your organisation set them: {', '.join(done.left)}."
    return text


def _put_back(path: Path, raw: bytes | None) -> None:
    if raw is None:
        path.unlink(missing_ok=True)
    else:
        write_atomic(path, raw)
