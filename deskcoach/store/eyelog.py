"""Eye micro-breaks shown, one row each, for the day counts (same database as History)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta

from deskcoach.store.history_file import offset_zone, transaction, utc_text


class EyeLog:
    def __init__(self, db: Callable[[], sqlite3.Connection]) -> None:
        self._db = db  # History reopens its file after a write fault: ask each time

    def add(self, shown: datetime, ended: datetime) -> bool:
        offset = shown.utcoffset() or timedelta(0)
        try:
            with transaction(self._db()):
                self._db().execute(
                    "INSERT OR IGNORE INTO eye_breaks (shown, ended, utc_offset_min) "
                    "VALUES (?, ?, ?)",
                    (utc_text(shown), utc_text(ended), int(offset.total_seconds() // 60)))
        except sqlite3.Error:
            return False  # a count, not a record anyone relies on: never worth a warning
        return True

    def shown_between(self, start: datetime, end: datetime) -> list[datetime]:
        """When each eye break in [start, end) was shown, in the offset it was shown in (so
        it counts on that place's calendar day)."""
        rows = self._db().execute(
            "SELECT shown, utc_offset_min FROM eye_breaks WHERE shown >= ? AND shown < ? "
            "ORDER BY shown", (utc_text(start), utc_text(end))).fetchall()
        return [datetime.fromisoformat(shown).astimezone(offset_zone(offset))
                for shown, offset in rows]

    def count(self, start: datetime, end: datetime) -> int:
        row = self._db().execute("SELECT COUNT(*) FROM eye_breaks WHERE shown >= ? AND "
                                 "shown < ?", (utc_text(start), utc_text(end))).fetchone()
        return int(row[0])
