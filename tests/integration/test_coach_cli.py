"""`checkin`, `log` and `programme` as real processes on a temporary profile, app not running."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from deskcoach.core.checkins import CheckIn
from deskcoach.services.coaching import Coach
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.coachlog import CoachLog
from deskcoach.store.history import History
from tests.integration.test_cli import cli


def test_checkin_is_logged_and_listed_in_three_formats(tmp_path: Path) -> None:
    done = cli(tmp_path, "checkin", "--pain", "4", "--region", "neck", "--exercise", "chin-tuck",
               "--note", "stiff after the   long meeting")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Logged 4/10 (neck, chin-tuck) at ")
    assert cli(tmp_path, "checkin", "--pain", "2", "--kind", "morning").returncode == 0
    rows = json.loads(cli(tmp_path, "log", "--format", "json").stdout)["checkins"]
    assert [(r["kind"], r["pain"], r["region"], r["exercise"], r["note"]) for r in rows] == [
        ("manual", 4, "neck", "chin-tuck", "stiff after the long meeting"),
        ("morning", 2, None, None, "")]
    table = cli(tmp_path, "log").stdout.splitlines()
    assert table[0].split() == ["when", "kind", "pain", "region", "exercise", "note"]
    assert table[1].split()[2:] == ["manual", "4", "neck", "chin-tuck", "stiff", "after", "the",
                                    "long", "meeting"]
    parsed = list(csv.reader(io.StringIO(cli(tmp_path, "log", "--format", "csv").stdout)))
    assert parsed[0] == ["at", "kind", "pain", "region", "exercise", "flags", "note"]
    assert parsed[1][1:] == ["manual", "4", "neck", "chin-tuck", "",
                             "stiff after the long meeting"]
    assert parsed[2][1:] == ["morning", "2", "", "", "", ""]
    with sqlite3.connect(tmp_path / "data" / "history.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM checkins").fetchone() == (2,)
        assert db.execute("SELECT note FROM checkins WHERE pain = 4").fetchone() == (
            "stiff after the long meeting",)
    exported = tmp_path / "export.json"
    assert cli(tmp_path, "export", str(exported)).returncode == 0
    notes = [r["note"] for r in json.loads(exported.read_text())["checkins"]]
    assert notes == ["stiff after the long meeting", ""]
    too_long = cli(tmp_path, "checkin", "--pain", "1", "--note", "x" * 201)
    assert too_long.returncode == 2
    assert "the note is one line of at most 200 characters" in too_long.stderr


def test_refusals_name_the_allowed_values_and_write_nothing(tmp_path: Path) -> None:
    for args, reason in (
            (("--pain", "11"), "--pain takes a whole number from 0 to 10, not '11'"),
            (("--pain", "three"), "not 'three'"),
            (("--pain", "2", "--exercise", "moonwalk"), "there is no exercise 'moonwalk'")):
        done = cli(tmp_path, "checkin", *args)
        assert done.returncode == 2
        assert reason in done.stderr
    assert cli(tmp_path, "log", "--days", "0").returncode == 2
    assert "No check-ins in the last 14 days" in cli(tmp_path, "log").stdout


def test_a_warning_sign_shows_when_to_get_help(tmp_path: Path) -> None:
    done = cli(tmp_path, "checkin", "--pain", "6", "--region", "lower_back",
               "--symptom", "fever", "--note", "and it gets worse at night pain")
    assert done.returncode == 0
    assert "Your answer matches a warning sign:" in done.stdout
    assert "  - Fever or night sweats along with back pain" in done.stdout
    assert "  - Pain at night that does not ease when you rest" in done.stdout
    assert "When to get help" in done.stdout
    logged = json.loads(cli(tmp_path, "log", "--format", "json").stdout)["checkins"]
    assert logged[0]["flags"] == ["fever"]


def test_programme_list_show_start_status_stop(tmp_path: Path) -> None:
    listed = json.loads(cli(tmp_path, "programme", "list", "--format", "json").stdout)
    assert [p["id"] for p in listed] == ["neck-upper-back", "low-back", "wrists-forearms",
                                         "sit-less"]
    assert [p["suggested"] for p in listed] == [None] * 4
    assert cli(tmp_path, "checkin", "--pain", "5", "--region", "lower_back").returncode == 0
    listed = json.loads(cli(tmp_path, "programme", "list", "--format", "json").stdout)
    assert [p["suggested"] for p in listed] == [
        None, "1 check-in with low back discomfort lately", None, None]
    assert all(2 <= p["weeks"] <= 6 for p in listed)
    shown = cli(tmp_path, "programme", "show", "sit-less").stdout
    assert "Phase 1: Break up sitting (7 days)" in shown
    assert cli(tmp_path, "programme", "show", "yoga").returncode == 2
    none = json.loads(cli(tmp_path, "programme", "status", "--format", "json").stdout)
    assert none["programme"] is None
    assert cli(tmp_path, "programme", "start", "yoga").returncode == 2
    started = cli(tmp_path, "programme", "start", "wrists-forearms")
    assert started.returncode == 0
    assert "week 1 of 3, phase 1 (Calm things down)" in started.stdout
    status = json.loads(cli(tmp_path, "programme", "status", "--format", "json").stdout)
    assert (status["programme"], status["phase"], status["week"], status["weeks"]) == (
        "wrists-forearms", 1, 1, 3)
    assert status["plan"] == "Phase 1 of 3 (Calm things down): day 1 of 7"
    assert cli(tmp_path, "programme", "stop").returncode == 0
    again = cli(tmp_path, "programme", "stop")
    assert again.returncode == 2
    assert "no programme is running" in again.stderr


def test_the_coach_paces_from_the_stored_log(tmp_path: Path) -> None:
    """Four steady mornings after a start at 2/10 step chin-tuck up, and the change is kept."""
    zone = datetime.now().astimezone().tzinfo
    history = History(tmp_path / "history.sqlite3", datetime(2026, 3, 6, 9, tzinfo=zone))
    try:
        coach = Coach(history.connection, load_catalogue().catalogue)
        for day, pain in ((1, 2), (2, 2), (3, 1), (4, 2)):
            assert coach.log.add(CheckIn(datetime(2026, 3, day, 8, tzinfo=zone), pain, "morning"))
        assert coach.log.add(CheckIn(datetime(2026, 3, 1, 11, tzinfo=zone), 2, "after_break",
                                     "neck", "chin-tuck"))
        result = coach.checkin(CheckIn(datetime(2026, 3, 5, 8, tzinfo=zone), 2, "morning"),
                               datetime(2026, 3, 5, 8, tzinfo=zone))
        assert result["changes"] == [{
            "exercise": "chin-tuck", "action": "up", "level": "harder (10 tucks, 5 s each)",
            "reason": "Level up to harder: your mornings stayed the same or better for 4 days"}]
        assert CoachLog(history.connection).paces()["chin-tuck"].level == 2
        assert CoachLog(history.connection).paces()["chin-tuck"].since == date(2026, 3, 5)
    finally:
        history.close()


def test_the_log_pdf_is_one_page_with_weekly_averages(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from deskcoach.ui.log_report import weekly

    zone = datetime.now().astimezone().tzinfo
    today = datetime.now(zone).date()
    history = History(tmp_path / "data" / "history.sqlite3", datetime.now(zone))
    log = CoachLog(history.connection)
    # 60 check-ins: mornings at 4/10 in the week before this one, then 2/10, 1/10 ...
    for n in range(60):
        day = today - timedelta(days=n // 2)
        pain = 4 if n // 2 >= 7 else (2 if n % 2 else 1)
        assert log.add(CheckIn(datetime.combine(day, datetime.min.time(), zone)
                               + timedelta(hours=8 + n % 2), pain, "morning"))
    entries = log.checkins()
    history.close()
    # This week (7 days, 14 check-ins): seven 1s and seven 2s -> 1.5; before it, all 4.
    assert weekly(entries, today)[-1] == (today - timedelta(days=6), 1.5, 14)
    assert weekly(entries, today)[-2] == (today - timedelta(days=13), 4.0, 14)
    out = tmp_path / "log.pdf"
    done = cli(tmp_path, "log", "--days", "60", "--pdf", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    pdfinfo, pdftotext = shutil.which("pdfinfo"), shutil.which("pdftotext")
    assert pdfinfo is not None, "poppler-utils: scripts/bootstrap.sh --test installs it"
    assert pdftotext is not None
    info = subprocess.run([pdfinfo, str(out)], capture_output=True, text=True, check=True)
    pages = [line.split()[1] for line in info.stdout.splitlines() if line.startswith("Pages:")]
    assert pages == ["1"]
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Pain and exercise log" in text
    assert "the latest 32; 28 older ones in the CSV" in text


def test_exercises_json_lists_the_levels(tmp_path: Path) -> None:
    listed = json.loads(cli(tmp_path, "exercises", "--format", "json").stdout)
    chin = next(e for e in listed if e["id"] == "chin-tuck")
    assert chin["levels"] == [
        {"name": "easier", "dose": "5 tucks, 2 s each",
         "how": "Fewer, gentler tucks with shorter holds.", "scale": 0.625},
        {"name": "standard", "dose": "8 tucks, 3 s each", "how": "As the steps describe.",
         "scale": 1.0},
        {"name": "harder", "dose": "10 tucks, 5 s each", "how": "More tucks with longer holds.",
         "scale": 1.25}]
    assert all(len(e["levels"]) >= 3 for e in listed)


def test_status_moves_a_phase_on_once_it_is_due_and_says_when_a_run_is_past_plan(
        tmp_path: Path) -> None:
    from deskcoach.services.coaching import week_words

    zone = datetime.now().astimezone().tzinfo
    now = datetime(2026, 3, 10, 12, tzinfo=zone)  # day 8 of a run started on 2 March
    history = History(tmp_path / "history.sqlite3", now)
    try:
        coach = Coach(history.connection, load_catalogue().catalogue)
        assert coach.log.start("sit-less", date(2026, 3, 2), datetime(2026, 3, 2, 9,
                                                                      tzinfo=zone))
        for day in range(2, 11):  # steady mornings, logged without any evaluation
            assert coach.log.add(CheckIn(datetime(2026, 3, day, 8, tzinfo=zone), 2, "morning"))
        status = coach.status(now)
        assert (status["phase"], status["phase_name"], status["week"]) == (
            2, "Stand and walk", 2)
        assert status["plan"] == "Phase 2 of 2 (Stand and walk): day 1 of 7"
    finally:
        history.close()
    assert week_words(2, 4) == "week 2 of 4"
    assert week_words(5, 4) == "week 5 of a 4-week programme"
