"""Screenshots of the real app, in both themes, at two screen sizes, for review and the README.

    python tools/screenshots.py [--out docs/screenshots] [--only 1366x768]

For each size (1366x768 at 1x; 1920x1080 at 2x, QT_SCALE_FACTOR=2) and theme (light, dark)
it starts Xvfb and openbox (no tray, so the no-tray window shows too), fills a throwaway
profile with 400 days of made-up history, starts DeskCoach on it, opens each window through
the command line and photographs it with ImageMagick's `import`. Files are named
SCREEN-THEME-SIZE.png, e.g. progress-dark-1366x768.png.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from deskcoach.store.history import History  # noqa: E402
from tools.synthetic_history import fill  # noqa: E402

SIZES = (("1366x768", "1"), ("1920x1080", "2"))
THEMES = ("light", "dark")
ZONE = ZoneInfo("Europe/London")


def wait_for(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.1)


class Session:
    """One Xvfb + openbox + DeskCoach, on one profile."""

    def __init__(self, size: str, scale: str, theme: str, work: Path) -> None:
        self.profile = work / f"profile-{theme}-{size}"
        self.procs: list[subprocess.Popen[bytes]] = []
        read_fd, write_fd = os.pipe()
        self.procs.append(subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten",
             "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL))
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                                 "QT_SCALE_FACTOR")}
        self.env.update(DISPLAY=f":{number}", HOME=str(work), XDG_CONFIG_HOME=str(work / "cfg"),
                        QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1")
        self.procs.append(subprocess.Popen(["openbox"], env=self.env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"), 15, "openbox")
        history = History(self.profile / "data" / "history.sqlite3", datetime.now(ZONE))
        fill(history, datetime.now(ZONE).date(), 400, 10, ZONE, random.Random(7))
        history.close()
        for key, value in (("theme", theme), ("working_hours", "mon-fri 08:30-17:30")):
            self.cli("config", "set", key, value)

    def run(self, *args: str) -> str:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60,
                              check=False).stdout

    def cli(self, *args: str) -> str:
        return self.run(sys.executable, "-m", "deskcoach", "--profile", str(self.profile), *args)

    def start(self) -> None:
        self.procs.append(subprocess.Popen(
            [sys.executable, "-m", "deskcoach", "--profile", str(self.profile)], env=self.env,
            stdout=subprocess.DEVNULL, stderr=(self.profile / "stderr.txt").open("wb")))
        wait_for(lambda: '"state"' in self.cli("status", "--json"), 60, "DeskCoach")

    def window(self, name: str, timeout: float = 20) -> str:
        found: list[str] = []

        def look() -> bool:
            found[:] = self.run("xdotool", "search", "--onlyvisible", "--name", name).split()
            return bool(found)

        wait_for(look, timeout, f"the window {name!r}")
        return found[-1]

    def shoot(self, wid: str, path: Path, settle: float = 1.0) -> None:
        self.run("xdotool", "windowactivate", "--sync", wid)
        self.run("xdotool", "windowraise", wid)  # `import` reads what is on screen
        time.sleep(settle)  # a screenshot tool, not a test: let the window finish drawing
        self.run("import", "-window", wid, "-strip", str(path))
        print(path)

    def keys(self, wid: str, *keys: str) -> None:
        """Typed as a keyboard would (XTEST), into the window brought to the front. Keys sent
        with `key --window` (XSendEvent) left Qt unable to show the next window."""
        self.run("xdotool", "windowactivate", "--sync", wid)
        for key in keys:
            self.run("xdotool", "key", key)
            time.sleep(0.15)

    def stop(self) -> None:
        self.cli("quit")
        for proc in reversed(self.procs):
            proc.terminate()
        for proc in self.procs:  # whatever did not end within 5 s is killed
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
            proc.kill()
            proc.wait()


def photograph(size: str, scale: str, theme: str, out: Path, work: Path) -> None:
    s = Session(size, scale, theme, work)
    name = f"{theme}-{size}"
    try:
        s.start()
        # The no-tray window shows 5 s after start: wait for it and put it aside, so it does
        # not cover the other windows' pictures.
        fallback = s.window("^DeskCoach$", timeout=30)
        s.run("xdotool", "windowminimize", fallback)
        s.cli("open", "progress")
        wid = s.window("DeskCoach - progress")
        s.shoot(wid, out / f"progress-{name}.png", settle=3.0)
        s.keys(wid, "alt+s", "End")
        s.shoot(wid, out / f"progress-months-{name}.png", settle=2.0)
        s.keys(wid, "alt+t")
        s.shoot(wid, out / f"progress-table-{name}.png")
        s.keys(wid, "alt+h")
        s.shoot(wid, out / f"progress-counted-{name}.png")
        s.run("xdotool", "windowminimize", wid)
        s.cli("open", "checklist")
        wid = s.window("DeskCoach - workstation check")
        s.shoot(wid, out / f"checklist-intro-{name}.png")
        s.keys(wid, "Return")
        s.shoot(wid, out / f"checklist-question-{name}.png")
        s.keys(wid, *(["y", "n", "y", "y", "a"] * 9))  # more than there are questions
        s.shoot(wid, out / f"checklist-summary-{name}.png")
        s.keys(wid, "Escape")
        s.cli("open", "settings")
        wid = s.window("DeskCoach settings")
        s.shoot(wid, out / f"settings-{name}.png")
        s.keys(wid, "alt+t", *["Tab"] * 6, "ctrl+a")
        s.run("xdotool", "type", "--delay", "20", "mon-fri 9 to 5")
        s.shoot(wid, out / f"settings-error-{name}.png")
        s.keys(wid, "Escape")
        wait_for(lambda: not s.run("xdotool", "search", "--onlyvisible", "--name",
                                   "DeskCoach settings").strip(), 10, "settings to close")
        s.run("xdotool", "windowmap", fallback)
        s.shoot(fallback, out / f"no-tray-window-{name}.png")
        s.cli("break-now")
        s.shoot(s.window("DeskCoach - time to move"),
                out / f"break-{name}.png", settle=2.0)
    except Exception:
        print("\n".join(line for line in s.run("xwininfo", "-root", "-tree").splitlines()
                        if "DeskCoach" in line))
        for log in [*s.profile.rglob("*.log"), s.profile / "stderr.txt"]:
            print(log.read_text(encoding="utf-8")[-4000:])
        raise
    finally:
        s.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=[size for size, _ in SIZES])
    parser.add_argument("--theme", choices=THEMES)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size, scale in SIZES:
        for theme in THEMES:
            if args.only not in (None, size) or args.theme not in (None, theme):
                continue
            with tempfile.TemporaryDirectory() as work:
                photograph(size, scale, theme, args.out, Path(work))


if __name__ == "__main__":
    main()
