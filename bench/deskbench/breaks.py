"""A break on screen: its CPU, wake-ups and frames; and RSS over hundreds of break cycles."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from deskbench import proc
from deskbench.app_run import DESKCOACH, STARTUP_S, AppRun, Samples, say, sleep_until
from deskbench.xwin import XDisplay

CYCLE_SCALE = 3000  # DeskCoach: 5 min of work = 0.1 s, a 30 s break = 10 ms
CYCLE_WARMUP = 20

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

