"""The control socket on Linux and macOS: a plain Unix socket that a QSocketNotifier watches.

QtNetwork's QLocalServer did the same, but it links the Kerberos and GSSAPI libraries: about
2.5 MB resident in an idle app, for one socket the standard library already handles. The
socket file sits in a folder only its user can enter (`deskcoach.platform.owner`), is made
0600, and both ends check the other's user id.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import time
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from deskcoach.platform.owner import own_uid, peer_uid, socket_problem, user_name
from deskcoach.services.protocol import (
    IDLE_MS,
    MAX_CONNECTIONS,
    MAX_MESSAGE_BYTES,
    ForeignSocket,
    ProtocolError,
    Request,
    decode_reply,
    dispatch,
    encode_reply,
    no_answer,
)

log = logging.getLogger(__name__)
BACKLOG = 64  # connections the kernel queues before we accept them


class _Connection:
    """One client: its socket, what it sent so far, what is left to send back."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.fd = sock.fileno()
        self.deadline = time.monotonic() + IDLE_MS / 1000
        self.received = bytearray()
        self.unsent = b""
        self.reader = QSocketNotifier(self.fd, QSocketNotifier.Type.Read)
        self.writer: QSocketNotifier | None = None

    def close(self) -> None:
        """Stop watching, then close (a notifier must never watch a closed descriptor)."""
        self.reader.setEnabled(False)
        if self.writer is not None:
            self.writer.setEnabled(False)
        self.sock.close()


class ControlServer(QObject):
    """Accepts one request per connection, from this user only, and emits it with a way to
    reply. At most MAX_CONNECTIONS are open; one open for IDLE_MS is closed."""

    request = Signal(object, object)  # Request, Reply

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._sock: socket.socket | None = None
        self._listener: QSocketNotifier | None = None
        self._bound: tuple[int, int] | None = None  # the socket file we made (dev, inode)
        self._open: dict[int, _Connection] = {}  # by file descriptor
        # Closed connections wait here for the event loop: a notifier must not be deleted
        # while it is emitting (the close usually happens in its own slot).
        self._closed: list[_Connection] = []
        self._sweep = QTimer(self)
        self._sweep.setSingleShot(True)
        self._sweep.timeout.connect(self._closed.clear)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._drop_idle)

    def listen(self) -> bool:
        """Start listening; clears a stale socket left by a crashed run. The caller holds the
        profile's instance lock, so no other DeskCoach of this profile can be answering."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                sock.bind(self.name)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
                os.unlink(self.name)
                sock.bind(self.name)
            os.chmod(self.name, 0o600)  # the folder is private already; this too
            info = os.lstat(self.name)
            sock.listen(BACKLOG)
            sock.setblocking(False)
        except OSError as exc:
            log.warning("cannot listen on %s: %s", self.name, exc.strerror or exc)
            sock.close()
            return False
        self._sock, self._bound = sock, (info.st_dev, info.st_ino)
        self._listener = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._listener.activated.connect(self._accept)
        return True

    def close(self) -> None:
        """Stop answering and remove the socket file (if it is still the one we made)."""
        for conn in list(self._open.values()):
            self._release(conn)
        if self._listener is not None:
            self._listener.setEnabled(False)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            try:
                info = os.lstat(self.name)
                if (info.st_dev, info.st_ino) == self._bound:
                    os.unlink(self.name)
            except OSError:
                pass

    @property
    def open_connections(self) -> int:
        return len(self._open)

    def _accept(self) -> None:
        while self._sock is not None:
            try:
                sock, _address = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of descriptors: the rest wait in the queue
                log.warning("cannot accept a control connection: %s", exc.strerror or exc)
                return
            if len(self._open) >= MAX_CONNECTIONS:
                log.warning("refused a control connection: %d already open", len(self._open))
                sock.close()
                continue
            uid, mine = peer_uid(sock.fileno()), own_uid()
            if mine is not None and uid != mine:
                log.warning("refused a control connection from %s",
                            "an unknown user" if uid is None else user_name(uid))
                sock.close()
                continue
            sock.setblocking(False)
            conn = _Connection(sock)
            conn.reader.activated.connect(self._readable)
            self._open[conn.fd] = conn
            if not self._idle.isActive():
                self._idle.start(IDLE_MS)

    def _from(self, notifier: object) -> _Connection | None:
        """The open connection a notifier belongs to (None once it has been closed)."""
        for conn in self._open.values():
            if notifier is conn.reader or notifier is conn.writer:
                return conn
        return None

    def _release(self, conn: _Connection) -> None:
        if self._open.get(conn.fd) is conn:
            del self._open[conn.fd]
            conn.close()
            self._closed.append(conn)
            self._sweep.start(0)

    def _drop_idle(self) -> None:
        now = time.monotonic()
        for conn in [c for c in self._open.values() if c.deadline <= now]:
            self._release(conn)
        if self._open:
            first = min(c.deadline for c in self._open.values())
            self._idle.start(max(1, int((first - now) * 1000) + 1))

    def _readable(self) -> None:
        conn = self._from(self.sender())
        if conn is None:
            return
        while b"\n" not in conn.received:
            try:
                chunk = conn.sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                chunk = b""
            if not chunk:  # the client has gone
                self._release(conn)
                return
            conn.received += chunk
            if len(conn.received) > MAX_MESSAGE_BYTES:
                self._answer(conn, encode_reply(False, error="message too long"))
                return
        conn.reader.setEnabled(False)  # one request per connection
        dispatch(conn.received, partial(self._answer, conn), self.request.emit)

    def _answer(self, conn: _Connection, data: bytes) -> None:
        """Reply and hang up; a client that has gone (it gave up waiting) is simply let go."""
        if self._open.get(conn.fd) is not conn or conn.unsent:
            return
        conn.reader.setEnabled(False)
        conn.unsent = data
        self._send(conn)

    def _writable(self) -> None:
        conn = self._from(self.sender())
        if conn is not None:
            self._send(conn)

    def _send(self, conn: _Connection) -> None:
        while conn.unsent:
            try:
                sent = conn.sock.send(conn.unsent)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:  # gone
                self._release(conn)
                return
            conn.unsent = conn.unsent[sent:]
        if not conn.unsent:
            self._release(conn)
        elif conn.writer is None:  # the rest once the client has read some
            conn.writer = QSocketNotifier(conn.fd, QSocketNotifier.Type.Write)
            conn.writer.activated.connect(self._writable)


def send(name: str, request: Request, timeout_ms: int) -> dict[str, Any] | None:
    """One request over the Unix socket `name`; see `deskcoach.services.ipc.send`."""
    problem = socket_problem(Path(name))
    if problem:
        raise ForeignSocket(f"{problem}: DeskCoach will not talk to it")
    deadline = time.monotonic() + timeout_ms / 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_ms / 1000)
        try:
            sock.connect(name)
        except OSError:  # no socket, a stale one, or no room: no app answers there
            return None
        uid, mine = peer_uid(sock.fileno()), own_uid()
        if mine is not None and uid is not None and uid != mine:
            raise ForeignSocket(f"the control socket {name} is served by {user_name(uid)}, "
                                "not by you: DeskCoach will not talk to it")
        data = bytearray()
        try:
            sock.sendall(request.encode())
            while b"\n" not in data:
                sock.settimeout(max(0.001, deadline - time.monotonic()))
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
                if len(data) > MAX_MESSAGE_BYTES * 8:
                    raise ProtocolError("the running DeskCoach sent an oversized reply")
        except TimeoutError:
            raise no_answer(timeout_ms) from None
        except OSError:  # hung up on (refused, or gone mid-request)
            pass
    if b"\n" not in data:
        raise ProtocolError("the running DeskCoach closed the connection without answering")
    return decode_reply(bytes(data).split(b"\n", 1)[0])
