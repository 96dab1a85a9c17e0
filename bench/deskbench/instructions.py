"""The start's CPU work in instructions (valgrind), beside its time: the same on every run,
where the time to the icon varies by tens of percent on a busy virtual machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from deskbench.app_run import FLOOR, ROOT, AppRun, Samples, Target

STOP_AT_ICON = ROOT / "bench" / "stop_at_icon.py"
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
_PARENT = re.compile(r"Parent PID:\s+(\d+)")


def available() -> bool:
    return shutil.which("valgrind") is not None


def to_icon(workdir: Path, target: Target, tag: str, py_env: dict[str, str],
            samples: Samples, history: Path | None = None) -> None:
    """Millions of instructions the app's process runs from exec until its tray icon is
    shown (bench/stop_at_icon.py exits it there), on its own desktop; with `history`, on a
    copy of that profile. String hashing is seeded, so the count repeats."""
    with AppRun(workdir, target, tag, py_env) as run:
        if history is not None:
            shutil.copytree(history, run.profile)
        logs = run.dir / "valgrind"
        logs.mkdir()
        app = ["floor"] if target is FLOOR else ["deskcoach", "--profile", str(run.profile)]
        done = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
             f"--log-file={logs}/%p.log", sys.executable, str(STOP_AT_ICON), *app],
            env={**run.env, "PYTHONHASHSEED": "0"}, cwd=run.dir, capture_output=True,
            text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{target.label} under valgrind exited {done.returncode}: "
                               f"{done.stderr.strip()[-400:]}")
        # Qt forks (to look for a D-Bus session); the app's own log names this process as
        # its parent.
        for log in logs.glob("*.log"):
            text = log.read_text(errors="replace")
            parent, refs = _PARENT.search(text), _REFS.search(text)
            if parent and refs and int(parent[1]) == os.getpid():
                figure = "start_minstr" if history is None else "start_history_minstr"
                samples.add(figure, int(refs[1].replace(",", "")) / 1e6)
                return
    raise RuntimeError(f"no instruction count for {target.label}'s own process")
