"""The command line: start DeskCoach, or drive the running one.

Exit status: 0 done; 1 DeskCoach is not running or something failed; 2 refused (a bad value,
an action the current state or settings do not allow, an invalid file).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from deskcoach import __version__
from deskcoach.core import settings as schema
from deskcoach.core.exercises import GENERAL_CAUTION
from deskcoach.protocol import WINDOWS

EXIT_OK, EXIT_FAIL, EXIT_REFUSED = 0, 1, 2
#: CLI command -> control-protocol command, for commands handed to the running app
FORWARDED = {"break-now": "break-now", "resume": "resume", "skip-next": "skip",
             "snooze": "snooze", "done": "done", "quit": "quit", "swap": "swap"}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep all settings and data under DIR (portable mode)")
    common.add_argument("--time-scale", metavar="N", type=_positive, default=argparse.SUPPRESS,
                        help="run every duration N times faster (demos and tests)")
    parser = argparse.ArgumentParser(
        prog="deskcoach", parents=[common],
        description="A calm tray coach for movement breaks. With no command, starts the app.")
    parser.add_argument("--version", action="version", version=f"deskcoach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="start the tray app (the default)")
    status = sub.add_parser("status", parents=[common], help="what the running app is doing")
    status.add_argument("--json", action="store_true")
    now = sub.add_parser("break-now", parents=[common], help="take a break now")
    now.add_argument("--exercise", metavar="ID", help="with this exercise (see `exercises`)")
    pause = sub.add_parser("pause", parents=[common], help="pause breaks (30m, 1h, tomorrow)")
    pause.add_argument("length", help="30m, 1h, 1h30m ... up to 24h, or tomorrow")
    sub.add_parser("resume", parents=[common], help="end a pause")
    sub.add_parser("skip-next", parents=[common],
                   help="skip the break on screen, or else the next one")
    sub.add_parser("snooze", parents=[common], help="snooze the break on screen")
    sub.add_parser("done", parents=[common], help="finish the break on screen")
    sub.add_parser("swap", parents=[common], help="swap the exercise on screen for another")
    win = sub.add_parser("open", parents=[common], help="open a window of the running app")
    win.add_argument("window", choices=WINDOWS)
    sub.add_parser("doctor", parents=[common], help="which detectors work on this desktop")
    sub.add_parser("quit", parents=[common], help="quit the running app")
    ex = sub.add_parser("exercises", parents=[common], help="list the exercise catalogue")
    ex.add_argument("--format", choices=("table", "json"), default="table")
    exsub = ex.add_subparsers(dest="exercises_command", metavar="ACTION")
    exshow = exsub.add_parser("show", parents=[common], help="print one exercise")
    exshow.add_argument("id")
    exshow.add_argument("--format", choices=("text", "json"), default="text")
    check = sub.add_parser("checklist", parents=[common], help="the workstation checklist")
    checksub = check.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    items = checksub.add_parser("items", parents=[common], help="list the questions")
    items.add_argument("--format", choices=("text", "json"), default="text")
    export = checksub.add_parser("export", parents=[common], help="export an assessment")
    export.add_argument("--format", choices=("pdf", "json"), required=True)
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export.add_argument("--assessment", default="latest", metavar="latest|YYYY-MM-DD")
    pol = sub.add_parser("policy", parents=[common], help="organisation policy")
    polsub = pol.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    polsub.add_parser("show", parents=[common], help="the effective policy and its sources")
    polval = polsub.add_parser("validate", parents=[common], help="check a policy file")
    polval.add_argument("file", type=Path)
    stats = sub.add_parser("stats", parents=[common], help="breaks per day")
    when = stats.add_mutually_exclusive_group()
    when.add_argument("--days", type=int, default=7, help="the last N days (default 7)")
    when.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    exp = sub.add_parser("export", parents=[common], help="write all your data to a JSON file")
    exp.add_argument("file", type=Path)
    imp = sub.add_parser("import", parents=[common], help="merge an export into this profile")
    imp.add_argument("file", type=Path)
    config = sub.add_parser("config", parents=[common], help="show, set or check settings")
    csub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = csub.add_parser("show", parents=[common], help="every effective value and its source")
    show.add_argument("--json", action="store_true")
    cset = csub.add_parser("set", parents=[common], help="set KEY to VALUE (applied live)")
    cset.add_argument("key")
    cset.add_argument("value")
    validate = csub.add_parser("validate", parents=[common], help="check a settings file")
    validate.add_argument("file", type=Path)
    return parser


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 100_000:
        raise argparse.ArgumentTypeError("the time scale must be above 0 and at most 100000")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from deskcoach.store.paths import resolve

    paths = resolve(getattr(args, "profile", None))
    command = args.command or "run"
    if command == "run":
        from deskcoach.app import run

        return run(paths, getattr(args, "time_scale", 1.0))
    if command == "config":
        return _config(args, paths)
    if command == "status":
        return _status(paths, args.json)
    if command == "pause":
        return _forward(paths, "pause", {"length": args.length})
    if command == "open":
        return _forward(paths, "open", {"window": args.window})
    if command == "exercises":
        return _exercises(args)
    if command == "checklist":
        return _checklist(args, paths)
    if command == "doctor":
        return _doctor()
    if command == "policy":
        return _policy(args)
    if command == "stats":
        return _stats(args, paths)
    if command in ("export", "import"):
        return _transfer(command, args.file, paths)
    if command == "break-now" and args.exercise:
        return _forward(paths, "break-with", {"exercise": args.exercise})
    return _forward(paths, FORWARDED[command], {})


def _ask(paths: Any, cmd: str, fields: dict[str, str]) -> dict[str, Any] | None:
    from PySide6.QtCore import QCoreApplication

    from deskcoach.ipc import send, server_name
    from deskcoach.protocol import ProtocolError, Request

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    try:
        return send(server_name(paths.config_dir.parent), Request(cmd, fields))
    except ProtocolError as exc:
        return {"ok": False, "error": str(exc)}


def _not_running() -> int:
    print("DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).",
          file=sys.stderr)
    return EXIT_FAIL


def _forward(paths: Any, cmd: str, fields: dict[str, str]) -> int:
    reply = _ask(paths, cmd, fields)
    if reply is None:
        return _not_running()
    if not reply["ok"]:
        print(f"Refused: {reply.get('error', 'unknown error')}", file=sys.stderr)
        return EXIT_REFUSED
    result = reply.get("result")
    if isinstance(result, dict) and "state" in result:
        print(_describe(result))
    elif isinstance(result, str):
        print(result)
    return EXIT_OK


def _status(paths: Any, as_json: bool) -> int:
    reply = _ask(paths, "status", {})
    if reply is None:
        return _not_running()
    if not reply["ok"]:
        print(reply.get("error", "unknown error"), file=sys.stderr)
        return EXIT_FAIL
    result = reply["result"]
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        print(_describe(result))
        today = result["today"]
        print("Today: " + ", ".join(f"{n} {k}" for k, n in today.items()))
    return EXIT_OK


def _describe(status: dict[str, Any]) -> str:
    state = status["state"]
    if state == "on_break":
        return f"On a break: {status['break_seconds_left']} s left."
    if state == "paused":
        return f"Paused until {status['paused_until']}."
    when = datetime.fromisoformat(status["next_break_at"])
    return f"{state.replace('_', ' ').capitalize()}: next break at {when:%H:%M} " \
           f"(in {status['seconds_left']} s)."


def _config(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.settings_file import SettingsFile

    if args.config_command == "validate":
        return _validate(args.file)
    file = SettingsFile(paths.settings_file)
    if args.config_command == "set":
        try:
            schema.parse_text(args.key, args.value)
        except schema.SettingError as exc:
            print(f"Refused: {exc}", file=sys.stderr)
            return EXIT_REFUSED
        reply = _ask(paths, "config-set", {"key": args.key, "value": args.value})
        if reply is not None:
            if not reply["ok"]:
                print(f"Refused: {reply.get('error')}", file=sys.stderr)
                return EXIT_REFUSED
            print(f"{args.key} = {args.value} (applied to the running DeskCoach)")
            return EXIT_OK
        loaded, resolved = _effective(paths)
        value = schema.parse_text(args.key, args.value)
        refusal = resolved.check_user_change(args.key, value)
        if refusal:
            print(f"Refused: {refusal}", file=sys.stderr)
            return EXIT_REFUSED
        try:
            file.save(loaded.settings.with_value(args.key, value), loaded.explicit | {args.key})
        except OSError as exc:
            print(f"Could not save {file.path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAIL
        print(f"{args.key} = {args.value} (saved; DeskCoach is not running)")
        return EXIT_OK
    loaded, resolved = _effective(paths)
    for problem in (*loaded.problems, *resolved.problems):
        print(f"warning: {problem}", file=sys.stderr)
    rows: dict[str, dict[str, Any]] = {}
    for field in schema.FIELDS:
        source = resolved.sources[field.key]
        if source == "user":
            source = f"user ({file.path})"
        value = getattr(resolved.settings, field.key)
        rows[field.key] = {"value": list(value) if isinstance(value, tuple) else value,
                           "source": source, "allowed": field.allowed(),
                           "locked": field.key in resolved.locked}
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        width = max(len(k) for k in rows)
        for key, row in rows.items():
            shown = json.dumps(row["value"])
            print(f"{key:<{width}}  {shown:<6}  {row['source']}  [{row['allowed']}]")
    return EXIT_OK


def _exercises(args: argparse.Namespace) -> int:
    from deskcoach.store.catalogue import load_catalogue

    loaded = load_catalogue()
    for problem in loaded.problems:
        print(f"warning: {problem}", file=sys.stderr)
    catalogue = loaded.catalogue
    if args.exercises_command == "show":
        exercise = catalogue.get(args.id)
        if exercise is None:
            print(f"There is no exercise '{args.id}'. `deskcoach exercises` lists them.",
                  file=sys.stderr)
            return EXIT_REFUSED
        if args.format == "json":
            print(json.dumps(exercise.as_dict(), indent=2))
            return EXIT_OK
        print(f"{exercise.name} ({exercise.id})\n{exercise.summary}\n")
        print(f"Dose: {exercise.dose}. About {exercise.seconds} s. Position: "
              f"{exercise.position}. Regions: {', '.join(exercise.regions)}.")
        if exercise.seated_alternative:
            print(f"Seated alternative: {exercise.seated_alternative}")
        print()
        for number, step in enumerate(exercise.steps, 1):
            extra = f", {step.reps} reps" if step.reps else (
                f", {step.breaths} breaths" if step.breaths else "")
            print(f"  {number}. {step.text} ({step.seconds} s{extra})")
        print()
        for line in (GENERAL_CAUTION, *exercise.cautions):
            print(f"Caution: {line}")
        for line in exercise.avoid_if:
            print(f"Skip it if: {line}")
        print(f"Sources: {', '.join(exercise.sources)}")
        return EXIT_OK
    if args.format == "json":
        print(json.dumps([e.as_dict() for e in catalogue], indent=2))
        return EXIT_OK
    width = max((len(e.id) for e in catalogue), default=2)
    for e in catalogue:
        print(f"{e.id:<{width}}  {e.seconds:>4} s  {e.position:<8}  {', '.join(e.regions)}")
    return EXIT_OK


def _checklist(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.catalogue import load_checklist

    checklist, problem = load_checklist()
    if checklist is None:
        print(f"The checklist cannot be used: {problem}", file=sys.stderr)
        return EXIT_FAIL
    if args.checklist_command == "items":
        if args.format == "json":
            print(json.dumps([{"id": i.id, "group": i.group, "question": i.question,
                               "why": i.why, "fix": i.fix, "sources": list(i.sources),
                               "laptop_only": i.laptop_only} for i in checklist.items],
                             indent=2, ensure_ascii=False))
        else:
            for group in checklist.groups:
                print(group.title)
                for i in (x for x in checklist.items if x.group == group.id):
                    print(f"  {i.id:<3} {i.question}" + ("  (laptop users)" if i.laptop_only
                                                         else ""))
        return EXIT_OK
    import os
    from datetime import datetime

    from deskcoach.store.assessments import AssessmentStore
    from deskcoach.store.history import History

    try:
        history = History(paths.history_db, datetime.now().astimezone(), check=False)
        found = AssessmentStore(history.connection, checklist.version).find(args.assessment)
    except ValueError:
        print(f"--assessment takes 'latest' or a date like 2026-11-21, not {args.assessment!r}",
              file=sys.stderr)
        return EXIT_REFUSED
    if found is None:
        print(f"No completed workstation check found for {args.assessment!r}. Choose "
              "Checklist... in the DeskCoach menu to do one.", file=sys.stderr)
        return EXIT_FAIL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcoach.ui.report import write_json, write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        (write_pdf if args.format == "pdf" else write_json)(checklist, found, args.output)
    except OSError as exc:
        print(f"Could not write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"Wrote {args.output}")
    return EXIT_OK


def _effective(paths: Any) -> tuple[Any, Any]:
    """The settings file as loaded, and what takes effect under the organisation's policy."""
    from deskcoach.app import load_app_policy
    from deskcoach.core.policy import resolve
    from deskcoach.store.settings_file import SettingsFile

    loaded = SettingsFile(paths.settings_file).load(datetime.now().astimezone())
    defaults = schema.Settings().as_dict()
    own = {k: v for k, v in loaded.settings.as_dict().items()
           if k in loaded.explicit or v != defaults[k]}
    return loaded, resolve(schema.Settings(), own, load_app_policy())


def _policy(args: argparse.Namespace) -> int:
    from deskcoach.store.policy_sources import policy_locations, policy_report, validate_file

    if args.policy_command == "validate":
        problems = validate_file(args.file)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return EXIT_REFUSED
        print(f"{args.file}: valid")
        return EXIT_OK
    from deskcoach.app import load_app_policy

    print(policy_report(load_app_policy(), policy_locations()))
    return EXIT_OK


def _doctor() -> int:
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from deskcoach.app import load_app_policy
    from deskcoach.platform.doctor import doctor, guess_platform_name, render
    from deskcoach.platform.reports import platform_kind

    platform_name = guess_platform_name()
    # Windows session notices go to a window, which needs a GUI application to exist.
    kind = QGuiApplication if platform_kind(platform_name) == "windows" else QCoreApplication
    _app = QCoreApplication.instance() or kind(sys.argv[:1])
    reports = doctor(platform_name, os.getpid())
    print(render(reports))
    policy = load_app_policy()
    where = ", ".join(policy.sources) or "none found (see `deskcoach policy show`)"
    print(f"{'policy':<10} {'ok' if not policy.problems else 'warning':<7} {where}")
    for problem in policy.problems:
        print(f"{'':<10} {'':<7} {problem}")
    return EXIT_OK


def _stats(args: argparse.Namespace, paths: Any) -> int:
    from dataclasses import fields
    from datetime import timedelta

    from deskcoach.clock import local_zone
    from deskcoach.core import stats
    from deskcoach.progress import gather
    from deskcoach.store.catalogue import load_catalogue
    from deskcoach.store.history import History

    zone = local_zone()
    today = datetime.now(zone).date()
    first = args.since or today - timedelta(days=max(1, args.days) - 1)
    if first > today:
        print("--since is in the future", file=sys.stderr)
        return EXIT_REFUSED
    history = History(paths.history_db, datetime.now(zone), check=False)
    progress = gather(history, load_catalogue().catalogue, zone, first, today, heatmap=False)
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


def _transfer(command: str, file: Path, paths: Any) -> int:
    import sqlite3

    from deskcoach.store.atomic import write_atomic
    from deskcoach.store.history import History
    from deskcoach.store.settings_file import SettingsFile
    from deskcoach.store.transfer import TransferError, export_data, import_data, parse_export

    now = datetime.now().astimezone()
    settings_file = SettingsFile(paths.settings_file)
    if command == "export":
        if not _effective(paths)[1].features.get("statistics_export", True):
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
    from deskcoach.store.catalogue import load_checklist

    try:
        data = parse_export(file.read_bytes(), str(file), load_checklist()[0])
    except OSError as exc:
        print(f"Could not read {file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED
    except TransferError as exc:
        print(f"Refused, nothing was changed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    paths.ensure()
    history = History(paths.history_db, now)
    try:
        done = import_data(history, settings_file, data, now)
    except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
        why = history.last_error if not history.writable else getattr(exc, "strerror", None)
        print(f"Could not import into {paths.history_db.parent}: {why or exc}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        history.close()
    print(f"Imported {done.breaks} new breaks, {done.feedback} feedback answers, "
          f"{done.spans} activity spans and {done.assessments} assessments"
          + ("; settings restored." if done.settings else "."))
    return EXIT_OK


def _validate(path: Path) -> int:
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        print(f"{path}: cannot be read ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_REFUSED
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or TOML, absurd numbers
        print(f"{path}: not a valid TOML file ({exc})", file=sys.stderr)
        return EXIT_REFUSED
    problems = schema.from_mapping(data).problems
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        return EXIT_REFUSED
    print(f"{path}: valid")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
