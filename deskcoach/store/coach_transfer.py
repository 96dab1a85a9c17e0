"""The coach's log and the eye breaks shown, in an export file: written, checked and merged
like the other sections.

transfer.py calls these; they live apart so each module stays small. Imports skip rows that
are already there (same uid, or the same exercise change at the same time).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Final, Protocol

from deskcoach.core.checkins import KINDS, MAX_NOTE, MAX_PAIN
from deskcoach.core.pacing import ACTIONS
from deskcoach.core.programmes import BY_ID
from deskcoach.core.redflags import BY_ID as FLAGS
from deskcoach.core.settings import REGION_NAMES

SECTIONS: Final = ("checkins", "paces", "programme_runs", "eye_breaks")
_KEYS: Final = {
    "checkins": ("uid", "at", "utc_offset_min", "kind", "pain", "region", "exercise", "flags",
                 "note"),
    "paces": ("exercise", "action", "level", "since", "dropped_until", "reason", "at"),
    "programme_runs": ("uid", "programme", "started", "phase", "phase_since", "stopped"),
    "eye_breaks": ("shown", "ended", "utc_offset_min"),
}


class Checker(Protocol):
    def fail(self, where: str, key: str, why: str) -> Exception: ...
    def rows(self, data: Mapping[str, Any], key: str) -> list[dict[str, Any]]: ...
    def text(self, row: Mapping[str, Any], key: str, where: str) -> None: ...
    def number(self, row: Mapping[str, Any], key: str, where: str, low: int,
               high: int) -> None: ...
    def choice(self, row: Mapping[str, Any], key: str, where: str,
               allowed: tuple[str, ...]) -> None: ...
    def moment(self, row: Mapping[str, Any], key: str, where: str) -> object: ...


def export_coach(db: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    result = {}
    for section, keys in _KEYS.items():
        order = "id" if section in ("paces", "eye_breaks") else "rowid"
        rows = [dict(zip(keys, row, strict=True)) for row in db.execute(
            f"SELECT {', '.join(keys)} FROM {section} ORDER BY {order}").fetchall()]
        for row in rows:
            if "flags" in row:
                row["flags"] = json.loads(row["flags"])
        result[section] = rows
    return result


def check_coach(data: Mapping[str, Any], check: Checker) -> None:
    """Raise (through `check`) at the first row that is not a valid coach-log row."""
    for i, row in enumerate(check.rows(data, "checkins")):
        where = f"checkins[{i}]"
        check.text(row, "uid", where)
        check.moment(row, "at", where)
        check.number(row, "utc_offset_min", where, -1080, 1080)
        check.choice(row, "kind", where, KINDS)
        check.number(row, "pain", where, 0, MAX_PAIN)
        if row.get("region") is not None:
            check.choice(row, "region", where, REGION_NAMES)
        if row.get("exercise") is not None:
            check.text(row, "exercise", where)
        flags = row.get("flags", [])
        if not isinstance(flags, list) or not all(isinstance(f, str) and f in FLAGS
                                                  for f in flags):
            raise check.fail(where, "flags", f"must be a list of: {', '.join(FLAGS)}")
        note = row.get("note", "")  # files from before notes were kept have none
        if not isinstance(note, str) or len(note) > MAX_NOTE or any(ch < " " for ch in note):
            raise check.fail(where, "note", f"must be one line of at most {MAX_NOTE} characters")
    for i, row in enumerate(check.rows(data, "paces")):
        where = f"paces[{i}]"
        check.text(row, "exercise", where)
        check.choice(row, "action", where, ACTIONS)
        check.number(row, "level", where, 0, 20)
        check.text(row, "reason", where)
        check.moment(row, "at", where)
        for key in ("since", "dropped_until"):
            _day(check, row, key, where, optional=True)
    for i, row in enumerate(check.rows(data, "programme_runs")):
        where = f"programme_runs[{i}]"
        check.text(row, "uid", where)
        check.choice(row, "programme", where, tuple(BY_ID))
        check.number(row, "phase", where, 0, len(BY_ID[row["programme"]].phases) - 1)
        _day(check, row, "started", where)
        _day(check, row, "phase_since", where)
        if row.get("stopped") is not None:
            check.moment(row, "stopped", where)
    for i, row in enumerate(check.rows(data, "eye_breaks")):
        where = f"eye_breaks[{i}]"
        check.moment(row, "shown", where)
        check.moment(row, "ended", where)
        check.number(row, "utc_offset_min", where, -1080, 1080)


def _day(check: Checker, row: Mapping[str, Any], key: str, where: str,
         optional: bool = False) -> None:
    value = row.get(key)
    if value is None and optional:
        return
    try:
        ok = isinstance(value, str) and len(value) == 10 and bool(date.fromisoformat(value))
    except ValueError:
        ok = False
    if not ok:
        raise check.fail(where, key, "must be a date, YYYY-MM-DD")


def import_coach(db: sqlite3.Connection, data: Mapping[str, Any],
                 insert: Callable[[sqlite3.Connection, str, tuple[str, ...],
                                   list[dict[str, Any]]], int],
                 utc: Callable[[str | None], str | None]) -> int:
    """Merge checked coach rows inside the caller's transaction; the new check-ins counted."""
    added = insert(db, "checkins", _KEYS["checkins"], [
        {**r, "at": utc(r["at"]), "flags": json.dumps(r.get("flags", [])),
         "note": r.get("note", "")}
        for r in data["checkins"]])
    insert(db, "paces", _KEYS["paces"], [{**r, "at": utc(r["at"])} for r in data["paces"]])
    insert(db, "programme_runs", _KEYS["programme_runs"],
           [{**r, "stopped": utc(r.get("stopped"))} for r in data["programme_runs"]])
    insert(db, "eye_breaks", _KEYS["eye_breaks"],
           [{**r, "shown": utc(r["shown"]), "ended": utc(r["ended"])}
            for r in data["eye_breaks"]])
    return added
