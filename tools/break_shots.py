"""Screenshots of the break window, to look at: a breathing, a repetition and a hold exercise.

    .venv/bin/python tools/break_shots.py OUT_DIR [--size 1366x768] [--scale 2] [--theme dark]

Runs the real BreakWindow on an Xvfb of the given size (Qt's xcb platform; QT_SCALE_FACTOR for
--scale) with the installed catalogue, puts each exercise at a moment inside its counted step,
and writes the whole screen as OUT_DIR/<size>@<scale>x-<exercise>.png with `import`. It prints
the window's size and whether it fits on the screen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

SHOTS = (("belly-breathing", 6 + 23.0), ("chin-tuck", 4 + 12.5),
         ("doorway-chest-stretch", 5 + 13.0), ("note", 0.0), ("help", 0.0))


def child(out: Path, tag: str, colours: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from deskcoach.ui import theme

    theme.use(colours)
    from deskcoach.core.routine import Routine
    from deskcoach.core.status import Phase, Status
    from deskcoach.store.catalogue import load_catalogue
    from deskcoach.ui.break_window import BreakWindow

    catalogue = load_catalogue().catalogue
    window = BreakWindow()
    now = [0.0]
    window.elapsed = lambda: now[0]
    window.pose.clock = lambda: now[0] + 1000
    status = Status(Phase.ON_BREAK, None, 0, 95, None, 2, 3, True, True, 1.0)
    queue = list(SHOTS)

    def next_shot() -> None:
        if not queue:
            app.exit(0)  # quit() would ask the window to close, which snoozes
            return
        ident, at = queue.pop(0)
        exercise = catalogue.get("hip-flexor-stretch" if ident in ("note", "help") else ident)
        assert exercise is not None, ident
        now[0] = at
        window.update_status(status)
        window.present(120, Routine((exercise,)), safety_first=ident == "note",
                       notes=(exercise,))
        if ident == "help":
            window.show_help(1)
        QTimer.singleShot(600, lambda: shoot(ident))

    def shoot(ident: str) -> None:
        window.render_moment()
        app.processEvents()
        screen = window.screen().availableGeometry()
        fits = screen.contains(window.frameGeometry())
        sys.stdout.write(f"{ident}: window {window.width()}x{window.height()} on "
                         f"{screen.width()}x{screen.height()}, fits: {fits}\n")
        subprocess.run(["import", "-window", "root", str(out / f"{tag}-{ident}.png")],
                       check=True)
        next_shot()

    QTimer.singleShot(300, next_shot)
    app.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"{args.size}@{args.scale}x-{args.theme}"
    if args.child:
        child(args.out, tag, args.theme)
        return
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             f"{args.size}x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=f":{number}", QT_SCALE_FACTOR=str(args.scale))
    try:
        subprocess.run([sys.executable, __file__, str(args.out), "--size", args.size,
                        "--scale", str(args.scale), "--theme", args.theme, "--child"],
                       env=env, check=True, timeout=120)
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    main()
