"""How long since the user last touched keyboard or mouse, asked in-process.

Used during a break: while the user keeps working in another window, the break's countdown
holds, and a break ignored that way ends as missed. X11 uses the XScreenSaver extension through
ctypes (no `xprintidle` subprocess every few seconds, the cost Safe Eyes pays). Wayland
compositors answer through ext-idle-notify-v1 or org_kde_kwin_idle (wayland_idle.py), with GNOME
and KDE over D-Bus as fallbacks; those, Windows and macOS live in idle_backends.py. Where
nothing answers, `NoActivityProbe` reports nothing and breaks simply count down; `idle_report`
says why.
"""

from __future__ import annotations

import ctypes
import os
from typing import Protocol

from deskcoach.platform.idle_backends import (
    KdeIdleProbe,
    MacIdleProbe,
    MutterIdleProbe,
    WindowsIdleProbe,
)
from deskcoach.platform.libs import load_library
from deskcoach.platform.reports import DetectorReport, bus_problem, platform_kind


class ActivityProbe(Protocol):
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when it cannot be told."""
        ...

    def close(self) -> None: ...


class NoActivityProbe:
    name = "none"

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


class X11ActivityProbe:
    name = "x11-screensaver"
    uses = "X11 XScreenSaver extension (libXss)"

    def __init__(self, display_name: str) -> None:
        self._xlib = load_library("X11", "libX11.so.6")
        self._xss = load_library("Xss", "libXss.so.1")
        self._xlib.XOpenDisplay.restype = ctypes.c_void_p
        self._xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        self._xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
        self._xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
        self._display = self._xlib.XOpenDisplay(display_name.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display_name!r}")
        event, error = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event),
                                                    ctypes.byref(error)):
            self.close()
            raise OSError("the X server has no MIT-SCREEN-SAVER extension")
        self._root = self._xlib.XDefaultRootWindow(self._display)
        self._info = self._xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


def open_probe(platform_name: str) -> ActivityProbe:
    """The best probe for this desktop (`platform_name` is Qt's, e.g. 'xcb')."""
    return _choose_probe(platform_name)[0]


def idle_report(platform_name: str) -> DetectorReport:
    """What `open_probe(platform_name)` would pick, whether it works and why (for doctor)."""
    probe, why = _choose_probe(platform_name)
    try:
        return DetectorReport("idle", probe.name, not isinstance(probe, NoActivityProbe), why)
    finally:
        probe.close()


def _choose_probe(platform_name: str) -> tuple[ActivityProbe, str]:
    """The probe and one plain line: what it uses, or why there is none."""
    kind = platform_kind(platform_name)
    failures: list[str] = []
    if kind == "x11":
        display = os.environ.get("DISPLAY")
        if display:
            try:
                return X11ActivityProbe(display), X11ActivityProbe.uses
            except OSError as exc:
                hint = "; install libxss1" if "Xss" in str(exc) else ""
                failures.append(f"X11 idle time unavailable ({exc}){hint}")
        else:
            failures.append("X11 idle time unavailable (DISPLAY is not set)")
    if kind == "wayland":
        from deskcoach.platform.wayland_idle import WaylandIdleProbe  # (only here: on X11 unused)

        try:
            wayland = WaylandIdleProbe()
        except OSError as exc:
            failures.append(f"Wayland idle protocols: {exc}")
        else:
            return wayland, wayland.uses
    if kind in ("x11", "wayland"):
        problem = bus_problem("session")
        if problem and kind == "wayland":
            failures.append(f"{problem}: GNOME and KDE idle time are read over D-Bus")
        elif not problem:
            for backend in (MutterIdleProbe, KdeIdleProbe):
                try:
                    probe = backend()
                except OSError as exc:
                    failures.append(f"{backend.name}: {exc}")
                else:
                    return probe, backend.uses
    elif kind == "windows":
        try:
            return WindowsIdleProbe(), WindowsIdleProbe.uses
        except OSError as exc:
            failures.append(str(exc))
    elif kind == "macos":
        try:
            return MacIdleProbe(), MacIdleProbe.uses
        except OSError as exc:
            failures.append(str(exc))
    else:
        failures.append(f"no idle-time source for the Qt platform {platform_name!r}")
    return NoActivityProbe(), "; ".join(failures) + "; breaks count down without idle detection"
