"""One DeskCoach per user and profile: a QLocalServer only that user can reach.

A second `deskcoach` connects, hands over its command as one JSON line, prints the reply and
exits. On Unix the socket is a file in a folder only its user can enter (see
`deskcoach.platform.owner.socket_folder`), named after a hash of the canonical profile folder;
both ends check that the other runs as the same user. On Windows it is a named pipe that
QLocalServer opens to its user alone.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from shiboken6 import isValid

from deskcoach.platform.owner import (
    MAX_SOCKET_PATH,
    UnsafeFolder,
    own_uid,
    peer_uid,
    socket_folder,
    socket_problem,
    user_name,
)
from deskcoach.protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_reply,
    decode_request,
    encode_reply,
)
from deskcoach.store.instance_lock import InstanceLock

log = logging.getLogger(__name__)
Reply = Callable[[bool, Any, str], None]
#: connections open at once; more are closed at once (a flood cannot hold the app)
MAX_CONNECTIONS: Final = 16
#: a connection that has not sent its whole request by then is closed
IDLE_MS: Final = 10_000


class NoAnswer(ProtocolError):
    """The app took the request but did not answer in time: it may still carry it out."""


class ForeignSocket(ProtocolError):
    """The control socket is another user's: nothing was sent to it."""


def server_name(profile_root: Path) -> str:
    """The control socket of the profile at `profile_root` (canonical): a full path on Unix,
    a pipe name on Windows. Raises UnsafeFolder when no private folder can hold it."""
    # zlib rather than hashlib: hashlib would load OpenSSL (3 MB) to tell profiles apart.
    digest = f"{zlib.crc32(str(profile_root).encode()):08x}"
    if sys.platform == "win32":
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


class ControlServer(QObject):
    """Accepts one request per connection, from this user only, and emits it with a way to
    reply. At most MAX_CONNECTIONS are open; one idle for IDLE_MS is closed."""

    request = Signal(object, object)  # Request, Reply

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._open: set[QLocalSocket] = set()
        self.name = name

    def listen(self) -> bool:
        """Start listening; clears a stale socket left by a crashed run. The caller holds the
        profile's instance lock, so no other DeskCoach of this profile can be answering."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    @property
    def open_connections(self) -> int:
        return len(self._open)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if len(self._open) >= MAX_CONNECTIONS:
                log.warning("refused a control connection: %d already open", len(self._open))
                self._drop(sock)
                continue
            uid, mine = peer_uid(int(sock.socketDescriptor())), own_uid()
            if mine is not None and uid != mine:
                log.warning("refused a control connection from %s",
                            "an unknown user" if uid is None else user_name(uid))
                self._drop(sock)
                continue
            self._open.add(sock)
            buffer = bytearray()
            timer = QTimer(sock)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=sock: self._drop(s))
            timer.start(IDLE_MS)
            sock.readyRead.connect(lambda s=sock, b=buffer: self._read(s, b))
            sock.disconnected.connect(lambda s=sock: self._release(s))

    def _drop(self, sock: QLocalSocket) -> None:
        if isValid(sock):
            sock.abort()
            self._release(sock)

    def _release(self, sock: QLocalSocket) -> None:
        """Free a finished connection. Qt makes the socket a child of the server, and PySide
        keeps its wrapper in the server wrapper's list of children, which Qt deleting the
        socket does not clear: about 1 KB per connection, for the whole session. Unparenting
        takes it off that list; deleteLater frees it once its signal has been handled."""
        if sock in self._open:
            self._open.discard(sock)
            if isValid(sock):
                sock.setParent(None)
                sock.deleteLater()
        elif isValid(sock) and sock.parent() is not None:
            sock.setParent(None)
            sock.deleteLater()

    def _read(self, sock: QLocalSocket, buffer: bytearray) -> None:
        if not isValid(sock) or sock not in self._open:
            return
        buffer += bytes(sock.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            self._answer(sock, encode_reply(False, error="message too long"))
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        buffer.clear()
        try:
            req = decode_request(line)
        except ProtocolError as exc:
            log.warning("refused a control message: %s", exc)
            self._answer(sock, encode_reply(False, error=str(exc)))
            return

        def reply(ok: bool, result: Any = None, error: str = "") -> None:
            self._answer(sock, encode_reply(ok, result, error))

        self.request.emit(req, reply)

    def _answer(self, sock: QLocalSocket, data: bytes) -> None:
        """Reply and hang up; a client that has gone (it gave up waiting) is simply let go."""
        if not isValid(sock) or sock not in self._open:
            return
        if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
            self._release(sock)
            return
        sock.write(QByteArray(data))
        # Writing to a client that has gone emits `disconnected` at once, which frees it.
        if isValid(sock) and sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            sock.flush()
        if isValid(sock) and sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            sock.disconnectFromServer()


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
    if sys.platform != "win32":
        problem = socket_problem(Path(name))
        if problem:
            raise ForeignSocket(f"{problem}: DeskCoach will not talk to it")
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return None
    uid, mine = peer_uid(int(sock.socketDescriptor())), own_uid()
    if mine is not None and uid is not None and uid != mine:
        sock.abort()
        raise ForeignSocket(f"the control socket {name} is served by {user_name(uid)}, not by "
                            "you: DeskCoach will not talk to it")
    sock.write(QByteArray(request.encode()))
    sock.flush()
    data = bytearray()
    while b"\n" not in data:
        if not sock.waitForReadyRead(timeout_ms):
            if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
                data += bytes(sock.readAll().data())
                break
            sock.abort()
            raise NoAnswer(f"DeskCoach did not answer within {timeout_ms / 1000:g} s; it may "
                           "still carry out the command (`deskcoach status` tells)")
        data += bytes(sock.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES * 8:
            raise ProtocolError("the running DeskCoach sent an oversized reply")
    sock.disconnectFromServer()
    if not data:
        raise ProtocolError("the running DeskCoach closed the connection without answering")
    return decode_reply(bytes(data).split(b"\n", 1)[0])
