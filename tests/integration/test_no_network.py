"""DeskCoach opens no network connection, ever.

Three layers:
- in process: the app's main paths (the whole app object, breaks, settings, the progress
  window, the checklist, export and import, every read-only CLI command) run with Python's
  socket calls guarded: any AF_INET/AF_INET6 socket, connect, send or name lookup fails the
  test (AF_UNIX stays allowed: the control socket and the signal wake-up pair);
- a static check of the source: no network library is imported anywhere, `socket` only in
  app.py (for `socketpair`) and the Unix control socket, QtNetwork only in the Windows
  control pipe (QLocalServer/QLocalSocket);
- the real app process under strace: not one connect/send/bind to an internet address, which
  also covers Qt and C libraries the Python guard cannot see.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, Final

import pytest
from pytestqt.qtbot import QtBot

ROOT: Final = Path(__file__).resolve().parents[2]
PACKAGE: Final = ROOT / "deskcoach"
INTERNET: Final = (socket.AF_INET, socket.AF_INET6)

#: modules that talk to other machines (or make it one line away)
NETWORK_MODULES: Final = frozenset({
    "urllib", "urllib2", "urllib3", "http", "requests", "httpx", "aiohttp", "ftplib",
    "smtplib", "poplib", "imaplib", "telnetlib", "nntplib", "xmlrpc", "socketserver", "ssl",
    "asyncio", "websocket", "websockets", "paramiko", "grpc", "zmq", "dns", "webbrowser",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets",
    "PySide6.QtHttpServer", "PySide6.QtWebChannel", "PySide6.QtRemoteObjects",
    "PySide6.QtMqtt", "PySide6.QtCoap", "PySide6.QtNetworkAuth",
})
#: where the two local-only socket APIs may appear, and which of their names
#: Qt's internet classes, however they are reached
INTERNET_CLASSES: Final = frozenset({"QNetworkAccessManager", "QTcpSocket", "QUdpSocket",
                                     "QSslSocket", "QTcpServer", "QHostInfo", "QDnsLookup"})
ALLOWED: Final = {
    # app.py: the signal wake-up pair; owner.py: the user id at the other end of the control
    # socket (a Unix socket the app already holds: fromfd, then SO_PEERCRED); ipc_unix.py:
    # the control socket itself (AF_UNIX only)
    "socket": ({"deskcoach/app.py", "deskcoach/platform/owner.py",
                "deskcoach/services/ipc_unix.py"},
               {"socketpair", "fromfd", "AF_UNIX", "SOCK_STREAM", "SOL_SOCKET", "socket"}),
    "PySide6.QtNetwork": ({"deskcoach/services/ipc_pipe.py"}, {"QLocalServer", "QLocalSocket"}),
}


# ---------------------------------------------------------------- the in-process guard

_violations: list[str] = []
_guarding = [False]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Sees every socket call made from Python, even through a saved reference."""
    if not _guarding[0] or not event.startswith("socket."):
        return
    if event == "socket.__new__":
        family = args[1]
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        family = getattr(args[0], "family", None)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                   "socket.gethostbyaddr", "socket.getnameinfo"):
        family = socket.AF_INET  # a name lookup is network traffic in itself
    else:
        return
    if family in INTERNET or family == -1:
        _violations.append(f"{event}{args!r}")
        raise PermissionError(f"DeskCoach tried a network call: {event}{args!r}")


sys.addaudithook(_audit)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail on any internet socket use until the test ends; yields the violations seen."""

    def guard(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family in INTERNET:
                _violations.append(f"socket.{name}{args!r}")
                raise PermissionError(f"DeskCoach tried socket.{name}{args!r}")
            return original(sock, *args, **kwargs)
        return guarded

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))

    def refuse(name: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            _violations.append(f"socket.{name}{args!r}")
            raise PermissionError(f"DeskCoach tried socket.{name}{args!r}")
        return refused

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getfqdn", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    _violations.clear()
    _guarding[0] = True
    try:
        yield _violations
    finally:
        _guarding[0] = False
    seen = list(_violations)
    _violations.clear()
    assert not seen, f"DeskCoach opened network connections: {seen}"


def test_the_guard_catches_a_connection_attempt(no_network: list[str]) -> None:
    """The protection itself: without it, the tests below would prove nothing."""
    with pytest.raises(PermissionError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(PermissionError):
        socket.getaddrinfo("example.org", 443)
    raw = socket.socket.__new__(socket.socket)  # any path to a socket meets the audit hook
    with pytest.raises(PermissionError):
        socket.socket.__init__(raw, socket.AF_INET, socket.SOCK_STREAM)
    left, right = socket.socketpair()  # local (AF_UNIX): allowed
    left.close()
    right.close()
    assert len(no_network) == 3
    no_network.clear()


# ---------------------------------------------------------------- the app's main paths

def test_the_app_runs_breaks_settings_progress_and_transfer_offline(
        no_network: list[str], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QApplication

    import deskcoach.app
    from deskcoach.__main__ import main
    from deskcoach.app import DeskCoachApp
    from deskcoach.services.clock import AppClock
    from deskcoach.services.ipc import ControlServer, server_name
    from deskcoach.services.protocol import Request
    from deskcoach.store.paths import resolve

    class Later:
        """The app's one-shot timers (alarm start, tray check, problem note, daily reminder),
        collected and run by the test, so none fires later inside another test."""

        calls: ClassVar[list[tuple[int, Callable[[], object]]]] = []

        @classmethod
        def singleShot(cls, ms: int, slot: Callable[[], object]) -> None:
            cls.calls.append((ms, slot))

    monkeypatch.setattr(deskcoach.app, "QTimer", Later)
    # quit() ends the event loop with QApplication.exit(): in a test process that would stop
    # every later test's event processing, so it only records the request here.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "config", "set", "sound", "false"]) == 0
    paths = resolve(profile)
    paths.ensure()
    server = ControlServer(server_name(paths.config_dir.parent))
    assert server.listen()
    # 60x, not more: the export below refuses times over 10 minutes ahead of the real clock,
    # and at 600x a slow second in this test (a loaded machine) already made the spans that.
    app = DeskCoachApp(paths, AppClock(60), server)
    try:
        for _ms, slot in sorted(Later.calls, key=lambda call: call[0]):
            slot()
        c = app.coach
        assert c.commands.take_break() is None
        qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=5000)
        assert c.commands.done() is None
        assert c.commands.take_break() is None
        assert c.commands.snooze() is None
        assert c.commands.skip() is None
        assert c.commands.pause("30m") is None
        assert c.commands.resume() is None
        assert c.config.set_value("work_minutes", "30") is None
        c.config.reload_settings()
        replies: list[tuple[bool, Any, str]] = []
        c.control.handle_request(Request("status", {}), lambda ok, result, error: replies.append(
            (ok, result, error)))
        assert replies[0][0]
        assert replies[0][1]["today"]["completed"] == 1
        app.windows.progress()
        app.windows.settings()
        if app.checklist is not None:
            app.checklist.open()
        qtbot.wait(200)
        app.refresh()
    finally:
        app.quit()
        for window in (app.window, app.windows.dialog, app.windows.dashboard,
                       getattr(app, "fallback", None)):
            if window is not None:
                window.close()
        if app.checklist is not None and app.checklist.wizard is not None:
            app.checklist.wizard.close()

    assert exits == [0]
    exported = tmp_path / "export.json"
    other = tmp_path / "other"
    base = ["--profile", str(profile)]
    assert main([*base, "export", str(exported)]) == 0
    assert len(json.loads(exported.read_text())["breaks"]) == 2
    assert main(["--profile", str(other), "import", str(exported)]) == 0
    assert main(["--profile", str(other), "import", str(exported)]) == 0  # twice: no change
    for command in (["stats", "--format", "json"], ["stats", "--days", "30"],
                    ["config", "show", "--json"], ["exercises", "--format", "json"],
                    ["exercises", "show", "chin-tuck"], ["checklist", "items"], ["doctor"]):
        assert main([*base, *command]) == 0, command
    assert main([*base, "status"]) == 1  # not running: said plainly, no network either
    capsys.readouterr()


# ---------------------------------------------------------------- the source

def _imports(tree: ast.AST) -> list[tuple[str, set[str]]]:
    """(module, names taken from it) for every import, at any depth, plus dynamic imports."""
    found: list[tuple[str, set[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, set()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, {alias.name for alias in node.names}))
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            found.append((node.args[0].value, set()))
    return found


def _attributes_of(tree: ast.AST, name: str) -> set[str]:
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id == name}


def test_the_source_has_no_network_code() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 20
    problems: list[str] = []
    for path in sources:
        where = path.relative_to(ROOT).as_posix()
        text = path.read_text("utf-8")
        tree = ast.parse(text, where)
        for module, names in _imports(tree):
            top = module.split(".")[0]
            if module in NETWORK_MODULES or top in NETWORK_MODULES:
                problems.append(f"{where} imports {module}")
            for allowed, (files, allowed_names) in ALLOWED.items():
                if module != allowed and not module.startswith(allowed + "."):
                    continue
                if where not in files:
                    problems.append(f"{where} imports {module} (only {sorted(files)} may)")
                elif names - allowed_names:
                    problems.append(f"{where} takes {sorted(names - allowed_names)} from "
                                    f"{module}")
                elif not names and module == "socket":
                    used = _attributes_of(tree, "socket") - allowed_names
                    if used:
                        problems.append(f"{where} uses socket.{sorted(used)}")
        for node in ast.walk(tree):  # a socket of our own is a Unix one, said where it is made
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "socket" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "socket"):
                family = node.args[0] if node.args else None
                if not (isinstance(family, ast.Attribute) and family.attr == "AF_UNIX"):
                    problems.append(f"{where}:{node.lineno} makes a socket that is not AF_UNIX")
        names = {node.id if isinstance(node, ast.Name) else node.attr
                 for node in ast.walk(tree) if isinstance(node, ast.Name | ast.Attribute)}
        for name in sorted(names & INTERNET_CLASSES):
            problems.append(f"{where} uses {name}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- the real process

TRACED: Final = ("connect", "sendto", "sendmsg", "bind")


def _internet_calls(trace: Path) -> list[str]:
    calls = []
    for line in trace.read_text(errors="replace").splitlines():
        if any(f"{call}(" in line for call in TRACED) and (
                "AF_INET" in line or "sin_port" in line or "sin6_port" in line):
            calls.append(line)
    return calls


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "true"],
                          capture_output=True, timeout=30, check=False)
    return done.returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="strace is Linux only")
def test_the_real_app_process_never_connects_to_an_internet_address(tmp_path: Path) -> None:
    if not _strace_works():
        pytest.skip("strace is not installed or may not trace here (ptrace not permitted)")
    from deskcoach.services.ipc import server_name
    from deskcoach.store.paths import resolve

    profile = tmp_path / "profile"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    traces = tmp_path / "traces"
    traces.mkdir()

    def deskcoach(*args: str, name: str) -> list[str]:
        return ["strace", "-f", "-qq", "-e", f"trace={','.join(TRACED)}", "-o",
                str(traces / name), sys.executable, "-m", "deskcoach", "--profile",
                str(profile), *args]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = deskcoach(*args, name=f"cli-{args[0]}-{time.monotonic_ns()}")
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True) as traced:
            try:
                out, err = traced.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(traced.pid, signal.SIGKILL)
                raise
        return subprocess.CompletedProcess(command, traced.returncode, out, err)

    assert cli("config", "set", "sound", "false").returncode == 0
    name = server_name(resolve(profile).config_dir.parent)
    # Its own process group: killing strace alone would leave the traced app running.
    proc = subprocess.Popen(deskcoach("--time-scale", "5", name="app"), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while cli("status").returncode != 0:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the app did not start under strace"
        for args in (("break-now",), ("done",), ("config", "set", "work_minutes", "30"),
                     ("pause", "30m"), ("resume",), ("export", str(tmp_path / "e.json")),
                     ("stats",), ("quit",)):
            done = cli(*args)
            assert done.returncode == 0, (args, done.stderr)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    assert name  # the control socket is AF_UNIX: it never shows up as AF_INET below
    traced = sorted(traces.iterdir())
    assert len(traced) >= 10
    assert any("AF_UNIX" in path.read_text(errors="replace") for path in traced), \
        "strace saw no socket calls at all: the check would prove nothing"
    calls = [f"{path.name}: {line}" for path in traced for line in _internet_calls(path)]
    assert not calls, "\n".join(calls)
