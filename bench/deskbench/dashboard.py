"""The progress dashboard's memory: PSS settled, with the dashboard open, and after it closed.

The dashboard runs in a process of its own (deskcoach/progress_app.py), so its pyqtgraph and
numpy leave memory with it. The figure is taken over the app's whole process tree, the
dashboard's process included while it runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from deskbench import proc
from deskbench.app_run import DESKCOACH, ROOT, AppRun, Samples, say, sleep_until
from deskbench.runs import _CHARTS, DASHBOARD_TITLE

TWENTY_YEARS_DAYS = 7300  # twenty years, every day, 33 breaks a day: about 240,000 breaks
PER_DAY = 33
BACK_WITHIN_MB = 5.0
BACK_WAIT_S = 60.0


def twenty_years(workdir: Path, py_env: dict[str, str]) -> Path:
    """A profile holding twenty years of synthetic history (tools/synthetic_history.py)."""
    profile = workdir / "twenty-years"
    if not (profile / "data" / "history.sqlite3").exists():
        env = {k: v for k, v in {**os.environ, **py_env}.items() if v}
        subprocess.run([sys.executable, str(ROOT / "tools" / "synthetic_history.py"),
                        str(profile), "--days", str(TWENTY_YEARS_DAYS), "--per-day",
                        str(PER_DAY), "--every-day"], env=env, cwd=workdir,
                       check=True, capture_output=True, timeout=900)
    return profile


def _pss(pid: int) -> tuple[float, int]:
    """PSS of the tree, as if alone when that can be measured; and how many processes."""
    mem = proc.memory(pid)
    return (mem.pss_mb if mem.pss_alone_mb is None else mem.pss_alone_mb), mem.processes


def memory(workdir: Path, py_env: dict[str, str], history: Path, tag: str, settle: float,
           samples: Samples) -> None:
    """DeskCoach on `history`: PSS after `settle` s, with the dashboard drawn, and once its
    window is closed (polled every 2 s for up to a minute, until back within 5 MB)."""
    with AppRun(workdir, DESKCOACH, tag, py_env) as run:
        assert run.desk is not None
        shutil.copytree(history, run.profile)
        run.start()
        sleep_until(run.started + settle)
        settled, _ = _pss(run.pid)
        run.cli("open", "progress")
        log = run.profile / "logs" / "deskcoach.log"
        deadline = time.monotonic() + 30
        while _CHARTS.search(log.read_text()) is None:
            if time.monotonic() > deadline:
                raise TimeoutError("no 'progress charts drawn' line in the log within 30 s")
            time.sleep(0.05)
        time.sleep(1.0)
        opened, processes = _pss(run.pid)
        window = run.desk.x.find(run.desk.x.root, DASHBOARD_TITLE, viewable=True)
        if window is None:
            raise RuntimeError("the progress window is not on screen")
        # openbox closes the active window on Alt+F4, as a user would (WM_DELETE_WINDOW).
        for args in (("windowactivate", "--sync", str(window)),
                     ("key", "--clearmodifiers", "alt+F4")):
            subprocess.run(["xdotool", *args], env=run.env, check=True, timeout=10,
                           capture_output=True)
        closed = time.monotonic()
        while True:
            time.sleep(2.0)
            after, left = _pss(run.pid)
            waited = time.monotonic() - closed
            if (left == 1 and after - settled <= BACK_WITHIN_MB) or waited >= BACK_WAIT_S:
                break
        if not run.running():
            raise RuntimeError(f"DeskCoach exited: {run.output_tail()}")
    samples.add("dash_pss_settled_mb", settled)
    samples.add("dash_pss_open_mb", opened)
    samples.add("dash_pss_closed_mb", after)
    samples.add("dash_pss_back_mb", after - settled)
    samples.add("dash_back_s", waited)
    say(f"  DeskCoach on {history.name}: PSS {settled:.1f} MB settled, {opened:.1f} MB with the "
        f"dashboard ({processes} processes), {after:.1f} MB {waited:.0f} s after closing it "
        f"({after - settled:+.1f} MB; {left} process(es))")
