"""Rows of an export in the database's own form, and merging them: shared by the in-memory
import (transfer.py) and the streamed one (transfer_stream.py)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any, Final

from deskcoach.store.history_file import utc_text

BREAK_COLUMNS: Final = ("uid", "due", "started", "ended", "utc_offset_min", "outcome",
                        "snoozes", "exercises")
FEEDBACK_COLUMNS: Final = ("break_uid", "exercise", "rating", "at")
SPAN_COLUMNS: Final = ("kind", "start", "end", "utc_offset_min")
ASSESSMENT_COLUMNS: Final = ("uid", "started", "completed", "workstation", "name", "answers",
                             "actions", "checklist_version")

def utc(text: str | None, moment: datetime | None = None) -> str | None:
    """Times in the database's own form (UTC, milliseconds), whatever the file used;
    `moment` is the text already parsed, when it has been."""
    if text is None:
        return None
    if in_db_form(text):
        return text  # the form itself (what `export_file` writes): nothing to convert
    return utc_text(moment or datetime.fromisoformat(text))


def in_db_form(text: str) -> bool:
    """Shaped as the database keeps times (not checked to be one)."""
    return len(text) == 29 and text[19] == "." and text.endswith("+00:00")


def break_values(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["uid"], utc(r["due"]), utc(r.get("started")), utc(r["ended"]),
            r["utc_offset_min"], r["outcome"], r["snoozes"], json.dumps(r["exercises"]))


def feedback_values(r: dict[str, Any]) -> tuple[Any, ...]:
    return r["break_uid"], r["exercise"], r["rating"], utc(r["at"])


def span_values(r: dict[str, Any]) -> tuple[Any, ...]:
    return r["kind"], utc(r["start"]), utc(r["end"]), r["utc_offset_min"]


def assessment_values(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["uid"], r["started"], r.get("completed"), r["workstation"], r.get("name", ""),
            json.dumps(r["answers"], sort_keys=True), json.dumps(r["actions"]),
            r["checklist_version"])


def insert_rows(db: sqlite3.Connection, table: str, keys: tuple[str, ...],
                rows: list[dict[str, Any]]) -> int:
    """INSERT OR IGNORE each row's `keys` (None for those it lacks); how many were new."""
    before = db.total_changes
    db.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(keys)}) "
                   f"VALUES ({', '.join('?' for _ in keys)})",
                   [tuple(row.get(k) for k in keys) for row in rows])
    return db.total_changes - before


def merge_spans(db: sqlite3.Connection, spans: Any) -> int:
    """Add the spans not there yet (a span has no id: the same kind, start and end is it)."""
    added = 0
    for kind, start, end, offset in spans:
        exists = db.execute("SELECT 1 FROM main.spans WHERE kind = ? AND start = ? AND "
                            "end = ?", (kind, start, end)).fetchone()
        if exists is None:
            db.execute("INSERT INTO main.spans (kind, start, end, utc_offset_min) "
                       "VALUES (?, ?, ?, ?)", (kind, start, end, offset))
            added += 1
    return added
