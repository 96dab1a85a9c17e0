"""A throwaway X desktop per app run: Xvfb, openbox and the trayer system tray.

The same set-up as tests/e2e/desktop.py (copied, so the benchmark does not depend on the test
tree), with every process in its own session so that it and anything it spawns can be killed,
and a registry that `kill_everything()` empties on exit, Ctrl+C or failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from deskbench.xwin import XDisplay
from tools.control import wait_for

TOOLS = ("Xvfb", "openbox", "trayer", "xdotool", "xprop")
_LIVE: list[subprocess.Popen[bytes]] = []  # every process started, until stopped
_RUNTIME: list[Path] = []  # every desktop's runtime folder, until removed


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def spawn(cmd: Sequence[str], env: dict[str, str], *, cwd: Path | None = None,
          log: Path | None = None) -> subprocess.Popen[bytes]:
    """Start `cmd` in a session of its own, registered for clean-up."""
    out = log.open("ab") if log else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=out, stderr=out,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    finally:
        if log and not isinstance(out, int):
            out.close()
    _LIVE.append(proc)
    return proc


def alive(proc: subprocess.Popen[bytes]) -> bool:
    """Whether `proc` is still running, without reaping it (its pid stays reserved)."""
    if proc.returncode is not None:
        return False
    try:
        info = os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    return info is None


def stop(proc: subprocess.Popen[bytes], grace: float = 5.0) -> int | None:
    """SIGTERM the process's session, then SIGKILL what is left of it; returns the exit code.

    The leader is reaped only after the SIGKILL, so its process group id cannot have been
    reused by then: only processes this benchmark started are signalled.
    """
    if proc.returncode is None:
        _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while alive(proc) and time.monotonic() < deadline:
            time.sleep(0.02)
        _signal_group(proc, signal.SIGKILL)  # also whatever it spawned into its session
        proc.wait()
    if proc in _LIVE:
        _LIVE.remove(proc)
    return proc.returncode


def _signal_group(proc: subprocess.Popen[bytes], signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signum)


def kill_everything() -> None:
    for proc in reversed(list(_LIVE)):
        if proc.returncode is None:
            _signal_group(proc, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
    _LIVE.clear()
    for folder in _RUNTIME:
        shutil.rmtree(folder, ignore_errors=True)
    _RUNTIME.clear()


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    home: Path
    runtime: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    trayer_windows: list[int] = field(default_factory=list)  # see find_trayer_windows()
    _x: XDisplay | None = None

    @property
    def x(self) -> XDisplay:
        if self._x is None:
            self._x = XDisplay(self.display)
        return self._x

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=30,
                              check=False)
        return done.stdout

    def tray_holds(self, title: str) -> bool:
        return self.x.holds(self.trayer_windows, title)

    def find_trayer_windows(self) -> list[int]:
        """trayer's windows, its panel (which holds the icons) included once it exists."""
        self.trayer_windows = [int(i) for i in self.run(
            "xdotool", "search", "--class", "trayer").split()]
        return self.trayer_windows

    def stop(self) -> None:
        if self._x is not None:
            self._x.close()
            self._x = None
        for proc in reversed(self.procs):
            stop(proc)
        self.procs.clear()
        shutil.rmtree(self.runtime, ignore_errors=True)
        if self.runtime in _RUNTIME:
            _RUNTIME.remove(self.runtime)


def start_desktop(home: Path) -> Desktop:
    home.mkdir(parents=True, exist_ok=True)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _LIVE.append(xvfb)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        stop(xvfb)
        raise RuntimeError("Xvfb did not start")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                        "SESSION_MANAGER")}
    env.update(DISPLAY=f":{number}", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_STATE_HOME=str(home / ".local/state"))
    # A login session's private /run/user/UID: short, so that the app's control socket fits
    # however deep the run's folder is (a Unix socket's path has room for 107 bytes).
    runtime = Path(tempfile.mkdtemp(prefix="dcb-run-"))
    _RUNTIME.append(runtime)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    desk = Desktop(f":{number}", env, home, runtime, [xvfb])
    try:
        for attempt in (1, 2):  # on a loaded machine openbox now and then does not come up
            openbox = spawn(["openbox"], env)
            desk.procs.append(openbox)
            try:
                wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in desk.run(
                    "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"), 20, "openbox")
                break
            except TimeoutError:
                stop(openbox)
                desk.procs.remove(openbox)
                if attempt == 2:
                    raise
        for _attempt in range(3):
            trayer = spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                            "request", "--height", "32", "--SetDockType", "true",
                            "--transparent", "false", "--tint", "0x333333"], env)
            desk.procs.append(trayer)
            try:
                # The tray is there once trayer owns the tray manager selection and its
                # panel, the window the icons are embedded in, is on screen.
                wait_for(partial(_trayer_ready, desk, trayer), 15, "trayer")
            except (TimeoutError, RuntimeError):
                stop(trayer)
                desk.procs.remove(trayer)
                continue
            return desk
        raise RuntimeError("trayer, the system tray, did not start")
    except BaseException:
        desk.stop()
        raise


def _trayer_ready(desk: Desktop, trayer: subprocess.Popen[bytes]) -> bool:
    if not alive(trayer):
        raise RuntimeError("trayer exited")
    if not desk.x.selection_owner("_NET_SYSTEM_TRAY_S0"):
        return False
    return any(desk.x.find(w, "panel", viewable=True) for w in desk.find_trayer_windows())
