"""The measurements: each app run on a fresh desktop, and what is read from it."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path

from deskbench import proc
from deskbench.app_run import (
    DESKCOACH,
    FLOOR,
    ROOT,
    STARTUP_S,
    AppRun,
    Samples,
    Target,
    guarded,
    say,
    sleep_until,
)

LATENCY_SCALE = 60  # DeskCoach: 5 min of work fall due after 5 s
LATENCY_WORK_MINUTES = 5


def start_time(workdir: Path, target: Target, tag: str, py_env: dict[str, str],
               samples: Samples, history: Path | None = None) -> None:
    """Start to the tray icon, and DeskCoach's start to ready, with nothing else running;
    with `history` (a profile), DeskCoach starts on a copy of it, as a user's day begins."""
    with AppRun(workdir, target, tag, py_env) as run:
        if history is not None:
            shutil.copytree(history, run.profile)
        seconds = run.start()
        ready = seconds if target is FLOOR else _wait_ready(run)
    suffix = "" if history is None else "_history"
    samples.add(f"start{suffix}_s", seconds)
    samples.add(f"ready{suffix}_s", ready)


def start_rounds(workdir: Path, py_env: dict[str, str], floor: Samples, coach: Samples,
                 history: Path | None, rounds: int) -> None:
    """The start times: in each round a floor start before DeskCoach's first start, and
    another before its start on `history`.

    Every DeskCoach start follows a floor start and every floor start a DeskCoach start: a
    start right after one of the same app was up to 15 % faster (2026-12-03), which flattered
    whichever of DeskCoach's two starts came second. Each is also set against the floor start
    just before it (`paired_ratios`): the machine's speed drifts by 1.5-2x from minute to
    minute, which a ratio of two medians takes in.
    """
    for i in range(rounds):
        for tag, profile in (("start", None), ("hist", history)):
            if tag == "hist" and history is None:
                continue
            suffix = "" if profile is None else "_history"
            before = start_counts(floor, coach, suffix)
            guarded(floor, f"floor start run {i + 1} ({tag})",
                    partial(start_time, workdir, FLOOR, f"f{tag}{i}", py_env, floor))
            what = "" if profile is None else " on five years of history"
            guarded(coach, f"DeskCoach start run {i + 1}{what}",
                    partial(start_time, workdir, DESKCOACH, f"{tag}{i}", py_env, coach,
                            profile))
            paired_ratios(floor, coach, suffix, before)


def start_counts(floor: Samples, coach: Samples, suffix: str) -> tuple[int, int]:
    return (len(floor.values.get("start_s", [])),
            len(coach.values.get(f"start{suffix}_s", [])))


def paired_ratios(floor: Samples, coach: Samples, suffix: str,
                  before: tuple[int, int]) -> None:
    """DeskCoach's start and ready over the floor start just before them (`before`: the
    `start_counts` before the two runs; a failed run adds no figure, and then no pair): the
    ratio run by run, which the budgets check."""
    if start_counts(floor, coach, suffix) != (before[0] + 1, before[1] + 1):
        return
    floor_start = floor.values["start_s"][-1]
    coach.add(f"start{suffix}_x", coach.values[f"start{suffix}_s"][-1] / floor_start)
    coach.add(f"ready{suffix}_x", coach.values[f"ready{suffix}_s"][-1] / floor_start)


def start_and_memory(workdir: Path, target: Target, tag: str, settle: float,
                     py_env: dict[str, str], samples: Samples,
                     wait: Callable[[float], None] = sleep_until) -> None:
    """One app at a time: PSS/RSS after `settle` s idle (its start is timed, not counted:
    `start_time` counts it on a quiet machine).

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


def _wait_ready(run: AppRun, timeout: float = 20.0) -> float:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return _ready_s(run)
        except (OSError, ValueError):
            if time.monotonic() > deadline or not run.running():
                raise
        time.sleep(0.05)


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
                 samples: Samples | None) -> None:
    """Wall time of the whole `deskcoach --profile P stats --days 365` command (`samples`
    None: a warm-up, not counted)."""
    env = {k: v for k, v in {**os.environ, **py_env}.items() if v}
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(history),
                           "stats", "--days", "365"], env=env, cwd=workdir,
                          capture_output=True, text=True, timeout=60, check=False)
    seconds = time.monotonic() - began
    if done.returncode != 0 or len(done.stdout.splitlines()) < 365:
        raise RuntimeError(f"stats exited {done.returncode}: {done.stderr.strip()[-300:]}")
    if samples is None:
        say(f"  DeskCoach: stats --days 365 warmed up in {seconds:.3f} s (not counted)")
        return
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

