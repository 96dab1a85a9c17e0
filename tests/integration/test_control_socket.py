"""The control socket on Unix (a plain socket and a QSocketNotifier), with real sockets at both
ends: the server runs on the test's event loop, each client in a thread of its own, as the CLI
runs in a process of its own. Other users are refused in tests/e2e/test_attack_socket.py."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix control socket")

from deskcoach.services import ipc_unix  # noqa: E402
from deskcoach.services.ipc import ControlServer, NoAnswer, send, server_name  # noqa: E402
from deskcoach.services.protocol import MAX_CONNECTIONS, ProtocolError, Request  # noqa: E402


def in_thread(work: Callable[[], Any]) -> dict[str, Any]:
    """Run `work` beside the event loop; the dict gets "result" or "error" when it ends."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = work()
        except Exception as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    threading.Thread(target=run, daemon=True).start()
    return out


@pytest.fixture
def served(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[ControlServer, list[Request]]]:
    """A listening server that answers every request with its command and arguments."""
    seen: list[Request] = []
    server = ControlServer(server_name(tmp_path / "profile"))

    def answer(req: Request, reply: Callable[[bool, Any, str], None]) -> None:
        seen.append(req)
        if req.cmd == "pause":
            reply(True, {"echo": req.args["length"] * 100_000}, "")  # big: several writes
        else:
            reply(True, {"cmd": req.cmd}, "")

    server.request.connect(answer)
    assert server.listen()
    yield server, seen
    server.close()


def test_a_request_and_its_reply_through_a_private_socket(
        served: tuple[ControlServer, list[Request]], qtbot: QtBot) -> None:
    server, seen = served
    path = Path(server.name)
    assert path.parent == Path(os.environ["XDG_RUNTIME_DIR"]) / "deskcoach"
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.lstat().st_mode) == 0o700
    out = in_thread(lambda: send(server.name, Request("status", {})))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out == {"result": {"ok": True, "result": {"cmd": "status"}}}
    assert seen == [Request("status", {})]
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=2000)


def test_a_reply_larger_than_the_socket_buffer_arrives_whole(
        served: tuple[ControlServer, list[Request]], qtbot: QtBot) -> None:
    """Written as the client reads it: the app never blocks on a slow reader."""
    server, _seen = served

    def slow_reader() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(10)
            sock.connect(server.name)
            sock.sendall(b'{"cmd": "pause", "args": {"length": "30m"}}\n')
            data = b""
            while chunk := sock.recv(4096):
                data += chunk
            return data

    out = in_thread(slow_reader)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    reply = json.loads(out["result"])
    assert reply == {"ok": True, "result": {"echo": "30m" * 100_000}}
    assert len(out["result"]) > 300_000


def test_junk_is_answered_with_an_error_and_the_server_goes_on(
        served: tuple[ControlServer, list[Request]], qtbot: QtBot) -> None:
    server, seen = served

    def exchange(payload: bytes) -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(10)
            sock.connect(server.name)
            # hung up on once it had read too much: the reply is there all the same
            with contextlib.suppress(BrokenPipeError):
                sock.sendall(payload)
            data = b""
            while chunk := sock.recv(4096):
                data += chunk
            return data

    for payload, error in ((b"x" * 40_000, "message too long"),
                           (b'{"cmd": "rm -rf /", "args": {}}\n', "unknown command"),
                           (b"\xff\xfe\n", "not a JSON message")):
        out = in_thread(lambda p=payload: exchange(p))  # type: ignore[misc]
        qtbot.waitUntil(lambda o=out: bool(o), timeout=5000)  # type: ignore[misc]
        reply = json.loads(out["result"])
        assert reply["ok"] is False
        assert error in reply["error"]
    assert seen == []
    out = in_thread(lambda: send(server.name, Request("status", {})))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out["result"]["ok"] is True


def test_at_most_sixteen_connections_and_idle_ones_are_dropped(
        served: tuple[ControlServer, list[Request]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    server, _seen = served
    monkeypatch.setattr(ipc_unix, "IDLE_MS", 400)
    clients = [socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
               for _ in range(MAX_CONNECTIONS + 4)]
    try:
        for sock in clients:
            sock.connect(server.name)
        qtbot.waitUntil(lambda: server.open_connections == MAX_CONNECTIONS, timeout=5000)
        for sock in clients[MAX_CONNECTIONS:]:  # over the cap: closed at once
            sock.settimeout(5)
            assert sock.recv(1) == b""
        qtbot.waitUntil(lambda: server.open_connections == 0, timeout=5000)  # idle: dropped
        for sock in clients[:MAX_CONNECTIONS]:
            sock.settimeout(5)
            assert sock.recv(1) == b""
    finally:
        for sock in clients:
            sock.close()
    out = in_thread(lambda: send(server.name, Request("status", {})))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out["result"]["ok"] is True


def test_a_stale_socket_is_replaced_and_closing_removes_ours(tmp_path: Path) -> None:
    name = server_name(tmp_path / "profile")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)
    stale.close()  # as a crashed run leaves it: a socket file nobody listens on
    assert send(name, Request("status", {})) is None  # not running
    server = ControlServer(name)
    assert server.listen()
    server.close()
    assert not Path(name).exists()
    assert send(name, Request("status", {})) is None


def test_an_app_that_takes_the_request_but_never_answers(tmp_path: Path) -> None:
    name = server_name(tmp_path / "profile")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stuck:
        stuck.bind(name)
        stuck.listen(1)  # connections queue, nobody reads them
        with pytest.raises(NoAnswer, match=r"did not answer within 0\.3 s; it may still carry "
                                           r"out the command"):
            send(name, Request("pause", {"length": "30m"}), timeout_ms=300)
    Path(name).unlink()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as rude:
        rude.bind(name)
        rude.listen(1)
        errors: list[Exception] = []

        def ask() -> None:
            try:
                send(name, Request("status", {}), timeout_ms=5000)
            except ProtocolError as exc:
                errors.append(exc)

        client = threading.Thread(target=ask, daemon=True)
        client.start()
        conn, _ = rude.accept()
        conn.close()  # hangs up without a word
        client.join(10)
    assert len(errors) == 1
    assert not isinstance(errors[0], NoAnswer)
    assert "closed the connection without answering" in str(errors[0])
