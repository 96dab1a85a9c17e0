"""The command line: start DeskCoach, or drive the running one (commands in deskcoach.cli)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from deskcoach import __version__
from deskcoach.core.i18n import QT_TR_NOOP, fill, tr
from deskcoach.core.languages import CODES
from deskcoach.services.protocol import WINDOWS

#: CLI command -> control-protocol command, for commands handed to the running app
LANG_CHOICES = ("system", "en", *CODES)
FORWARDED = {"break-now": "break-now", "resume": "resume", "skip-next": "skip",
             "snooze": "snooze", "done": "done", "quit": "quit", "swap": "swap"}


def _common_options() -> argparse.ArgumentParser:
    """The options every command takes."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help=tr("keep all settings and data under DIR (portable mode)"))
    common.add_argument("--time-scale", metavar="N", type=_positive, default=argparse.SUPPRESS,
                        help=tr("run every duration N times faster (demos and tests)"))
    common.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, choices=LANG_CHOICES,
                        help=fill(tr("the language to use: %1 (default: the `language` "
                                     "setting, else the desktop's)"), ", ".join(LANG_CHOICES)))
    return common


class _NotJustTheApp(Exception):
    """The command line asks for more than starting the app: the whole parser reads it."""


class _AppParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotJustTheApp(message)


def _app_parser() -> argparse.ArgumentParser:
    """`deskcoach [run]` and the common options: the app's start does not wait for the whole
    command line's parser (2-3 ms, and the coach's terms it lists). --help, --version and
    every mistake raise _NotJustTheApp, and build_parser answers them."""
    parser = _AppParser(prog="deskcoach", parents=[_common_options()], add_help=False)
    parser.add_argument("command", nargs="?", choices=("run",))
    return parser


def _parse(words: list[str], app: bool) -> argparse.Namespace:
    """The app's own options read quickly when it is the command (the app speaks the user's
    language itself), else the whole parser's, translated."""
    if app:
        with contextlib.suppress(_NotJustTheApp):
            return _app_parser().parse_args(words)
    _speak(words)
    return build_parser().parse_args(_negative_pause_last(words))


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="deskcoach", parents=[common],
        description=tr("A calm tray coach for movement breaks. With no command, starts the app."))
    parser.add_argument("--version", action="version", version=f"deskcoach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help=tr("start the tray app (the default)"))
    status = sub.add_parser("status", parents=[common], help=tr("what the running app is doing"))
    status.add_argument("--json", action="store_true")
    now = sub.add_parser("break-now", parents=[common], help=tr("take a break now"))
    now.add_argument("--exercise", metavar="ID", help=tr("with this exercise (see `exercises`)"))
    pause = sub.add_parser("pause", parents=[common], help=tr("pause breaks (30m, 1h, tomorrow)"))
    pause.add_argument("length", help=tr("30m, 1h, 1h30m ... up to 24h, or tomorrow"))
    sub.add_parser("resume", parents=[common], help=tr("end a pause"))
    sub.add_parser("skip-next", parents=[common],
                   help=tr("skip the break on screen, or else the next one"))
    sub.add_parser("snooze", parents=[common], help=tr("snooze the break on screen"))
    sub.add_parser("done", parents=[common], help=tr("finish the break on screen"))
    sub.add_parser("swap", parents=[common], help=tr("swap the exercise on screen for another"))
    win = sub.add_parser("open", parents=[common], help=tr("open a window of the running app"))
    win.add_argument("window", choices=WINDOWS)
    sub.add_parser("doctor", parents=[common], help=tr("which detectors work on this desktop"))
    sub.add_parser("safety", parents=[common],
                   help=tr("when to get help: emergency now, a clinician soon, or stop"))
    sub.add_parser("quit", parents=[common], help=tr("quit the running app"))
    ex = sub.add_parser("exercises", parents=[common], help=tr("list the exercise catalogue"))
    ex.add_argument("--format", choices=("table", "json"), default="table")
    exsub = ex.add_subparsers(dest="exercises_command", metavar="ACTION")
    exshow = exsub.add_parser("show", parents=[common], help=tr("print one exercise"))
    exshow.add_argument("id")
    # No default here: `exercises --format json show ID` keeps the format given before `show`.
    exshow.add_argument("--format", choices=("text", "json"), default=argparse.SUPPRESS)
    exrender = exsub.add_parser("render", parents=[common],
                                help=tr("draw an exercise's key poses as a PNG contact sheet"))
    exrender.add_argument("id", nargs="?")
    exrender.add_argument("--all", action="store_true", help=tr("every exercise, one PNG each"))
    exrender.add_argument("-o", "--output", required=True,
                          help=tr("the PNG file (with an ID) or the folder (with --all)"))
    check = sub.add_parser("checklist", parents=[common], help=tr("the workstation checklist"))
    checksub = check.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    items = checksub.add_parser("items", parents=[common], help=tr("list the questions"))
    items.add_argument("--format", choices=("text", "json"), default="text")
    export = checksub.add_parser("export", parents=[common], help=tr("export an assessment"))
    export.add_argument("--format", choices=("pdf", "json"), required=True)
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export.add_argument("--assessment", default="latest", metavar="latest|YYYY-MM-DD")
    pol = sub.add_parser("policy", parents=[common], help=tr("organisation policy"))
    polsub = pol.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    polshow = polsub.add_parser("show", parents=[common],
                                help=tr("the effective policy and its sources"))
    polshow.add_argument("--root", metavar="DIR", type=Path,
                         help=tr("try a policy folder laid out like /etc/deskcoach instead "
                              "(only this command reads it)"))
    polval = polsub.add_parser("validate", parents=[common],
                               help=tr("check a policy file, or every file of a policy folder"))
    polwhat = polval.add_mutually_exclusive_group(required=True)
    polwhat.add_argument("file", type=Path, nargs="?")
    polwhat.add_argument("--root", metavar="DIR", type=Path,
                         help=tr("every policy file in DIR, laid out like /etc/deskcoach"))
    stats = sub.add_parser("stats", parents=[common], help=tr("breaks per day"))
    when = stats.add_mutually_exclusive_group()  # values checked by the command (one line)
    when.add_argument("--days", metavar="N", help=tr("the last N days (default 7)"))
    when.add_argument("--since", metavar="YYYY-MM-DD")
    when.add_argument("--summary", action="store_true",
                      help=tr("the dashboard's headline figures, over all of the history"))
    stats.add_argument("--until", metavar="YYYY-MM-DD",
                       help=tr("the last day shown (default today)"))
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    exp = sub.add_parser("export", parents=[common], help=tr("write all your data to a JSON file"))
    exp.add_argument("file", type=Path)
    imp = sub.add_parser("import", parents=[common], help=tr("merge an export into this profile"))
    imp.add_argument("file", type=Path)
    _coach_commands(sub, common)
    config = sub.add_parser("config", parents=[common], help=tr("show, set or check settings"))
    csub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = csub.add_parser("show", parents=[common],
                           help=tr("every effective value and its source"))
    show.add_argument("--json", action="store_true")
    cset = csub.add_parser("set", parents=[common], help=tr("set KEY to VALUE (applied live)"))
    cset.add_argument("key")
    cset.add_argument("value")
    validate = csub.add_parser("validate", parents=[common], help=tr("check a settings file"))
    validate.add_argument("file", type=Path)
    return parser


def _coach_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`checkin`, `log` and `programme` (deskcoach/cli/coach.py)."""
    from deskcoach.core.checkins import KINDS
    from deskcoach.core.redflags import BY_ID
    from deskcoach.core.settings import REGION_NAMES

    check = sub.add_parser("checkin", parents=[common], help=tr("log how your body feels now"))
    check.add_argument("--pain", metavar="N", required=True, help=tr("pain or discomfort, 0-10"))
    check.add_argument("--region", choices=REGION_NAMES)
    check.add_argument("--exercise", metavar="ID", help=tr("the exercise it is about"))
    check.add_argument("--kind", choices=KINDS, default="manual",
                       help=tr("morning: how it feels on waking (paces the plan)"))
    check.add_argument("--symptom", choices=tuple(BY_ID), action="append",
                       help=tr("a warning sign you notice (shows when to get help)"))
    check.add_argument("--note", metavar="TEXT", help=tr("a few words of your own"))
    log = sub.add_parser("log", parents=[common], help=tr("your check-ins and plan changes"))
    log.add_argument("--days", metavar="N", default="14", help=tr("the last N days (default 14)"))
    log.add_argument("--format", choices=("table", "csv", "json"), default="table")
    log.add_argument("--pdf", metavar="FILE", type=Path,
                     help=tr("write a one-page PDF to take to a clinician instead"))
    prog = sub.add_parser("programme", parents=[common], help=tr("multi-week programmes"))
    psub = prog.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    for action, text in (("list", QT_TR_NOOP("the programmes")),
                         ("show", QT_TR_NOOP("one programme's phases")),
                         ("start", QT_TR_NOOP("start a programme")),
                         ("stop", QT_TR_NOOP("stop the running one")),
                         ("status", QT_TR_NOOP("the running programme, its phase and week"))):
        one = psub.add_parser(action, parents=[common], help=tr(text))
        if action in ("show", "start"):
            one.add_argument("id")
        if action != "start" and action != "stop":
            one.add_argument("--format", choices=("text", "json"), default="text")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(tr("%1 is not a number"), repr(text))) from None
    if not 0 < value <= 100_000:
        raise argparse.ArgumentTypeError(tr("the time scale must be above 0 and at most 100000"))
    return value


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no UTC offset")
    return moment


def _command_at(args: Sequence[str]) -> int | None:
    """Where the command is named, past the options before it (as `--profile DIR`)."""
    i = 0
    while i < len(args):
        if args[i] in ("--profile", "--time-scale", "--lang"):
            i += 2
        elif args[i].startswith("-"):
            i += 1
        else:
            return i
    return None


def _negative_pause_last(argv: Sequence[str]) -> list[str]:
    """`pause -5m`: argparse takes "-5m" for an option and says the length is missing. Move
    such a length to the end, after `--`, so it is read (and refused) as a length."""
    args = list(argv)
    command_at = _command_at(args)
    if command_at is None or args[command_at] != "pause" or "--" in args:
        return args
    for j in range(command_at + 1, len(args)):
        if re.match(r"-\d", args[j]):
            return [*args[:j], *args[j + 1:], "--", args[j]]
    return args


def _option(argv: Sequence[str], name: str) -> str | None:
    """An option's value before argparse runs (--lang X or --lang=X; the last one wins)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith(name + "="):
            found = arg.partition("=")[2]
    return found


def _speak(argv: Sequence[str]) -> None:
    """Load the catalogues before the parser is built, so --help and its errors are translated.

    --lang wins, then the profile's `language` setting, then the desktop's language."""
    from deskcoach.cli.argparse_words import install
    from deskcoach.services.language_setting import resolve, setting_language, speak
    from deskcoach.store.paths import resolve as profile_paths

    try:
        settings_file: Path | None = profile_paths(_option(argv, "--profile")).settings_file
    except (OSError, ValueError):
        settings_file = None  # the command itself says what is wrong with the profile
    speak(resolve(setting_language(settings_file, _option(argv, "--lang"))))
    install()


def _uses_profile(args: argparse.Namespace, command: str) -> bool:
    """Whether `command` reads or writes the profile (which must then be the user's own)."""
    if command in ("policy", "exercises", "doctor", "safety"):
        return False
    if command == "config" and args.config_command == "validate":
        return False
    return not (command == "checklist" and args.checklist_command == "items")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that stops early (`deskcoach exercises | head`) ends it
    quietly, as it does any other command-line tool."""
    try:
        status = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's advice: point stdout at devnull so the flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status


def _window_parser() -> argparse.ArgumentParser:
    """The dashboard's own process (deskcoach/progress_app.py), started by the app: a parser
    of its own, so its window is not kept waiting for the whole command line's."""
    parser = argparse.ArgumentParser(prog="deskcoach")
    parser.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--time-scale", type=_positive, default=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS)
    parser.add_argument("command", choices=("progress-window",))
    parser.add_argument("--anchor", type=_moment, default=None)
    return parser


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    at = _command_at(words)
    if at is not None and words[at] == "progress-window":  # speaks the app's --lang itself
        args = _window_parser().parse_args(words)
    else:
        app = at is None or words[at] == "run"
        if app:
            # Starting makes a hundred thousand objects and almost no garbage: the collector
            # would walk them some fifty times (5-9 ms). DeskCoachApp._settle turns it on.
            gc.disable()
            # The app's Qt-free modules load before PySide6 (which the translators bring):
            # imported after it, they cost 3 MB more for the whole session, and time. The
            # cycle's events wait for the first event, after the tray icon shows.
            from deskcoach.platform.lazy_modules import load_lazily

            load_lazily()
            import deskcoach.app  # noqa: F401
        args = _parse(words, app)
    from deskcoach.store.paths import resolve

    paths = resolve(getattr(args, "profile", None))
    command = args.command or "run"
    if _uses_profile(args, command):
        problem = paths.problem()
        if problem:
            print(fill(tr("DeskCoach will not use this profile: %1."), problem), file=sys.stderr)
            return 1
    if command == "safety":
        from deskcoach.core.safety import as_text

        print(as_text())
        return 0
    if command == "run":
        from deskcoach.app import run

        return run(paths, getattr(args, "time_scale", 1.0), getattr(args, "lang", None))
    if command == "progress-window":
        from deskcoach.progress_app import run as run_window

        return run_window(paths, getattr(args, "time_scale", 1.0), args.anchor,
                          getattr(args, "lang", None))
    if command in ("config", "policy", "doctor"):
        from deskcoach.cli import settings

        return (settings.config(args, paths) if command == "config"
                else settings.policy(args) if command == "policy" else settings.doctor(paths))
    if command in ("exercises", "checklist"):
        from deskcoach.cli import content

        return (content.exercises(args) if command == "exercises"
                else content.checklist(args, paths))
    if command in ("stats", "export", "import"):
        from deskcoach.cli import data

        return (data.stats(args, paths) if command == "stats"
                else data.transfer(command, args.file, paths))
    if command in ("checkin", "log", "programme"):
        from deskcoach.cli import coach

        return (coach.checkin(args, paths) if command == "checkin"
                else coach.log(args, paths) if command == "log" else coach.programme(args, paths))
    from deskcoach.cli import remote

    if command == "status":
        return remote.status(paths, args.json)
    if command == "pause":
        refused = remote.check_pause(args.length)
        return refused if refused is not None else remote.forward(
            paths, "pause", {"length": args.length})
    if command == "open":
        return remote.forward(paths, "open", {"window": args.window})
    if command == "break-now" and args.exercise:
        return remote.forward(paths, "break-with", {"exercise": args.exercise})
    return remote.forward(paths, FORWARDED[command], {})


if __name__ == "__main__":
    sys.exit(main())
