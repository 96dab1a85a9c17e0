"""The measurements: each app run on a fresh desktop, and what is read from it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from deskbench import proc
from deskbench.desktop import Desktop, alive, spawn, start_desktop, stop
from deskbench.xwin import XDisplay

ROOT = Path(__file__).resolve().parents[2]
FLOOR_SCRIPT = ROOT / "bench" / "floor_tray.py"
POLL_S = 0.003  # how often the tray is looked for
LATENCY_SCALE = 60  # DeskCoach: 5 min of work fall due after 5 s
LATENCY_WORK_MINUTES = 5
CYCLE_SCALE = 3000  # DeskCoach: 5 min of work = 0.1 s, a 30 s break = 10 ms
CYCLE_WARMUP = 20
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


def start_and_memory(workdir: Path, target: Target, tag: str, settle: float,
                     py_env: dict[str, str], samples: Samples,
                     wait: Callable[[float], None] = sleep_until) -> None:
    """One app at a time: time to the tray icon, then PSS/RSS after `settle` s idle.

    `wait` sleeps through the idle time once the app's start-up is over (an idle batch counts
    that time as quiet).
    """
    with AppRun(workdir, target, tag, py_env) as run:
        seconds = run.start()
        sleep_until(run.started + min(settle, STARTUP_S))
        wait(run.started + settle)
        idle_s = time.monotonic() - run.started
        mem = proc.memory(run.pid)
        if not run.running():
            raise RuntimeError(f"{target.label} exited while idle: {run.output_tail()}")
        ready = seconds if target is FLOOR else _ready_s(run)
    samples.add("start_s", seconds)
    samples.add("ready_s", ready)
    samples.add("pss_mb", mem.pss_mb)
    if mem.pss_alone_mb is not None:
        samples.add("pss_alone_mb", mem.pss_alone_mb)
    samples.add("rss_mb", mem.rss_mb)
    samples.note("processes", mem.processes)
    samples.note("pss_sharers", mem.sharers)
    samples.note("memory_after_s", round(idle_s, 2))
    alone = "" if mem.pss_alone_mb is None else f" ({mem.pss_alone_mb:.1f} MB as if alone)"
    say(f"  {target.label}: tray in {seconds:.3f} s; after {idle_s:.0f} s PSS "
        f"{mem.pss_mb:.1f} MB{alone}, RSS {mem.rss_mb:.1f} MB ({mem.processes} process(es); "
        f"{mem.sharers} other Qt/Python process(es) running)")


_STARTED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*DeskCoach \S+ started \(",
                      re.MULTILINE)


def _ready_s(run: AppRun) -> float:
    """DeskCoach: exec to the log's `started` line, written once everything that answers
    `deskcoach status` has loaded (scheduler, detectors, content) after the icon showed."""
    found = _STARTED.search((run.profile / "logs" / "deskcoach.log").read_text())
    if found is None:
        raise ValueError("no 'DeskCoach ... started' line in the log")
    stamp = datetime.strptime(found[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return stamp - run.started_wall


class IdleBatch:
    """Several instances side by side, each on its own desktop, counted over idle time.

    CPU time and context switches are read per process tree, so instances running at the
    same time do not blur each other's figures. Only quiet time counts: `sleep_until` is
    called while the benchmark itself does nothing but wait (the start/memory runs' 30 s of
    idling), and its sub-windows, once `settle` s have passed since the instances started,
    add up to `window` s. Start-ups and readings are left out, so they cannot add preemptions
    (involuntary switches) or CPU time to the idle instances.
    """

    def __init__(self, workdir: Path, targets: Sequence[Target], runs: int,
                 py_env: dict[str, str], settle: float, window: float) -> None:
        self.runs = [AppRun(workdir, t, f"idle{i}", py_env)
                     for i in range(runs) for t in targets]
        self.settle, self.window = settle, window
        self.ready_at = 0.0
        self.counted = 0.0
        self._parts: list[list[proc.Idle]] = []

    def __enter__(self) -> IdleBatch:
        return self

    def __exit__(self, *_exc: object) -> None:
        for run in self.runs:
            run.__exit__()

    def start(self) -> list[tuple[Target, str]]:
        """Start every instance (each tried twice); those that fail are dropped and returned."""
        failed: list[tuple[Target, str]] = []

        def bring_up(run: AppRun) -> AppRun | None:
            for attempt in (1, 2):
                try:
                    run.__enter__()
                    run.launch()
                    run.wait_tray(timeout=60)
                    return run
                except (RuntimeError, TimeoutError, OSError) as exc:
                    run.__exit__()
                    run.proc, run.desk = None, None
                    if attempt == 2:
                        failed.append((run.target, str(exc)))
            return None

        with ThreadPoolExecutor(max_workers=4) as pool:
            self.runs = [r for r in pool.map(bring_up, self.runs) if r is not None]
        self._parts = [[] for _ in self.runs]
        self.ready_at = time.monotonic() + self.settle
        return failed

    @property
    def done(self) -> bool:
        return not self.runs or self.counted >= self.window

    def sleep_until(self, end: float) -> None:
        """Sleep until `end`; the part after the settle time counts as idle time."""
        if self.done:
            sleep_until(end)
            return
        sleep_until(min(end, self.ready_at))
        if time.monotonic() >= end:
            return
        before = [proc.activity(r.pid) for r in self.runs]
        began = time.monotonic()
        sleep_until(min(end, began + self.window - self.counted))
        after = [proc.activity(r.pid) for r in self.runs]
        seconds = time.monotonic() - began
        self.counted += seconds
        for parts, old, new in zip(self._parts, before, after, strict=True):
            parts.append(proc.idle_between(old, new, seconds))
        sleep_until(end)

    def finish(self) -> None:
        """Wait out whatever idle time is still missing."""
        while not self.done:
            self.sleep_until(max(time.monotonic(), self.ready_at) + self.window - self.counted)

    def collect(self, samples: dict[str, Samples]) -> None:
        self.finish()
        for run, parts in zip(self.runs, self._parts, strict=True):
            target = samples[run.target.key]
            if not run.running():
                target.errors.append(f"an idle {run.target.label} instance exited")
                continue
            result = proc.Idle.total(parts)
            target.add("cpu_s_per_120s", result.cpu_s_per_120s)
            target.add("run_s_per_120s", result.run_s_per_120s)
            target.add("wakeups_per_s", result.wakeups_per_s)
            target.add("voluntary_per_s", result.voluntary_per_s)
            target.note("idle_threads", result.threads)
            target.note("idle_switches_by_thread", result.busy_threads)
            target.note("idle_windows", len(parts))
            say(f"  {run.target.label} idle {result.seconds:.0f} s in {len(parts)} part(s): CPU "
                f"{result.cpu_s_per_120s:.3f} s per 120 s ({result.run_s_per_120s:.4f} s by "
                f"schedstat), {result.wakeups_per_s:.2f} wake-ups/s "
                f"({result.voluntary_per_s:.2f} voluntary), {result.threads} threads "
                f"{json.dumps(result.busy_threads)}")


_SHOWN = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*break shown at (\S+)\s*$",
                    re.MULTILINE)


def latency(workdir: Path, target: Target, tag: str, py_env: dict[str, str],
            samples: Samples) -> None:
    """Seconds from the break falling due to its window first seen viewable (mapped)."""
    with AppRun(workdir, target, tag, py_env) as run:
        assert run.desk is not None
        if target is DESKCOACH:
            run.cli("config", "set", "work_minutes", str(LATENCY_WORK_MINUTES))
            # Nobody types on this desktop: at 60x the default 5 idle minutes are 5 real
            # seconds, after which the user would count as away and get no break window.
            run.cli("config", "set", "idle_minutes", "30")
        run.desk.x.watch_maps()  # before the app starts, so no map is missed
        if target is FLOOR:
            run.start(break_after=LATENCY_WORK_MINUTES * 60 / LATENCY_SCALE)
        else:
            run.start(scale=LATENCY_SCALE)
        seen = run.desk.x.wait_viewable(target.break_title, time.monotonic() + 30)
        if seen is None:
            raise TimeoutError(f"{target.label}: no break window within 30 s")
        if target is FLOOR:
            due, shown = _floor_times(run.dir / "floor.log")
        else:
            run.cli("done")  # completes the break, so its row (with `due`) is written
            due, shown = _deskcoach_times(run.profile)
    samples.add("latency_s", seen - due)
    samples.note("due_to_show_call_s", shown - due)
    say(f"  {target.label}: window mapped {seen - due:.3f} s after due "
        f"(show started {shown - due:.3f} s after due)")


BREAK_WINDOW_S = 10.0  # how long a running break is watched
#: The break states watched: the first break's safety note (countdown held), a running
#: countdown with the animated figure, and the same with reduced motion.
BREAK_STATES = ("held", "running", "reduced")
#: The break plays this exercise (`break-now --exercise`): the figure turns in three-quarter
#: view with the view from above, the costliest drawing in the catalogue, and moves on every
#: rep. Its first step is a still set-up pose of 6 s, so watching starts after it.
BREAK_EXERCISE = "thoracic-rotation"
BREAK_MOVING_AFTER_S = 6.5
_FIGURE = re.compile(r"break figure: (\d+) frames in ([\d.]+) s of playing \(([\d.]+) a second\)")


def break_cost(workdir: Path, py_env: dict[str, str], state: str, tag: str,
               samples: Samples) -> None:
    """CPU share of one core and wake-ups a second while a break is on screen
    (`deskcoach break-now`, default settings but for `state`), from /proc as the idle
    figures, over BREAK_WINDOW_S from 1 s after the window was mapped."""
    with AppRun(workdir, DESKCOACH, tag, py_env) as run:
        assert run.desk is not None
        if state != "held":  # the safety note was read before: the countdown runs at once
            db_path = run.profile / "data" / "history.sqlite3"
            db_path.parent.mkdir(parents=True)
            with sqlite3.connect(db_path) as db:  # the app adds the rest of its schema
                db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.execute("INSERT INTO meta VALUES ('safety_acknowledged', "
                           "'2026-01-01T00:00:00')")
                # and the exercise's cautions too, or its note would hold the countdown
                db.execute("INSERT INTO meta VALUES ('cautions_seen', ?)", (BREAK_EXERCISE,))
            db.close()
        if state == "reduced":
            run.cli("config", "set", "reduced_motion", "true")
        run.start()
        sleep_until(run.started + STARTUP_S)
        run.desk.x.watch_maps()
        run.cli("break-now", "--exercise", BREAK_EXERCISE)
        seen = run.desk.x.wait_viewable(DESKCOACH.break_title, time.monotonic() + 30)
        if seen is None:
            raise TimeoutError("no break window within 30 s of `break-now`")
        # `seen` is on the X clock: the window settles for a second; a playing break waits
        # for the exercise's still first step to pass, so the figure moves all the time.
        time.sleep(1.0 if state == "held" else BREAK_MOVING_AFTER_S)
        before, began = proc.activity(run.pid), time.monotonic()
        time.sleep(BREAK_WINDOW_S)
        after, ended = proc.activity(run.pid), time.monotonic()
        if not run.running():
            raise RuntimeError(f"DeskCoach exited during the break: {run.output_tail()}")
        if state != "held":  # the app logs the frames its figure drew when the break ends
            run.cli("done")
            fps = _figure_fps(run.profile / "logs" / "deskcoach.log")
            samples.add(f"break_{state}_fps", fps)
            say(f"  DeskCoach, break {state}: the figure drew {fps:.1f} frames a second")
    cost = proc.idle_between(before, after, ended - began)
    samples.add(f"break_{state}_cpu_pct", 100 * cost.run_s / cost.seconds)
    samples.add(f"break_{state}_wakeups_per_s", cost.wakeups_per_s)
    samples.note(f"break_{state}_threads", cost.busy_threads)
    # Involuntary switches are preemptions: they grow with the load from elsewhere.
    samples.note(f"break_{state}_switches", {"voluntary": cost.voluntary,
                                             "involuntary": cost.involuntary})
    say(f"  DeskCoach, break {state}: {100 * cost.run_s / cost.seconds:.2f} % of a core, "
        f"{cost.wakeups_per_s:.1f} wake-ups/s ({cost.voluntary} voluntary, "
        f"{cost.involuntary} involuntary; busiest: "
        f"{', '.join(f'{k} {v}' for k, v in list(cost.busy_threads.items())[:3])})")


def _figure_fps(log: Path) -> float:
    deadline = time.monotonic() + 15
    while (found := _FIGURE.search(log.read_text())) is None:
        if time.monotonic() > deadline:
            raise TimeoutError("no 'break figure: N frames' line in the log within 15 s of done")
        time.sleep(0.1)
    return float(found.group(3))


HISTORY_DAYS = 1826  # five years, every day, 33 breaks a day: about 60,000 breaks
HISTORY_PER_DAY = 33
DASHBOARD_TITLE = "DeskCoach - progress"
_ASKED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*progress window asked\s*$",
                    re.MULTILINE)
_CHARTS = re.compile(r"progress charts drawn ([\d.]+) s after the window was asked for")


def five_years(workdir: Path, py_env: dict[str, str]) -> Path:
    """A profile holding five years of synthetic history (tools/synthetic_history.py)."""
    profile = workdir / "five-years"
    if not (profile / "data" / "history.sqlite3").exists():
        env = {k: v for k, v in {**os.environ, **py_env}.items() if v}
        subprocess.run([sys.executable, str(ROOT / "tools" / "synthetic_history.py"),
                        str(profile), "--days", str(HISTORY_DAYS), "--per-day",
                        str(HISTORY_PER_DAY), "--every-day"], env=env, cwd=workdir,
                       check=True, capture_output=True, timeout=600)
    return profile


def dashboard(workdir: Path, py_env: dict[str, str], history: Path, tag: str,
              samples: Samples) -> None:
    """From the app getting `deskcoach open progress` to the window mapped, and to its charts
    drawn, on `history` (the app logs both moments)."""
    with AppRun(workdir, DESKCOACH, tag, py_env) as run:
        assert run.desk is not None
        shutil.copytree(history, run.profile)
        run.start()
        sleep_until(run.started + STARTUP_S)
        run.desk.x.watch_maps()
        run.cli("open", "progress")
        seen = run.desk.x.wait_viewable(DASHBOARD_TITLE, time.monotonic() + 30)
        if seen is None:
            raise TimeoutError("no progress window within 30 s")
        log = run.profile / "logs" / "deskcoach.log"
        deadline = time.monotonic() + 30
        while (charts := _CHARTS.search(log.read_text())) is None:
            if time.monotonic() > deadline:
                raise TimeoutError("no 'progress charts drawn' line in the log within 30 s")
            time.sleep(0.05)
        asked = _ASKED.search(log.read_text())
        if asked is None:
            raise ValueError("no 'progress window asked' line in the log")
    shown = seen - datetime.strptime(asked[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
    samples.add("dashboard_s", shown)
    samples.add("charts_s", float(charts[1]))
    say(f"  DeskCoach: progress window mapped {shown:.3f} s after it was asked for, charts "
        f"drawn after {float(charts[1]):.3f} s")


def stats_answer(workdir: Path, py_env: dict[str, str], history: Path,
                 samples: Samples) -> None:
    """Wall time of the whole `deskcoach --profile P stats --days 365` command."""
    env = {k: v for k, v in {**os.environ, **py_env}.items() if v}
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(history),
                           "stats", "--days", "365"], env=env, cwd=workdir,
                          capture_output=True, text=True, timeout=60, check=False)
    seconds = time.monotonic() - began
    if done.returncode != 0 or len(done.stdout.splitlines()) < 365:
        raise RuntimeError(f"stats exited {done.returncode}: {done.stderr.strip()[-300:]}")
    samples.add("stats_s", seconds)
    say(f"  DeskCoach: stats --days 365 answered in {seconds:.3f} s")


def _floor_times(log: Path) -> tuple[float, float]:
    found: dict[str, float] = {}
    for line in log.read_text().splitlines():
        what, _, at = line.partition(" ")
        found.setdefault(what, float(at))
    return found["due"], found["shown"]


def _deskcoach_times(profile: Path) -> tuple[float, float]:
    """The real due instant, from the first break's `due` (app time, ms) in the history and
    the log line 'break shown at <app time>' stamped with the real time (ms): one exact pair of
    app and real time, and the time scale, map `due` back to real time.
    """
    text = (profile / "logs" / "deskcoach.log").read_text()
    match = _SHOWN.search(text)
    if match is None:
        raise ValueError("no 'break shown at' line in the log")
    shown_real = datetime.strptime(match[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
    shown_app = datetime.fromisoformat(match[2])
    db = sqlite3.connect(f"file:{profile / 'data' / 'history.sqlite3'}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT due FROM breaks ORDER BY id LIMIT 1").fetchone()
    finally:
        db.close()
    if row is None:
        raise ValueError("no break in the history")
    due_app = datetime.fromisoformat(row[0])
    due_real = shown_real - (shown_app - due_app).total_seconds() / LATENCY_SCALE
    return due_real, shown_real


def _count_breaks(db_path: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    try:
        return int(db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        db.close()


def _rss_around(pid: int, seconds: float = 2.0) -> list[float]:
    """RSS of the tree every 50 ms for `seconds`: breaks come and go several times meanwhile."""
    found = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found.append(proc.rss_mb(pid))
        time.sleep(0.05)
    return found


class PresentUser:
    """Someone at the screen, nudging the mouse where the break window appears.

    At --time-scale 3000 DeskCoach's longest idle threshold (30 min) is 0.6 s of real time:
    with nobody touching the X server it would count the user as away and turn every break
    into a natural one, never showing a window. A pointer resting in the middle of the screen
    and moved by a pixel five times a second keeps the user present; during a break it is
    over the break window, which DeskCoach takes as attending the break (the countdown runs).
    """

    def __init__(self, display: str, x: int = 640, y: int = 416, period: float = 0.2) -> None:
        self._display, self._x, self._y, self._period = display, x, y, period
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PresentUser:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        x = XDisplay(self._display)  # a connection of its own: Xlib is not thread-safe
        try:
            step = 0
            while not self._stop.wait(self._period):
                step ^= 1
                x.move_pointer(self._x + step, self._y)
        finally:
            x.close()


def cycles(workdir: Path, py_env: dict[str, str], count: int, time_limit: float,
           samples: Samples) -> None:
    """RSS growth over `count` break cycles after a warm-up, at a fast --time-scale."""
    with AppRun(workdir, DESKCOACH, "cycles", py_env) as run:
        assert run.desk is not None
        for key, value in (("work_minutes", "5"), ("break_seconds", "30"),
                           ("notice_seconds", "0"), ("idle_minutes", "30")):
            run.cli("config", "set", key, value)
        with PresentUser(run.desk.display):
            run.start(scale=CYCLE_SCALE)
            found = _count_cycles(run, count, time_limit)
    warm, end = found["rss_warm_mb"], found["rss_end_mb"]
    warm_mb, end_mb = _median(warm), _median(end)
    samples.add("rss_growth_mb", end_mb - warm_mb)
    samples.extra["cycles"] = [{**found, "asked": count, "time_scale": CYCLE_SCALE,
                                "hit_time_limit": found["cycles"] < count * 0.98}]
    say(f"  DeskCoach: {found['cycles']} cycles in {found['seconds']:.0f} s, RSS "
        f"{warm_mb:.1f} -> {end_mb:.1f} MB ({end_mb - warm_mb:+.2f} MB); outcomes "
        f"{json.dumps(found['outcomes'])}")


def _count_cycles(run: AppRun, count: int, time_limit: float) -> dict[str, Any]:
    db = run.profile / "data" / "history.sqlite3"

    def reach(target: float, limit: float) -> int:
        while (done := _count_breaks(db)) < target and time.monotonic() < limit:
            if not run.running():
                raise RuntimeError(f"DeskCoach exited during the cycles: {run.output_tail()}")
            time.sleep(0.1)
        return done

    if reach(CYCLE_WARMUP, time.monotonic() + 60) < CYCLE_WARMUP:
        raise TimeoutError(f"fewer than {CYCLE_WARMUP} breaks in 60 s at --time-scale "
                           f"{CYCLE_SCALE}")
    # Count before and after each 2 s of RSS samples; the cycles between the two mid-points
    # are the ones the growth is over.
    warm_from, warm_at = _count_breaks(db), time.monotonic()
    warm = _rss_around(run.pid)
    warm_to = _count_breaks(db)
    first = (warm_from + warm_to) / 2
    reach(first + count - (warm_to - first), warm_at + time_limit)
    end_from = _count_breaks(db)
    end = _rss_around(run.pid)
    end_to = _count_breaks(db)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        outcomes = dict(conn.execute(
            "SELECT outcome, COUNT(*) FROM breaks GROUP BY outcome").fetchall())
    finally:
        conn.close()
    return {"cycles": round((end_from + end_to) / 2 - first), "warmup_breaks": round(first),
            "seconds": round(time.monotonic() - warm_at - 2, 1), "rss_warm_mb": warm,
            "rss_end_mb": end, "outcomes": outcomes}


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


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
