"""Export and import of all user data, called directly on temporary profiles.

A profile folder P holds P/config/settings.toml and P/data/history.sqlite3, as with --profile.
"""

from __future__ import annotations

import copy
import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcoach.core.checkins import CheckIn
from deskcoach.core.checklist import Assessment, Checklist, answer, complete, set_action
from deskcoach.core.pacing import Change as PaceChange
from deskcoach.core.pacing import Pace
from deskcoach.core.settings import Settings
from deskcoach.core.status import BreakRecord, Outcome
from deskcoach.store.assessments import AssessmentStore
from deskcoach.store.catalogue import load_checklist
from deskcoach.store.coachlog import CoachLog
from deskcoach.store.eyelog import EyeLog
from deskcoach.store.history import DayCounts, History
from deskcoach.store.settings_file import SettingsFile
from deskcoach.store.transfer import (
    FORMAT,
    FORMAT_VERSION,
    Imported,
    TransferError,
    export_data,
    import_data,
    parse_export,
)

BERLIN = timezone(timedelta(hours=2))
INDIA = timezone(timedelta(hours=5, minutes=30))
NEWFOUNDLAND = timezone(timedelta(hours=-2, minutes=-30))
NOW = datetime(2024, 6, 3, 18, 30, 5, tzinfo=BERLIN)
EVER = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
EXPLICIT = frozenset({"work_minutes", "sound", "avoid_regions", "reassess_months"})
SETTINGS = Settings(work_minutes=30, sound=False, avoid_regions=("neck", "wrists_hands"),
                    reassess_months=12)


# ---------------------------------------------------------------- profiles

@dataclass
class Profile:
    root: Path
    history: History
    settings_file: SettingsFile

    @property
    def db(self) -> Path:
        return self.root / "data" / "history.sqlite3"

    def assessments(self) -> list[Assessment]:
        return AssessmentStore(self.history.connection, 1).all()

    def table(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self.history.connection.execute(sql).fetchall())


OpenProfile = Callable[[Path], Profile]
Change = Callable[[dict[str, Any]], Any]


@pytest.fixture
def open_profile() -> Iterator[OpenProfile]:
    opened: list[History] = []

    def make(root: Path) -> Profile:
        history = History(root / "data" / "history.sqlite3", NOW)
        assert not history.problems
        opened.append(history)
        return Profile(root, history, SettingsFile(root / "config" / "settings.toml"))

    yield make
    for history in opened:
        history.close()


def _checklist() -> Checklist:
    checklist, problem = load_checklist()
    assert checklist is not None, problem
    return checklist


def _break(ended: datetime, outcome: Outcome, *, snoozes: int = 0, minutes: int = 2,
           exercises: tuple[str, ...] = (), skipped: bool = False) -> BreakRecord:
    started = ended - timedelta(minutes=minutes)
    due = started - timedelta(minutes=5 * snoozes)
    return BreakRecord(due, None if skipped else started, ended, outcome, snoozes, exercises)


def fill_source(p: Profile) -> None:
    """Settings, breaks in four time zones (one across midnight), feedback, spans, and one
    completed and one in-progress assessment."""
    p.settings_file.save(SETTINGS, EXPLICIT)
    h = p.history
    assert h.add(_break(datetime(2024, 6, 1, 10, 2, tzinfo=BERLIN), Outcome.COMPLETED,
                        exercises=("neck-rolls", "wrist-circles")))
    first_uid = h.last_uid
    assert h.add(_break(datetime(2024, 6, 1, 11, 0, tzinfo=INDIA), Outcome.SKIPPED,
                        skipped=True))
    # Due 23:56 on June 1st, ended 00:03 on June 2nd, in Newfoundland.
    assert h.add(_break(datetime(2024, 6, 2, 0, 3, tzinfo=NEWFOUNDLAND), Outcome.COMPLETED,
                        snoozes=1, minutes=2, exercises=("shoulder-shrugs",)))
    midnight_uid = h.last_uid
    assert h.add(_break(datetime(2024, 6, 2, 9, 15, tzinfo=UTC), Outcome.MISSED))
    assert h.add(_break(datetime(2024, 6, 3, 14, 0, tzinfo=BERLIN), Outcome.NATURAL))
    assert h.add(_break(datetime(2024, 6, 3, 16, 45, 30, 250000, tzinfo=BERLIN),
                        Outcome.SNOOZED, snoozes=2, skipped=True))
    assert first_uid is not None
    assert midnight_uid is not None
    assert h.add_feedback(first_uid, ("neck-rolls", "wrist-circles"), "good",
                          datetime(2024, 6, 1, 10, 3, tzinfo=BERLIN))
    assert h.add_feedback(midnight_uid, ("shoulder-shrugs",), "uncomfortable",
                          datetime(2024, 6, 2, 0, 4, tzinfo=NEWFOUNDLAND))
    assert h.add_span("active", datetime(2024, 6, 1, 8, tzinfo=BERLIN),
                      datetime(2024, 6, 1, 12, tzinfo=BERLIN))
    assert h.add_span("paused", datetime(2024, 6, 1, 12, tzinfo=BERLIN),
                      datetime(2024, 6, 1, 13, tzinfo=BERLIN))
    assert h.add_span("active", datetime(2024, 6, 1, 22, tzinfo=NEWFOUNDLAND),
                      datetime(2024, 6, 2, 1, tzinfo=NEWFOUNDLAND))

    checklist = _checklist()
    store = AssessmentStore(h.connection, checklist.version)
    items = [i.id for i in checklist.items_for("desktop")]
    done = Assessment("assessment-done", datetime(2024, 5, 30, 9, tzinfo=BERLIN), "desktop",
                      name="Office desk")
    for n, item in enumerate(items):
        done = answer(done, item, "no" if n in (0, 3) else ("na" if n == 5 else "yes"))
    done = complete(checklist, done, datetime(2024, 5, 30, 9, 20, tzinfo=BERLIN))
    done = set_action(done, items[0], owner="manager", done=date(2024, 6, 2))
    assert len(done.actions) == 2
    assert store.save(done)
    open_one = Assessment("assessment-open", datetime(2024, 6, 3, 8, tzinfo=INDIA), "laptop",
                          name="Home")
    for item in items[:4]:
        open_one = answer(open_one, item, "yes")
    assert store.save(open_one)

    log = CoachLog(h.connection)  # the coach's log: check-ins, a level change, a programme
    assert log.add(CheckIn(datetime(2024, 6, 1, 8, tzinfo=BERLIN), 3, "morning"))
    assert log.add(CheckIn(datetime(2024, 6, 1, 10, 3, tzinfo=BERLIN), 2, "after_break", "neck",
                           "chin-tuck", note="easier than yesterday"))
    assert log.add(CheckIn(datetime(2024, 6, 2, 9, tzinfo=INDIA), 6, "manual", "lower_back",
                           flags=("fever",)))
    assert log.record(PaceChange("up", Pace("chin-tuck", 2, date(2024, 6, 2)), "Level up"),
                      datetime(2024, 6, 2, 7, tzinfo=BERLIN))
    assert log.start("low-back", date(2024, 5, 31), datetime(2024, 5, 31, 9, tzinfo=BERLIN))
    assert EyeLog(lambda: h.connection).add(datetime(2024, 6, 1, 9, 20, tzinfo=BERLIN),
                                            datetime(2024, 6, 1, 9, 20, 20, tzinfo=BERLIN))


def records(p: Profile) -> list[tuple[object, ...]]:
    """Every break with its times as written (offset included), since == ignores offsets."""
    return [(r.due.isoformat(), r.started.isoformat() if r.started else None,
             r.ended.isoformat(), r.outcome, r.snoozes, r.exercises)
            for r in p.history.records()]


def spans(p: Profile) -> list[tuple[str, str, str]]:
    return [(kind, lo.isoformat(), hi.isoformat()) for kind, lo, hi in p.history.spans(*EVER)]


def assessments(p: Profile) -> list[tuple[object, ...]]:
    return [(a, a.started.isoformat(), a.completed.isoformat() if a.completed else None)
            for a in p.assessments()]


def counts(p: Profile) -> dict[str, int]:
    return {table: p.table(f"SELECT COUNT(*) FROM {table}")[0][0]
            for table in ("breaks", "feedback", "spans", "assessments")}


def coach(p: Profile) -> tuple[list[CheckIn], dict[str, Pace], list[dict[str, object]],
                             object]:
    log = CoachLog(p.history.connection)
    return (log.checkins(), log.paces(), log.changes(), log.run())


def as_file(data: Any) -> bytes:
    return json.dumps(data, indent=1).encode("utf-8")


def transfer(source: Profile, target: Profile) -> Imported:
    """Export, write as the CLI does, read back and check, import."""
    raw = as_file(export_data(source.history, source.settings_file, NOW))
    return import_data(target.history, target.settings_file, parse_export(raw, "x.json"), NOW)


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture
def source(tmp_path: Path, open_profile: OpenProfile) -> Profile:
    p = open_profile(tmp_path / "source")
    fill_source(p)
    return p


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A full export as the app writes it (the base for the refused and mutated files)."""
    root = tmp_path_factory.mktemp("export-base")
    history = History(root / "data" / "history.sqlite3", NOW)
    p = Profile(root, history, SettingsFile(root / "config" / "settings.toml"))
    try:
        fill_source(p)
        data = json.loads(as_file(export_data(history, p.settings_file, NOW)))
    finally:
        history.close()
    assert isinstance(data, dict)
    return data


# ---------------------------------------------------------------- round trip and merging

def test_round_trip_into_an_empty_profile_gives_identical_data(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    target = open_profile(tmp_path / "target")
    exported = export_data(source.history, source.settings_file, NOW)
    assert exported["format"] == FORMAT
    assert exported["format_version"] == FORMAT_VERSION
    assert exported["settings"] == {"schema_version": 1, "work_minutes": 30, "sound": False,
                                    "avoid_regions": ["neck", "wrists_hands"],
                                    "reassess_months": 12}
    assert len(exported["breaks"]) == 6

    done = import_data(target.history, target.settings_file,
                       parse_export(as_file(exported), "x.json"), NOW)

    assert done == Imported(breaks=6, feedback=3, spans=3, assessments=2, settings=True,
                            checkins=3)
    assert records(target) == records(source)
    assert coach(target) == coach(source)
    checkins, paces, _, run = coach(target)
    assert [(c.at.isoformat(), c.pain, c.flags, c.note) for c in checkins] == [
        ("2024-06-01T08:00:00+02:00", 3, (), ""),
        ("2024-06-01T10:03:00+02:00", 2, (), "easier than yesterday"),
        ("2024-06-02T09:00:00+05:30", 6, ("fever",), "")]
    assert paces == {"chin-tuck": Pace("chin-tuck", 2, date(2024, 6, 2))}
    assert run is not None
    assert EyeLog(lambda: target.history.connection).count(*EVER) == 1
    offsets = {r.ended.utcoffset() for r in target.history.records()}
    assert offsets == {timedelta(hours=2), timedelta(hours=5, minutes=30),
                       timedelta(hours=-2, minutes=-30), timedelta(0)}
    midnight = next(r for r in target.history.records() if r.snoozes == 1)
    assert (midnight.due.date(), midnight.ended.date()) == (date(2024, 6, 1), date(2024, 6, 2))
    assert spans(target) == spans(source)
    assert {kind for kind, _, _ in spans(target)} == {"active", "paused"}
    assert assessments(target) == assessments(source)
    assert sorted(a.completed is None for a in target.assessments()) == [False, True]
    completed = next(a for a in target.assessments() if a.completed is not None)
    assert [(x.owner, x.done) for x in completed.actions] == [
        ("manager", date(2024, 6, 2)), ("me", None)]
    feedback = "SELECT break_uid, exercise, rating, at FROM feedback ORDER BY break_uid, exercise"
    assert target.table(feedback) == source.table(feedback)
    assert target.history.discomfort() == {"shoulder-shrugs": 1}
    uids = "SELECT uid FROM breaks ORDER BY uid"
    assert target.table(uids) == source.table(uids)
    src_settings, dst_settings = (source.settings_file.load(NOW),
                                  target.settings_file.load(NOW))
    assert dst_settings.settings == src_settings.settings == SETTINGS
    assert dst_settings.explicit == src_settings.explicit == EXPLICIT
    assert dst_settings.problems == ()
    # And the target now exports exactly what the source did.
    assert export_data(target.history, target.settings_file, NOW) == exported


def test_an_export_from_before_notes_imports_with_empty_notes(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    target = open_profile(tmp_path / "target")
    exported = export_data(source.history, source.settings_file, NOW)
    for row in exported["checkins"]:
        del row["note"]
    done = import_data(target.history, target.settings_file,
                       parse_export(as_file(exported), "x.json"), NOW)
    assert done.checkins == 3
    assert [c.note for c in coach(target)[0]] == ["", "", ""]


def test_importing_the_same_file_twice_adds_nothing(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    target = open_profile(tmp_path / "target")
    first = transfer(source, target)
    assert (first.breaks, first.feedback, first.spans, first.assessments) == (6, 3, 3, 2)
    before = (counts(target), records(target), spans(target), assessments(target),
              digest(target.settings_file.path))

    second = transfer(source, target)

    assert (second.breaks, second.feedback, second.spans, second.assessments) == (0, 0, 0, 0)
    assert second.checkins == 0
    assert (counts(target), records(target), spans(target), assessments(target),
            digest(target.settings_file.path)) == before
    assert coach(target) == coach(source)
    assert counts(target) == {"breaks": 6, "feedback": 3, "spans": 3, "assessments": 2}


def test_import_merges_with_what_the_target_already_has(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    target = open_profile(tmp_path / "target")
    full = json.loads(as_file(export_data(source.history, source.settings_file, NOW)))
    # The target already has part of the same data (an earlier import of an older export) ...
    part = {**full, "breaks": full["breaks"][:3], "feedback": full["feedback"][:1],
            "spans": full["spans"][:1], "assessments": full["assessments"][:1]}
    import_data(target.history, target.settings_file, parse_export(as_file(part), "old.json"),
                NOW)
    # ... a span recorded on its own with the same times, and breaks of its own.
    kind, start, end = source.history.spans(*EVER)[1]
    assert target.history.add_span(kind, start, end)
    own = [_break(datetime(2024, 6, 4, 10, tzinfo=BERLIN), Outcome.COMPLETED),
           _break(datetime(2024, 6, 4, 11, tzinfo=INDIA), Outcome.MISSED)]
    for record in own:
        assert target.history.add(record)
    assert counts(target) == {"breaks": 5, "feedback": 1, "spans": 2, "assessments": 1}

    done = import_data(target.history, target.settings_file,
                       parse_export(as_file(full), "new.json"), NOW)

    assert (done.breaks, done.feedback, done.spans, done.assessments) == (3, 2, 1, 1)
    assert counts(target) == {"breaks": 8, "feedback": 3, "spans": 3, "assessments": 2}
    assert len({row[0] for row in target.table("SELECT uid FROM breaks")}) == 8
    assert sorted(records(target), key=str) == sorted(
        records(source) + [(r.due.isoformat(), r.started.isoformat() if r.started else None,
                            r.ended.isoformat(), r.outcome, r.snoozes, r.exercises)
                           for r in own], key=str)
    assert spans(target) == spans(source)
    assert assessments(target) == assessments(source)


def test_other_iso_forms_are_stored_normalised(tmp_path: Path,
                                               open_profile: OpenProfile) -> None:
    target = open_profile(tmp_path / "target")
    data = {
        "format": FORMAT, "format_version": 1, "settings": {},
        "breaks": [
            {"uid": "plus-one", "due": "2024-06-03T09:55:00+01:00",
             "started": "2024-06-03T09:58:00+01:00", "ended": "2024-06-03T10:00:00+01:00",
             "utc_offset_min": 60, "outcome": "completed", "snoozes": 0,
             "exercises": ["neck-rolls"]},
            {"uid": "zulu", "due": "2024-06-03T09:10:00Z", "started": None,
             "ended": "2024-06-03T09:10:00.123456Z", "utc_offset_min": 0,
             "outcome": "skipped", "snoozes": 1, "exercises": []},
            {"uid": "minus", "due": "2024-06-02T20:00:00-04:00", "started": None,
             "ended": "2024-06-02T20:30:00-04:00", "utc_offset_min": -240,
             "outcome": "missed", "snoozes": 0, "exercises": []},
        ],
        "feedback": [{"break_uid": "plus-one", "exercise": "neck-rolls", "rating": "neutral",
                      "at": "2024-06-03T10:01:00+01:00"}],
        "spans": [{"kind": "active", "start": "2024-06-03T08:00:00+01:00",
                   "end": "2024-06-03T12:00:00+01:00", "utc_offset_min": 60},
                  # The same span written in UTC: one span, not two.
                  {"kind": "active", "start": "2024-06-03T07:00:00Z",
                   "end": "2024-06-03T11:00:00.000+00:00", "utc_offset_min": 60}],
        "assessments": [],
    }

    done = import_data(target.history, target.settings_file,
                       parse_export(as_file(data), "hand.json"), NOW)

    assert (done.breaks, done.feedback, done.spans) == (3, 1, 1)
    assert not done.settings
    assert not target.settings_file.path.exists()
    assert target.table("SELECT uid, due, started, ended FROM breaks ORDER BY ended") == [
        ("minus", "2024-06-03T00:00:00.000+00:00", None, "2024-06-03T00:30:00.000+00:00"),
        ("plus-one", "2024-06-03T08:55:00.000+00:00", "2024-06-03T08:58:00.000+00:00",
         "2024-06-03T09:00:00.000+00:00"),
        ("zulu", "2024-06-03T09:10:00.000+00:00", None, "2024-06-03T09:10:00.123+00:00")]
    assert target.table("SELECT at FROM feedback") == [("2024-06-03T09:01:00.000+00:00",)]
    assert target.table("SELECT start, end FROM spans") == [
        ("2024-06-03T07:00:00.000+00:00", "2024-06-03T11:00:00.000+00:00")]

    # The queries compare texts, so they only work on the normalised form.
    h = target.history
    june3 = datetime(2024, 6, 3, tzinfo=UTC)
    assert h.counts(june3, june3 + timedelta(days=1)) == DayCounts(
        completed=1, skipped=1, snoozed=1, missed=1)
    at_ten_plus_one = datetime(2024, 6, 3, 10, tzinfo=timezone(timedelta(hours=1)))
    found = h.records_between(at_ten_plus_one, at_ten_plus_one + timedelta(milliseconds=1))
    assert [(r.outcome, r.ended.isoformat()) for r in found] == [
        (Outcome.COMPLETED, "2024-06-03T10:00:00+01:00")]
    assert [r.outcome for r in h.records_between(june3, at_ten_plus_one)] == [Outcome.MISSED]
    assert [r.outcome for r in h.records_between(
        at_ten_plus_one, datetime(2024, 6, 3, 9, 10, 0, 124000, tzinfo=UTC))] == [
        Outcome.COMPLETED, Outcome.SKIPPED]
    new_york_evening = datetime(2024, 6, 2, 20, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert [r.outcome for r in h.records_between(
        new_york_evening, new_york_evening + timedelta(seconds=1))] == [Outcome.MISSED]
    assert [(k, lo.isoformat()) for k, lo, _ in h.spans(june3, june3 + timedelta(days=1))] == \
        [("active", "2024-06-03T08:00:00+01:00")]
    assert h.exercises_between(june3, june3 + timedelta(days=1)) == ["neck-rolls"]


# ---------------------------------------------------------------- refused files

def _from_now(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def _set(path: tuple[str | int, ...], value: object) -> Change:
    def change(data: dict[str, Any]) -> Any:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
        return data
    return change


REFUSED: list[tuple[str, Change | bytes, str]] = [
    ("not-json", b"{\"format\": \"deskcoach-export\", \"breaks\": [", "not a readable JSON file"),
    ("not-utf8", b"\xff\xfe{}", "not a readable JSON file"),
    ("json-list", lambda d: [d], "not a DeskCoach export ('format' must be 'deskcoach-export')"),
    ("format-name", _set(("format",), "deskcoach-backup"),
     "not a DeskCoach export ('format' must be 'deskcoach-export')"),
    ("format-version-99", _set(("format_version",), 99), "'format_version' is 99"),
    ("format-version-text", _set(("format_version",), "1"), "'format_version' is '1'"),
    ("outcome", _set(("breaks", 3, "outcome"), "abandoned"),
     "breaks[3].outcome must be one of completed, skipped, snoozed, missed, natural"),
    ("naive-time", _set(("breaks", 1, "ended"), "2024-06-01T10:00:00"),
     "breaks[1].ended must be an ISO 8601 time with its UTC offset"),
    ("not-a-time", _set(("spans", 2, "start"), "yesterday"),
     "spans[2].start must be an ISO 8601 time with its UTC offset"),
    ("offset", _set(("breaks", 0, "utc_offset_min"), 1200),
     "breaks[0].utc_offset_min must be a whole number from -1080 to 1080"),
    ("snoozes", _set(("breaks", 5, "snoozes"), -1),
     "breaks[5].snoozes must be a whole number from 0 to 100"),
    ("exercises", _set(("breaks", 0, "exercises"), "neck-rolls"),
     "breaks[0].exercises must be a list of exercise ids"),
    ("settings", _set(("settings", "work_minutes"), 500),
     "settings: 'work_minutes' is 500, allowed: 5-120 minutes"),
    ("settings-not-a-table", _set(("settings",), [1]), "'settings' must be an object"),
    ("rating", _set(("feedback", 2, "rating"), "meh"),
     "feedback[2].rating must be one of good, neutral, uncomfortable"),
    ("span-kind", _set(("spans", 1, "kind"), "asleep"),
     "spans[1].kind must be one of active, paused"),
    ("workstation", _set(("assessments", 1, "workstation"), "standing_desk"),
     "assessments[1].workstation must be one of desktop, laptop, laptop_docked"),
    ("answers", _set(("assessments", 0, "answers", "C1"), "maybe"),
     "assessments[0].answers must map item ids to yes, no, na"),
    ("actions-owner", _set(("assessments", 0, "actions", 1, "owner"), "ceo"),
     "assessments[0].actions must be a list of actions (item, owner, due)"),
    ("actions-due", _set(("assessments", 0, "actions", 0, "due"), "next week"),
     "assessments[0].actions must be a list of actions (item, owner, due)"),
    ("actions-not-a-list", _set(("assessments", 0, "actions"), {"C1": "me"}),
     "assessments[0].actions must be a list of actions (item, owner, due)"),
    ("row-not-object", _set(("breaks", 2), "a break"), "breaks[2] must be an object"),
    ("feedback-row-not-object", _set(("feedback", 0), [1, 2]),
     "feedback[0] must be an object"),
    ("rows-not-a-list", _set(("spans",), {"kind": "active"}), "'spans' must be a list"),
    ("uid-empty", _set(("breaks", 4, "uid"), ""),
     "breaks[4].uid must be a text of 1-200 characters"),
    # Impossible records: each would put a false day into the statistics.
    ("break-ends-before-it-starts", _set(("breaks", 1, "ended"), "2024-06-01T07:59:00+00:00"),
     "breaks[1].ended (2024-06-01T07:59:00+00:00) is before started "
     "(2024-06-01T08:00:00.000+00:00)"),
    ("span-ends-before-it-starts", _set(("spans", 2, "end"), "2024-06-01T23:00:00-01:00"),
     "spans[2].end (2024-06-01T23:00:00-01:00) is before start "
     "(2024-06-02T00:30:00.000+00:00)"),
    ("assessment-completed-before-started",
     _set(("assessments", 0, "completed"), "2024-05-30T08:59:00+02:00"),
     "assessments[0].completed (2024-05-30T08:59:00+02:00) is before started"),
    ("break-in-year-9999", _set(("breaks", 5, "ended"), "9999-12-31T23:59:59-01:00"),
     "breaks[5].ended is 9999-12-31T23:59:59-01:00, in the future"),
    ("due-in-year-9999", _set(("breaks", 5, "due"), "9999-12-31T23:59:59-01:00"),
     "breaks[5].due is 9999-12-31T23:59:59-01:00, in the future"),
    ("due-years-from-its-end", _set(("breaks", 5, "due"), "2020-06-03T14:33:30+00:00"),
     "breaks[5].due is 2020-06-03T14:33:30+00:00, more than 366 days from its end"),
    ("break-in-an-hour", lambda d: _set(("breaks", 0, "ended"), _from_now(hours=1))(
        _set(("breaks", 0, "due"), _from_now(hours=1))(d)), "breaks[0].ended is "),
    ("started-in-an-hour", _set(("breaks", 3, "started"), _from_now(hours=1)),
     "breaks[3].started is "),
    ("feedback-tomorrow", _set(("feedback", 0, "at"), _from_now(days=1)),
     "feedback[0].at is "),
    ("span-end-in-the-future", _set(("spans", 0, "end"), _from_now(days=3)),
     "spans[0].end is "),
    ("time-at-the-start-of-the-calendar", _set(("breaks", 0, "due"),
                                               "0001-01-01T00:30:00+01:00"),
     "breaks[0].due is 0001-01-01T00:30:00+01:00, before 1970"),
    ("feedback-before-its-break-ended", _set(("feedback", 0, "at"), "2024-06-01T08:01:00Z"),
     "feedback[0].at (2024-06-01T08:01:00Z) is before its break ended (breaks[1].ended "
     "2024-06-01T08:02:00+00:00)"),
    ("feedback-on-an-exercise-not-done", _set(("feedback", 2, "exercise"), "calf-raise"),
     "feedback[2].exercise 'calf-raise' is not among its break's exercises "
     "(breaks[2].exercises)"),
    ("span-from-1969", _set(("spans", 0, "start"), "1969-12-31T23:59:59+00:00"),
     "spans[0].start is 1969-12-31T23:59:59+00:00, before 1970"),
    ("checkin-pain", _set(("checkins", 1, "pain"), 11),
     "checkins[1].pain must be a whole number from 0 to 10"),
    ("checkin-region", _set(("checkins", 2, "region"), "knee"),
     "checkins[2].region must be one of neck"),
    ("checkin-flag", _set(("checkins", 2, "flags"), ["sore"]),
     "checkins[2].flags must be a list of: bladder-bowel"),
    ("checkin-note", _set(("checkins", 1, "note"), "two\nlines"),
     "checkins[1].note must be one line of at most 200 characters"),
    ("checkin-kind", _set(("checkins", 0, "kind"), "evening"),
     "checkins[0].kind must be one of after_break, morning, weekly, manual"),
    ("pace-action", _set(("paces", 0, "action"), "leap"), "paces[0].action must be one of up"),
    ("pace-since", _set(("paces", 0, "since"), "June"), "paces[0].since must be a date"),
    ("run-programme", _set(("programme_runs", 0, "programme"), "yoga"),
     "programme_runs[0].programme must be one of neck-upper-back"),
    ("eye-shown", _set(("eye_breaks", 0, "shown"), "09:20"),
     "eye_breaks[0].shown must be an ISO 8601 time with its UTC offset"),
    ("run-phase", _set(("programme_runs", 0, "phase"), 4),
     "programme_runs[0].phase must be a whole number from 0 to 3"),
]


@pytest.mark.parametrize(("change", "message"), [(c, m) for _, c, m in REFUSED],
                         ids=[name for name, _, _ in REFUSED])
def test_a_bad_file_is_refused_naming_the_file_and_the_key_and_nothing_is_written(
        valid_export: dict[str, Any], tmp_path: Path, open_profile: OpenProfile,
        change: Change | bytes, message: str) -> None:
    target = open_profile(tmp_path / "target")
    target.settings_file.save(Settings(break_seconds=90), frozenset({"break_seconds"}))
    assert target.history.add(_break(datetime(2024, 6, 4, 10, tzinfo=BERLIN),
                                     Outcome.COMPLETED))
    target.history.close()  # everything in the main file, none in a -wal beside it
    files = [target.db, target.settings_file.path,
             target.db.with_name("history.sqlite3-wal"), target.settings_file.path.parent]
    before = [digest(f) if f.is_file() else f.exists() for f in files]
    before_listing = sorted(str(f.relative_to(target.root)) for f in target.root.rglob("*"))
    source = tmp_path / "exports" / "deskcoach-2024-06-03.json"
    raw = change if isinstance(change, bytes) else as_file(change(copy.deepcopy(valid_export)))
    # The untouched export is fine: only the change makes it bad.
    parse_export(as_file(valid_export), str(source))

    with pytest.raises(TransferError) as refused:
        parse_export(raw, str(source))

    text = str(refused.value)
    assert text.startswith(f"{source}: "), text
    assert message in text
    assert [digest(f) if f.is_file() else f.exists() for f in files] == before
    assert sorted(str(f.relative_to(target.root)) for f in target.root.rglob("*")) == \
        before_listing


# ---------------------------------------------------------------- accepted means importable

def _accepted_cases() -> list[tuple[str, Change]]:
    def drop(key: str) -> Change:
        def change(data: dict[str, Any]) -> Any:
            del data[key]
            return data
        return change

    def drop_done(data: dict[str, Any]) -> Any:
        del data["assessments"][0]["actions"][0]["done"]
        return data

    def twice(data: dict[str, Any]) -> Any:
        actions = data["assessments"][0]["actions"]
        actions.append(dict(actions[0]))
        return data

    return [
        ("no-feedback-key", drop("feedback")),
        ("no-spans-key", drop("spans")),
        ("no-settings-key", drop("settings")),
        ("action-without-done", drop_done),
        ("action-due-with-a-time", _set(("assessments", 0, "actions", 0, "due"),
                                        "2024-06-13T09:00:00")),
        ("answer-to-no-item", _set(("assessments", 1, "answers", "not-an-item"), "yes")),
        ("two-actions-for-one-item", twice),
        ("a-clock-a-few-minutes-fast", lambda d: _set(("breaks", 5, "ended"), _from_now(
            minutes=4))(_set(("breaks", 5, "due"), _from_now(minutes=3))(d))),
        ("span-of-no-time", _set(("spans", 0, "end"), "2024-06-01T06:00:00Z")),
    ]


def _import_and_read_back(data: bytes, root: Path) -> None:
    """Either parse_export refuses the file, or it imports and every store can read it."""
    try:
        parsed = parse_export(data, "accepted.json")
    except TransferError:
        return
    history = History(root / "data" / "history.sqlite3", NOW)
    try:
        settings_file = SettingsFile(root / "config" / "settings.toml")
        import_data(history, settings_file, parsed, NOW)
        history.records()
        history.spans(datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC))
        AssessmentStore(history.connection, 1).all()
        log = CoachLog(history.connection)
        log.checkins()
        log.paces()
        log.run()
        assert settings_file.load(NOW).problems == ()
    finally:
        history.close()


@pytest.mark.parametrize("change", [c for _, c in _accepted_cases()],
                         ids=[name for name, _ in _accepted_cases()])
def test_a_file_parse_export_accepts_imports_and_reads_back(
        valid_export: dict[str, Any], tmp_path: Path,
        change: Change) -> None:
    _import_and_read_back(as_file(change(copy.deepcopy(valid_export))), tmp_path)


def test_missing_settings_key_does_not_leave_a_half_import(
        valid_export: dict[str, Any], tmp_path: Path, open_profile: OpenProfile) -> None:
    """parse_export allows 'settings' to be left out; the import must then not crash after
    the data was already committed."""
    target = open_profile(tmp_path / "target")
    data = copy.deepcopy(valid_export)
    del data["settings"]
    try:
        parsed = parse_export(as_file(data), "no-settings.json")
    except TransferError:
        assert counts(target)["breaks"] == 0
        return
    try:
        import_data(target.history, target.settings_file, parsed, NOW)
    except Exception:
        assert counts(target) == {"breaks": 0, "feedback": 0, "spans": 0, "assessments": 0}, \
            "import_data raised, yet had already committed the data"
        raise


# ---------------------------------------------------------------- mutated files

JSON_LEAVES = (st.none() | st.booleans() | st.integers(-(10**6), 10**6)
               | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
               | st.sampled_from(["2024-06-03T10:00:00", "2024-06-03T10:00:00+01:00",
                                  "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
                                  "2024-06-03", "completed", "yes", "me", "desktop", "good",
                                  "active", "C1", ""]))
JSON_VALUES = st.recursive(
    JSON_LEAVES, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=8)


def mutate(data: st.DataObject, document: dict[str, Any]) -> object:
    """Walk down from the top, stopping at random; delete the key (or list entry) there, or
    replace its value with random JSON."""
    root: Any = copy.deepcopy(document)
    parent: Any = None
    key: Any = None
    node = root
    while isinstance(node, dict | list) and node and data.draw(st.integers(0, 3)) != 0:
        key = data.draw(st.sampled_from(sorted(node)) if isinstance(node, dict)
                        else st.integers(0, len(node) - 1))
        parent, node = node, node[key]
    if parent is None:
        return data.draw(JSON_VALUES)
    if data.draw(st.booleans()):
        del parent[key]
    else:
        parent[key] = data.draw(JSON_VALUES)
    return root


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_export_is_parsed_or_refused_never_crashes(
        valid_export: dict[str, Any], data: st.DataObject) -> None:
    raw = json.dumps(mutate(data, valid_export)).encode("utf-8")
    message = "mutated.json: (accepted)"
    try:
        parse_export(raw, "mutated.json")
    except TransferError as exc:
        message = str(exc)
    assert message.startswith("mutated.json: ")


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_export_that_parses_also_imports_and_reads_back(
        valid_export: dict[str, Any], data: st.DataObject) -> None:
    raw = json.dumps(mutate(data, valid_export)).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        _import_and_read_back(raw, Path(folder))
