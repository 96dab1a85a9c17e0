"""A throwaway X desktop for end-to-end tests: Xvfb, openbox and the trayer system tray."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
TOOLS = ("Xvfb", "openbox", "trayer", "xdotool", "xwininfo", "xprop", "xmessage")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_for(check: Callable[[], T | None], timeout: float, what: str) -> T:
    """Poll `check` until it returns something truthy; fail naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=30,
                              check=False)
        return done.stdout

    def tree(self) -> str:
        return self.run("xwininfo", "-root", "-tree")

    def visible_window(self, name: str) -> str | None:
        ids = self.run("xdotool", "search", "--onlyvisible", "--name", name).split()
        return ids[0] if ids else None

    def tray_holds(self, title: str) -> bool:
        """Whether a window titled `title` is embedded inside trayer's panel."""
        trayers = self.run("xdotool", "search", "--class", "trayer").split()
        return any(f'"{title}"' in self.run("xwininfo", "-tree", "-id", wid) for wid in trayers)

    def focused(self) -> str:
        return self.run("xdotool", "getwindowfocus").strip()

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            self.run("import", "-window", "root", str(path))

    def stop(self) -> None:
        stop_processes(self.procs)


def stop_processes(procs: list[subprocess.Popen[bytes]]) -> None:
    """Terminate the processes, last started first; kill those that linger."""
    for proc in reversed(procs):
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def start_desktop(home: Path, with_tray: bool = True, screens: int = 1) -> Desktop:
    """`screens=2`: a second X screen (:N.1, 1024x768) beside the first. Xvfb's Xinerama
    stacks its heads at 0,0, so two X screens are how a second monitor is had here."""
    read_fd, write_fd = os.pipe()
    sizes = ["-screen", "0", "1280x800x24"] + (["-screen", "1", "1024x768x24"] * (screens - 1))
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), *sizes,
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(DISPLAY=f":{number}", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    desk = Desktop(f":{number}", env, [xvfb])
    try:
        desk.procs.append(_spawn(["openbox"], env))
        wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in desk.run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"), 15, "openbox")
        if not with_tray:
            return desk
        for _attempt in range(3):
            trayer = _spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                             "request", "--height", "32", "--SetDockType", "true",
                             "--transparent", "false", "--tint", "0x333333"], env)
            desk.procs.append(trayer)
            try:
                wait_for(lambda t=trayer: t.poll() is not None or desk.run(
                    "xdotool", "search", "--class", "trayer").strip(), 15, "trayer")
            except AssertionError:
                continue
            if trayer.poll() is None:
                return desk
        raise AssertionError("trayer, the system tray, did not start")
    except BaseException:
        desk.stop()
        raise


def _spawn(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
