"""Settings, policy and the desktop check, read and written without the app."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.cli.remote import ask, failed
from deskcoach.core import settings as schema
from deskcoach.core.i18n import fill, tr


def config(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.settings_file import SettingsFile

    if args.config_command == "validate":
        return _validate(args.file)
    file = SettingsFile(paths.settings_file)
    if args.config_command == "set":
        try:
            parsed = schema.parse_text(args.key, args.value)
        except schema.SettingError as exc:
            print(fill(tr("Refused: %1"), exc), file=sys.stderr)
            return EXIT_REFUSED
        unknown = _unknown_exercises(args.key, parsed)
        if unknown:
            print(fill(tr("Refused: 'avoid_exercises' names no exercise %1 (`deskcoach exercises` "
                          "lists them)"), repr(unknown)), file=sys.stderr)
            return EXIT_REFUSED
        reply = ask(paths, "config-set", {"key": args.key, "value": args.value})
        if reply is not None:
            if (code := failed(reply)) is not None:
                return code
            if not reply["ok"]:
                print(fill(tr("Refused: %1"), reply.get('error')), file=sys.stderr)
                return EXIT_REFUSED
            print(fill(tr("%1 = %2 (applied to the running DeskCoach)"), args.key, args.value))
            return EXIT_OK
        loaded, resolved = effective(paths)
        value = schema.parse_text(args.key, args.value)
        refusal = resolved.check_user_change(args.key, value)
        if refusal:
            print(fill(tr("Refused: %1"), refusal), file=sys.stderr)
            return EXIT_REFUSED
        try:
            file.save(loaded.settings.with_value(args.key, value), loaded.explicit | {args.key})
        except OSError as exc:
            print(fill(tr("Could not save %1: %2"), file.path, exc.strerror or exc),
                       file=sys.stderr)
            return EXIT_FAIL
        if args.key == "start_at_login":
            problem = _follow_login(paths, bool(value))
            if problem:
                print(problem, file=sys.stderr)
                return EXIT_FAIL
        print(fill(tr("%1 = %2 (saved; DeskCoach is not running)"), args.key, args.value))
        return EXIT_OK
    loaded, resolved = effective(paths)
    for problem in (*loaded.problems, *resolved.problems):
        print(fill(tr("warning: %1"), problem), file=sys.stderr)
    rows: dict[str, dict[str, Any]] = {}
    for field in schema.FIELDS:
        source = resolved.sources[field.key]
        if source == "user":
            source = f"user ({file.path})"
        value = getattr(resolved.settings, field.key)
        if field.key == "start_at_login":  # what the next login will do, not just the wish
            from deskcoach.platform.autostart import autostart_enabled

            actual = autostart_enabled()
            if actual != value:
                source += ("; no login entry starts DeskCoach" if not actual
                           else "; a login entry starts DeskCoach")
            value = actual
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


def _follow_login(paths: Any, enabled: bool) -> str | None:
    """Write (or turn off) the login item, for this profile, as the app does."""
    from deskcoach.platform.autostart import set_autostart
    from deskcoach.store.paths import profile_of

    try:
        set_autostart(enabled, profile=profile_of(paths.settings_file))
    except (OSError, ValueError) as exc:
        return f"Saved, but could not change starting at login: {exc}"
    return None


def _unknown_exercises(key: str, value: object) -> str:
    """The first id in an `avoid_exercises` value that the catalogue does not have, or ""."""
    if key != "avoid_exercises" or not isinstance(value, tuple):
        return ""
    from deskcoach.store.catalogue import load_catalogue

    known = {exercise.id for exercise in load_catalogue().catalogue}
    return next((str(item) for item in value if item not in known), "")


def effective(paths: Any) -> tuple[Any, Any]:
    """The settings file as loaded, and what takes effect under the organisation's policy."""
    from deskcoach.core.policy import resolve
    from deskcoach.store.policy_sources import load_app_policy
    from deskcoach.store.settings_file import SettingsFile

    loaded = SettingsFile(paths.settings_file).load(datetime.now().astimezone())
    defaults = schema.Settings().as_dict()
    own = {k: v for k, v in loaded.settings.as_dict().items()
           if k in loaded.explicit or v != defaults[k]}
    return loaded, resolve(schema.Settings(), own, load_app_policy())


def policy(args: argparse.Namespace) -> int:
    """`policy show` and `policy validate`; `--root DIR` is read here and nowhere else."""
    from deskcoach.store.policy_report import policy_report
    from deskcoach.store.policy_sources import (
        linux_files,
        load_policy,
        policy_locations,
        validate_file,
    )

    root = [args.root] if args.root is not None else None
    if args.policy_command == "validate":
        if root is not None and not args.root.is_dir():
            print(fill(tr("%1: not a folder"), args.root), file=sys.stderr)
            return EXIT_REFUSED
        files = [args.file] if root is None else [f for f, _level in linux_files(root)]
        problems = [p for file in files for p in validate_file(file)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return EXIT_REFUSED
        if root is not None and not files:
            print(fill(tr("%1: no policy files (policy.json, managed/*.json, "
                          "recommended/*.json)"), args.root), file=sys.stderr)
            return EXIT_REFUSED
        print("\n".join(f"{file}: valid" for file in files))
        return EXIT_OK
    if root is not None:
        print(fill(tr("Trying the policy folder %1: DeskCoach itself reads only the system's "
                      "policy (see `deskcoach policy show`)."), args.root))
        print(policy_report(load_policy("linux", linux_roots=root),
                            policy_locations("linux", linux_roots=root)))
        return EXIT_OK
    from deskcoach.store.policy_sources import load_app_policy

    print(policy_report(load_app_policy(), policy_locations()))
    return EXIT_OK


def doctor(paths: Any) -> int:
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from deskcoach.platform.doctor import doctor, guess_platform_name, render
    from deskcoach.platform.owner import UnsafeFolder
    from deskcoach.platform.reports import platform_kind
    from deskcoach.services.ipc import server_name
    from deskcoach.store.policy_sources import load_app_policy, policy_locations

    platform_name = guess_platform_name()
    # Windows session notices go to a window, which needs a GUI application to exist.
    kind = QGuiApplication if platform_kind(platform_name) == "windows" else QCoreApplication
    _app = QCoreApplication.instance() or kind(sys.argv[:1])
    reports = doctor(platform_name, os.getpid())
    print(render(reports))
    policy = load_app_policy()
    where = ", ".join(policy.sources) or "none found"
    print(fill(tr("%1 %2 read from: %3"), format('policy', '<10'),
               format('ok' if not policy.problems else 'warning', '<7'), where))
    for problem in policy.problems:
        print(f"{'':<10} {'':<7} {problem}")
    print(fill(tr("%1 %2 looked in: %3"), format('', '<10'), format('', '<7'),
               ', '.join(policy_locations())))
    try:
        name, state = server_name(paths.config_dir.parent), "ok"
    except UnsafeFolder as exc:
        name, state = str(exc), "error"
    print(fill(tr("%1 %2 control socket: %3"), format('socket', '<10'), format(state, '<7'), name))
    unsafe = paths.problem()
    print(f"{'profile':<10} {'error' if unsafe else 'ok':<7} "
          f"{unsafe or ', '.join(str(f) for f in (paths.config_dir, paths.data_dir))}")
    return EXIT_OK


def _validate(path: Path) -> int:
    import tomllib  # here: `deskcoach stats` reads the settings through store.settings_file

    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        print(fill(tr("%1: cannot be read (%2)"), path, exc.strerror or exc), file=sys.stderr)
        return EXIT_REFUSED
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or TOML, absurd numbers
        print(fill(tr("%1: not a valid TOML file (%2)"), path, exc), file=sys.stderr)
        return EXIT_REFUSED
    problems = schema.from_mapping(data).problems
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        return EXIT_REFUSED
    print(fill(tr("%1: valid"), path))
    return EXIT_OK
