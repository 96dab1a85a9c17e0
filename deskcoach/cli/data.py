"""Statistics, and moving all of a user's data between machines."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.cli.settings import effective

#: The days `stats` can show: no history is older (import refuses it), and near the end of
#: the calendar the day arithmetic would overflow.
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(9999, 12, 1)


def stats(args: argparse.Namespace, paths: Any) -> int:
    from dataclasses import fields
    from datetime import timedelta

    from deskcoach.clock import local_zone
    from deskcoach.core import stats
    from deskcoach.progress import gather
    from deskcoach.store.catalogue import load_catalogue
    from deskcoach.store.history import History

    zone = local_zone()
    last = args.until or datetime.now(zone).date()
    try:
        first = args.since or last - timedelta(days=max(1, args.days) - 1)
    except OverflowError:
        first = date.min
    if first < FIRST_DAY or last > LAST_DAY:
        print(f"stats shows days from {FIRST_DAY} to {LAST_DAY}", file=sys.stderr)
        return EXIT_REFUSED
    if first > last:
        print("--since is after --until" if args.until else "--since is in the future",
              file=sys.stderr)
        return EXIT_REFUSED
    history = History(paths.history_db, datetime.now(zone), check=False)
    progress = gather(history, load_catalogue().catalogue, zone, first, last, heatmap=False)
    history.close()
    names = [f.name for f in fields(stats.DayStats)]
    rows = [{name: getattr(d, name) for name in names} for d in progress.days]
    if args.format == "json":
        print(json.dumps(rows, default=str, indent=1))
        return EXIT_OK
    keys = ("day", "due", "completed", "snoozed_then_taken", "natural", "skipped", "missed",
            "taken", "compliance", "longest_stretch_min", "minutes_moved")
    if args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(keys)
        for row in rows:
            writer.writerow(["" if row[k] is None else row[k] for k in keys])
        return EXIT_OK
    print(f"{'day':<10} {'due':>4} {'done':>4} {'snz':>4} {'nat':>4} {'skip':>4} {'miss':>4}"
          f" {'taken':>6} {'longest':>8} {'moved':>6}")
    for d in progress.days:
        taken = "-" if d.compliance is None else f"{d.compliance:.0%}"
        longest = "-" if d.longest_stretch_min is None else f"{d.longest_stretch_min:.0f} min"
        print(f"{d.day.isoformat():<10} {d.due:>4} {d.completed:>4} {d.snoozed_then_taken:>4} "
              f"{d.natural:>4} {d.skipped:>4} {d.missed:>4} {taken:>6} {longest:>8} "
              f"{d.minutes_moved:>4.0f} m")
    return EXIT_OK


def transfer(command: str, file: Path, paths: Any) -> int:
    import sqlite3

    from deskcoach.store.atomic import write_atomic
    from deskcoach.store.history import History
    from deskcoach.store.settings_file import SettingsFile
    from deskcoach.store.transfer import TransferError, export_data, import_data, parse_export

    now = datetime.now().astimezone()
    settings_file = SettingsFile(paths.settings_file)
    if command == "export":
        if not effective(paths)[1].features.get("statistics_export", True):
            print("Refused: exporting your data is turned off by your organisation",
                  file=sys.stderr)
            return EXIT_REFUSED
        history = History(paths.history_db, now, check=False)
        data = export_data(history, settings_file, now)
        history.close()
        try:
            write_atomic(file, json.dumps(data, indent=1).encode("utf-8") + b"\n")
        except OSError as exc:
            print(f"Could not write {file}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAIL
        print(f"Wrote {len(data['breaks'])} breaks, {len(data['assessments'])} checklist "
              f"assessments and your settings to {file}")
        return EXIT_OK
    from deskcoach.cli.remote import ask
    from deskcoach.store.catalogue import load_checklist
    from deskcoach.store.transfer import summary

    try:
        data = parse_export(file.read_bytes(), str(file), load_checklist()[0])
    except OSError as exc:
        print(f"Could not read {file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED
    except TransferError as exc:
        print(f"Refused, nothing was changed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    # A running DeskCoach writes its own files: it imports, and applies the settings at once.
    reply = ask(paths, "import", {"file": str(file.resolve())})
    if reply is not None:
        if reply["ok"]:
            print(reply.get("result"))
            return EXIT_OK
        error = str(reply.get("error", "unknown error"))
        print(error, file=sys.stderr)
        return EXIT_REFUSED if error.startswith("Refused") else EXIT_FAIL
    paths.ensure()
    history = History(paths.history_db, now)
    try:
        done = import_data(history, settings_file, data, now)
    except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
        why = history.last_error if not history.writable else getattr(exc, "strerror", None)
        print(f"Could not import into {paths.history_db.parent}: {why or exc}",
              file=sys.stderr)
        return EXIT_FAIL
    finally:
        history.close()
    print(summary(done))
    return EXIT_OK
