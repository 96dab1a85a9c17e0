"""One DeskCoach per user and profile: a control socket only that user can reach.

A second `deskcoach` connects, hands over its command as one JSON line, prints the reply and
exits. On Unix the socket is a file in a folder only its user can enter (see
`deskcoach.platform.owner.socket_folder`), named after a hash of the canonical profile folder;
both ends check that the other runs as the same user (`ipc_unix`). On Windows it is a named
pipe that QLocalServer opens to its user alone (`ipc_pipe`, the only user of QtNetwork).
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import Any

from deskcoach.platform.owner import MAX_SOCKET_PATH, UnsafeFolder, socket_folder
from deskcoach.services.protocol import (
    IDLE_MS,
    MAX_CONNECTIONS,
    ForeignSocket,
    NoAnswer,
    ProtocolError,
    Request,
)
from deskcoach.store.instance_lock import InstanceLock

if sys.platform == "win32":
    from deskcoach.services.ipc_pipe import ControlServer
    from deskcoach.services.ipc_pipe import send as _send
else:
    from deskcoach.services.ipc_unix import ControlServer
    from deskcoach.services.ipc_unix import send as _send

__all__ = ["IDLE_MS", "MAX_CONNECTIONS", "ControlServer", "ForeignSocket", "NoAnswer", "claim",
           "send", "server_name"]


def server_name(profile_root: Path) -> str:
    """The control socket of the profile at `profile_root` (canonical): a full path on Unix,
    a pipe name on Windows. Raises UnsafeFolder when no private folder can hold it."""
    # zlib rather than hashlib: hashlib would load OpenSSL (3 MB) to tell profiles apart.
    digest = f"{zlib.crc32(str(profile_root).encode()):08x}"
    if sys.platform == "win32":
        import getpass

        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name: fall back to something stable
            user = "user"
        safe_user = "".join(c for c in user if c.isalnum())[:24] or "user"
        return f"deskcoach-{safe_user}-{digest}"
    path = socket_folder() / f"deskcoach-{digest}"
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise UnsafeFolder(f"the control socket {path} would be a longer path than the system "
                           "allows; set XDG_RUNTIME_DIR to a shorter private folder")
    return str(path)


def claim(name: str, lock: InstanceLock) -> tuple[ControlServer | None, str]:
    """Become the one app of a profile: take its lock, then listen on `name`. (None, "")
    when another app has the profile and was told to show itself; (None, why) when this
    one cannot start. A profile whose lock cannot be made (read-only) relies on the socket."""
    held = lock.acquire()
    if held is not True:
        try:
            answer = send(name, Request("activate", {}), timeout_ms=2000)
        except ProtocolError as exc:
            return None, f"DeskCoach cannot use its control socket: {exc}."
        if answer is not None:
            return None, ""
        if held is False:
            return None, (f"DeskCoach is already running for this profile (it holds "
                          f"{lock.path}) but does not answer on its control socket.")
    server = ControlServer(name)
    if not server.listen():
        lock.release()
        return None, f"DeskCoach could not open its control socket {name}."
    return server, ""


def send(name: str, request: Request, timeout_ms: int = 5000) -> dict[str, Any] | None:
    """Send one request to the running app; None when no DeskCoach is running.

    Raises ForeignSocket for a socket that is not this user's (nothing is sent), and NoAnswer
    when the app took the request but did not answer within `timeout_ms`."""
    return _send(name, request, timeout_ms)
