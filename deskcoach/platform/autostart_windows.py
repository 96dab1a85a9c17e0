"""Start at login on Windows: HKCU's Run key, respecting the user's StartupApproved switch.

See autostart.py; the registry is reached through `Registry`, faked in tests.
"""

from __future__ import annotations

import os
import struct
import sys
import time
from collections.abc import Sequence
from typing import Final, Protocol

RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE: Final = "DeskCoach"  # the app's name, as autostart.APP_NAME
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
