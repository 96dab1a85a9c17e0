"""The control pipe on Windows: a QLocalServer named pipe, which Qt opens to its user alone
(UserAccessOption). Imported on Windows only: on Linux and macOS, QtNetwork would load the
Kerberos and GSSAPI libraries it links for nothing (see `deskcoach.services.ipc_unix`).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from shiboken6 import isValid

from deskcoach.services.protocol import (
    IDLE_MS,
    MAX_CONNECTIONS,
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_reply,
    dispatch,
    encode_reply,
    no_answer,
)

log = logging.getLogger(__name__)


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
        dispatch(buffer, partial(self._answer, sock), self.request.emit)

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


def send(name: str, request: Request, timeout_ms: int) -> dict[str, Any] | None:
    """One request over the named pipe; see `deskcoach.services.ipc.send`."""
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
            sock.abort()
            raise no_answer(timeout_ms)
        data += bytes(sock.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES * 8:
            raise ProtocolError("the running DeskCoach sent an oversized reply")
    sock.disconnectFromServer()
    if not data:
        raise ProtocolError("the running DeskCoach closed the connection without answering")
    return decode_reply(bytes(data).split(b"\n", 1)[0])
