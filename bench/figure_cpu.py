"""What the animated figure costs during a break: CPU time of the break window, playing.

    .venv/bin/python bench/figure_cpu.py [--seconds 30] [--exercise ID ...] [--reduced]

Starts its own Xvfb (no OpenGL: the figure is QPainter on a raster window), opens DeskCoach's
real BreakWindow on it with a routine of the given exercises and the real frame timer, lets
it settle for 3 s, then measures the process's CPU time (user + system) over `--seconds`.
Prints one JSON line: cpu_percent (of one core), frames the figure drew and frames per second.
The budget (issue 16) is 5 % of one core on the 2-core machine the other figures come from.
A run with `--reduced` shows the same break with reduced motion (still key poses) for
comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["thoracic-rotation", "hip-hinge", "tendon-glides"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(seconds: float, exercises: list[str], reduced: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from deskcoach.core.routine import Routine
    from deskcoach.core.status import Phase, Status
    from deskcoach.store.catalogue import load_catalogue
    from deskcoach.ui.break_window import BreakWindow
    from deskcoach.ui.frame_timer import MOVING_MS

    app = QApplication(sys.argv[:1])
    catalogue = load_catalogue().catalogue
    chosen = tuple(e for e in (catalogue.get(i) for i in exercises) if e is not None)
    window = BreakWindow()
    start = time.monotonic()
    window.elapsed = lambda: time.monotonic() - start
    window.reduced_motion = reduced
    window.update_status(Status(Phase.ON_BREAK, None, 0, 180, None, 2, 3, True, True, 1.0))
    window.present(180, Routine(chosen))
    marks: dict[str, float] = {}

    def begin() -> None:
        marks.update(cpu=_cpu(), wall=time.monotonic(), paints=window.pose.paints)

    def end() -> None:
        cpu, wall = _cpu() - marks["cpu"], time.monotonic() - marks["wall"]
        frames = window.pose.paints - marks["paints"]
        print(json.dumps({
            "exercises": [e.id for e in chosen], "reduced_motion": reduced,
            "seconds": round(wall, 2), "cpu_seconds": round(cpu, 3),
            "cpu_percent": round(100 * cpu / wall, 2), "frames": int(frames),
            "fps": round(frames / wall, 1), "frame_timer_ms": MOVING_MS,
            "platform": app.platformName()}), flush=True)
        os._exit(0)  # done; skip tearing down Qt, which can stall on a headless X server

    QTimer.singleShot(3000, begin)
    QTimer.singleShot(int(3000 + seconds * 1000), end)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--exercise", action="append", dest="exercises")
    parser.add_argument("--reduced", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    exercises = args.exercises or DEFAULT
    if args.child:
        child(args.seconds, exercises, args.reduced)
        return 0
    read, write = os.pipe()  # Xvfb picks a free display itself and writes its number here
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        command = [sys.executable, __file__, "--child", "--seconds", str(args.seconds)]
        command += [a for e in exercises for a in ("--exercise", e)]
        command += ["--reduced"] if args.reduced else []
        return subprocess.run(command, env=env, check=False, stdin=subprocess.DEVNULL,
                              timeout=args.seconds + 60).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(10)


if __name__ == "__main__":
    raise SystemExit(main())
