"""Statistics, and moving all of a user's data between machines."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.cli.settings import effective
from deskcoach.core.i18n import fill, percent, tr
from deskcoach.core.settings import REGION_WORDS

if TYPE_CHECKING:
    from deskcoach.core.stats import Headline


#: The longest range `stats --days` shows, and the dates it accepts (so no day overflows).
MAX_DAYS = 3660
FIRST_YEAR, LAST_YEAR = 1971, 9990
#: `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and
#: `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON);
#: `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks.
#: How long `deskcoach import` waits for the running app to import (a million breaks take it
#: about half a minute on a slow machine).
IMPORT_WAIT_MS = 600_000
COLUMNS = ("day", "due", "completed", "snoozed_then_taken", "natural", "skipped", "missed",
           "taken", "compliance", "longest_stretch_min", "minutes_moved", "eye_breaks")


def stats(args: argparse.Namespace, paths: Any) -> int:
    from datetime import timedelta

    from deskcoach.services.clock import local_zone
    from deskcoach.services.progress import gather
    from deskcoach.store.exercise_lengths import exercise_lengths
    from deskcoach.store.history import History

    if args.format != "table" and not effective(paths)[1].features.get("statistics_export", True):
        print(fill(tr("Refused: --format %1 is turned off by your organisation (statistics "
                      "export); the table and the progress window still show your statistics"),
                      args.format),
              file=sys.stderr)
        return EXIT_REFUSED
    zone = local_zone()
    try:
        last = _day("--until", args.until) if args.until else datetime.now(zone).date()
        if args.summary:
            first = last
        elif args.since:
            first = _day("--since", args.since)
        else:
            first = last - timedelta(days=_count("--days", args.days or "7") - 1)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_REFUSED
    if args.summary and args.format == "csv":
        print(tr("--summary prints a table or JSON (--format table|json), not CSV"),
        file=sys.stderr)
        return EXIT_REFUSED
    if first > last:
        print("--since is after --until" if args.until else "--since is in the future",
              file=sys.stderr)
        return EXIT_REFUSED
    goal = effective(paths)[1].settings.goal_percent
    history = History(paths.history_db, datetime.now(zone), check=False)
    progress = gather(history, exercise_lengths(), zone, first, last, heatmap=False,
                      goal=goal / 100)
    history.close()
    if args.summary:
        return _summary(progress.headline, last, goal, args.format)
    rows = [{key: _plain(key, getattr(d, key)) for key in (*COLUMNS, "regions")}
            for d in progress.days]
    if args.format == "json":
        print(json.dumps(rows, default=str, indent=1))
        return EXIT_OK
    if args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(["" if row[k] is None else row[k] for k in COLUMNS])
        return EXIT_OK
    print(f"{'day':<10} {'due':>4} {'done':>4} {'snz':>4} {'nat':>4} {'skip':>4} {'miss':>4}"
          f" {'taken':>5} {'compliance':>10} {'longest':>8} {'moved':>6} {'eyes':>4}")
    for d in progress.days:
        share = "-" if d.compliance is None else percent(d.compliance)
        longest = "-" if d.longest_stretch_min is None else f"{d.longest_stretch_min:.0f} min"
        print(f"{d.day.isoformat():<10} {d.due:>4} {d.completed:>4} {d.snoozed_then_taken:>4} "
              f"{d.natural:>4} {d.skipped:>4} {d.missed:>4} {d.taken:>5} {share:>10} "
              f"{longest:>8} {d.minutes_moved:>4.0f} m {d.eye_breaks:>4}")
    return EXIT_OK


def _day(option: str, text: str) -> date:
    """A date given on the command line; ValueError with a one-line message if it is none."""
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise ValueError(f"{option} {text!r} is not a date: write it YYYY-MM-DD, such as "
                         "2026-03-01 (month 01-12, day 01-31)")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"{option} {text}: the year must be from {FIRST_YEAR} to {LAST_YEAR}")
    return day


def _count(option: str, text: str) -> int:
    if not (text.isascii() and text.strip().isdigit()) or not 1 <= int(text) <= MAX_DAYS:
        raise ValueError(f"{option} must be a whole number of days from 1 to {MAX_DAYS}, "
                         f"not {text!r}")
    return int(text)


def _plain(key: str, value: Any) -> Any:
    """A figure as a person reads it: minutes to one decimal, shares to three."""
    if isinstance(value, float):
        return round(value, 3 if key == "compliance" else 1)
    return value


def _summary(h: Headline, today: date, goal: int, form: str) -> int:
    """The dashboard's headline cards; the streak and weeks are counted over all history."""
    figures = {
        "day": today.isoformat(), "today_taken": h.today_taken, "today_due": h.today_due,
        "week_compliance": _plain("compliance", h.week_compliance),
        "last_week_compliance": _plain("compliance", h.last_week_compliance),
        "change_points": _plain("points", h.change_points), "streak_days": h.streak,
        "goal_percent": goal, "week_minutes_moved": _plain("minutes", h.week_minutes_moved),
        "week_regions": list(h.week_regions)}
    if form == "json":
        print(json.dumps(figures, indent=1))
        return EXIT_OK

    def share(value: float | None, then: str = "") -> str:
        return tr("nothing due") if value is None else percent(value) + then

    change = "" if h.change_points is None else \
        fill(tr(" (%1 points)"), format(h.change_points, "+.0f"))
    regions = ", ".join(tr(REGION_WORDS.get(r, r)) for r in h.week_regions)
    rows = (
        (tr("Today"), fill(tr("%1 of %n breaks taken", "", h.today_due), h.today_taken)),
        (tr("This week"), share(h.week_compliance, fill(tr(" of due breaks taken%1"), change))),
        (tr("Last week"), share(h.last_week_compliance)),
        (tr("Streak"), fill(tr("%n days at %1 or more", "", h.streak), percent(goal / 100))),
        (tr("Moved this week"), tr("%n min", "", round(h.week_minutes_moved))),
        (tr("Regions this week"), f"{len(h.week_regions)}" + (f": {regions}" if regions else "")))
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label:<{width}} {value}")
    return EXIT_OK


def transfer(command: str, file: Path, paths: Any) -> int:
    import sqlite3

    from deskcoach.store.history import History
    from deskcoach.store.settings_file import SettingsFile
    from deskcoach.store.transfer import (
        TransferError,
        export_file,
        import_staged,
        stage_file,
        summary,
    )

    now = datetime.now().astimezone()
    settings_file = SettingsFile(paths.settings_file)
    if command == "export":
        if not effective(paths)[1].features.get("statistics_export", True):
            print(tr("Refused: exporting your data is turned off by your organisation"),
                  file=sys.stderr)
            return EXIT_REFUSED
        history = History(paths.history_db, now, check=False)
        try:
            written = export_file(file, history, settings_file, now)
        except OSError as exc:
            print(fill(tr("Could not write %1: %2"), file, exc.strerror or exc), file=sys.stderr)
            return EXIT_FAIL
        finally:
            history.close()
        print(fill(tr("Wrote %1 breaks, %2 checklist assessments and your settings to %3"),
                   written['breaks'], written['assessments'], file))
        return EXIT_OK
    from deskcoach.cli.remote import ask

    try:
        with file.open("rb"):
            pass
    except OSError as exc:
        print(fill(tr("Could not read %1: %2"), file, exc.strerror or exc), file=sys.stderr)
        return EXIT_REFUSED
    # A running DeskCoach writes its own files: it checks and imports the file, and applies
    # the settings at once. A big file takes it a while: wait up to IMPORT_WAIT_MS.
    reply = ask(paths, "import", {"file": str(file.resolve())}, timeout_ms=IMPORT_WAIT_MS)
    if reply is not None:
        if reply["ok"]:
            print(reply.get("result"))
            return EXIT_OK
        error = str(reply.get("error", "unknown error"))
        print(error, file=sys.stderr)
        return EXIT_REFUSED if error.startswith("Refused") else EXIT_FAIL
    # Checked whole before anything is written: a refused file leaves no trace.
    held = History(paths.history_db, now, check=False) if paths.history_db.exists() else None
    try:
        staged = stage_file(file, now, held)
    except TransferError as exc:
        print(fill(tr("Refused, nothing was changed: %1"), exc), file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        if exc.filename == str(file):
            print(fill(tr("Could not read %1: %2"), file, exc.strerror or exc), file=sys.stderr)
            return EXIT_REFUSED
        print(fill(tr("Could not check %1: %2"), file, exc.strerror or exc), file=sys.stderr)
        return EXIT_FAIL
    finally:
        if held is not None:
            held.close()
    try:
        paths.ensure()
        history = History(paths.history_db, now)
        try:
            done = import_staged(staged, history, settings_file, now, effective(paths)[1])
        except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
            why = history.last_error if not history.writable else getattr(exc, "strerror",
                                                                          None)
            print(fill(tr("Could not import into %1: %2"), paths.history_db.parent, why or exc),
                  file=sys.stderr)
            return EXIT_FAIL
        finally:
            history.close()
    finally:
        staged.remove()
    print(summary(done))
    return EXIT_OK
