"""How long since the user last touched keyboard or mouse, asked in-process.

Used during a break: while the user keeps working in another window, the break's countdown
holds, and a break ignored that way ends as missed. X11 uses the XScreenSaver extension through
ctypes (no `xprintidle` subprocess every few seconds, the cost Safe Eyes pays). Elsewhere, until
the smart-timing backends land, `NoActivityProbe` reports nothing and breaks simply count down.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Protocol


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

    def __init__(self, display_name: str) -> None:
        xlib_path = ctypes.util.find_library("X11")
        xss_path = ctypes.util.find_library("Xss")
        if not xlib_path or not xss_path:
            raise OSError("libX11 or libXss is not installed")
        self._xlib = ctypes.CDLL(xlib_path)
        self._xss = ctypes.CDLL(xss_path)
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
    display = os.environ.get("DISPLAY")
    if platform_name == "xcb" and display:
        try:
            return X11ActivityProbe(display)
        except OSError:
            pass
    return NoActivityProbe()
