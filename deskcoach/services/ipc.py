"""One DeskCoach per user and profile: a QLocalServer only that user can reach.

A second `deskcoach` connects, hands over its command as one JSON line, prints the reply and
exits. The server name carries the user and a hash of the profile folder, so two users on one
terminal server, or two portable profiles, never collide.
"""

from __future__ import annotations

import getpass
import logging
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from deskcoach.services.protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_reply,
    decode_request,
    encode_reply,
)

log = logging.getLogger(__name__)
Reply = Callable[[bool, Any, str], None]


def server_name(profile_root: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: fall back to something stable
        user = "user"
    # zlib rather than hashlib: hashlib would load OpenSSL (3 MB) to tell profiles apart.
    digest = f"{zlib.crc32(str(profile_root).encode()):08x}"
    safe_user = "".join(c for c in user if c.isalnum())[:24] or "user"
    return f"deskcoach-{safe_user}-{digest}"


class ControlServer(QObject):
    """Accepts one request per connection and emits it with a way to reply."""

    request = Signal(object, object)  # Request, Reply

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.name = name

    def listen(self) -> bool:
        """Start listening; clears a stale socket left by a crashed run (none is answering)."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            buffer = bytearray()
            sock.readyRead.connect(lambda s=sock, b=buffer: self._read(s, b))
            sock.disconnected.connect(lambda s=sock: self._release(s))

    @staticmethod
    def _release(sock: QLocalSocket) -> None:
        """Free a finished connection. Qt makes the socket a child of the server, and PySide
        keeps its wrapper in the server wrapper's list of children, which Qt deleting the
        socket does not clear: about 1 KB per connection, for the whole session. Unparenting
        takes it off that list; deleteLater frees it once its signal has been handled."""
        sock.setParent(None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(sock.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            self._answer(sock, encode_reply(False, error="message too long"))
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        try:
            req = decode_request(line)
        except ProtocolError as exc:
            log.warning("refused a control message: %s", exc)
            self._answer(sock, encode_reply(False, error=str(exc)))
            return

        def reply(ok: bool, result: Any = None, error: str = "") -> None:
            self._answer(sock, encode_reply(ok, result, error))

        self.request.emit(req, reply)

    @staticmethod
    def _answer(sock: QLocalSocket, data: bytes) -> None:
        if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            sock.write(QByteArray(data))
            sock.flush()
            sock.disconnectFromServer()


def send(name: str, request: Request, timeout_ms: int = 5000) -> dict[str, Any] | None:
    """Send one request to the running app; None when no DeskCoach is running."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return None
    sock.write(QByteArray(request.encode()))
    sock.flush()
    data = bytearray()
    while b"\n" not in data:
        if not sock.waitForReadyRead(timeout_ms):
            if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
                data += bytes(sock.readAll().data())
                break
            raise ProtocolError("the running DeskCoach did not answer in time")
        data += bytes(sock.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES * 8:
            raise ProtocolError("the running DeskCoach sent an oversized reply")
    sock.disconnectFromServer()
    return decode_reply(bytes(data).split(b"\n", 1)[0])
