"""Start DeskCoach at login: the per-user login item on Linux, Windows and macOS.

- Linux (and other XDG desktops): `$XDG_CONFIG_HOME/autostart/io.github.deskcoach.DeskCoach.desktop`
  (default `~/.config/autostart/`). The package ships a system entry of the same name in
  `/etc/xdg/autostart/`; by the XDG Autostart spec a user file of the same name replaces it, so
  turning DeskCoach off writes a user file with `Hidden=true` (deleting the user file would
  bring the system entry back).
- Windows: the `DeskCoach` value of `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`.
  A user who turned DeskCoach off in Task Manager or Settings
  (`...\\Explorer\\StartupApproved\\Run`, first byte odd) sees it as off; switching it on
  again here clears that. A machine-wide value under HKLM (the MSI's autostart feature)
  belongs to the administrator: it is read, not changed.
- macOS: a LaunchAgent, `~/Library/LaunchAgents/io.github.deskcoach.DeskCoach.plist`, with
  RunAtLoad; turning it off removes it. `/Library/LaunchAgents` (installed by an administrator
  or MDM) is read, not changed.

Nothing here needs Qt: the settings dialog and `deskcoach` call these functions.
"""

from __future__ import annotations

import os
import struct
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final, Protocol

from deskcoach.store.atomic import write_atomic

APP_ID: Final = "io.github.deskcoach.DeskCoach"
DESKTOP_FILE: Final = f"{APP_ID}.desktop"
APP_NAME: Final = "DeskCoach"

# ---- the command that starts DeskCoach ----


def default_command(exec_path: str | None = None) -> list[str]:
    """`exec_path` if given; else the frozen executable; else this Python with `-m deskcoach`."""
    if exec_path:
        return [exec_path]
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "deskcoach"]


# ---- Linux: XDG autostart ----

# Characters that make the Desktop Entry spec require an argument to be quoted.
_RESERVED: Final = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES: Final = frozenset('"`$\\')


def exec_quote(args: Sequence[str]) -> str:
    """The value of an `Exec=` key running `args`, quoted and escaped as the spec requires."""
    parts = []
    for arg in args:
        if not arg or any(c in "\n\r\t" for c in arg):
            raise ValueError(f"cannot put {arg!r} in a desktop entry's Exec key")
        arg = arg.replace("%", "%%")
        if any(c in _RESERVED for c in arg):
            arg = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
        parts.append(arg)
    # The value is also a desktop-entry string, where a backslash is written as two.
    return " ".join(parts).replace("\\", "\\\\")


def exec_split(value: str) -> list[str]:
    """The arguments of an `Exec=` value as written in the file (the inverse of `exec_quote`)."""
    text = _unescape_string(value)
    args: list[str] = []
    current: list[str] = []
    in_arg = quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPED_IN_QUOTES:
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = in_arg = True
        elif c == " ":
            if in_arg:
                args.append("".join(current))
                current, in_arg = [], False
        else:
            current.append(c)
            in_arg = True
        i += 1
    if quoted:
        raise ValueError(f"unterminated quote in Exec={value}")
    if in_arg:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def _unescape_string(value: str) -> str:
    out: list[str] = []
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    i = 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            out.append(escapes[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def desktop_entry(command: Sequence[str], *, hidden: bool = False) -> str:
    """A complete autostart desktop entry running `command`; with `hidden`, switched off."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        "GenericName=Break Reminder",
        "Comment=Reminds you to take short movement breaks at your desk",
        # Once the program is gone (uninstalled, a moved portable copy) the desktop skips
        # the entry instead of failing to start it at every login.
        f"TryExec={_desktop_string(command[0])}",
        f"Exec={exec_quote(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=false",
        f"X-GNOME-Autostart-enabled={'false' if hidden else 'true'}",
        # A tray app: start once the panel that holds the tray is up.
        "X-GNOME-Autostart-Delay=5",
        "X-KDE-autostart-after=panel",
        "X-LXQt-Need-Tray=true",
    ]
    if hidden:
        lines.append("Hidden=true")
    return ("# Written by DeskCoach (Settings > Start at login). Hidden=true turns off the\n"
            "# system-wide entry in /etc/xdg/autostart for this user.\n"
            + "\n".join(lines) + "\n")


def read_desktop_entry(path: Path) -> dict[str, str] | None:
    """The keys of the [Desktop Entry] group (values as written), or None if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    group: str | None = None
    seen = False
    keys: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            seen = seen or group == "Desktop Entry"
            continue
        if group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys if seen else None


def _entry_enabled(keys: Mapping[str, str]) -> bool:
    return (keys.get("Hidden", "false").lower() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
            and bool(keys.get("Exec")) and _try_exec_found(keys.get("TryExec")))


def _try_exec_found(value: str | None) -> bool:
    """The spec's TryExec: an absolute path must be an executable file, a bare name must be
    found on PATH; when it is not, the desktop ignores the entry."""
    if not value:
        return True
    program = _unescape_string(value)
    if os.path.isabs(program):
        return os.path.isfile(program) and os.access(program, os.X_OK)
    import shutil

    return shutil.which(program) is not None


def _desktop_string(value: str) -> str:
    """`value` as a desktop-entry string (escapes only: TryExec is not quoted like Exec)."""
    if any(c in "\n\r\t" for c in value):
        raise ValueError(f"cannot put {value!r} in a desktop entry's TryExec and Exec keys")
    return value.replace("\\", "\\\\")


def xdg_config_home(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    value = env.get("XDG_CONFIG_HOME", "")
    # The spec: a relative path is invalid and is ignored.
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def xdg_config_dirs(env: Mapping[str, str] | None = None) -> list[Path]:
    env = os.environ if env is None else env
    dirs = [Path(d) for d in env.get("XDG_CONFIG_DIRS", "").split(":") if os.path.isabs(d)]
    return dirs or [Path("/etc/xdg")]


def user_autostart_file(config_home: Path | None = None) -> Path:
    return (config_home or xdg_config_home()) / "autostart" / DESKTOP_FILE


def set_xdg_autostart(enabled: bool, command: Sequence[str],
                      config_home: Path | None = None) -> Path:
    path = user_autostart_file(config_home)
    write_atomic(path, desktop_entry(command, hidden=not enabled).encode("utf-8"))
    os.chmod(path, 0o644)  # like any desktop entry (write_atomic leaves 0600)
    return path


def xdg_autostart_enabled(config_home: Path | None = None,
                          config_dirs: Sequence[Path] | None = None) -> bool:
    """What a desktop will do at the next login: the user's file if there is one (even an
    unreadable one hides the system entry), else the first system entry found."""
    user = user_autostart_file(config_home)
    if user.exists():
        keys = read_desktop_entry(user)
        return keys is not None and _entry_enabled(keys)
    for folder in xdg_config_dirs() if config_dirs is None else config_dirs:
        system = folder / "autostart" / DESKTOP_FILE
        if system.exists():
            keys = read_desktop_entry(system)
            return keys is not None and _entry_enabled(keys)
    return False


# ---- Windows: HKCU\...\Run, respecting StartupApproved ----

RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE: Final = APP_NAME
REG_SZ: Final = 1
REG_BINARY: Final = 3
APPROVED_ON: Final = b"\x02" + bytes(11)
_FILETIME_EPOCH: Final = 116_444_736_000_000_000  # 1601-01-01 to 1970-01-01 in 100 ns


class Registry(Protocol):
    """The little of the registry a login item needs. `hive` is "HKCU" or "HKLM"."""

    def get(self, hive: str, key: str, name: str) -> tuple[object, int] | None:
        """(data, REG_* type) of a value, or None if it or its key does not exist."""
        ...

    def set(self, hive: str, key: str, name: str, data: object, kind: int) -> None:
        """Write a value, creating the key if needed."""
        ...

    def delete(self, hive: str, key: str, name: str) -> None:
        """Remove a value; nothing happens if it does not exist."""
        ...


def approved_off(now: float | None = None) -> bytes:
    """The StartupApproved data Task Manager writes when it turns an entry off."""
    stamp = int((time.time() if now is None else now) * 10_000_000) + _FILETIME_EPOCH
    return b"\x03\x00\x00\x00" + struct.pack("<Q", stamp)


def _approved(registry: Registry, hive: str) -> bool:
    found = registry.get(hive, APPROVED_KEY, RUN_VALUE)
    if found is None:
        return True
    data, _kind = found
    # 02 (or 06) on, 03 (or 07, 01) off: the low bit of the first byte says "turned off".
    return not (isinstance(data, bytes | bytearray) and data and data[0] & 1)


def windows_command_line(command: Sequence[str]) -> str:
    """The Run value: the executable always in quotes (it may be under Program Files)."""
    exe, *rest = command
    if len(command) > 1 and exe.lower().endswith("python.exe"):
        windowless = exe[: -len("python.exe")] + "pythonw.exe"
        if os.path.exists(windowless):  # no console window at login
            exe = windowless
    return " ".join([f'"{exe}"', *(f'"{a}"' if " " in a else a for a in rest)])


def set_windows_autostart(enabled: bool, command: Sequence[str], registry: Registry) -> str:
    if enabled:
        registry.set("HKCU", RUN_KEY, RUN_VALUE, windows_command_line(command), REG_SZ)
        if not _approved(registry, "HKCU"):
            registry.set("HKCU", APPROVED_KEY, RUN_VALUE, APPROVED_ON, REG_BINARY)
    else:
        registry.delete("HKCU", RUN_KEY, RUN_VALUE)
    return rf"HKEY_CURRENT_USER\{RUN_KEY}\{RUN_VALUE}"


def windows_autostart_enabled(registry: Registry) -> bool:
    return any(registry.get(hive, RUN_KEY, RUN_VALUE) is not None and _approved(registry, hive)
               for hive in ("HKCU", "HKLM"))


class WindowsRegistry:
    """winreg, in the 64-bit view."""

    def get(self, hive: str, key: str, name: str) -> tuple[object, int] | None:
        return _winreg_get(hive, key, name)

    def set(self, hive: str, key: str, name: str, data: object, kind: int) -> None:
        _winreg_set(hive, key, name, data, kind)

    def delete(self, hive: str, key: str, name: str) -> None:
        _winreg_delete(hive, key, name)


if sys.platform == "win32":
    import winreg

    def _root(hive: str) -> int:
        return {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]

    def _winreg_get(hive: str, key: str, name: str) -> tuple[object, int] | None:
        try:
            with winreg.OpenKey(_root(hive), key, 0,
                                winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as handle:
                data, kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return data, kind

    def _winreg_set(hive: str, key: str, name: str, data: object, kind: int) -> None:
        with winreg.CreateKeyEx(_root(hive), key, 0,
                                winreg.KEY_SET_VALUE | winreg.KEY_WOW64_64KEY) as handle:
            winreg.SetValueEx(handle, name, 0, kind, data)

    def _winreg_delete(hive: str, key: str, name: str) -> None:
        try:
            with winreg.OpenKey(_root(hive), key, 0,
                                winreg.KEY_SET_VALUE | winreg.KEY_WOW64_64KEY) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass

else:

    def _winreg_get(hive: str, key: str, name: str) -> tuple[object, int] | None:
        raise OSError("the Windows registry exists only on Windows")

    def _winreg_set(hive: str, key: str, name: str, data: object, kind: int) -> None:
        raise OSError("the Windows registry exists only on Windows")

    def _winreg_delete(hive: str, key: str, name: str) -> None:
        raise OSError("the Windows registry exists only on Windows")


# ---- macOS: a LaunchAgent ----

PLIST_FILE: Final = f"{APP_ID}.plist"
SYSTEM_AGENTS: Final = Path("/Library/LaunchAgents")


def launch_agent(command: Sequence[str]) -> bytes:
    import plistlib  # macOS only

    return plistlib.dumps({
        "Label": APP_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    })


def user_agents_dir(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents"


def set_macos_autostart(enabled: bool, command: Sequence[str], home: Path | None = None) -> Path:
    path = user_agents_dir(home) / PLIST_FILE
    if enabled:
        write_atomic(path, launch_agent(command))
        os.chmod(path, 0o644)
    else:
        path.unlink(missing_ok=True)
    return path


def _agent_runs(path: Path) -> bool:
    import plistlib  # macOS only

    try:
        data = plistlib.loads(path.read_bytes())
    except (OSError, ValueError, plistlib.InvalidFileException):
        return False
    return (isinstance(data, dict) and data.get("RunAtLoad") is True
            and data.get("Disabled") is not True)


def macos_autostart_enabled(home: Path | None = None,
                            system_agents: Path = SYSTEM_AGENTS) -> bool:
    return any(_agent_runs(folder / PLIST_FILE)
               for folder in (user_agents_dir(home), system_agents))


# ---- one entry point for the app ----


def set_autostart(enabled: bool, *, config_home: Path | None = None,
                  exec_path: str | None = None, platform: str = sys.platform,
                  registry: Registry | None = None, home: Path | None = None,
                  profile: Path | None = None) -> Path:
    """Turn starting at login on or off for this user; returns where that was written.

    `config_home` (Linux), `registry` (Windows) and `home` (macOS) replace the real places,
    for tests. `exec_path` replaces the command that starts DeskCoach (`default_command`).
    `profile`: a portable profile's folder, passed as `--profile` so the login starts it.
    """
    command = default_command(exec_path)
    if profile is not None:
        command = [*command, "--profile", str(profile)]
    if platform == "win32":
        return Path(set_windows_autostart(enabled, command, registry or WindowsRegistry()))
    if platform == "darwin":
        return set_macos_autostart(enabled, command, home)
    return set_xdg_autostart(enabled, command, config_home)


def autostart_enabled(*, config_home: Path | None = None,
                      config_dirs: Sequence[Path] | None = None, platform: str = sys.platform,
                      registry: Registry | None = None, home: Path | None = None,
                      system_agents: Path = SYSTEM_AGENTS) -> bool:
    """Whether DeskCoach will start at this user's next login (from any per-user or
    system-wide entry, as the desktop would decide)."""
    if platform == "win32":
        return windows_autostart_enabled(registry or WindowsRegistry())
    if platform == "darwin":
        return macos_autostart_enabled(home, system_agents)
    return xdg_autostart_enabled(config_home, config_dirs)
