"""Fault injection on the real app under Xvfb: kill -9, a full or read-only data dir, damaged
files, a restarted tray host, no display, junk on the control socket, file permissions.

Each test names the fault it injects and what must hold afterwards. The SIGKILL test logs its
random seed and names it in every assertion; set DESKCOACH_FAULT_SEED to replay a run.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core.settings import Settings, from_mapping
from deskcoach.services.ipc import server_name
from deskcoach.store.paths import resolve
from deskcoach.store.settings_file import SettingsFile
from tests.e2e.desktop import Desktop
from tests.e2e.test_app import BREAK_TITLE, App
from tools.control import Control, socket_path, wait_for

pytestmark = pytest.mark.e2e
log = logging.getLogger(__name__)
KILL_ROUNDS: Final = 50
#: the settings every SIGKILL round starts from; they must survive every kill
BASE: Final = {"work_minutes": 5, "break_seconds": 30, "notice_seconds": 0, "idle_minutes": 30,
               "daily_skip_budget": -1, "sound": False}




@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


# ---------------------------------------------------------------- helpers

def spawn(desk: Desktop, profile: Path, scale: float, output: Path) -> subprocess.Popen[bytes]:
    with output.open("ab") as log:
        return subprocess.Popen([sys.executable, "-m", "deskcoach", "--profile", str(profile),
                                 "--time-scale", str(scale)], env=desk.env, stdout=log,
                                stderr=log)


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait()


def uids(db: Path, live: bool) -> set[str]:
    """Break uids in the history. `live`: read beside the running app (read-only); else read
    a copy, so the test never recovers or checkpoints the WAL the app will find next start."""
    if not db.exists():
        return set()
    if live:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return {row[0] for row in conn.execute("SELECT uid FROM breaks")}
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return set()
            raise
        finally:
            conn.close()
    with tempfile.TemporaryDirectory() as scratch:
        for suffix in ("", "-wal"):
            source = db.with_name(db.name + suffix)
            if source.exists():
                shutil.copyfile(source, Path(scratch) / (db.name + suffix))
        conn = sqlite3.connect(Path(scratch) / db.name)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            try:
                return {row[0] for row in conn.execute("SELECT uid FROM breaks")}
            except sqlite3.OperationalError as exc:
                if "no such table" in str(exc):
                    return set()
                raise
        finally:
            conn.close()


def outcomes(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return [row[0] for row in conn.execute("SELECT outcome FROM breaks ORDER BY id")]
    finally:
        conn.close()


def debris(profile: Path) -> list[str]:
    return sorted(p.name for folder in ("config", "data") if (profile / folder).is_dir()
                  for p in (profile / folder).iterdir() if p.name.endswith(".tmp"))


def backups(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.bad-*")) if folder.is_dir() else []


def log_text(profile: Path) -> str:
    path = profile / "logs" / "deskcoach.log"
    return path.read_text("utf-8", errors="replace") if path.exists() else ""


def save_settings(profile: Path, values: dict[str, Any]) -> None:
    SettingsFile(resolve(profile).settings_file).save(Settings(**values), frozenset(values))


def launch(app: App, scale: int = 60) -> None:
    """App.start, but a crash at start fails at once, with the app's own last words."""
    output = app.profile.parent / "app-output.log"
    proc = app.proc = spawn(app.desk, app.profile, scale, output)
    wait_for(lambda: proc.poll() is not None or app.desk.tray_holds("DeskCoach"), 30,
             "the tray icon to be embedded")
    if proc.poll() is not None:
        tail = output.read_text(errors="replace")[-3000:]
        pytest.fail(f"DeskCoach exited with status {proc.returncode} at start:\n{tail}")


def take_a_break(app: App) -> None:
    """Take a break now and finish it, as a user would, with the window seen on screen."""
    app.cli("break-now")
    wait_for(lambda: app.desk.visible_window(BREAK_TITLE), 15, "the break window")
    app.cli("done")


# ---------------------------------------------------------------- SIGKILL

@dataclass
class Hammer:
    """A thread that keeps the app saving settings and writing history while it is killed.

    Settings: `config-set avoid_exercises seq-N` with N always growing, so the file tells which
    write it holds. History: `skip` and `done` each write one row before they answer.
    """

    control: Control
    rng: random.Random
    sequence: int = 0
    sent: list[int] = field(default_factory=list)
    last_acked: int | None = None
    acked_rows: int = 0
    requests: int = 0
    saves_acked: int = 0
    running: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    busy: threading.Lock = field(default_factory=threading.Lock)
    failure: BaseException | None = None

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="hammer", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def round(self) -> None:
        """Start a fresh round's bookkeeping and let the requests flow."""
        with self.busy:
            self.sent, self.last_acked, self.acked_rows = [], None, 0
        self.running.set()

    def pause(self) -> None:
        """Stop sending; returns once no request is in flight."""
        self.running.clear()
        with self.busy:
            pass

    def close(self) -> None:
        self.done.set()
        self.running.set()
        self.thread.join(timeout=10)

    def _run(self) -> None:
        try:
            while not self.done.is_set():
                if not self.running.wait(0.05):
                    continue
                with self.busy:
                    if self.running.is_set() and not self.done.is_set():
                        self._one()
                time.sleep(self.rng.uniform(0.002, 0.012))
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test's own thread
            self.failure = exc

    def _one(self) -> None:
        pick = self.rng.random()
        self.requests += 1
        if pick < 0.6:
            self.sequence += 1
            n = self.sequence
            self.sent.append(n)
            reply = self.control.ask("config-set", timeout=2, key="avoid_exercises",
                                     value=f"seq-{n:06d}")
            if reply is not None and reply["ok"]:
                self.last_acked, self.saves_acked = n, self.saves_acked + 1
            return
        cmd = "skip" if pick < 0.8 else ("break-now" if pick < 0.9 else "done")
        reply = self.control.ask(cmd, timeout=2)
        if reply is not None and reply["ok"] and cmd in ("skip", "done"):
            self.acked_rows += 1


def answering(proc: subprocess.Popen[bytes], control: Control, where: str) -> None:
    wait_for(lambda: proc.poll() is not None or control.status(), 30,
             f"the app to answer ({where})")
    assert proc.poll() is None, f"the app exited at start ({where})"


def check_settings(path: Path, hammer: Hammer, before: int | None) -> int | None:
    """The file parses, keeps BASE, and holds a written value no older than the last acked."""
    raw = path.read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    loaded = from_mapping(data)
    assert not loaded.problems, loaded.problems
    for key, value in BASE.items():
        assert data[key] == value, f"{key} lost after a kill: {data}"
    held = data.get("avoid_exercises")
    if held is None:
        assert before is None, "a saved value was lost"
        assert hammer.last_acked is None, "an acknowledged save was lost"
        return None
    assert len(held) == 1, held
    assert held[0].startswith("seq-"), held
    n = int(held[0].removeprefix("seq-"))
    assert n in hammer.sent or n == before, f"{n} was never written"
    if hammer.last_acked is not None:
        assert n >= hammer.last_acked, (f"save {hammer.last_acked} was acknowledged, but the "
                                        f"file holds the older {n}")
    return n


def test_sigkill_at_random_moments_keeps_settings_and_every_finished_break(
        desktop: Desktop, tmp_path: Path) -> None:
    seed = int(os.environ.get("DESKCOACH_FAULT_SEED", time.time_ns() % 2**32))
    log.info("DESKCOACH_FAULT_SEED=%s", seed)
    rng = random.Random(seed)
    profile = tmp_path / "profile"
    paths = resolve(profile)
    save_settings(profile, BASE)
    control = Control(profile)
    hammer = Hammer(control, random.Random(seed + 1))
    output = tmp_path / "app-output.log"
    proc: subprocess.Popen[bytes] | None = None
    value: int | None = None
    known: set[str] = set()
    stats = {"early kills": 0, "kills while running": 0, "kills leaving .tmp": 0}
    started = time.monotonic()
    hammer.start()
    try:
        for number in range(KILL_ROUNDS):
            where = f"round {number} (seed {seed})"
            # Someone at the desk (pointer on the break window, or typing elsewhere) or away.
            spot = rng.choice(("640 400", "5 795", None))
            if spot:
                desktop.run("xdotool", "mousemove", *spot.split())
            proc = running = spawn(desktop, profile, 600, output)
            hammer.round()
            before_kill: set[str] = set()
            if number == 0 or rng.random() < 0.3:
                # Anywhere in start-up: imports, opening or creating the history, the socket.
                time.sleep(rng.uniform(0.05, 0.7))
                stats["early kills"] += 1
            else:
                answering(running, control, where)
                time.sleep(rng.uniform(0.2, 1.5))
                before_kill = uids(paths.history_db, live=True)
                stats["kills while running"] += 1
            running.send_signal(signal.SIGKILL)
            running.wait()
            hammer.pause()
            if hammer.failure:
                raise hammer.failure
            if debris(profile):
                stats["kills leaving .tmp"] += 1

            # What is on disk now: every break finished before the kill, every acked write.
            on_disk = uids(paths.history_db, live=False)
            assert before_kill <= on_disk, f"finished breaks lost by the kill ({where})"
            assert known <= on_disk, f"breaks from earlier rounds lost ({where})"
            assert len(on_disk) >= len(known) + hammer.acked_rows, \
                f"acknowledged skips/dones lost ({where})"
            value = check_settings(paths.settings_file, hammer, value)

            # The next start tidies up and keeps it all.
            proc = again = spawn(desktop, profile, 600, output)
            answering(again, control, where)
            assert debris(profile) == [], f".tmp files left after a start ({where})"
            assert backups(paths.config_dir, "settings.toml") == [], where
            assert backups(paths.data_dir, "history.sqlite3") == [], where
            restarted = uids(paths.history_db, live=True)
            assert on_disk <= restarted, f"breaks lost across the restart ({where})"
            known = restarted
            stop(proc)
            proc = None
            assert time.monotonic() - started < 240, f"too slow: {number + 1} rounds so far"

        proc = last = spawn(desktop, profile, 600, output)
        wait_for(lambda: control.status(), 30, "the final start")
        reply = control.ask("quit")
        assert reply is not None
        assert reply["ok"]
        assert last.wait(timeout=30) == 0
        proc = None
    finally:
        hammer.close()
        stop(proc)
    final = uids(paths.history_db, live=False)
    assert known <= final
    assert "Traceback" not in output.read_text(errors="replace")
    assert stats["kills while running"] >= 10
    log.info("%s kills (%s); %s requests, %s settings saves acknowledged; %s breaks kept; "
             "%.0f s", KILL_ROUNDS, stats, hammer.requests, hammer.saves_acked, len(final),
             time.monotonic() - started)


# ---------------------------------------------------------------- full or read-only data dir

def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, check=False)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    for _attempt in range(20):
        done = subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        if done.returncode == 0 or not os.path.ismount(folder):
            return
        time.sleep(0.1)
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        block = b"\0" * 65536
        while True:
            try:
                handle.write(block)
                handle.flush()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    with contextlib.suppress(OSError), filler.open("ab") as handle:  # the last few bytes
        while True:
            handle.write(b"\0")
            handle.flush()
    return filler


def _write_warnings(profile: Path) -> list[str]:
    return [line for line in log_text(profile).splitlines()
            if "could not be saved" in line or "cannot be used" in line
            or "read-only" in line.lower() or "disk is full" in line.lower()]


def test_a_full_data_dir_keeps_the_app_running_warns_once_and_loses_nothing(
        app: App) -> None:
    """Disk full while running (a tiny tmpfs filled to the last byte): breaks keep being
    counted, the user is warned once, the rows wait in memory and are written when space
    comes back; what was saved before stays intact."""
    data = app.profile / "data"
    if not _mount_tmpfs(data, "1m"):
        pytest.skip("needs root and mount for a tiny tmpfs; "
                    "test_a_failing_history_write_warns_once_and_retries covers it in process")
    try:
        save_settings(app.profile, {"work_minutes": 120, "sound": False, "idle_minutes": 30})
        launch(app)
        take_a_break(app)
        db = data / "history.sqlite3"
        first = uids(db, live=True)
        assert len(first) == 1
        filler = _fill(data)
        take_a_break(app)
        take_a_break(app)
        assert app.proc is not None
        assert app.proc.poll() is None, "the app died on a full disk"
        status = app.status()
        assert status["today"]["completed"] == 3, "breaks kept in memory must still count"
        assert uids(db, live=True) == first, "nothing new fits, and nothing old may change"
        warnings = _write_warnings(app.profile)
        assert len(warnings) == 1, f"the log should warn once about the full disk: {warnings}"

        filler.unlink()
        take_a_break(app)  # the next write takes the waiting rows along
        wait_for(lambda: len(uids(db, live=True)) == 4, 10, "the waiting breaks to be written")
        assert first <= uids(db, live=True)
        app.quit()
        assert outcomes(db) == ["completed"] * 4
    finally:
        app.kill()
        _unmount(data)


def test_a_read_only_data_dir_at_start_keeps_the_app_running_and_the_history_intact(
        app: App) -> None:
    """The data folder is read-only when DeskCoach starts (a read-only tmpfs as root, else
    chmod): the app starts, answers, counts breaks in memory, warns once, and the history
    file already there is not changed by a single byte."""
    save_settings(app.profile, {"work_minutes": 120, "sound": False, "idle_minutes": 30})
    launch(app)
    take_a_break(app)
    app.quit()
    data = app.profile / "data"
    saved = {p.name: p.read_bytes() for p in data.iterdir()}
    assert "history.sqlite3" in saved
    mounted = False
    if os.geteuid() == 0:
        for p in data.iterdir():
            p.unlink()
        mounted = _mount_tmpfs(data, "4m")
        if not mounted:
            pytest.skip("as root only a read-only mount makes a folder read-only, and mount "
                        "failed; test_a_failing_history_write_warns_once_and_retries covers it")
        for name, raw in saved.items():
            (data / name).write_bytes(raw)
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
    else:
        for p in data.iterdir():
            p.chmod(0o400)
        data.chmod(0o500)
    try:
        launch(app)
        assert app.status()["state"] in ("working", "pre_break")
        take_a_break(app)
        assert app.status()["today"]["completed"] >= 1
        warnings = _write_warnings(app.profile)
        assert len(warnings) == 1, f"the log should warn once: {warnings}"
        app.quit()
        assert {name: (data / name).read_bytes() for name in saved} == saved
    finally:
        app.kill()
        if mounted:
            _unmount(data)
        else:
            data.chmod(0o700)
            for p in data.iterdir():
                p.chmod(0o600)


def test_a_failing_history_write_warns_once_and_retries(qtbot: QtBot, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    """The same fault faked in process (works without root): every INSERT fails with 'disk
    full' until the fault clears; the history service keeps the rows, warns once (the user and the
    log), then writes them and logs that it could."""
    from deskcoach.services.clock import AppClock
    from deskcoach.services.coach import Coach
    from deskcoach.store.history import History

    class Failing:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db, self.failing = db, False

        def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
            if self.failing and sql.lstrip().upper().startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.db.executemany(sql, rows)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.db, name)

    clock = AppClock(60)
    history = History(tmp_path / "data" / "history.sqlite3", clock.now().wall)
    fake = Failing(history.connection)
    history._db = fake  # type: ignore[assignment]  # the fault goes between History and sqlite
    controller = Coach.build(clock, SettingsFile(tmp_path / "config" / "settings.toml"),
                             history, Settings(sound=False), frozenset())
    told: list[str] = []
    controller.records.problem.connect(told.append)
    caplog.set_level(logging.INFO, logger="deskcoach")
    try:
        assert controller.commands.take_break() is None
        assert controller.commands.done() is None
        fake.failing = True
        for _ in range(3):
            assert controller.commands.take_break() is None
            assert controller.commands.done() is None
        assert history.pending == 3
        assert controller.control.status_dict()["today"]["completed"] == 4
        assert len(told) == 1, told
        assert "could not be saved" in told[0], told
        warned = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert [r.getMessage() for r in warned] == told
        fake.failing = False
        controller.records.retry_writes()  # what the retry timer does a minute later
        assert history.pending == 0
        assert "history writes work again" in caplog.text
        rows = fake.db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0]
        assert rows == 4
    finally:
        controller.shutdown()


# ---------------------------------------------------------------- damaged files at start

def _damaged_history(path: Path, how: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if how == "garbage":
        raw = random.Random(7).randbytes(16384)
    else:  # a real history whose inner pages were overwritten
        from deskcoach.core.status import BreakRecord, Outcome
        from deskcoach.store.history import History

        now = datetime.now().astimezone()
        history = History(path, now)
        for _ in range(200):
            history.add(BreakRecord(now, now, now, Outcome.COMPLETED, 0, ("chin-tuck",)))
        history.close()
        damaged = bytearray(path.read_bytes())
        assert len(damaged) > 4 * 4096
        damaged[4096 + 100:3 * 4096] = random.Random(8).randbytes(2 * 4096 - 100)
        raw = bytes(damaged)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("how", ["garbage", "inner pages overwritten"])
def test_a_damaged_history_is_set_aside_and_a_fresh_one_started(app: App, how: str) -> None:
    db = app.profile / "data" / "history.sqlite3"
    raw = _damaged_history(db, how)
    save_settings(app.profile, {"work_minutes": 120, "sound": False, "idle_minutes": 30})
    launch(app)
    assert app.status()["state"] in ("working", "pre_break")
    kept = backups(db.parent, db.name)
    assert len(kept) == 1, kept
    assert kept[0].read_bytes() == raw, "the damaged file must be kept as it was"
    text = log_text(app.profile)
    assert "history.sqlite3" in text
    assert kept[0].name in text, text
    assert ".recover" in text, "the log should say how to recover"
    take_a_break(app)
    app.quit()
    assert outcomes(db) == ["completed"], "the fresh history must work"


@pytest.mark.parametrize("raw", [
    b"\x00\xff\xfework_minutes = [[[\n\x89PNG",
    b"schema_version = 1\nwork_minutes = 999\nbreak_seconds = 'long'\nfrobnicate = true\n",
], ids=["garbage", "wrong values"])
def test_a_bad_settings_file_at_start_means_defaults_and_a_backup(app: App,
                                                                  raw: bytes) -> None:
    path = app.profile / "config" / "settings.toml"
    path.parent.mkdir(parents=True, mode=0o700)
    path.write_bytes(raw)
    launch(app)
    status = app.status()
    assert status["state"] == "working"
    assert 2400 - 180 < status["seconds_left"] <= 2400, "the default 40 minutes apply"
    kept = backups(path.parent, path.name)
    assert len(kept) == 1, kept
    assert kept[0].read_bytes() == raw
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    text = log_text(app.profile)
    assert "settings.toml" in text, text
    if raw.startswith(b"schema_version"):
        assert "'work_minutes' is 999" in text, text
        assert "frobnicate" in text, text
    else:
        assert kept[0].name in text, text
    app.quit()


# ---------------------------------------------------------------- the desktop changes

def test_the_icon_comes_back_when_the_tray_host_restarts(app: App, desktop: Desktop) -> None:
    launch(app)
    for _restart in range(2):
        trayer = next(p for p in desktop.procs
                      if p.args[0] == "trayer" and p.poll() is None)  # type: ignore[index]
        trayer.kill()
        trayer.wait()
        wait_for(lambda: not desktop.run("xdotool", "search", "--class", "trayer").strip(), 15,
                 "the tray to go away")
        assert app.proc is not None
        assert app.proc.poll() is None, "the app died with the tray"
        desktop.procs.append(subprocess.Popen(trayer.args, env=desktop.env,
                                              stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL))
        wait_for(lambda: desktop.tray_holds("DeskCoach"), 30, "the icon to be embedded again")
    assert app.status()["state"] in ("working", "pre_break")
    app.quit()


def _no_display_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def _check_clear_exit(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "display" in done.stderr.lower(), done.stderr
    assert "Traceback" not in done.stderr
    assert "qt.qpa" not in done.stderr, done.stderr
    assert "Aborted" not in done.stderr, done.stderr


def test_without_any_display_it_exits_1_with_a_clear_message(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                           str(tmp_path / "profile")], env=_no_display_env(),
                          capture_output=True, text=True, timeout=60, check=False)
    _check_clear_exit(done)


def test_with_an_unreachable_display_it_exits_1_with_a_clear_message(tmp_path: Path) -> None:
    """DISPLAY set, but no X server behind it (an ssh session, a stopped desktop)."""
    number = next(n for n in range(4000, 5000)
                  if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = {**_no_display_env(), "DISPLAY": f":{number}"}
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                           str(tmp_path / "profile")], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    _check_clear_exit(done)


def _exchange(name: str, payload: bytes, close_after_write: bool = False) -> bytes | None:
    """Send `payload` on a fresh QLocalSocket; what came back (b"" if closed silently), or
    None if the connection was refused."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(5000):
        return None
    received = bytearray()
    for start in range(0, len(payload), 16384):
        sock.write(QByteArray(payload[start:start + 16384]))
        sock.waitForBytesWritten(2000)
        received += bytes(sock.readAll().data())
        if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    if close_after_write:
        sock.abort()
        return bytes(received)
    deadline = time.monotonic() + 5
    while (sock.state() == QLocalSocket.LocalSocketState.ConnectedState
           and b"\n" not in received and time.monotonic() < deadline):
        sock.waitForReadyRead(200)
        received += bytes(sock.readAll().data())
    received += bytes(sock.readAll().data())
    sock.abort()
    return bytes(received)


def _error_or_closed(reply: bytes | None) -> None:
    assert reply is not None, "the server stopped accepting connections"
    if reply:
        answer = json.loads(reply.split(b"\n", 1)[0])
        assert answer["ok"] is False, answer
        assert answer["error"], answer


def test_the_control_socket_survives_junk_and_refuses_unknown_commands(
        app: App, qapp: Any) -> None:
    launch(app)
    name = server_name(resolve(app.profile).config_dir.parent)
    junk = random.Random(3).randbytes(200 * 1024)

    def alive() -> None:
        assert app.proc is not None
        assert app.proc.poll() is None, "the app died"
        reply = _exchange(name, b'{"cmd": "status", "args": {}}\n')
        assert reply is not None
        assert json.loads(reply)["ok"] is True

    _error_or_closed(_exchange(name, junk.replace(b"\n", b" ")))  # 200 KB, no line end
    alive()
    _error_or_closed(_exchange(name, junk))  # 200 KB of lines
    alive()
    for message in (b"{not json at all\n", b"\xff\xfe\xfd\n", b"[" * 15000 + b"\n",
                    b'{"cmd": 5}\n', b'"status"\n', b'{"cmd": "status", "args": []}\n',
                    b'{"cmd": "pause", "args": {"length": 30}}\n',
                    b'{"cmd": "config-set", "args": {"key": "x"}}\n'):
        _error_or_closed(_exchange(name, message))
    unknown = _exchange(name, b'{"cmd": "rm -rf /", "args": {}}\n')
    assert unknown is not None
    assert b"unknown command" in unknown, unknown
    alive()
    # Half a message, then gone; and a client that connects and says nothing.
    _exchange(name, b'{"cmd": "quit", "args"', close_after_write=True)
    from PySide6.QtNetwork import QLocalSocket

    silent = QLocalSocket()
    silent.connectToServer(name)
    assert silent.waitForConnected(5000)
    try:
        alive()  # one silent client must not block everyone else
        status = app.status()  # and the real CLI still works
        assert status["state"] in ("working", "pre_break")
    finally:
        silent.abort()
    assert "Traceback" not in (app.profile.parent / "app-output.log").read_text(errors="replace")
    app.quit()


# ---------------------------------------------------------------- permissions

def test_data_files_and_folders_are_private(app: App) -> None:
    app.cli("config", "set", "work_minutes", "120")  # written by the CLI, app not running
    launch(app)
    take_a_break(app)
    app.cli("config", "set", "snooze_minutes", "7")  # written by the running app
    paths = resolve(app.profile)
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for path in (paths.settings_file, paths.history_db, paths.log_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        for path in folder.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    control = socket_path(app.profile)
    assert control.exists()
    assert stat.S_IMODE(control.stat().st_mode) & 0o077 == 0, "others could reach the app"
    app.quit()
