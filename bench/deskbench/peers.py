"""Other break apps beside DeskCoach, when installed (apt: workrave, safeeyes, rsibreak).

Each run gets a fresh desktop (as DeskCoach's runs do), its own HOME and its own D-Bus session
bus; Safe Eyes also needs a system bus, so it gets a second private bus as its system bus (its
login and lock-screen calls then find nobody, as on a desktop without systemd). RSIBreak's
first-run welcome dialog is closed as a user would (Alt+F4) once it shows.

Start: exec to the first window embedded in trayer's panel (none is there before; the apps'
icons have no title to look for). Then PSS/RSS of the app's process tree `settle` s after exec,
and its CPU time and wake-ups over the next `idle` s, as for DeskCoach.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from deskbench import proc
from deskbench.app_run import POLL_S, Samples, say, sleep_until
from deskbench.desktop import alive, spawn, start_desktop, stop
from deskbench.xwin import XDisplay


@dataclass(frozen=True)
class Peer:
    key: str
    label: str
    system_bus: bool = False
    dismiss: str | None = None  # the title of a first-run window to close


PEERS = (Peer("workrave", "Workrave"), Peer("safeeyes", "Safe Eyes", system_bus=True),
         Peer("rsibreak", "RSIBreak", dismiss="Welcome \u2014 RSIBreak"))


def installed() -> list[Peer]:
    return [p for p in PEERS if shutil.which(p.key)]


def _bus(env: dict[str, str]) -> tuple[str, int]:
    """A private D-Bus daemon (its address and pid); the caller stops it."""
    done = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                           "--print-pid=1"], env=env, capture_output=True, text=True,
                          timeout=20, check=True)
    address, pid = done.stdout.split()[:2]
    return address, int(pid)


def run(workdir: Path, peer: Peer, tag: str, settle: float, idle: float,
        samples: Samples) -> None:
    """One run of `peer`: start to tray icon, memory after `settle` s, then `idle` s idle."""
    folder = Path(tempfile.mkdtemp(prefix=f"{peer.key}-{tag}-", dir=workdir))
    desk = start_desktop(folder / "home")
    buses: list[int] = []
    app: subprocess.Popen[bytes] | None = None
    try:
        env = dict(desk.env)
        env["DBUS_SESSION_BUS_ADDRESS"], pid = _bus(env)
        buses.append(pid)
        if peer.system_bus:
            env["DBUS_SYSTEM_BUS_ADDRESS"], pid = _bus(env)
            buses.append(pid)
        panels = [p for w in desk.find_trayer_windows()
                  if (p := desk.x.find(w, "panel", viewable=True))]
        if not panels:
            raise RuntimeError("trayer's panel is not on screen")
        before = set(desk.x.children(panels[0]))
        started = time.monotonic()
        app = spawn([peer.key], env, cwd=folder, log=folder / "output.log")
        while not set(desk.x.children(panels[0])) - before:
            if not alive(app):
                raise RuntimeError(f"{peer.label} exited before its tray icon showed")
            if time.monotonic() - started > 20:
                raise TimeoutError(f"{peer.label}: no tray icon after 20 s")
            time.sleep(POLL_S)
        start_s = time.monotonic() - started
        if peer.dismiss is not None:
            _dismiss(desk.x, env, peer.dismiss, started + 10)
        sleep_until(started + settle)
        mem = proc.memory(app.pid)
        first = proc.activity(app.pid)
        sleep_until(started + settle + idle)
        quiet = proc.idle_between(first, proc.activity(app.pid), idle)
        if not alive(app):
            raise RuntimeError(f"{peer.label} exited while idle")
    finally:
        if app is not None:
            stop(app)
        for pid in buses:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        desk.stop()
    samples.add("start_s", start_s)
    samples.add("pss_mb", mem.pss_mb)
    if mem.pss_alone_mb is not None:
        samples.add("pss_alone_mb", mem.pss_alone_mb)
    samples.add("rss_mb", mem.rss_mb)
    samples.add("cpu_s_per_120s", quiet.cpu_s_per_120s)
    samples.add("run_s_per_120s", quiet.run_s_per_120s)
    samples.add("wakeups_per_s", quiet.wakeups_per_s)
    samples.add("voluntary_per_s", quiet.voluntary_per_s)
    say(f"  {peer.label}: tray in {start_s:.3f} s; PSS {mem.pss_mb:.1f} MB"
        f"{'' if mem.pss_alone_mb is None else f' ({mem.pss_alone_mb:.1f} as if alone)'}, "
        f"RSS {mem.rss_mb:.1f} MB; idle {quiet.cpu_s_per_120s:.3f} CPU s per 120 s, "
        f"{quiet.wakeups_per_s:.2f} wake-ups/s")


def _dismiss(x: XDisplay, env: dict[str, str], title: str, deadline: float) -> None:
    """Close the window titled `title` once it shows (Alt+F4, openbox's close)."""
    while time.monotonic() < deadline:
        window = x.find(x.root, title, viewable=True)
        if window is not None:
            for args in (("windowactivate", "--sync", str(window)),
                         ("key", "--clearmodifiers", "alt+F4")):
                subprocess.run(["xdotool", *args], env=env, check=False, timeout=10,
                               capture_output=True)
            return
        time.sleep(0.05)
