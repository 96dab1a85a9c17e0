"""The commands that talk to the running app over its control socket."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED


def ask(paths: Any, cmd: str, fields: dict[str, str],
        timeout_ms: int = 5000) -> dict[str, Any] | None:
    """The app's reply; None when it is not running. A reply with "failed" set means no
    answer came (the socket is not ours, or the app did not answer in time), not a refusal."""
    from deskcoach.platform.owner import UnsafeFolder
    from deskcoach.services.ipc import ForeignSocket, NoAnswer, send, server_name
    from deskcoach.services.protocol import ProtocolError, Request

    if sys.platform == "win32":  # QLocalSocket (the named pipe) wants an application object
        from PySide6.QtCore import QCoreApplication

        _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    try:
        return send(server_name(paths.config_dir.parent), Request(cmd, fields), timeout_ms)
    except (NoAnswer, ForeignSocket, UnsafeFolder) as exc:
        return {"ok": False, "error": str(exc), "failed": True}
    except ProtocolError as exc:
        return {"ok": False, "error": str(exc)}


def failed(reply: dict[str, Any]) -> int | None:
    """EXIT_FAIL, told plainly, when the app could not be asked or did not answer."""
    if reply.get("failed"):
        print(f"DeskCoach: {reply.get('error')}", file=sys.stderr)
        return EXIT_FAIL
    return None


def _not_running() -> int:
    print("DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).",
          file=sys.stderr)
    return EXIT_FAIL


def forward(paths: Any, cmd: str, fields: dict[str, str]) -> int:
    reply = ask(paths, cmd, fields)
    if reply is None:
        return _not_running()
    if (code := failed(reply)) is not None:
        return code
    if not reply["ok"]:
        print(f"Refused: {reply.get('error', 'unknown error')}", file=sys.stderr)
        return EXIT_REFUSED
    result = reply.get("result")
    if isinstance(result, dict) and "state" in result:
        print(_describe(result))
    elif isinstance(result, str):
        print(result)
    return EXIT_OK


def check_pause(length: str) -> int | None:
    """Refuse a pause length that cannot be read here, before asking the app (status 2)."""
    from deskcoach.core.durations import DurationError, parse_pause

    try:
        parse_pause(length, datetime.now().astimezone())
    except DurationError as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    return None


def status(paths: Any, as_json: bool) -> int:
    reply = ask(paths, "status", {})
    if reply is None:
        return _not_running()
    if (code := failed(reply)) is not None:
        return code
    if not reply["ok"]:
        print(reply.get("error", "unknown error"), file=sys.stderr)
        return EXIT_FAIL
    result = reply["result"]
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        print(_describe(result))
        today = result["today"]
        print("Today: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in today.items()))
        if result.get("programme"):
            week, weeks = result["week"], result["weeks"]
            plan = f"of {weeks}" if week <= weeks else f"of a {weeks}-week programme"
            print(f"Programme: {result['programme']}, week {week} {plan}, phase "
                  f"{result['phase']} ({result['phase_name']})")
    return EXIT_OK


def _describe(status: dict[str, Any]) -> str:
    state = status["state"]
    if state == "on_break":
        return f"On a break: {status['break_seconds_left']} s left."
    if state == "paused" and status.get("paused_until"):
        return f"Paused until {local_time(status['paused_until'])}."
    if status.get("reason") in ("idle", "locked"):
        minutes, seconds = divmod(int(status["seconds_left"]), 60)
        why = "the screen is locked" if status["reason"] == "locked" else "you are away"
        return f"Work timer stopped ({why}) with {minutes}:{seconds:02d} to the next break."
    if not status.get("next_break_at"):
        return f"{state.replace('_', ' ').capitalize()}."
    when = local_time(status["next_break_at"])
    return f"{state.replace('_', ' ').capitalize()}: next break at {when} " \
           f"(in {status['seconds_left']} s)."


def local_time(iso: str, now: datetime | None = None) -> str:
    """An ISO time from the app as a person reads it: the local clock time, with the day
    when it is not today ("09:51", "Thu 3 Dec 04:00")."""
    moment = datetime.fromisoformat(iso).astimezone()
    today = (now or datetime.now().astimezone()).date()
    if moment.date() == today:
        return f"{moment:%H:%M}"
    return f"{moment:%a} {moment.day} {moment:%b %H:%M}"
