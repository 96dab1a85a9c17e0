"""The control socket belongs to its user: attacked from a second real account, with the real
app under Xvfb and real processes at both ends."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from deskcoach.ipc import IDLE_MS, MAX_CONNECTIONS, server_name
from deskcoach.store.paths import resolve
from tests.attack import Attacker
from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.test_app import App

pytestmark = pytest.mark.e2e

#: binds a socket at each path given, and answers every connection with a fake reply
FAKE_SERVER = """
import json, os, select, socket
servers = []
for path in {paths!r}:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    os.chmod(path, 0o777)
    s.listen(16)
    servers.append(s)
print("ready")
while True:
    ready, _, _ = select.select(servers, [], [])
    for s in ready:
        conn, _ = s.accept()
        print("connection", flush=True)
        conn.settimeout(2)
        try:
            print("got", conn.recv(4096), flush=True)
            conn.sendall(json.dumps({{"ok": True, "result": "fake"}}).encode() + b"\\n")
        except OSError:
            pass
        conn.close()
"""


def socket_path(profile: Path, env: dict[str, str]) -> Path:
    """Where the app of `profile` listens, as the victim's own environment makes it."""
    saved = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
    try:
        return Path(server_name(resolve(profile).config_dir.parent))
    finally:
        if saved is not None:
            os.environ["XDG_RUNTIME_DIR"] = saved


def test_a_name_squatted_in_tmp_does_not_keep_the_app_from_starting(
        desktop: Desktop, attacker: Attacker, tmp_path: Path) -> None:
    """Older versions listened on a predictable name in /tmp that anyone could bind first:
    the app then never started, and the CLI talked to the attacker."""
    profile = tmp_path / "profile"
    old_name = Path(f"/tmp/deskcoach-root-{zlib.crc32(str(profile).encode()):08x}")
    server = attacker.spawn_python(FAKE_SERVER.format(paths=[str(old_name)]))
    app = App(desktop, profile)
    try:
        app.start()
        assert app.status()["time_scale"] == 60  # the real app answers, not the fake
        app.quit()
    finally:
        app.kill()
        server.kill()
        out, _err = server.communicate()
        old_name.unlink(missing_ok=True)
    assert "connection" not in out


def test_another_user_can_neither_serve_nor_drive_the_control_socket(
        desktop: Desktop, attacker: Attacker, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    runtime = attacker.public_folder() / "run"  # the victim's, 0700; reachable for the test
    runtime.mkdir(mode=0o700)
    desktop.env["XDG_RUNTIME_DIR"] = str(runtime)
    path = socket_path(profile, desktop.env)
    assert path.parent == runtime / "deskcoach"
    # A planted socket in the victim's own folder (as if it had once been left open).
    runtime.chmod(0o711)
    path.parent.chmod(0o777)
    server = attacker.spawn_python(FAKE_SERVER.format(paths=[str(path)]))
    path.parent.chmod(0o700)
    runtime.chmod(0o700)
    app = App(desktop, profile)
    try:
        done = app.cli("status", check=False)
        assert done.returncode == 1, done.stdout + done.stderr
        assert f"belongs to {attacker.name}" in done.stderr
        assert "will not talk to it" in done.stderr
        assert app.cli("config", "set", "work_minutes", "30", check=False).returncode == 1

        app.start()  # the planted socket does not keep the real app from starting
        status = app.status()
        assert status["time_scale"] == 60  # the real app answers, not the fake
        assert app.cli("doctor").stdout.count(f"control socket: {path}") == 1

        # Were the socket ever reachable, the app itself refuses other users.
        runtime.chmod(0o711)
        path.parent.chmod(0o711)
        path.chmod(0o777)
        sent = attacker.python(
            "import socket\n"
            "s = socket.socket(socket.AF_UNIX)\n"
            f"s.connect({str(path)!r})\n"
            "s.settimeout(10)\n"
            "try:\n"
            "    s.sendall(b'{\"cmd\": \"quit\", \"args\": {}}\\n')\n"
            "    print(repr(s.recv(4096)))\n"
            "except (BrokenPipeError, ConnectionResetError):\n"
            "    print('reset')\n")
        assert sent.stdout.strip() in ("b''", "reset")  # hung up on, no answer
        runtime.chmod(0o700)
        path.parent.chmod(0o700)
        assert app.status()["state"] in ("working", "pre_break")  # and not quit
        log = (profile / "logs" / "deskcoach.log").read_text()
        assert f"refused a control connection from {attacker.name}" in log
        app.quit()
    finally:
        app.kill()
        server.kill()
        out, _err = server.communicate()
    assert "connection" not in out  # the victim never talked to the attacker's server


def test_one_app_per_profile_however_the_path_is_spelled(desktop: Desktop,
                                                         tmp_path: Path) -> None:
    real = tmp_path / "profile"
    link = tmp_path / "link"
    link.symlink_to(real)
    app = App(desktop, real)
    try:
        app.start()
        for spelling in (link, real / ".." / "profile"):
            second = subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                                     str(spelling)], env=desktop.env, capture_output=True,
                                    text=True, timeout=30, check=False)
            assert second.returncode == 0, second.stderr
            assert "already running for this profile" in second.stdout
        # A crash leaves the socket behind; the lock goes with the process.
        assert app.proc is not None
        app.proc.kill()
        app.proc.wait()
        assert socket_path(real, desktop.env).exists()
        again = App(desktop, link)
        again.start()
        assert again.status()["state"] in ("working", "pre_break")
        assert (real / "config" / ".deskcoach.lock").exists()
        again.quit()
    finally:
        app.kill()


def test_a_client_that_gave_up_and_a_flood_of_idle_connections(desktop: Desktop,
                                                                 tmp_path: Path) -> None:
    app = App(desktop, tmp_path / "profile")
    try:
        app.start()
        assert app.proc is not None
        os.kill(app.proc.pid, signal.SIGSTOP)  # the app stalls longer than the CLI waits
        try:
            gave_up = app.cli("pause", "30m", check=False)
        finally:
            os.kill(app.proc.pid, signal.SIGCONT)
        assert gave_up.returncode == 1, gave_up.stdout + gave_up.stderr
        assert "did not answer" in gave_up.stderr
        assert "Refused" not in gave_up.stderr
        wait_for(lambda: app.status()["state"] == "paused", 15, "the pause to be carried out")

        path = socket_path(app.profile, desktop.env)
        flood = []
        for _ in range(200):
            conn = socket.socket(socket.AF_UNIX)
            conn.connect(str(path))
            flood.append(conn)
        try:
            still_open = list(flood)

            def hang_ups(seconds: float) -> int:
                """How many of the flood the app has closed by then (in all)."""
                deadline = time.monotonic() + seconds
                while still_open and time.monotonic() < deadline:
                    ready, _, _ = select.select(still_open, [], [], 0.2)
                    for conn in ready:
                        try:
                            data = conn.recv(1)
                        except ConnectionResetError:
                            data = b""
                        if data == b"":
                            still_open.remove(conn)
                        if len(flood) - len(still_open) >= 200 - MAX_CONNECTIONS and \
                                seconds < 10:
                            return len(flood) - len(still_open)
                return len(flood) - len(still_open)

            hung_up = hang_ups(5)
            assert hung_up >= 200 - MAX_CONNECTIONS  # over the cap: closed at once
            hung_up = hang_ups(IDLE_MS / 1000 + 15)
            assert hung_up == 200  # the idle rest: dropped
        finally:
            for conn in flood:
                with contextlib.suppress(OSError):
                    conn.close()
        assert app.status()["state"] == "paused"
        app.quit()
    finally:
        app.kill()
    output = (app.profile.parent / "app-output.log").read_text()
    assert "Traceback" not in output
    assert "RuntimeError" not in output
