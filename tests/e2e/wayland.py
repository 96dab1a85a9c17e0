"""A throwaway Wayland desktop for end-to-end tests: headless sway with waybar's tray.

sway refuses to run as root, so when the tests run as root (CI) everything here runs as an
unprivileged test user, created on first use: the compositor, a private D-Bus session bus,
DeskCoach and its command line, and the input tools. That user needs a Python it can read;
when ours lives in root's home, the system python3 of the same version is used with our
site-packages on PYTHONPATH (they are the same wheels).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import site
import stat
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e.desktop import stop_processes, wait_for

TOOLS = ("sway", "swaymsg", "waybar", "wtype", "dbus-daemon", "dbus-send")
TEST_USER = "deskcoach-e2e"
REPO = Path(__file__).resolve().parents[2]
WATCHER = "org.kde.StatusNotifierWatcher"
SIZE = (1280, 800)  # each output's
SWAY_CONFIG = """output HEADLESS-1 resolution 1280x800 position 0 0
output HEADLESS-2 resolution 1280x800 position 1280 0
xwayland disable
no_focus [app_id="io.github.deskcoach.DeskCoach"]
bar {
    swaybar_command waybar
}
"""
WAYBAR_CONFIG = {"layer": "top", "modules-right": ["tray"], "tray": {"icon-size": 21}}


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class Account:
    """Who runs the desktop: ourselves, or the test user when we are root."""

    uid: int
    gid: int
    name: str

    @classmethod
    def for_tests(cls) -> Account:
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid())
            return cls(me.pw_uid, me.pw_gid, me.pw_name)
        try:
            entry = pwd.getpwnam(TEST_USER)
        except KeyError:
            # A second test run may be creating it at the same moment: look again after.
            subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                            "/usr/sbin/nologin", TEST_USER], check=False, capture_output=True)
            entry = pwd.getpwnam(TEST_USER)
        return cls(entry.pw_uid, entry.pw_gid, entry.pw_name)

    def popen(self, args: Sequence[str], env: dict[str, str],
              **kwargs: Any) -> subprocess.Popen[bytes]:
        if self.uid == os.geteuid():
            return subprocess.Popen(list(args), env=env, **kwargs)
        return subprocess.Popen(list(args), env=env, user=self.uid, group=self.gid,
                                extra_groups=[], **kwargs)

    def run(self, args: Sequence[str], env: dict[str, str],
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
        proc = self.popen(args, env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            raise
        return subprocess.CompletedProcess(list(args), proc.returncode or 0,
                                           out.decode("utf-8", "replace"),
                                           err.decode("utf-8", "replace"))


def python_for(account: Account, base_env: dict[str, str], root: Path) -> str:
    """A Python the account can run that imports PySide6 and deskcoach: ours, else a venv of
    the system python3 made in `root` that adds our site-packages (with their .pth files,
    which is how the editable install finds deskcoach.resources)."""
    check = ["-c", "import PySide6.QtWidgets, deskcoach.resources"]

    def works(python: str) -> bool:
        try:
            return account.run([python, *check], base_env).returncode == 0
        except OSError:  # not even executable for that user
            return False

    if works(sys.executable):
        return sys.executable
    system = shutil.which("python3", path="/usr/bin:/bin")
    venv = root / "python"
    if system and account.run([system, "-m", "venv", "--without-pip", str(venv)],
                              base_env).returncode == 0:
        python = str(venv / "bin" / "python")
        inner = account.run([python, "-c", "import site; print(site.getsitepackages()[0])"],
                            base_env).stdout.strip()
        ours = "; ".join(f"site.addsitedir({path!r})" for path in site.getsitepackages())
        pth = Path(inner) / "deskcoach-tests.pth"
        pth.write_text(f"import site; {ours}\n")
        os.chown(pth, account.uid, account.gid)
        if works(python):
            return python
    raise AssertionError(f"the user {account.name} can run no Python with PySide6 and "
                         f"deskcoach (is {REPO} readable by other users?)")


@dataclass
class WaylandDesktop:
    root: Path
    account: Account
    env: dict[str, str]
    python: str = sys.executable
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    pointer: subprocess.Popen[bytes] | None = None
    outputs: int = 1
    opened: list[tuple[Path, int]] = field(default_factory=list)  # modes to put back

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return self.account.run(args, self.env, timeout)

    def spawn(self, *args: str, log: str) -> subprocess.Popen[bytes]:
        with (self.root / log).open("ab") as out:
            proc = self.account.popen(args, self.env, stdout=out, stderr=out)
        self.procs.append(proc)
        return proc

    def swaymsg(self, *args: str) -> Any:
        done = self.run("swaymsg", "--raw", *args)
        return json.loads(done.stdout) if done.stdout.strip() else None

    def windows(self) -> list[dict[str, Any]]:
        """Every window in sway's tree, with its app_id, name and state."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], output: str) -> None:
            if node.get("type") == "output":
                output = node.get("name", "")
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append({**node, "output": output})
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child, output)

        walk(self.swaymsg("-t", "get_tree"), "")
        return found

    def window_named(self, name: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w.get("name") == name), None)

    def screenshot(self, path: Path) -> None:
        """The whole output as a PNG, when grim (screencopy) is installed; for looking."""
        shot = self.root / "shot.png"
        if shutil.which("grim") and self.run("grim", str(shot)).returncode == 0:
            shutil.copyfile(shot, path)

    def point_at(self, name: str, middle: bool = True) -> None:
        """Move the virtual pointer to the middle of the window titled `name`, or near its
        top left corner (clear of a floating window centred over it)."""
        window = self.window_named(name)
        assert window is not None, f"no window {name!r}"
        rect = window["rect"]
        x, y = ((rect["x"] + rect["width"] // 2, rect["y"] + rect["height"] // 2) if middle
                else (rect["x"] + 10, rect["y"] + 10))
        self._pointer_says(f"{x} {y}")

    def add_pointer(self) -> None:
        """A virtual pointer (tests/e2e/virtual_pointer.py): headless sway has none."""
        self.pointer = self.account.popen(
            [self.python, str(Path(__file__).with_name("virtual_pointer.py")),
             str(SIZE[0] * self.outputs), str(SIZE[1])], self.env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE)
        self.procs.append(self.pointer)
        self._pointer_says(None)

    def _pointer_says(self, line: str | None) -> None:
        assert self.pointer is not None
        assert self.pointer.stdin
        assert self.pointer.stdout
        if line is not None:
            self.pointer.stdin.write(f"{line}\n".encode())
            self.pointer.stdin.flush()
        answer = self.pointer.stdout.readline()
        assert answer == b"ok\n", f"the virtual pointer said {answer!r}"

    def tray_items(self) -> list[str]:
        """RegisteredStatusNotifierItems of the StatusNotifierWatcher (waybar's tray)."""
        done = self.run("dbus-send", "--session", "--print-reply=literal",
                        f"--dest={WATCHER}", "/StatusNotifierWatcher",
                        "org.freedesktop.DBus.Properties.Get", f"string:{WATCHER}",
                        "string:RegisteredStatusNotifierItems")
        if done.returncode != 0:
            return []
        return [word for word in done.stdout.replace("]", " ").replace("[", " ").split()
                if word not in ("variant", "array")]

    def tray_pids(self) -> set[int]:
        """The processes behind the registered tray items (each item names its bus
        connection, then its object path)."""
        pids = set()
        for item in self.tray_items():
            done = self.run("dbus-send", "--session", "--print-reply=literal",
                            "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus.GetConnectionUnixProcessID",
                            f"string:{item.split('/')[0]}")
            words = done.stdout.split()
            if done.returncode == 0 and words and words[-1].isdigit():
                pids.add(int(words[-1]))
        return pids

    def press_shift(self) -> None:
        """A Shift key press and release through the virtual-keyboard protocol: input the
        compositor counts, typing nothing anywhere (a modifier-only change, wtype -M, is not
        counted as activity by sway)."""
        done = self.run("wtype", "-k", "Shift_L")
        assert done.returncode == 0, done.stderr

    def stop(self) -> None:
        stop_processes(self.procs)
        if self.pointer is not None:
            for pipe in (self.pointer.stdin, self.pointer.stdout):
                if pipe is not None:
                    pipe.close()
        shutil.rmtree(self.root, ignore_errors=True)
        for folder, mode in reversed(self.opened):
            folder.chmod(mode)


def let_others_through(path: Path) -> list[tuple[Path, int]]:
    """Let other users pass through (not list) the folders above `path`, so the test user
    can run the checkout's code wherever CI cloned it (under /root, say, which is 0700).
    Returns the folders changed and their modes, to be put back."""
    changed = []
    for folder in reversed(path.parents):
        mode = stat.S_IMODE(folder.stat().st_mode)
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)
            changed.append((folder, mode))
    return changed


def start_wayland_desktop(outputs: int = 1) -> WaylandDesktop:
    """sway (headless, pixman) with waybar as its bar and tray, on a private session bus;
    `outputs` side by side."""
    account = Account.for_tests()
    root = Path(tempfile.mkdtemp(prefix="deskcoach-wayland-"))
    for sub in ("run", "cfg/waybar", "home"):
        (root / sub).mkdir(parents=True, mode=0o700)
    (root / "sway.conf").write_text(SWAY_CONFIG)
    (root / "cfg" / "waybar" / "config").write_text(json.dumps(WAYBAR_CONFIG))
    for path in (root, *root.rglob("*")):
        os.chown(path, account.uid, account.gid)
    run = root / "run"
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(root / "home"),
           "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(run), "XDG_CONFIG_HOME": str(root / "cfg"),
           "DBUS_SESSION_BUS_ADDRESS": f"unix:path={run / 'bus'}"}
    desk = WaylandDesktop(root, account, env, outputs=outputs)
    try:
        bus = env["DBUS_SESSION_BUS_ADDRESS"]
        desk.spawn("dbus-daemon", "--session", "--nofork", f"--address={bus}", log="dbus.log")
        wait_for(lambda: (run / "bus").exists(), 15, "the session bus")
        desk.env = {**env, "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
                    "WLR_RENDERER": "pixman", "WLR_HEADLESS_OUTPUTS": str(outputs)}
        desk.spawn("sway", "-c", str(root / "sway.conf"), log="sway.log")
        sock = wait_for(lambda: next(iter(run.glob("sway-ipc.*.sock")), None), 20, "sway")
        display = wait_for(lambda: next((p.name for p in run.glob("wayland-*")
                                         if not p.name.endswith(".lock")), None), 20,
                           "the Wayland socket")
        desk.env = {**env, "WAYLAND_DISPLAY": display, "SWAYSOCK": str(sock),
                    "QT_QPA_PLATFORM": "wayland"}
        wait_for(lambda: desk.run("dbus-send", "--session", "--print-reply",
                                  "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                  "org.freedesktop.DBus.NameHasOwner",
                                  f"string:{WATCHER}").stdout.rstrip().endswith("true"),
                 30, "waybar's tray (the StatusNotifierWatcher)")
        desk.opened = let_others_through(REPO)
        desk.python = python_for(account, desk.env, root)
        desk.add_pointer()
        return desk
    except AssertionError as exc:
        logs = "".join(f"\n--- {log}\n{(root / log).read_text(errors='replace')[-3000:]}"
                       for log in ("sway.log", "dbus.log") if (root / log).exists())
        desk.stop()
        raise AssertionError(f"{exc}{logs}") from exc
    except BaseException:
        desk.stop()
        raise
