"""The control protocol between `deskcoach COMMAND` and the running app.

One JSON object per line each way. Only the commands listed here are accepted; anything
else, oversized or malformed, is answered with an error and never crashes the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

MAX_MESSAGE_BYTES: Final = 16 * 1024

#: command -> the argument names it takes (all strings)
COMMANDS: Final[dict[str, tuple[str, ...]]] = {
    "status": (),
    "break-now": (),
    "break-with": ("exercise",),
    "swap": (),
    "done": (),
    "snooze": (),
    "skip": (),
    "pause": ("length",),
    "resume": (),
    "quit": (),
    "activate": (),
    "config-set": ("key", "value"),
    "open": ("window",),
    "import": ("file",),  # an export file's absolute path: the app reads and merges it
    "checkin": ("pain", "kind", "region", "exercise", "flags", "note"),  # deskcoach.coach
    "programme": ("action", "id"),
}

#: the windows `deskcoach open` can bring up in the running app
WINDOWS: Final = ("progress", "settings", "checklist")


class ProtocolError(ValueError):
    pass


@dataclass(frozen=True)
class Request:
    cmd: str
    args: dict[str, str]

    def encode(self) -> bytes:
        return json.dumps({"cmd": self.cmd, "args": self.args}).encode() + b"\n"


def decode_request(raw: bytes) -> Request:
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message too long ({len(raw)} bytes, limit {MAX_MESSAGE_BYTES})")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, too deep, huge numbers
        raise ProtocolError(f"not a JSON message: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cmd"), str):
        raise ProtocolError("a message must be an object with a 'cmd' string")
    cmd = data["cmd"]
    if cmd not in COMMANDS:
        raise ProtocolError(f"unknown command {cmd!r}")
    args = data.get("args", {})
    if not isinstance(args, dict):
        raise ProtocolError("'args' must be an object")
    expected = COMMANDS[cmd]
    if set(args) != set(expected) or not all(isinstance(v, str) for v in args.values()):
        raise ProtocolError(f"'{cmd}' takes {', '.join(expected) or 'no arguments'} as strings")
    return Request(cmd, {k: str(v) for k, v in args.items()})


def encode_reply(ok: bool, result: Any = None, error: str = "") -> bytes:
    body: dict[str, Any] = {"ok": ok}
    if ok:
        body["result"] = result
    else:
        body["error"] = error
    return json.dumps(body).encode() + b"\n"


def decode_reply(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise ProtocolError(f"the running DeskCoach sent an unreadable reply: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
        raise ProtocolError("the running DeskCoach sent a malformed reply")
    return data
