"""`deskcoach stats`, `export` and `import`, run as real processes on temporary profiles.

The history comes from tools/synthetic_history.fill (the repository root is on sys.path when
pytest runs from it). The processes run with TZ=Europe/London, the zone the history was made
in, so their days are the ones computed here.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from deskcoach.core.checklist import Assessment
from deskcoach.core.settings import Settings
from deskcoach.core.status import Outcome
from deskcoach.store.assessments import AssessmentStore
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile
from tools.synthetic_history import fill

ZONE_NAME = "Europe/London"
ZONE = ZoneInfo(ZONE_NAME)
PER_DAY = 12
CSV_KEYS = ["day", "due", "completed", "snoozed_then_taken", "natural", "skipped", "missed",
            "taken", "compliance", "longest_stretch_min", "minutes_moved", "eye_breaks"]
REFUSED = "Refused, nothing was changed"


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "TZ": ZONE_NAME})


def today() -> date:
    return datetime.now(ZONE).date()


def db_of(profile: Path) -> Path:
    return profile / "data" / "history.sqlite3"


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@dataclass(frozen=True)
class Synthetic:
    profile: Path
    breaks: int
    spans: int
    feedback: int
    assessments: int


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Synthetic:
    """30 days of made-up breaks (weekdays), one activity span a weekday, a little feedback,
    an assessment in progress and a few settings."""
    profile = tmp_path_factory.mktemp("synthetic")
    now = datetime.now(ZONE)
    history = History(db_of(profile), now)
    try:
        history.connection.execute("PRAGMA synchronous=OFF")  # made-up data, as the tool does
        # Up to yesterday: a record later than now is refused by `import`.
        breaks = fill(history, now.date() - timedelta(days=1), 30, PER_DAY, ZONE,
                      random.Random(11))
        rows = history.connection.execute(
            "SELECT uid, exercises FROM breaks WHERE exercises != '[]' ORDER BY ended LIMIT 3"
        ).fetchall()
        feedback = 0
        for uid, exercises in rows:
            done = tuple(json.loads(exercises))
            assert history.add_feedback(uid, done, "good", now)
            feedback += len(done)
        store = AssessmentStore(history.connection, 1)
        assert store.save(Assessment("synthetic-check", now - timedelta(days=2), "laptop",
                                     {"C1": "yes", "C2": "no"}, name="Desk"))
        spans = history.connection.execute("SELECT COUNT(*) FROM spans").fetchone()[0]
    finally:
        history.close()
    SettingsFile(profile / "config" / "settings.toml").save(
        Settings(work_minutes=35, strict_mode=True), frozenset({"work_minutes", "strict_mode"}))
    assert breaks > 0
    assert spans > 0
    assert feedback > 0
    return Synthetic(profile, breaks, spans, feedback, 1)


def expected_day(profile: Path, day: date) -> dict[str, Any]:
    """One day's figures computed straight from History.records_between."""
    start = datetime.combine(day, time(0), tzinfo=ZONE)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZONE)
    seconds = {e.id: e.seconds for e in load_catalogue().catalogue}
    history = History(db_of(profile), datetime.now(ZONE))
    try:
        records = history.records_between(start, end)
    finally:
        history.close()

    def count(*outcomes: Outcome, snoozed: bool | None = None) -> int:
        return sum(1 for r in records if r.outcome in outcomes
                   and (snoozed is None or (r.snoozes > 0) == snoozed))

    completed = [r for r in records if r.outcome is Outcome.COMPLETED]
    return {
        "day": day.isoformat(), "due": len(records),
        "completed": count(Outcome.COMPLETED, snoozed=False),
        "snoozed_then_taken": count(Outcome.COMPLETED, snoozed=True),
        "natural": count(Outcome.NATURAL),
        "skipped": count(Outcome.SKIPPED, Outcome.SNOOZED),
        "missed": count(Outcome.MISSED),
        "taken": count(Outcome.COMPLETED, Outcome.NATURAL),
        "minutes_moved": round(
            sum(seconds.get(x, 0) for r in completed for x in r.exercises) / 60, 1),
    }


def json_rows(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert isinstance(rows, list)
    return rows


def check_days(days: list[str], before: date, count: int = 7) -> list[date]:
    """`count` days in a row ending today (today read before or after the run)."""
    parsed = [date.fromisoformat(d) for d in days]
    assert parsed[-1] in (before, today())
    assert parsed == [parsed[-1] - timedelta(days=count - 1 - i) for i in range(count)]
    return parsed


# ---------------------------------------------------------------- stats

def test_stats_json_matches_the_history(synthetic: Synthetic) -> None:
    before = today()
    rows = json_rows(cli(synthetic.profile, "stats", "--days", "7", "--format", "json"))

    assert len(rows) == 7
    days = check_days([r["day"] for r in rows], before)
    wanted = [expected_day(synthetic.profile, day) for day in days]
    assert [{k: r[k] for k in wanted[0]} for r in rows] == wanted
    assert sum(r["due"] for r in rows) == sum(w["due"] for w in wanted)
    assert sum(r["completed"] for r in rows) == sum(w["completed"] for w in wanted)
    weekdays = sum(1 for day in days if day.weekday() < 5 and day < before)
    assert sum(r["due"] for r in rows) == PER_DAY * weekdays
    assert sum(r["completed"] for r in rows) > 0
    for row in rows:
        parts = (row["completed"] + row["snoozed_then_taken"] + row["natural"] + row["skipped"]
                 + row["missed"])
        assert parts == row["due"]
        assert row["compliance"] == (round(row["taken"] / row["due"], 3) if row["due"] else None)


def test_stats_count_eye_breaks_on_the_day_they_were_shown(tmp_path: Path) -> None:
    """Four eye breaks placed by hand: two on 1 June (London summer time), one just after
    midnight on 2 June there (23:10 UTC on the 1st) and one on 2 June in India (02:30 UTC),
    one on 31 May (outside the range). Each counts on its own local day: 2, 2, 0."""
    from datetime import timezone

    from deskcoach.store.eyelog import EyeLog

    bst, india = timezone(timedelta(hours=1)), timezone(timedelta(hours=5, minutes=30))
    history = History(db_of(tmp_path), datetime(2026, 6, 4, tzinfo=bst))
    eyes = EyeLog(lambda: history.connection)
    for shown in (datetime(2026, 5, 31, 23, 59, tzinfo=bst), datetime(2026, 6, 1, 9, tzinfo=bst),
                  datetime(2026, 6, 1, 23, 50, tzinfo=bst),
                  datetime(2026, 6, 2, 0, 10, tzinfo=bst), datetime(2026, 6, 2, 8, tzinfo=india)):
        assert eyes.add(shown, shown + timedelta(seconds=20))
    history.close()
    span = ("--since", "2026-06-01", "--until", "2026-06-03")
    rows = json_rows(cli(tmp_path, "stats", *span, "--format", "json"))
    assert [(r["day"], r["eye_breaks"], r["due"]) for r in rows] == [
        ("2026-06-01", 2, 0), ("2026-06-02", 2, 0), ("2026-06-03", 0, 0)]
    table = list(csv.reader(io.StringIO(cli(tmp_path, "stats", *span, "--format", "csv").stdout)))
    assert [row[-1] for row in table] == ["eye_breaks", "2", "2", "0"]
    lines = cli(tmp_path, "stats", *span).stdout.splitlines()
    assert [line.split()[-1] for line in lines] == ["eyes", "2", "2", "0"]


def test_stats_csv_has_a_header_and_seven_rows(synthetic: Synthetic) -> None:
    before = today()
    done = cli(synthetic.profile, "stats", "--days", "7", "--format", "csv")

    assert done.returncode == 0, done.stderr
    table = list(csv.reader(io.StringIO(done.stdout)))
    assert table[0] == CSV_KEYS
    assert len(table) == 8
    days = check_days([row[0] for row in table[1:]], before)
    for row, day in zip(table[1:], days, strict=True):
        wanted = expected_day(synthetic.profile, day)
        assert len(row) == len(CSV_KEYS)
        assert int(row[1]) == wanted["due"]
        assert int(row[2]) == wanted["completed"]
        if wanted["due"]:
            assert float(row[8]) == round(wanted["taken"] / wanted["due"], 3)
        else:
            assert row[8] == ""


def test_stats_table_prints_a_header_and_seven_lines(synthetic: Synthetic) -> None:
    before = today()
    done = cli(synthetic.profile, "stats", "--days", "7")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 8
    assert lines[0].split() == ["day", "due", "done", "snz", "nat", "skip", "miss", "taken",
                                "compliance", "longest", "moved", "eyes"]
    days = check_days([line.split()[0] for line in lines[1:]], before)
    for line, day in zip(lines[1:], days, strict=True):
        wanted = expected_day(synthetic.profile, day)
        fields = line.split()
        assert [int(x) for x in fields[1:8]] == [
            wanted["due"], wanted["completed"], wanted["snoozed_then_taken"],
            wanted["natural"], wanted["skipped"], wanted["missed"], wanted["taken"]]
        assert fields[8] == ("-" if wanted["due"] == 0
                             else f"{wanted['taken'] / wanted['due']:.0%}")


def test_stats_since_a_future_date_is_refused(synthetic: Synthetic) -> None:
    future = today() + timedelta(days=3)
    done = cli(synthetic.profile, "stats", "--since", future.isoformat())

    assert done.returncode == 2
    assert "--since is in the future" in done.stderr
    assert done.stdout == ""


def test_stats_until_ends_the_days_there(synthetic: Synthetic) -> None:
    first, last = today() - timedelta(days=9), today() - timedelta(days=4)
    rows = json_rows(cli(synthetic.profile, "stats", "--since", first.isoformat(), "--until",
                         last.isoformat(), "--format", "json"))
    assert [row["day"] for row in rows] == [
        (first + timedelta(days=i)).isoformat() for i in range(6)]
    wanted = expected_day(synthetic.profile, last)
    assert {k: rows[-1][k] for k in wanted} == wanted
    done = cli(synthetic.profile, "stats", "--since", last.isoformat(), "--until",
               first.isoformat())
    assert done.returncode == 2
    assert "--since is after --until" in done.stderr


def test_stats_since_a_past_date_starts_there(synthetic: Synthetic) -> None:
    first = today() - timedelta(days=9)
    rows = json_rows(cli(synthetic.profile, "stats", "--since", first.isoformat(),
                         "--format", "json"))
    assert rows[0]["day"] == first.isoformat()
    assert len(rows) in (10, 11)  # 11 if midnight passed during the run


@pytest.mark.parametrize("form", ["json", "csv", "table"])
def test_stats_on_an_empty_profile_prints_zeros(tmp_path: Path, form: str) -> None:
    profile = tmp_path / "empty"
    done = cli(profile, "stats", "--days", "7", "--format", form)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    if form == "json":
        rows = json.loads(done.stdout)
        assert len(rows) == 7
        for row in rows:
            assert (row["due"], row["completed"], row["skipped"], row["taken"]) == (0, 0, 0, 0)
            assert row["compliance"] is None
            assert row["minutes_moved"] == 0
    elif form == "csv":
        table = list(csv.reader(io.StringIO(done.stdout)))
        assert table[0] == CSV_KEYS
        assert len(table) == 8
        assert all(row[1:3] == ["0", "0"] and row[8] == "" for row in table[1:])
    else:
        lines = done.stdout.splitlines()
        assert len(lines) == 8
        for line in lines[1:]:
            fields = line.split()
            assert fields[1:8] == ["0"] * 7
            assert fields[8:10] == ["-", "-"]


# ---------------------------------------------------------------- export and import

def test_export_then_import_into_a_new_profile(synthetic: Synthetic, tmp_path: Path) -> None:
    exported = tmp_path / "out" / "deskcoach.json"
    done = cli(synthetic.profile, "export", str(exported))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Wrote {synthetic.breaks} breaks, {synthetic.assessments} checklist assessments and "
        f"your settings to {exported}")
    data = json.loads(exported.read_bytes())
    assert len(data["breaks"]) == synthetic.breaks
    assert len(data["spans"]) == synthetic.spans

    target = tmp_path / "new"
    first = cli(target, "import", str(exported))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == (
        f"Imported {synthetic.breaks} new breaks, {synthetic.feedback} feedback answers, "
        f"{synthetic.spans} activity spans and {synthetic.assessments} assessments; "
        "settings restored.")
    second = cli(target, "import", str(exported))
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith(
        "Imported 0 new breaks, 0 feedback answers, 0 activity spans and 0 assessments")

    # The new profile now tells the same story as the old one.
    same = [json_rows(cli(p, "stats", "--days", "30", "--format", "json"))
            for p in (synthetic.profile, target)]
    assert same[0] == same[1]
    shown = json.loads(cli(target, "config", "show", "--json").stdout)
    assert shown["work_minutes"]["value"] == 35
    assert shown["strict_mode"]["value"] is True
    again = tmp_path / "again.json"
    assert cli(target, "export", str(again)).returncode == 0
    copy = json.loads(again.read_bytes())
    for key in ("settings", "breaks", "feedback", "spans", "assessments"):
        assert copy[key] == data[key], key


def test_a_truncated_export_is_refused_and_changes_nothing(synthetic: Synthetic,
                                                          tmp_path: Path) -> None:
    exported = tmp_path / "deskcoach.json"
    assert cli(synthetic.profile, "export", str(exported)).returncode == 0
    truncated = tmp_path / "truncated.json"
    raw = exported.read_bytes()
    truncated.write_bytes(raw[: len(raw) // 2])

    # Into a profile that does not exist yet: nothing may be created.
    fresh = tmp_path / "fresh"
    refused = cli(fresh, "import", str(truncated))
    assert refused.returncode == 2
    assert REFUSED in refused.stderr
    assert str(truncated) in refused.stderr
    assert refused.stdout == ""
    assert not db_of(fresh).exists()
    assert not (fresh / "config" / "settings.toml").exists()

    # Into a profile with data: the database and settings keep their bytes.
    kept = tmp_path / "kept"
    assert cli(kept, "import", str(exported)).returncode == 0
    watched = [db_of(kept), db_of(kept).with_name("history.sqlite3-wal"),
               kept / "config" / "settings.toml"]
    before = [digest(path) for path in watched]
    assert before[0] is not None
    refused = cli(kept, "import", str(truncated))
    assert refused.returncode == 2
    assert REFUSED in refused.stderr
    assert [digest(path) for path in watched] == before


def test_an_import_that_cannot_be_written_fails_plainly(synthetic: Synthetic,
                                                       tmp_path: Path) -> None:
    exported = tmp_path / "deskcoach.json"
    assert cli(synthetic.profile, "export", str(exported)).returncode == 0
    target = tmp_path / "target"
    db_of(target).mkdir(parents=True)  # no database can be opened there, as on a broken disk

    failed = cli(target, "import", str(exported))

    assert failed.returncode == 1
    assert failed.stderr.strip() == (f"Could not import into {db_of(target).parent}: unable to "
                                     "open database file")
    assert db_of(target).is_dir()


def test_an_export_with_a_bad_row_is_refused_naming_it(synthetic: Synthetic,
                                                      tmp_path: Path) -> None:
    exported = tmp_path / "deskcoach.json"
    assert cli(synthetic.profile, "export", str(exported)).returncode == 0
    data = json.loads(exported.read_bytes())
    data["breaks"][3]["outcome"] = "abandoned"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    target = tmp_path / "target"

    refused = cli(target, "import", str(bad))

    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"{REFUSED}: {bad}: breaks[3].outcome must be one of completed, skipped, snoozed, "
        "missed, natural")
    assert not db_of(target).exists()


def test_an_export_missing_a_section_is_refused_or_imported_not_crashed(
        synthetic: Synthetic, tmp_path: Path) -> None:
    """parse_export treats a missing 'feedback' list as empty, so the import must too."""
    exported = tmp_path / "deskcoach.json"
    assert cli(synthetic.profile, "export", str(exported)).returncode == 0
    data = json.loads(exported.read_bytes())
    del data["feedback"]
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(data))
    target = tmp_path / "target"

    done = cli(target, "import", str(partial))

    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 2)
