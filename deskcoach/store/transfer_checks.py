"""The checks every row of an export file passes before anything is imported.

Shared by the in-memory `parse_export` and the streaming import, so a file is refused with
the same message whichever reads it: the key and position of the problem, impossible records
included (a break that ends before it starts, a time in the future beyond a few minutes of
clock skew, or before 1970).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

from deskcoach.core.checklist import ANSWERS, WORKSTATIONS, Action, Assessment, Checklist
from deskcoach.core.i18n import fill, tr
from deskcoach.core.status import Outcome
from deskcoach.store.history_schema import RATINGS

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
SECTIONS: Final = ("breaks", "feedback", "spans", "assessments")
_OUTCOMES: Final = tuple(o.value for o in Outcome)


class TransferError(ValueError):
    """A file that cannot be imported; the message names what is wrong and where."""


def check_header(data: Mapping[str, Any], source: str) -> None:
    if data.get("format") != FORMAT:
        raise TransferError(fill(tr("%1: not a DeskCoach export ('format' must be %2)"),
                                 source, repr(FORMAT)))
    version = data.get("format_version")
    if type(version) is not int or version > FORMAT_VERSION or version < 1:
        raise TransferError(fill(tr("%1: 'format_version' is %2; this DeskCoach reads 1-%3"),
                                 source, repr(version), FORMAT_VERSION))


def check_break(check: Checker, row: Mapping[str, Any],
                where: str) -> tuple[datetime, datetime | None, datetime]:
    """A break row checked on its own; returns when it fell due, started and ended."""
    check.text(row, "uid", where)
    ended = check.moment(row, "ended", where)
    due = check.moment(row, "due", where, future=True)
    if abs(due - ended) > DUE_WITHIN:
        raise check.fail(where, "due", fill(tr("is %1, more than %2 days from its end (%3)"),
                                            due.isoformat(), DUE_WITHIN.days, row['ended']))
    started = None
    if row.get("started") is not None:
        started = check.moment(row, "started", where)
        if ended < started:
            raise check.fail(where, "ended", fill(tr("(%1) is before started (%2)"),
                                                  row['ended'], row['started']))
    check.number(row, "utc_offset_min", where, -1080, 1080)
    check.choice(row, "outcome", where, _OUTCOMES)
    check.number(row, "snoozes", where, 0, 100)
    exercises = row.get("exercises")
    if not isinstance(exercises, list) or not all(isinstance(x, str) for x in exercises):
        raise check.fail(where, "exercises", tr("must be a list of exercise ids"))
    return due, started, ended


def check_feedback(check: Checker, row: Mapping[str, Any], where: str) -> datetime:
    """A rating checked on its own (see `feedback_fits` for its break); returns when."""
    check.text(row, "break_uid", where)
    check.text(row, "exercise", where)
    check.choice(row, "rating", where, RATINGS)
    return check.moment(row, "at", where)


def feedback_fits(check: Checker, row: Mapping[str, Any], where: str, at: datetime,
                  of: str, ended: datetime, exercises: list[str]) -> None:
    """A rating of a break in the same file (`of` names it) must fit that break."""
    if at < ended:
        raise check.fail(where, "at", fill(tr("(%1) is before its break ended (%2.ended %3)"),
                                           row['at'], of, ended.isoformat()))
    if row["exercise"] not in exercises:
        raise check.fail(where, "exercise", fill(tr("%1 is not among its break's exercises "
                                                    "(%2.exercises)"), repr(row['exercise']), of))


def check_span(check: Checker, row: Mapping[str, Any],
               where: str) -> tuple[datetime, datetime]:
    """A span checked; returns its start and end."""
    check.choice(row, "kind", where, ("active", "paused"))
    start, end = check.order(row, ("start", "end"), where)
    check.number(row, "utc_offset_min", where, -1080, 1080)
    return start, end


def check_assessment(check: Checker, row: Mapping[str, Any], where: str,
                     known: frozenset[str] | None) -> None:
    """`known`: the checklist's item ids, when there is a checklist to hold answers to."""
    check.text(row, "uid", where)
    if row.get("completed") is not None:
        check.order(row, ("started", "completed"), where)
    else:
        check.moment(row, "started", where)
    check.choice(row, "workstation", where, WORKSTATIONS)
    if not isinstance(row.get("name", ""), str):
        raise check.fail(where, "name", tr("must be a text"))
    answers, actions = row.get("answers"), row.get("actions")
    if not isinstance(answers, dict) or not all(
            isinstance(k, str) and v in ANSWERS for k, v in answers.items()):
        raise check.fail(where, "answers", fill(tr("must map item ids to %1"), ', '.join(ANSWERS)))
    shape = "must be a list of actions (item, owner, due)"
    if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
        raise check.fail(where, "actions", shape)
    if known is not None:
        unknown = sorted(set(answers) - known)
        if unknown:
            raise check.fail(where, "answers", fill(tr("names %1, not a checklist item"),
                                                    repr(unknown[0])))
    try:
        _assessment(row)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise check.fail(where, "actions", f"{shape}: {exc}") from None
    check.number(row, "checklist_version", where, 1, 1000)


def known_items(checklist: Checklist | None) -> frozenset[str] | None:
    return None if checklist is None else frozenset(item.id for item in checklist.items)


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


class Checker:
    def __init__(self, source: str, now: datetime) -> None:
        self.source = source
        self.latest = now + CLOCK_SKEW
        self.latest_due = self.latest + DUE_WITHIN

    def fail(self, where: str, key: str, why: str) -> TransferError:
        return TransferError(f"{self.source}: {where}.{key} {why}")

    def table(self, data: Mapping[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise TransferError(fill(tr("%1: '%2' must be an object"), self.source, key))
        return value

    def rows(self, data: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_ROWS:
            raise TransferError(fill(tr("%1: '%2' must be a list"), self.source, key))
        for i, row in enumerate(value):
            if not isinstance(row, dict):
                raise TransferError(fill(tr("%1: %2[%3] must be an object"), self.source, key, i))
        return value

    def text(self, row: Mapping[str, Any], key: str, where: str) -> None:
        value = row.get(key)
        if not isinstance(value, str) or not value or len(value) > 200:
            raise self.fail(where, key, tr("must be a text of 1-200 characters"))

    def number(self, row: Mapping[str, Any], key: str, where: str, low: int, high: int) -> None:
        value = row.get(key)
        if type(value) is not int or not low <= value <= high:
            raise self.fail(where, key, fill(tr("must be a whole number from %1 to %2"), low, high))

    def choice(self, row: Mapping[str, Any], key: str, where: str,
               allowed: tuple[str, ...]) -> None:
        if row.get(key) not in allowed:
            raise self.fail(where, key, fill(tr("must be one of %1"), ', '.join(allowed)))

    def moment(self, row: Mapping[str, Any], key: str, where: str,
               future: bool = False) -> datetime:
        """A time with its offset, from 1970 to now (plus skew; a year on when `future`)."""
        value = row.get(key)
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or moment.utcoffset() is None:
            raise self.fail(where, key, tr("must be an ISO 8601 time with its UTC offset"))
        try:
            utc = moment.astimezone(UTC)
        except OverflowError:  # the edge of the calendar
            utc = EARLIEST - timedelta(days=1) if moment.year < 2 else datetime.max.replace(
                tzinfo=UTC)
        latest = self.latest_due if future else self.latest
        if utc < EARLIEST:
            raise self.fail(where, key, fill(tr("is %1, before %2"), value, EARLIEST.year))
        if utc > latest:
            says = (self.latest - CLOCK_SKEW).isoformat(timespec="seconds")
            raise self.fail(where, key, fill(tr("is %1, in the future (this computer's clock "
                                                "says %2)"), value, says))
        return moment

    def order(self, row: Mapping[str, Any], keys: tuple[str, str],
              where: str) -> tuple[datetime, datetime]:
        """Both times valid and the first not after the second; returns them."""
        first, second = (self.moment(row, key, where) for key in keys)
        if second < first:
            raise self.fail(where, keys[1], fill(tr("(%1) is before %2 (%3)"),
                                                 row[keys[1]], keys[0], row[keys[0]]))
        return first, second
