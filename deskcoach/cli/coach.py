"""`checkin`, `log` and `programme`: the coach's log and plan from the command line.

Commands that write go to the running app over the control socket, and straight to the
history file when it is not running, through the same deskcoach.services.coaching code either way.
Reading the log reads the file (it is in WAL mode, so that works while the app runs).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.cli.remote import ask

LOG_COLUMNS = ("at", "kind", "pain", "region", "exercise", "flags", "note")
MAX_DAYS = 3660


def _run(paths: Any, cmd: str, fields: dict[str, str]) -> dict[str, Any] | str:
    """The command's result from the running app, or else done here; a str is a refusal."""
    reply = ask(paths, cmd, fields)
    if reply is not None:
        return reply["result"] if reply["ok"] else str(reply.get("error"))
    from deskcoach.services.coaching import Coach, CoachError
    from deskcoach.store.catalogue import load_catalogue
    from deskcoach.store.history import History

    now = datetime.now().astimezone()
    paths.ensure()
    history = History(paths.history_db, now)
    try:
        return Coach(history.connection, load_catalogue().catalogue).handle(cmd, fields, now)
    except CoachError as exc:
        return str(exc)
    finally:
        history.close()


def checkin(args: argparse.Namespace, paths: Any) -> int:
    result = _run(paths, "checkin", {
        "pain": args.pain, "kind": args.kind, "region": args.region or "",
        "exercise": args.exercise or "", "flags": json.dumps(args.symptom or []),
        "note": args.note or ""})
    if isinstance(result, str):
        print(f"Refused: {result}", file=sys.stderr)
        return EXIT_REFUSED
    logged = result["logged"]
    where = ", ".join(x for x in (logged["region"], logged["exercise"]) if x)
    print(f"Logged {logged['pain']}/10" + (f" ({where.replace('_', ' ')})" if where else "")
          + f" at {datetime.fromisoformat(logged['at']):%H:%M}.")
    for change in result["changes"]:
        print(change["reason"] + ".")
    if result["red_flags"]:
        _help_page(result["red_flags"])
    return EXIT_OK


def _help_page(flags: list[dict[str, str]]) -> None:
    from deskcoach.core.redflags import HELP_NOTE, HELP_PAGE

    print("\nYour answer matches a warning sign:")
    for flag in flags:
        print(f"  - {flag['text']}")
    print("\nWhen to get help")
    for heading, items in HELP_PAGE:
        print(f"{heading}:")
        for item in items:
            print(f"  - {item}")
    print(HELP_NOTE)


def log(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.coachlog import CoachLog
    from deskcoach.store.history import History

    text = args.days
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_DAYS:
        print(f"--days must be a whole number of days from 1 to {MAX_DAYS}, not {text!r}",
              file=sys.stderr)
        return EXIT_REFUSED
    now = datetime.now().astimezone()
    start = datetime.combine(now.date() - timedelta(days=int(text) - 1), datetime.min.time(),
                             tzinfo=now.tzinfo)
    history = History(paths.history_db, now, check=False)
    store = CoachLog(history.connection)
    checkins = store.checkins(start)
    rows = [c.as_dict() for c in checkins]
    changes = store.changes(start)
    run = store.run()
    history.close()
    if args.pdf is not None:
        return _pdf(args.pdf, checkins, changes, now, None if run is None else run.programme)
    if args.format == "json":
        print(json.dumps({"checkins": rows, "changes": changes}, indent=1))
        return EXIT_OK
    if args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(LOG_COLUMNS)
        for row in rows:
            writer.writerow([_cell(row[k]) for k in LOG_COLUMNS])
        return EXIT_OK
    if not rows and not changes:
        print(f"No check-ins in the last {text} days. `deskcoach checkin --pain N` adds one.")
        return EXIT_OK
    print(f"{'when':<16}  {'kind':<11}  {'pain':>4}  {'region':<12}  {'exercise':<24}  note")
    for row in rows:
        when = datetime.fromisoformat(str(row["at"]))
        print(f"{when:%Y-%m-%d %H:%M}  {row['kind']:<11}  {row['pain']:>4}  "
              f"{row['region'] or '-':<12}  {row['exercise'] or '-':<24}  {row['note']}".rstrip())
    if changes:
        print("\nPlan changes")
        for change in changes:
            when = datetime.fromisoformat(str(change["at"])).astimezone()
            print(f"{when:%Y-%m-%d %H:%M}  {change['exercise']}: {change['reason']}")
    return EXIT_OK


def programme(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.core.programmes import BY_ID, PROGRAMMES

    action = args.programme_command
    if action in ("list", "show"):
        if action == "show" and args.id not in BY_ID:
            print(f"There is no programme {args.id!r}; `deskcoach programme list` names them.",
                  file=sys.stderr)
            return EXIT_REFUSED
        chosen = [BY_ID[args.id]] if action == "show" else list(PROGRAMMES)
        why = _suggestions(paths)
        if args.format == "json":
            data = [{**p.as_dict(), "suggested": why.get(p.id)} for p in chosen]
            print(json.dumps(data[0] if action == "show" else data, indent=1))
            return EXIT_OK
        for p in chosen:
            if action == "list":
                print(f"{p.id:<16} {p.weeks} weeks  {p.name}"
                      + (f"\n{'':<16} suggested: {why[p.id]}" if p.id in why else ""))
                continue
            print(f"{p.name} ({p.id}), {p.weeks} weeks\n{p.summary}\n")
            for number, phase in enumerate(p.phases, 1):
                print(f"Phase {number}: {phase.name} ({phase.days} days). {phase.goal}")
                print(f"  {', '.join(phase.exercises)}")
        return EXIT_OK
    fields = {"action": action, "id": getattr(args, "id", "") or ""}
    result = _run(paths, "programme", fields)
    if isinstance(result, str):
        print(f"Refused: {result}", file=sys.stderr)
        return EXIT_REFUSED
    if getattr(args, "format", "text") == "json":
        print(json.dumps(result, indent=1))
        return EXIT_OK
    if action == "stop":
        print("Programme stopped; breaks draw from the whole catalogue again.")
    if result["programme"] is None:
        if action == "status":
            print("No programme is running. `deskcoach programme list` shows them.")
    else:
        from deskcoach.services.coaching import week_words

        name = BY_ID[result["programme"]].name
        print(f"{name}: {week_words(result['week'], result['weeks'])}, phase "
              f"{result['phase']} ({result['phase_name']}).\n{result['plan']}.")
    if result.get("advice"):
        print(result["advice"]["reason"])
    return EXIT_OK


def _pdf(path: Any, checkins: Any, changes: Any, now: datetime, programme: str | None) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcoach.store.atomic import write_atomic
    from deskcoach.ui.log_report import log_html, log_pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        write_atomic(path, log_pdf_bytes(log_html(checkins, changes, now.date(), programme)))
    except OSError as exc:
        print(f"Could not write {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"Wrote {path}")
    return EXIT_OK


def _suggestions(paths: Any) -> dict[str, str]:
    """Why each programme is worth offering, from the latest checklist and recent check-ins."""
    from deskcoach.services.coaching import Coach
    from deskcoach.store.assessments import AssessmentStore
    from deskcoach.store.catalogue import load_catalogue, load_checklist
    from deskcoach.store.history import History

    if not paths.history_db.exists():
        return {}
    now = datetime.now().astimezone()
    checklist = load_checklist()[0]
    history = History(paths.history_db, now, check=False)
    try:
        latest = None if checklist is None else \
            AssessmentStore(history.connection, checklist.version).find("latest")
        answers = {} if latest is None else dict(latest.answers)
        return Coach(history.connection, load_catalogue().catalogue).suggestions(answers, now)
    finally:
        history.close()


def _cell(value: object) -> object:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else value
