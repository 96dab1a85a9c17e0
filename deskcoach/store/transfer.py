"""Moving all of a user's data between machines: one versioned JSON file.

`export_data` gathers settings, breaks, feedback, activity spans, checklist assessments and
the coach's log (check-ins, level changes, programme runs; see store/coach_transfer.py).
`import_data` checks the whole file first and refuses it with a message naming the key and
position of the first problem, impossible records included (a break that ends before it
starts, a time in the future beyond a few minutes of clock skew, or before 1970); only a
good file is merged, in one transaction, skipping what is already there, so importing twice
changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from deskcoach import __version__
from deskcoach.core.checklist import ANSWERS, WORKSTATIONS, Action, Assessment, Checklist
from deskcoach.core.cycle import Outcome
from deskcoach.core.policy import Resolved
from deskcoach.core.settings import FIELD_BY_KEY, from_mapping, to_mapping
from deskcoach.store.atomic import write_atomic
from deskcoach.store.coach_transfer import SECTIONS as COACH_SECTIONS
from deskcoach.store.coach_transfer import check_coach, export_coach, import_coach
from deskcoach.store.history import RATINGS, History, transaction, utc_text
from deskcoach.store.settings_file import SettingsFile

FORMAT: Final = "deskcoach-export"
FORMAT_VERSION: Final = 1
MAX_ROWS: Final = 2_000_000
#: How far ahead of this computer's clock a recorded time may be (the other one's was fast).
CLOCK_SKEW: Final = timedelta(minutes=10)
#: No record is older: clocks that lost their time restart at 1970, never before.
EARLIEST: Final = datetime(1970, 1, 1, tzinfo=UTC)
#: How far a break may fall due from when it ended (skipping the next break ahead records a
#: due time in the future; a long sleep one in the past).
DUE_WITHIN: Final = timedelta(days=366)


class TransferError(ValueError):
    """A file that cannot be imported; the message names what is wrong and where."""


@dataclass(frozen=True)
class Imported:
    breaks: int
    feedback: int
    spans: int
    assessments: int
    settings: bool
    left: tuple[str, ...] = ()  # settings the organisation's policy keeps as they are
    checkins: int = 0


def export_data(history: History, settings_file: SettingsFile, now: datetime) -> dict[str, Any]:
    db = history.connection
    loaded = settings_file.load(now)

    def rows(sql: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
        return [dict(zip(keys, row, strict=True)) for row in db.execute(sql).fetchall()]

    breaks = rows("SELECT uid, due, started, ended, utc_offset_min, outcome, snoozes, exercises "
                  "FROM breaks ORDER BY ended, id",
                  ("uid", "due", "started", "ended", "utc_offset_min", "outcome", "snoozes",
                   "exercises"))
    for row in breaks:
        row["exercises"] = json.loads(row["exercises"])
    assessments = rows("SELECT uid, started, completed, workstation, name, answers, actions, "
                       "checklist_version FROM assessments ORDER BY started",
                       ("uid", "started", "completed", "workstation", "name", "answers",
                        "actions", "checklist_version"))
    for row in assessments:
        row["answers"] = json.loads(row["answers"])
        row["actions"] = json.loads(row["actions"])
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "exported": now.isoformat(timespec="seconds"),
        "settings": to_mapping(loaded.settings, loaded.explicit),
        "breaks": breaks,
        "feedback": rows("SELECT break_uid, exercise, rating, at FROM feedback ORDER BY id",
                         ("break_uid", "exercise", "rating", "at")),
        "spans": rows("SELECT kind, start, end, utc_offset_min FROM spans ORDER BY start",
                      ("kind", "start", "end", "utc_offset_min")),
        "assessments": assessments,
        **export_coach(db),
    }


def parse_export(raw: bytes, source: str, checklist: Checklist | None = None,
                 now: datetime | None = None) -> dict[str, Any]:
    """The whole file checked; raises TransferError naming the first problem.

    Missing sections count as empty, so the returned data always has all of them. `now`
    (default: this computer's clock) bounds the times recorded: nothing after it but skew.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise TransferError(f"{source}: not a readable JSON file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(f"{source}: not a DeskCoach export ('format' must be {FORMAT!r})")
    version = data.get("format_version")
    if type(version) is not int or version > FORMAT_VERSION or version < 1:
        raise TransferError(f"{source}: 'format_version' is {version!r}; this DeskCoach reads "
                            f"1-{FORMAT_VERSION}")
    check = _Checker(source, now or datetime.now(UTC))
    for section in ("breaks", "feedback", "spans", "assessments", *COACH_SECTIONS):
        data.setdefault(section, [])
    settings = check.table(data, "settings")
    data["settings"] = settings
    problems = from_mapping(settings).problems
    if problems:
        raise TransferError(f"{source}: settings: {problems[0]}")
    rated: dict[str, tuple[str, datetime, list[str]]] = {}  # uid: where, ended, exercises
    for i, row in enumerate(check.rows(data, "breaks")):
        where = f"breaks[{i}]"
        check.text(row, "uid", where)
        ended = check.moment(row, "ended", where)
        due = check.moment(row, "due", where, future=True)
        if abs(due - ended) > DUE_WITHIN:
            raise check.fail(where, "due", f"is {due.isoformat()}, more than "
                             f"{DUE_WITHIN.days} days from its end ({row['ended']})")
        if row.get("started") is not None:
            check.order(row, ("started", "ended"), where)
        check.number(row, "utc_offset_min", where, -1080, 1080)
        check.choice(row, "outcome", where, tuple(o.value for o in Outcome))
        check.number(row, "snoozes", where, 0, 100)
        exercises = row.get("exercises")
        if not isinstance(exercises, list) or not all(isinstance(x, str) for x in exercises):
            raise check.fail(where, "exercises", "must be a list of exercise ids")
        rated[row["uid"]] = (where, ended, exercises)
    for i, row in enumerate(check.rows(data, "feedback")):
        where = f"feedback[{i}]"
        check.text(row, "break_uid", where)
        check.text(row, "exercise", where)
        check.choice(row, "rating", where, RATINGS)
        at = check.moment(row, "at", where)
        rated_break = rated.get(row["break_uid"])
        if rated_break is not None:  # the break is in the file: the rating must fit it
            of, ended, exercises = rated_break
            if at < ended:
                raise check.fail(where, "at", f"({row['at']}) is before its break ended "
                                 f"({of}.ended {ended.isoformat()})")
            if row["exercise"] not in exercises:
                raise check.fail(where, "exercise", f"{row['exercise']!r} is not among its "
                                 f"break's exercises ({of}.exercises)")
    for i, row in enumerate(check.rows(data, "spans")):
        where = f"spans[{i}]"
        check.choice(row, "kind", where, ("active", "paused"))
        check.order(row, ("start", "end"), where)
        check.number(row, "utc_offset_min", where, -1080, 1080)
    for i, row in enumerate(check.rows(data, "assessments")):
        where = f"assessments[{i}]"
        check.text(row, "uid", where)
        if row.get("completed") is not None:
            check.order(row, ("started", "completed"), where)
        else:
            check.moment(row, "started", where)
        check.choice(row, "workstation", where, WORKSTATIONS)
        if not isinstance(row.get("name", ""), str):
            raise check.fail(where, "name", "must be a text")
        answers, actions = row.get("answers"), row.get("actions")
        if not isinstance(answers, dict) or not all(
                isinstance(k, str) and v in ANSWERS for k, v in answers.items()):
            raise check.fail(where, "answers", f"must map item ids to {', '.join(ANSWERS)}")
        shape = "must be a list of actions (item, owner, due)"
        if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
            raise check.fail(where, "actions", shape)
        if checklist is not None:
            known = {item.id for item in checklist.items}
            unknown = sorted(set(answers) - known)
            if unknown:
                raise check.fail(where, "answers", f"names {unknown[0]!r}, not a checklist item")
        try:
            _assessment(row)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise check.fail(where, "actions", f"{shape}: {exc}") from None
        check.number(row, "checklist_version", where, 1, 1000)
    check_coach(data, check)
    return data


def import_data(history: History, settings_file: SettingsFile, data: Mapping[str, Any],
                now: datetime) -> Imported:
    """Merge a checked export (see `parse_export`); nothing already present is duplicated.

    All or nothing: the settings file is written inside the history's transaction, so a
    settings file that cannot be written undoes the rows, and a commit that fails puts the
    settings file back as it was."""
    db = history.connection
    counts: dict[str, int] = {}
    target = settings_file.load(now)
    merged = from_mapping({**to_mapping(target.settings, target.explicit),
                           **data["settings"]}, target.settings)
    explicit = target.explicit | merged.explicit
    changed = merged.settings != target.settings or explicit != target.explicit
    saved: list[bytes | None] = []  # the file as it was, once it has been replaced
    try:
        with transaction(db):
            _merge_rows(db, data, counts)
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
    the command itself. Raises TransferError (a bad file), OSError or sqlite3.Error."""
    from deskcoach.store.catalogue import load_checklist

    data = parse_export(file.read_bytes(), str(file), load_checklist()[0], now)
    left = keep_policy(data, resolved)
    return replace(import_data(history, settings_file, data, now), left=left)


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


def _merge_rows(db: sqlite3.Connection, data: Mapping[str, Any], counts: dict[str, int]) -> None:
    """Insert what the target does not have yet; `counts` gets how many rows of each."""
    counts["breaks"] = _insert(db, "breaks", (
        "uid", "due", "started", "ended", "utc_offset_min", "outcome", "snoozes",
        "exercises"), [{**r, "due": _utc(r["due"]), "started": _utc(r.get("started")),
                        "ended": _utc(r["ended"]), "exercises": json.dumps(r["exercises"])}
                       for r in data["breaks"]])
    counts["feedback"] = _insert(db, "feedback", ("break_uid", "exercise", "rating", "at"),
                                 [{**r, "at": _utc(r["at"])} for r in data["feedback"]])
    before = db.execute("SELECT COUNT(*) FROM spans").fetchone()[0]
    for raw in data["spans"]:
        span = {**raw, "start": _utc(raw["start"]), "end": _utc(raw["end"])}
        exists = db.execute("SELECT 1 FROM spans WHERE kind = ? AND start = ? AND end = ?",
                            (span["kind"], span["start"], span["end"])).fetchone()
        if exists is None:
            db.execute("INSERT INTO spans (kind, start, end, utc_offset_min) "
                       "VALUES (?, ?, ?, ?)", (span["kind"], span["start"], span["end"],
                                               span["utc_offset_min"]))
    counts["spans"] = db.execute("SELECT COUNT(*) FROM spans").fetchone()[0] - before
    counts["assessments"] = _insert(db, "assessments", (
        "uid", "started", "completed", "workstation", "name", "answers", "actions",
        "checklist_version"), [{**r, "name": r.get("name", ""),
                                "answers": json.dumps(r["answers"], sort_keys=True),
                                "actions": json.dumps(r["actions"])}
                               for r in data["assessments"]])
    counts["checkins"] = import_coach(db, data, _insert, _utc)


def _insert(db: sqlite3.Connection, table: str, keys: tuple[str, ...],
            rows: list[dict[str, Any]]) -> int:
    before = db.total_changes
    db.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(keys)}) "
                   f"VALUES ({', '.join('?' for _ in keys)})",
                   [tuple(row.get(k) for k in keys) for row in rows])
    return db.total_changes - before


def _utc(text: str | None) -> str | None:
    """Times in the database's own form (UTC, milliseconds), whatever the file used."""
    return None if text is None else utc_text(datetime.fromisoformat(text))


def _assessment(row: Mapping[str, Any]) -> Assessment:
    """The row as the domain's own Assessment: its checks run on every field."""
    actions = []
    for action in row["actions"]:
        done = action.get("done")
        actions.append(Action(str(action["item"]), str(action["owner"]),
                              date.fromisoformat(action["due"]),
                              None if done is None else date.fromisoformat(done)))
    items = [a.item for a in actions]
    if len(set(items)) != len(items):
        raise ValueError("two actions for one item")
    completed = row.get("completed")
    return Assessment(uid=str(row["uid"]), started=datetime.fromisoformat(row["started"]),
                      workstation=str(row["workstation"]), answers=dict(row["answers"]),
                      actions=tuple(actions), name=str(row.get("name", "")),
                      completed=None if completed is None else datetime.fromisoformat(completed))


class _Checker:
    def __init__(self, source: str, now: datetime) -> None:
        self.source = source
        self.latest = now + CLOCK_SKEW

    def fail(self, where: str, key: str, why: str) -> TransferError:
        return TransferError(f"{self.source}: {where}.{key} {why}")

    def table(self, data: Mapping[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise TransferError(f"{self.source}: '{key}' must be an object")
        return value

    def rows(self, data: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_ROWS:
            raise TransferError(f"{self.source}: '{key}' must be a list")
        for i, row in enumerate(value):
            if not isinstance(row, dict):
                raise TransferError(f"{self.source}: {key}[{i}] must be an object")
        return value

    def text(self, row: Mapping[str, Any], key: str, where: str) -> None:
        value = row.get(key)
        if not isinstance(value, str) or not value or len(value) > 200:
            raise self.fail(where, key, "must be a text of 1-200 characters")

    def number(self, row: Mapping[str, Any], key: str, where: str, low: int, high: int) -> None:
        value = row.get(key)
        if type(value) is not int or not low <= value <= high:
            raise self.fail(where, key, f"must be a whole number from {low} to {high}")

    def choice(self, row: Mapping[str, Any], key: str, where: str,
               allowed: tuple[str, ...]) -> None:
        if row.get(key) not in allowed:
            raise self.fail(where, key, f"must be one of {', '.join(allowed)}")

    def moment(self, row: Mapping[str, Any], key: str, where: str,
               future: bool = False) -> datetime:
        """A time with its offset, from 1970 to now (plus skew; a year on when `future`)."""
        value = row.get(key)
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or moment.utcoffset() is None:
            raise self.fail(where, key, "must be an ISO 8601 time with its UTC offset")
        try:
            utc = moment.astimezone(UTC)
        except OverflowError:  # the edge of the calendar
            utc = EARLIEST - timedelta(days=1) if moment.year < 2 else datetime.max.replace(
                tzinfo=UTC)
        latest = self.latest + (DUE_WITHIN if future else timedelta(0))
        if utc < EARLIEST:
            raise self.fail(where, key, f"is {value}, before {EARLIEST.year}")
        if utc > latest:
            raise self.fail(where, key, f"is {value}, in the future (this computer's clock "
                            f"says {(self.latest - CLOCK_SKEW).isoformat(timespec='seconds')})")
        return moment

    def order(self, row: Mapping[str, Any], keys: tuple[str, str], where: str) -> None:
        """Both times valid and the first not after the second."""
        first, second = (self.moment(row, key, where) for key in keys)
        if second < first:
            raise self.fail(where, keys[1], f"({row[keys[1]]}) is before {keys[0]} "
                            f"({row[keys[0]]})")
