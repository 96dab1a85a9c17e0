"""The coach's log in the history database: check-ins, level changes and programme runs.

Health data: it stays in the user's profile and in the exports they make themselves; nothing
an organisation's policy can collect reads it. Shares History's connection and file (schema
step 4 in coach_schema.py); a write that fails returns False with `last_error` set.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta

from deskcoach.core.checkins import CheckIn
from deskcoach.core.pacing import Change, Pace
from deskcoach.core.programmes import BY_ID, Run
from deskcoach.store.history_file import offset_zone, transaction, utc_text

_CHECKIN = "uid, at, utc_offset_min, kind, pain, region, exercise, flags, note"


class CoachLog:
    def __init__(self, db: sqlite3.Connection | Callable[[], sqlite3.Connection]) -> None:
        """`db`, or a function giving it (History reopens its file after a write fault)."""
        if isinstance(db, sqlite3.Connection):
            connection = db
            self._get: Callable[[], sqlite3.Connection] = lambda: connection
        else:
            self._get = db
        self.last_error: str | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        return self._get()

    def _write(self, sql: str, args: tuple[object, ...]) -> bool:
        try:
            with transaction(self._db):
                self._db.execute(sql, args)
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return False
        self.last_error = None
        return True

    # ---- check-ins ----

    def add(self, checkin: CheckIn) -> bool:
        import uuid  # loaded on first use, not at start (see History.add)

        c = checkin
        offset = c.at.utcoffset() or timedelta(0)
        return self._write(
            f"INSERT INTO checkins ({_CHECKIN}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), utc_text(c.at), int(offset.total_seconds() // 60), c.kind,
             c.pain, c.region, c.exercise, json.dumps(list(c.flags)), c.note))

    def checkins(self, start: datetime | None = None, end: datetime | None = None
                 ) -> list[CheckIn]:
        """Check-ins in [start, end), oldest first, each in the zone it was given in."""
        lo = utc_text(start) if start else ""
        hi = utc_text(end) if end else "~"
        rows = self._db.execute(
            "SELECT at, utc_offset_min, kind, pain, region, exercise, flags, note FROM checkins "
            "WHERE at >= ? AND at < ? ORDER BY at, rowid", (lo, hi)).fetchall()
        return [CheckIn(datetime.fromisoformat(at).astimezone(offset_zone(off)),
                        int(pain), str(kind), region, exercise, tuple(json.loads(flags)),
                        str(note))
                for at, off, kind, pain, region, exercise, flags, note in rows]

    def first_day(self) -> date | None:
        row = self._db.execute("SELECT at, utc_offset_min FROM checkins ORDER BY at "
                               "LIMIT 1").fetchone()
        if row is None:
            return None
        return datetime.fromisoformat(row[0]).astimezone(offset_zone(row[1])).date()

    # ---- levels ----

    def record(self, change: Change, at: datetime) -> bool:
        """Keep a decision that changed an exercise's standing (holds are not kept)."""
        if not change.changed:
            return True
        p = change.pace
        return self._write(
            "INSERT OR REPLACE INTO paces (exercise, action, level, since, dropped_until, "
            "reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (p.exercise, change.action, p.level, _day(p.since), _day(p.dropped_until),
             change.reason, utc_text(at)))

    def paces(self) -> dict[str, Pace]:
        """Each exercise's current standing: its latest recorded change."""
        rows = self._db.execute(
            "SELECT exercise, level, since, dropped_until FROM paces ORDER BY at, id").fetchall()
        return {str(e): Pace(str(e), int(level), _date(since), _date(until))
                for e, level, since, until in rows}

    def changes(self, start: datetime | None = None) -> list[dict[str, object]]:
        lo = utc_text(start) if start else ""
        rows = self._db.execute(
            "SELECT at, exercise, action, level, reason FROM paces WHERE at >= ? "
            "ORDER BY at, id", (lo,)).fetchall()
        return [{"at": at, "exercise": e, "action": a, "level": int(level), "reason": r}
                for at, e, a, level, r in rows]

    # ---- programmes ----

    def run(self) -> Run | None:
        """The programme running now (none stopped), if any."""
        row = self._db.execute(
            "SELECT programme, started, phase, phase_since FROM programme_runs "
            "WHERE stopped IS NULL ORDER BY started DESC, rowid DESC LIMIT 1").fetchone()
        if row is None or row[0] not in BY_ID:
            return None
        programme, started, phase, since = row
        phase = min(int(phase), len(BY_ID[programme].phases) - 1)
        return Run(str(programme), date.fromisoformat(started), phase,
                   date.fromisoformat(since))

    def start(self, programme: str, today: date, at: datetime) -> bool:
        """Start a programme from its first phase; any running one stops."""
        import uuid

        if programme not in BY_ID:
            raise ValueError(f"there is no programme {programme!r}")
        try:
            with transaction(self._db):
                self._db.execute("UPDATE programme_runs SET stopped = ? WHERE stopped IS NULL",
                                 (utc_text(at),))
                self._db.execute(
                    "INSERT INTO programme_runs (uid, programme, started, phase, phase_since) "
                    "VALUES (?, ?, ?, 0, ?)", (str(uuid.uuid4()), programme, today.isoformat(),
                                               today.isoformat()))
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return False
        return True

    def stop(self, at: datetime) -> bool:
        return self._write("UPDATE programme_runs SET stopped = ? WHERE stopped IS NULL",
                           (utc_text(at),))

    def move(self, run: Run) -> bool:
        """Save the running programme's phase after `programmes.step` moved it on."""
        return self._write(
            "UPDATE programme_runs SET phase = ?, phase_since = ? WHERE stopped IS NULL AND "
            "programme = ? AND started = ?",
            (run.phase, run.since.isoformat(), run.programme, run.started.isoformat()))


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
