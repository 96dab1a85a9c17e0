"""Hand-computed histories, written through the real History and read back by `gather` (what
the dashboard and `deskcoach stats` use): midnight, both DST changes in London and New York,
travelling between zones, a streak longer than any range shown, paused days.

Every expected number is a literal worked out by hand in the comments (UTC in brackets), never
recomputed by the code under test. Each history is read back from readers in three zones: a
day is the day where things happened, whoever asks and from wherever.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deskcoach.core.status import BreakRecord, Outcome
from deskcoach.services.progress import Progress, gather
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from tests.attack import private_etc

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
READERS = [LONDON, NEW_YORK, TOKYO]
C, N, S, M = Outcome.COMPLETED, Outcome.NATURAL, Outcome.SKIPPED, Outcome.MISSED


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, zone: tzinfo = LONDON,
       fold: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone, fold=fold)


def brk(ended: datetime, outcome: Outcome = C, minutes: float = 10,
        exercises: tuple[str, ...] = ()) -> BreakRecord:
    """A break that ended at `ended`; a taken one began `minutes` earlier in real time."""
    if outcome not in (C, N):
        return BreakRecord(ended - timedelta(minutes=5), None, ended, outcome, 0, ())
    started = (ended.astimezone(UTC) - timedelta(minutes=minutes)).astimezone(ended.tzinfo)
    return BreakRecord(started, started, ended, outcome, 0, exercises)


def stored(tmp_path: Path, records: list[BreakRecord],
           spans: Sequence[tuple[str, datetime, datetime]] = ()) -> History:
    history = History(tmp_path / "history.sqlite3", datetime.now(UTC))
    for record in records:
        assert history.add(record)
    for kind, start, end in spans:
        assert history.add_span(kind, start, end)
    return history


def read(history: History, zone: tzinfo, first: date, last: date,
         goal: float = 0.8) -> Progress:
    return gather(history, load_catalogue().catalogue, zone, first, last, heatmap=True,
                  goal=goal)


def rows(progress: Progress) -> list[tuple[str, int, int, int, int, float | None]]:
    """(day, due, taken, skipped, missed, longest stretch in minutes) per day."""
    return [(d.day.isoformat(), d.due, d.taken, d.skipped, d.missed,
             None if d.longest_stretch_min is None else round(d.longest_stretch_min, 3))
            for d in progress.days]


@pytest.mark.parametrize("zone", READERS, ids=str)
def test_midnight_belongs_to_the_new_day_for_breaks_and_stretches_alike(
        tmp_path: Path, zone: tzinfo) -> None:
    # January: London is on GMT (= UTC).
    history = stored(tmp_path, [
        brk(at(2026, 1, 14, 22, 40)),        # taken 22:30-22:40 on the 14th
        brk(at(2026, 1, 14, 23, 59), S),     # skipped, the 14th
        brk(at(2026, 1, 16, 0, 0), minutes=5),  # taken 23:55 on the 15th to 00:00 on the 16th
    ], [("active", at(2026, 1, 14, 22, 0), at(2026, 1, 15, 0, 0))])  # closed at midnight

    days = rows(read(history, zone, date(2026, 1, 14), date(2026, 1, 16)))

    # Stretches: 22:00-22:30 (30 min, the 14th), 22:40-00:00 (80 min, ends 00:00: the 15th).
    assert days == [("2026-01-14", 2, 1, 1, 0, 30.0),
                    ("2026-01-15", 0, 0, 0, 0, 80.0),
                    ("2026-01-16", 1, 1, 0, 0, None)]


@pytest.mark.parametrize("zone", READERS, ids=str)
def test_both_clock_changes_in_london(tmp_path: Path, zone: tzinfo) -> None:
    history = stored(tmp_path, [
        # Spring, Sunday 29 March 2026: 01:00 GMT jumps to 02:00 BST (a 23-hour day).
        brk(at(2026, 3, 29, 0, 30)),              # taken 00:20-00:30 GMT [00:20-00:30]
        brk(at(2026, 3, 29, 3, 30)),              # taken 03:20-03:30 BST [02:20-02:30]
        brk(at(2026, 3, 29, 23, 59), S),          # 23:59 BST [22:59]: still the 29th
        brk(at(2026, 3, 30, 0, 0), M),            # 00:00 BST [23:00 on the 29th]: the 30th
        # Autumn, Sunday 25 October 2026: 02:00 BST falls back to 01:00 GMT (25 hours).
        brk(at(2026, 10, 25, 0, 40)),             # taken 00:30-00:40 BST [23:30-23:40 on 24th]
        brk(at(2026, 10, 25, 1, 30, fold=0), S),  # the first 01:30, BST [00:30]
        brk(at(2026, 10, 25, 1, 30, fold=1), S),  # the second 01:30, GMT [01:30]
        brk(at(2026, 10, 25, 2, 40)),             # taken 02:30-02:40 GMT [02:30-02:40]
    ], [
        ("active", at(2026, 3, 29, 0, 0), at(2026, 3, 29, 4, 0)),    # [00:00-03:00]: 3 h
        ("active", at(2026, 10, 25, 0, 0), at(2026, 10, 25, 3, 0)),  # [23:00-03:00]: 4 h
    ])

    spring = rows(read(history, zone, date(2026, 3, 29), date(2026, 3, 30)))
    autumn = rows(read(history, zone, date(2026, 10, 25), date(2026, 10, 25)))

    # Spring stretches in real time: 00:00-00:20 (20), 00:30 GMT-03:20 BST (110, though the
    # wall clock moves 170), 03:30-04:00 BST (30).
    assert spring == [("2026-03-29", 3, 2, 1, 0, 110.0), ("2026-03-30", 1, 0, 0, 1, None)]
    # Autumn: 00:00-00:30 BST (30), 00:40 BST-02:30 GMT (170, the wall clock moves 110),
    # 02:40-03:00 GMT (20).
    assert autumn == [("2026-10-25", 4, 2, 2, 0, 170.0)]


@pytest.mark.parametrize("zone", READERS, ids=str)
def test_both_clock_changes_in_new_york(tmp_path: Path, zone: tzinfo) -> None:
    ny = NEW_YORK
    history = stored(tmp_path, [
        # Spring, Sunday 8 March 2026: 02:00 EST jumps to 03:00 EDT.
        brk(at(2026, 3, 7, 23, 30, ny), S),           # Saturday 23:30 EST [04:30 on the 8th]
        brk(at(2026, 3, 8, 1, 30, ny)),               # taken 01:20-01:30 EST [06:20-06:30]
        brk(at(2026, 3, 8, 4, 10, ny)),               # taken 04:00-04:10 EDT [08:00-08:10]
        # Autumn, Sunday 1 November 2026: 02:00 EDT falls back to 01:00 EST.
        brk(at(2026, 11, 1, 1, 0, ny)),               # taken 00:50-01:00 EDT [04:50-05:00]
        brk(at(2026, 11, 1, 1, 15, ny, fold=0), M),   # the first 01:15, EDT [05:15]
        brk(at(2026, 11, 1, 1, 15, ny, fold=1), M),   # the second 01:15, EST [06:15]
        brk(at(2026, 11, 1, 2, 0, ny)),               # taken 01:50-02:00 EST [06:50-07:00]
        brk(at(2026, 11, 1, 23, 45, ny), minutes=5),  # 23:40-23:45 EST [04:40-04:45 on 2nd]
    ], [
        ("active", at(2026, 3, 8, 1, 0, ny), at(2026, 3, 8, 5, 0, ny)),     # [06:00-09:00]
        ("active", at(2026, 11, 1, 0, 30, ny), at(2026, 11, 1, 2, 30, ny)),  # [04:30-07:30]
    ])

    spring = rows(read(history, zone, date(2026, 3, 7), date(2026, 3, 8)))
    autumn = rows(read(history, zone, date(2026, 11, 1), date(2026, 11, 2)))

    # Spring: 01:00-01:20 (20), 01:30 EST-04:00 EDT (90, wall clock 150), 04:10-05:00 (50).
    assert spring == [("2026-03-07", 1, 0, 1, 0, None), ("2026-03-08", 2, 2, 0, 0, 90.0)]
    # Autumn: 00:30-00:50 (20), 01:00 EDT-01:50 EST (110, wall clock 50), 02:00-02:30 (30).
    assert autumn == [("2026-11-01", 5, 3, 0, 2, 110.0), ("2026-11-02", 0, 0, 0, 0, None)]


def travel_history(tmp_path: Path) -> History:
    """Tuesday 9 June 2026 in London (BST, UTC+1), then flown to New York (EDT, UTC-4)."""
    ny = NEW_YORK
    return stored(tmp_path, [
        brk(at(2026, 6, 9, 9, 0)), brk(at(2026, 6, 9, 11, 0)), brk(at(2026, 6, 9, 14, 0)),
        brk(at(2026, 6, 9, 16, 0)), brk(at(2026, 6, 9, 23, 30)),  # 23:30 BST [22:30]
        # Wednesday the 10th in New York, late: [00:00, 02:00, 03:30 on the 11th]
        brk(at(2026, 6, 10, 20, 0, ny)), brk(at(2026, 6, 10, 22, 0, ny), S),
        brk(at(2026, 6, 10, 23, 30, ny)),
        brk(at(2026, 6, 11, 9, 0, ny)), brk(at(2026, 6, 11, 10, 0, ny), M),
    ])


@pytest.mark.parametrize("zone", READERS, ids=str)
def test_travel_keeps_each_day_where_it_happened(tmp_path: Path, zone: tzinfo) -> None:
    progress = read(travel_history(tmp_path), zone, date(2026, 6, 9), date(2026, 6, 11))

    # No activity spans: the stretch is the longest gap between taken breaks on one day.
    # 9th: 09:00-10:50 (110), 11:00-13:50 (170), 14:00-15:50 (110), 16:00-23:20 (440).
    # 10th (New York): 20:00-23:20 (200). 11th: one taken break, no gap.
    assert rows(progress) == [("2026-06-09", 5, 5, 0, 0, 440.0),
                              ("2026-06-10", 3, 2, 1, 0, 200.0),
                              ("2026-06-11", 2, 1, 0, 1, None)]
    top = progress.headline  # as of Thursday the 11th
    assert (top.today_taken, top.today_due) == (1, 2)
    assert top.week_compliance == pytest.approx(8 / 10)  # Monday 8th to Thursday 11th
    # 11th below the goal (today, passed over), 10th at 2 of 3 ends it.
    assert top.streak == 0
    # The skipped break fell due at 21:55 New York time, a Wednesday.
    assert progress.heatmap[2][21] == 1
    assert sum(map(sum, progress.heatmap)) == 2


def streak_history(tmp_path: Path) -> History:
    """Weekdays from Friday 2 October to Friday 20 November 2026 (36 of them) meet an 80 %
    goal; the weekends between are paused all day and nothing falls due. Before them,
    Thursday 1 October took 2 of 4 and Wednesday 30 September 1 of 4."""
    records: list[BreakRecord] = []
    spans: list[tuple[str, datetime, datetime]] = []
    day = date(2026, 9, 30)
    while day <= date(2026, 11, 20):
        if day.weekday() >= 5:
            spans.append(("paused", at(day.year, day.month, day.day, 8),
                          at(day.year, day.month, day.day, 18)))
        else:
            taken = {date(2026, 9, 30): 1, date(2026, 10, 1): 2}.get(day, 4)
            for n, hour in enumerate((9, 11, 14, 16)):
                exercises: tuple[str, ...] = ()
                if n == 0:
                    exercises = {date(2026, 11, 9): ("chin-tuck",),
                                 date(2026, 11, 16): ("chin-tuck", "shoulder-rolls"),
                                 date(2026, 11, 18): ("calf-raises",)}.get(day, ())
                records.append(brk(at(day.year, day.month, day.day, hour),
                                   C if n < taken else S, exercises=exercises))
            if day == date(2026, 11, 18):  # 4 of 5: exactly the goal
                records.append(brk(at(2026, 11, 18, 17), M))
        day += timedelta(days=1)
    return stored(tmp_path, records, spans)


@pytest.mark.parametrize(("first", "last", "goal", "expected"), [
    (date(2026, 11, 14), date(2026, 11, 20), 0.8, 36),  # "last 7 days"
    (date(2026, 11, 20), date(2026, 11, 20), 0.8, 36),
    (date(2026, 8, 1), date(2026, 11, 20), 0.8, 36),    # a range longer than the streak
    (date(2026, 11, 13), date(2026, 11, 19), 0.8, 35),  # as of Thursday
    (date(2026, 11, 14), date(2026, 11, 20), 0.5, 37),  # 1 October's 2 of 4 meets 50 %
    (date(2026, 11, 14), date(2026, 11, 20), 0.25, 38),
    (date(2026, 11, 14), date(2026, 11, 20), 1.0, 2),   # Wednesday's 4 of 5 ends it
])
def test_a_long_streak_is_counted_whatever_range_is_shown(
        tmp_path: Path, first: date, last: date, goal: float, expected: int) -> None:
    history = streak_history(tmp_path)

    assert read(history, LONDON, first, last, goal).headline.streak == expected


def test_headline_of_the_long_streak(tmp_path: Path) -> None:
    progress = read(streak_history(tmp_path), NEW_YORK, date(2026, 11, 20),
                    date(2026, 11, 20))

    top = progress.headline
    assert (top.today_taken, top.today_due, top.streak) == (4, 4, 36)
    assert top.week_compliance == pytest.approx(20 / 21)  # 16th-20th: 4+4+4 of 5+4+4
    assert top.last_week_compliance == 1.0
    assert top.change_points == pytest.approx(-4.761905)
    # chin-tuck 44 s + shoulder-rolls 54 s on the 16th, calf-raises 40 s on the 18th: 138 s.
    assert top.week_minutes_moved == pytest.approx(2.3)
    assert top.week_regions == ("circulation", "legs", "neck", "shoulders")
    # The paused Saturday and Sunday have nothing due and no stretch.
    assert [(d.day, d.due) for d in read(streak_history(tmp_path / "again"), LONDON,
                                         date(2026, 11, 14), date(2026, 11, 15)).days] == [
        (date(2026, 11, 14), 0), (date(2026, 11, 15), 0)]


@pytest.mark.parametrize(("first", "last"), [
    (date(2026, 11, 20), date(2026, 11, 20)),
    (date(2026, 11, 14), date(2026, 11, 20)),
    (date(2026, 10, 25), date(2026, 11, 20)),
])
def test_a_days_longest_stretch_does_not_depend_on_the_range(
        tmp_path: Path, first: date, last: date) -> None:
    # DeskCoach ran without a pause from 1 November 08:00 to 20 November 17:00 (GMT).
    history = stored(tmp_path, [brk(at(2026, 11, 1, 9, 10)), brk(at(2026, 11, 20, 16, 10))],
                     [("active", at(2026, 11, 1, 8, 0), at(2026, 11, 20, 17, 0))])

    days = {d.day: d.longest_stretch_min for d in read(history, LONDON, first, last).days}

    # 1 November 09:10 to 20 November 16:00: 19 days and 6 h 50 min = 27360 + 410 minutes.
    assert days[date(2026, 11, 20)] == pytest.approx(27770)
    if first <= date(2026, 11, 1):
        assert days[date(2026, 11, 1)] == pytest.approx(60)  # 08:00-09:00


# ---- the same histories through `deskcoach stats`, run as a real process -------------------

def cli(profile: Path, *args: str, tz: str = "Europe/London",
        prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """`deskcoach --profile PROFILE ARGS`; `prefix` runs it in another mount namespace."""
    return subprocess.run([*prefix, sys.executable, "-m", "deskcoach", "--profile", str(profile),
                           *args], capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "TZ": tz})


def profile_with(tmp_path: Path, make: Callable[[Path], History]) -> Path:
    profile = tmp_path / "profile"
    (profile / "data").mkdir(parents=True)
    make(profile / "data").close()
    return profile


SUMMARY = {
    "day": "2026-11-20", "today_taken": 4, "today_due": 4, "week_compliance": 0.952,
    "last_week_compliance": 1.0, "change_points": -4.8, "streak_days": 36, "goal_percent": 80,
    "week_minutes_moved": 2.3, "week_regions": ["circulation", "legs", "neck", "shoulders"]}


def test_stats_summary_prints_the_dashboards_headline_over_all_history(tmp_path: Path) -> None:
    profile = profile_with(tmp_path, streak_history)

    as_json = cli(profile, "stats", "--summary", "--until", "2026-11-20", "--format", "json")
    table = cli(profile, "stats", "--summary", "--until", "2026-11-20", tz="Asia/Tokyo")

    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == SUMMARY
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines() == [
        "Today              4 of 4 breaks taken",
        "This week          95% of due breaks taken (-5 points)",
        "Last week          100%",
        "Streak             36 days at 80% or more",
        "Moved this week    2 min",
        "Regions this week  4: circulation, legs, neck, shoulders",
    ]


def test_stats_summary_on_a_new_profile(tmp_path: Path) -> None:
    done = cli(tmp_path / "new", "stats", "--summary")

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Today              0 of 0 breaks taken",
        "This week          nothing due",
        "Last week          nothing due",
        "Streak             0 days at 80% or more",
        "Moved this week    0 min",
        "Regions this week  0",
    ]


def test_stats_summary_follows_the_goal_setting(tmp_path: Path) -> None:
    profile = profile_with(tmp_path, streak_history)
    assert cli(profile, "config", "set", "goal_percent", "50").returncode == 0

    done = cli(profile, "stats", "--summary", "--until", "2026-11-20", "--format", "json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {**SUMMARY, "streak_days": 37, "goal_percent": 50}
    refused = cli(profile, "config", "set", "goal_percent", "5")
    assert refused.returncode == 2
    assert "'goal_percent' is 5, allowed: 10-100 %" in refused.stderr


def test_an_organisations_goal_is_the_one_stats_count_with(tmp_path: Path) -> None:
    profile = profile_with(tmp_path, streak_history)
    policy = json.dumps({"version": 1, "mandatory": {"goal_percent": 50}})

    with private_etc({"deskcoach/policy.json": policy}, tmp_path) as prefix:
        done = cli(profile, "stats", "--summary", "--until", "2026-11-20", "--format", "json",
                   prefix=prefix)
        refused = cli(profile, "config", "set", "goal_percent", "80", prefix=prefix)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {**SUMMARY, "streak_days": 37, "goal_percent": 50}
    assert refused.returncode == 2


TRAVEL_DAYS = [("2026-06-09", 5, 5, 0, 0, 440.0), ("2026-06-10", 3, 2, 1, 0, 200.0),
               ("2026-06-11", 2, 1, 0, 1, None)]


def stats_rows(profile: Path, tz: str) -> list[tuple[str, int, int, int, int, float | None]]:
    done = cli(profile, "stats", "--since", "2026-06-09", "--until", "2026-06-11", "--format",
               "json", tz=tz)
    assert done.returncode == 0, done.stderr
    return [(r["day"], r["due"], r["taken"], r["skipped"], r["missed"],
             r["longest_stretch_min"]) for r in json.loads(done.stdout)]


def test_travel_days_are_the_same_from_every_zone_and_after_export_and_import(
        tmp_path: Path) -> None:
    profile = profile_with(tmp_path, travel_history)
    for tz in ("Europe/London", "America/New_York", "Asia/Tokyo"):
        assert stats_rows(profile, tz) == TRAVEL_DAYS, tz

    exported = tmp_path / "export.json"
    assert cli(profile, "export", str(exported)).returncode == 0
    offsets = sorted({row["utc_offset_min"] for row in json.loads(exported.read_text())["breaks"]})
    assert offsets == [-240, 60]  # New York (EDT) and London (BST)
    moved = tmp_path / "moved"
    assert cli(moved, "import", str(exported), tz="Asia/Tokyo").returncode == 0
    assert stats_rows(moved, "Asia/Tokyo") == TRAVEL_DAYS


def test_stats_prints_minutes_as_a_person_reads_them(tmp_path: Path) -> None:
    def odd_stretch(folder: Path) -> History:
        # Running 10:00:00.000 to 10:05:00.204: 5.0034 minutes.
        start = at(2026, 3, 2, 10, 0)
        return stored(folder, [], [("active", start, start + timedelta(seconds=300.204))])

    profile = profile_with(tmp_path, odd_stretch)
    args = ("stats", "--since", "2026-03-02", "--until", "2026-03-02")

    as_json = cli(profile, *args, "--format", "json")
    as_csv = cli(profile, *args, "--format", "csv")
    table = cli(profile, *args)

    assert json.loads(as_json.stdout)[0]["longest_stretch_min"] == 5.0
    assert as_csv.stdout.splitlines()[1] == "2026-03-02,0,0,0,0,0,0,0,,5.0,0.0,0"
    assert table.stdout.splitlines()[1].split()[8:11] == ["-", "5", "min"]


@pytest.mark.parametrize(("args", "message"), [
    (("--days", "0"), "--days must be a whole number of days from 1 to 3660, not '0'"),
    (("--days", "-3"), "--days must be a whole number of days from 1 to 3660, not '-3'"),
    (("--days", "week"), "--days must be a whole number of days from 1 to 3660, not 'week'"),
    (("--days", "3661"), "--days must be a whole number of days from 1 to 3660, not '3661'"),
    (("--days", "\u00b2"), "--days must be a whole number of days from 1 to 3660, not '\u00b2'"),
    (("--since", "2026-13-01"), "--since '2026-13-01' is not a date: write it YYYY-MM-DD, "
                                "such as 2026-03-01 (month 01-12, day 01-31)"),
    (("--until", "2026-02-30"), "--until '2026-02-30' is not a date: write it YYYY-MM-DD, "
                                "such as 2026-03-01 (month 01-12, day 01-31)"),
    (("--since", "20260301"), "--since '20260301' is not a date: write it YYYY-MM-DD, "
                              "such as 2026-03-01 (month 01-12, day 01-31)"),
    (("--until", "9999-12-31"), "--until 9999-12-31: the year must be from 1971 to 9990"),
    (("--summary", "--format", "csv"),
     "--summary prints a table or JSON (--format table|json), not CSV"),
])
def test_stats_refuses_what_it_cannot_show_in_one_line(
        tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    done = cli(tmp_path / "profile", "stats", *args)

    assert (done.returncode, done.stdout, done.stderr) == (2, "", message + "\n")
    assert not (tmp_path / "profile").exists()
