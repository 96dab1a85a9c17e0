"""The harness: an app run on a fresh desktop of its own, samples, and the code measured."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deskbench.desktop import Desktop, alive, spawn, start_desktop, stop

ROOT = Path(__file__).resolve().parents[2]
FLOOR_SCRIPT = ROOT / "bench" / "floor_tray.py"
POLL_S = 0.003  # how often the tray is looked for
STARTUP_S = 3.0  # after this long from exec an app's start-up is over (others may count idle)


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    tray_title: str  # the tray icon's X window title
    break_title: str  # the break window's title

    def command(self, run_dir: Path, *, scale: float | None = None,
                break_after: float | None = None) -> list[str]:
        if self.key == "floor":
            cmd = [sys.executable, str(FLOOR_SCRIPT), "--log", str(run_dir / "floor.log")]
            if break_after is not None:
                cmd += ["--break-after", str(break_after)]
            return cmd
        cmd = [sys.executable, "-m", "deskcoach", "--profile", str(run_dir / "profile")]
        if scale is not None:
            cmd += ["--time-scale", str(scale)]
        return cmd


FLOOR = Target("floor", "floor", "FloorTray", "Floor - time to move")
DESKCOACH = Target("deskcoach", "DeskCoach", "DeskCoach", "DeskCoach - time to move")
TARGETS = (FLOOR, DESKCOACH)


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


class AppRun:
    """One app process on its own fresh desktop; a context manager that always cleans up."""

    def __init__(self, workdir: Path, target: Target, tag: str, py_env: dict[str, str]) -> None:
        self.target = target
        self.dir = Path(tempfile.mkdtemp(prefix=f"{target.key}-{tag}-", dir=workdir))
        self.desk: Desktop | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.started = 0.0  # time.monotonic() just before exec
        self.started_wall = 0.0
        self.py_env = py_env

    def __enter__(self) -> AppRun:
        self.desk = start_desktop(self.dir / "home")
        self.env = {**self.desk.env, **self.py_env}
        for key in [k for k, v in self.py_env.items() if not v]:
            self.env.pop(key)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)
        if self.desk is not None:
            self.desk.stop()

    @property
    def profile(self) -> Path:
        return self.dir / "profile"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def cli(self, *args: str) -> str:
        """`deskcoach --profile P ARGS` (DeskCoach only); returns stdout, raises on failure."""
        done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(self.profile),
                               *args], env=self.env, capture_output=True, text=True, timeout=60,
                              check=False, cwd=self.dir)
        if done.returncode != 0:
            raise RuntimeError(f"deskcoach {' '.join(args)} exited {done.returncode}: "
                               f"{done.stdout.strip()} {done.stderr.strip()}")
        return done.stdout

    def launch(self, **options: Any) -> None:
        assert self.desk is not None
        cmd = self.target.command(self.dir, **options)
        self.started_wall = time.time()  # the app's log stamps are wall-clock times
        self.started = time.monotonic()
        self.proc = spawn(cmd, self.env, cwd=self.dir, log=self.dir / "output.log")

    def wait_tray(self, timeout: float = 20.0) -> float:
        """Seconds from exec to the tray icon embedded in trayer, polling every few ms."""
        assert self.desk is not None
        assert self.proc is not None
        deadline = self.started + timeout
        refresh = self.started + 1.0
        while not self.desk.tray_holds(self.target.tray_title):
            now = time.monotonic()
            if not alive(self.proc):
                raise RuntimeError(f"{self.target.label} exited before its tray icon showed: "
                                   f"{self.output_tail()}")
            if now > deadline:
                where = ("exists but is not in trayer"
                         if self.desk.x.find(self.desk.x.root, self.target.tray_title)
                         else "does not exist")
                raise TimeoutError(f"{self.target.label}: no tray icon after {timeout:.0f} s "
                                   f"(its window {where})")
            if now > refresh:  # in case trayer remade its windows meanwhile
                self.desk.find_trayer_windows()
                refresh = now + 1.0
            time.sleep(POLL_S)
        return time.monotonic() - self.started

    def start(self, timeout: float = 20.0, **options: Any) -> float:
        self.launch(**options)
        return self.wait_tray(timeout)

    def running(self) -> bool:
        return self.proc is not None and alive(self.proc)

    def output_tail(self) -> str:
        try:
            return (self.dir / "output.log").read_text(errors="replace")[-800:]
        except OSError:
            return ""


def sleep_until(moment: float) -> None:
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, 1.0))


# ---- figures ----

@dataclass
class Samples:
    """Raw samples per figure for one app, plus the errors of runs that failed."""

    values: dict[str, list[float]] = field(default_factory=dict)
    extra: dict[str, list[Any]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, figure: str, value: float) -> None:
        self.values.setdefault(figure, []).append(value)

    def note(self, key: str, value: Any) -> None:
        self.extra.setdefault(key, []).append(value)


def guarded(samples: Samples, what: str, action: Callable[[], None], attempts: int = 2) -> None:
    """Run one measurement, once more on a fresh desktop if it fails; a failure is recorded
    (in the errors when no attempt succeeded, else in the notes) and the benchmark goes on."""
    for attempt in range(1, attempts + 1):
        try:
            action()
            return
        except (RuntimeError, TimeoutError, OSError, ValueError, sqlite3.Error) as exc:
            final = attempt == attempts
            say(f"  FAILED {what}: {exc}{'' if final else '; trying again'}")
            if final:
                samples.errors.append(f"{what}: {exc}")
            else:
                samples.note("retried", f"{what}: {exc}")



def warm_up(workdir: Path, py_env: dict[str, str]) -> None:
    """One unmeasured start of each app: bytecode compiled and files in the page cache."""
    for target in TARGETS:
        with AppRun(workdir, target, "warmup", py_env) as run:
            run.start(timeout=180)  # the first start compiles every module


def python_env(workdir: Path) -> dict[str, str]:
    """The environment the apps run with ('' = unset).

    DeskCoach runs from a snapshot of deskcoach/ and resources/ taken once (others may be
    editing the tree meanwhile: every run measures the same code). Bytecode is cached under
    the work dir, as an installed package has it, never written into the source tree.
    """
    path = [str(workdir / "src"), os.environ.get("PYTHONPATH", "")]
    return {"PYTHONPYCACHEPREFIX": str(workdir / "pycache"), "PYTHONDONTWRITEBYTECODE": "",
            "PYTHONPATH": os.pathsep.join(p for p in path if p)}


def snapshot(workdir: Path, attempts: int = 12, pause: float = 10.0) -> str:
    """Copy DeskCoach's code into workdir/src, retrying while it does not import whole.

    Returns a short hash of the copy, to tell which code a result belongs to.
    """
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    target = workdir / "src" / "deskcoach"
    env = {**os.environ, **python_env(workdir)}
    env.pop("PYTHONDONTWRITEBYTECODE")
    for attempt in range(attempts):
        shutil.rmtree(target, ignore_errors=True)
        shutil.rmtree(workdir / "pycache", ignore_errors=True)
        shutil.copytree(ROOT / "deskcoach", target, ignore=ignore)
        shutil.copytree(ROOT / "resources", target / "resources", ignore=ignore)
        done = subprocess.run(
            [sys.executable, "-c", "import deskcoach.app, deskcoach.__main__, deskcoach; "
             "print(deskcoach.__file__)"], env=env, capture_output=True, text=True,
            timeout=120, check=False, cwd=workdir)
        if done.returncode == 0 and done.stdout.strip().startswith(str(target)):
            digest = hashlib.sha256()
            for file in sorted(p for p in target.rglob("*") if p.is_file()):
                digest.update(file.relative_to(target).as_posix().encode())
                digest.update(file.read_bytes())
            return digest.hexdigest()[:12]
        problem = (done.stderr.strip().splitlines() or [done.stdout.strip()])[-1]
        last = attempt + 1 == attempts
        say(f"  deskcoach/ does not import as it is ({problem}); "
            f"{'giving up' if last else f'retrying in {pause:.0f} s'}")
        if not last:
            time.sleep(pause)
    raise RuntimeError("deskcoach/ did not import whole; is someone in the middle of an edit?")
