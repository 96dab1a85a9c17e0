"""Idle-time backends beyond X11: GNOME and KDE over D-Bus, Windows and macOS through ctypes.

Each class answers `ActivityProbe` (see activity.py) and takes its one system call as a
constructor argument, so the arithmetic is tested with fakes on any OS; without the argument it
builds the real call once (opening libraries and allocating buffers up front) and raises
OSError when that is impossible here, which is how `open_probe` skips to the next backend.
Nothing starts a subprocess: every poll is one in-process call.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from deskcoach.platform.reports import DBusMethod

#: GetTickCount and LASTINPUTINFO.dwTime are 32-bit milliseconds that wrap every 49.7 days.
TICK_WRAP = 1 << 32
KDE_UNSUPPORTED = "org.freedesktop.DBus.Error.NotSupported"


def _millis_to_seconds(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    return float(value) / 1000.0


class _DBusIdleProbe:
    """A probe that asks one D-Bus method for milliseconds of idle time (`_call`)."""

    _call: Callable[[], object]

    def idle_seconds(self) -> float | None:
        try:
            return _millis_to_seconds(self._call())
        except OSError:
            return None

    def close(self) -> None:
        pass


class MutterIdleProbe(_DBusIdleProbe):
    """GNOME (Wayland or X11): `org.gnome.Mutter.IdleMonitor.GetIdletime` on
    /org/gnome/Mutter/IdleMonitor/Core over the session bus, milliseconds as uint64.

    `call` is that method call (a `DBusMethod` by default, a fake in tests); the constructor
    calls it once so a desktop without Mutter is refused up front.
    """

    name = "mutter-idle-dbus"
    uses = "GNOME Mutter IdleMonitor over D-Bus (org.gnome.Mutter.IdleMonitor)"

    def __init__(self, call: Callable[[], object] | None = None) -> None:
        self._call = call or DBusMethod("session", "org.gnome.Mutter.IdleMonitor",
                                        "/org/gnome/Mutter/IdleMonitor/Core",
                                        "org.gnome.Mutter.IdleMonitor", "GetIdletime")
        if _millis_to_seconds(self._call()) is None:
            raise OSError("Mutter IdleMonitor gave no idle time")


class KdeIdleProbe(_DBusIdleProbe):
    """KDE Plasma: `GetSessionIdleTime` of the screen locker (service org.kde.screensaver,
    path /ScreenSaver, interface org.freedesktop.ScreenSaver), KIdleTime milliseconds.

    Plasma answers this on X11 only; on Wayland it replies NotSupported, which the constructor
    turns into an OSError saying so (Plasma offers idle time there only through the Wayland
    ext-idle-notify protocol, not over D-Bus). `call` is the method call, faked in tests.
    """

    name = "kde-idle-dbus"
    uses = "KDE screen locker idle time over D-Bus (org.kde.screensaver GetSessionIdleTime)"

    def __init__(self, call: Callable[[], object] | None = None) -> None:
        self._call = call or DBusMethod("session", "org.kde.screensaver", "/ScreenSaver",
                                        "org.freedesktop.ScreenSaver", "GetSessionIdleTime")
        try:
            first = self._call()
        except OSError as exc:
            if KDE_UNSUPPORTED in str(exc):
                raise OSError("KDE Plasma does not report idle time over D-Bus on Wayland"
                              ) from exc
            raise
        if _millis_to_seconds(first) is None:
            raise OSError("KDE screen locker gave no idle time")


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


if sys.platform == "win32":

    class _Win32InputTicks:
        """user32 GetLastInputInfo then kernel32 GetTickCount, buffers allocated once."""

        def __init__(self) -> None:
            self._user32 = ctypes.WinDLL("user32")
            self._kernel32 = ctypes.WinDLL("kernel32")
            self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
            self._user32.GetLastInputInfo.restype = ctypes.c_int
            self._kernel32.GetTickCount.argtypes = []
            self._kernel32.GetTickCount.restype = ctypes.c_uint32
            self._info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)

        def __call__(self) -> tuple[int, int] | None:
            if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
                return None
            return int(self._kernel32.GetTickCount()), int(self._info.dwTime)

    def _win32_input_ticks() -> Callable[[], tuple[int, int] | None]:
        return _Win32InputTicks()

else:

    def _win32_input_ticks() -> Callable[[], tuple[int, int] | None]:
        raise OSError("GetLastInputInfo exists only on Windows")


class WindowsIdleProbe:
    """Windows: user32 `GetLastInputInfo` (tick of the last input) against kernel32
    `GetTickCount` (tick now), both 32-bit milliseconds since boot.

    `read_ticks` returns `(now, last_input)` or None; the difference is taken modulo 2**32 so
    the wrap-around every 49.7 days does not produce a negative or huge idle time.
    """

    name = "windows-lastinput"
    uses = "Windows GetLastInputInfo (user32)"

    def __init__(self, read_ticks: Callable[[], tuple[int, int] | None] | None = None) -> None:
        self._read = read_ticks or _win32_input_ticks()

    def idle_seconds(self) -> float | None:
        ticks = self._read()
        if ticks is None:
            return None
        now, last_input = ticks
        return float((now - last_input) % TICK_WRAP) / 1000.0

    def close(self) -> None:
        pass


_MAC_IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
_MAC_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_CF_STRING_UTF8 = 0x08000100
_CF_NUMBER_SINT64 = 4


class _IOKitHIDIdle:
    """IOKit: the IOHIDSystem service's `HIDIdleTime` registry property, in nanoseconds.

    The service and the CFString key are looked up once; each call reads the property
    (IORegistryEntryCreateCFProperty), converts it (CFNumberGetValue) and releases it.
    """

    def __init__(self) -> None:
        from ctypes.util import find_library  # macOS only: it loads subprocess

        try:
            iokit = ctypes.CDLL(find_library("IOKit") or _MAC_IOKIT)
            cf = ctypes.CDLL(find_library("CoreFoundation") or _MAC_CORE_FOUNDATION)
        except OSError as exc:
            raise OSError("IOKit is available only on macOS") from exc
        iokit.IOServiceMatching.argtypes = [ctypes.c_char_p]
        iokit.IOServiceMatching.restype = ctypes.c_void_p
        iokit.IOServiceGetMatchingService.argtypes = [ctypes.c_uint32, ctypes.c_void_p]
        iokit.IOServiceGetMatchingService.restype = ctypes.c_uint32
        iokit.IORegistryEntryCreateCFProperty.argtypes = [
            ctypes.c_uint32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32]
        iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p
        iokit.IOObjectRelease.argtypes = [ctypes.c_uint32]
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                 ctypes.c_uint32]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFGetTypeID.argtypes = [ctypes.c_void_p]
        cf.CFGetTypeID.restype = ctypes.c_ulong
        cf.CFNumberGetTypeID.restype = ctypes.c_ulong
        cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        cf.CFNumberGetValue.restype = ctypes.c_bool
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        self._iokit, self._cf = iokit, cf
        # kIOMainPortDefault is 0; the matching dictionary is consumed by the call.
        self._service = int(iokit.IOServiceGetMatchingService(
            0, iokit.IOServiceMatching(b"IOHIDSystem")))
        if not self._service:
            raise OSError("no IOHIDSystem service")
        self._key = cf.CFStringCreateWithCString(None, b"HIDIdleTime", _CF_STRING_UTF8)
        self._number_type = int(cf.CFNumberGetTypeID())
        self._value = ctypes.c_int64()

    def __call__(self) -> int | None:
        if not self._service:
            return None
        ref = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not ref:
            return None
        try:
            if int(self._cf.CFGetTypeID(ref)) != self._number_type:
                return None
            if not self._cf.CFNumberGetValue(ref, _CF_NUMBER_SINT64, ctypes.byref(self._value)):
                return None
            return int(self._value.value)
        finally:
            self._cf.CFRelease(ref)

    def close(self) -> None:
        if self._service:
            self._iokit.IOObjectRelease(self._service)
            self._cf.CFRelease(self._key)
            self._service = 0


class MacIdleProbe:
    """macOS: IOKit `HIDIdleTime` of the IOHIDSystem service (nanoseconds since the last
    keyboard, mouse or trackpad input), read through ctypes with no subprocess (`ioreg`).

    `read_nanoseconds` returns that number or None; faked in tests.
    """

    name = "macos-hididletime"
    uses = "macOS IOKit HIDIdleTime"

    def __init__(self, read_nanoseconds: Callable[[], int | None] | None = None) -> None:
        self._owned: _IOKitHIDIdle | None = None
        if read_nanoseconds is None:
            self._owned = _IOKitHIDIdle()
            read_nanoseconds = self._owned
        self._read = read_nanoseconds

    def idle_seconds(self) -> float | None:
        nanoseconds = self._read()
        if nanoseconds is None or nanoseconds < 0:
            return None
        return nanoseconds / 1e9

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
            self._owned = None
