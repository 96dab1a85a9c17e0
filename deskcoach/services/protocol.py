"""The control protocol between `deskcoach COMMAND` and the running app.

One JSON object per line each way. Only the commands listed here are accepted; anything
else, oversized or malformed, is answered with an error and never crashes the app.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

Reply = Callable[[bool, Any, str], None]

MAX_MESSAGE_BYTES: Final = 16 * 1024
#: connections open at once; more are closed at once (a flood cannot hold the app)
MAX_CONNECTIONS: Final = 16
#: a connection that has not sent its whole request by then is closed
IDLE_MS: Final = 10_000

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
    "checkin": ("pain", "kind", "region", "exercise", "flags", "note"),  # services.coaching
    "programme": ("action", "id"),
}

#: the commands the coach answers (services.coaching), loaded on their first use
COACH_COMMANDS: Final = ("checkin", "programme")

#: the windows `deskcoach open` can bring up in the running app
WINDOWS: Final = ("progress", "settings", "checklist")


class ProtocolError(ValueError):
    pass


class NoAnswer(ProtocolError):
    """The app took the request but did not answer in time: it may still carry it out."""


class ForeignSocket(ProtocolError):
    """The control socket is another user's: nothing was sent to it."""


def no_answer(timeout_ms: int) -> NoAnswer:
    return NoAnswer(f"DeskCoach did not answer within {timeout_ms / 1000:g} s; it may still "
                    "carry out the command (`deskcoach status` tells)")


@dataclass(frozen=True)
class Request:
    """One control-socket command and its string arguments, checked against COMMANDS."""

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


def dispatch(received: bytearray, answer: Callable[[bytes], None],
             emit: Callable[[Request, Reply], None]) -> None:
    """The first line of `received` (then emptied): handed to `emit` with a way to reply
    through `answer`, or refused through it when it is not a valid request."""
    line = bytes(received.split(b"\n", 1)[0])
    received.clear()
    try:
        req = decode_request(line)
    except ProtocolError as exc:
        import logging  # here: the command line, which never dispatches, needs no logging

        logging.getLogger(__name__).warning("refused a control message: %s", exc)
        answer(encode_reply(False, error=str(exc)))
        return

    def reply(ok: bool, result: Any = None, error: str = "") -> None:
        answer(encode_reply(ok, result, error))

    emit(req, reply)


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
