"""Driving a running DeskCoach from the end-to-end tests, the soak run and the benchmark: the
control protocol spoken straight over its socket (fast, and safe from any thread), and
waiting for a condition with a deadline."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def socket_path(profile: Path) -> Path:
    """Where the app puts the control socket for this profile (a full path on Unix)."""
    from deskcoach.services.ipc import server_name
    from deskcoach.store.paths import resolve

    return Path(server_name(resolve(profile).config_dir.parent))


class Control:
    """What the CLI sends, without starting a process: for reacting within milliseconds."""

    def __init__(self, profile: Path, timeout: float = 3.0) -> None:
        self.path = socket_path(profile)
        self.timeout = timeout

    def ask(self, cmd: str, timeout: float | None = None, **args: str) -> dict[str, Any] | None:
        """The reply, or None when nothing answered (not running, or killed mid-request)."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(self.timeout if timeout is None else timeout)
            try:
                sock.connect(str(self.path))
                sock.sendall(json.dumps({"cmd": cmd, "args": args}).encode() + b"\n")
                data = b""
                while b"\n" not in data:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return None
                    data += chunk
            except OSError:
                return None
        reply: dict[str, Any] = json.loads(data.split(b"\n", 1)[0])
        return reply

    def status(self) -> dict[str, Any] | None:
        reply = self.ask("status")
        return reply["result"] if reply and reply["ok"] else None


class TimedOut(AssertionError, TimeoutError):
    """A wait that ran out: a failed check for the tests, a timeout for the tools, so a caller
    catches it under either name."""


def wait_for(check: Callable[[], T | None], timeout: float, what: str,
             interval: float = 0.05) -> T:
    """Poll `check` until it returns something truthy; TimedOut naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimedOut(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)
