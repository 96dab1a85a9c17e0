"""Whether a full-screen application or a presentation is in front, so a break can wait.

X11 reads the window manager's EWMH hints through ctypes Xlib on one display connection opened
at start; Windows asks the shell's notification state; on wlroots Wayland compositors the
window list of wlr-foreign-toplevel-management (wayland_toplevel.py); elsewhere on Wayland,
where one client cannot see another's windows, the GNOME session manager's idle inhibition (set
by video players and presentation tools) or KDE's do-not-disturb state stand in. DeskCoach's
own windows never count: the X11 and Windows backends compare the window's process with ours,
the wlroots one its app_id.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from typing import Protocol

from deskcoach.platform.libs import load_library
from deskcoach.platform.reports import (
    DBusMethod,
    DetectorReport,
    bus_problem,
    platform_kind,
)


class FullscreenProbe(Protocol):
    name: str

    def fullscreen(self) -> str | None:
        """Title or class of a full-screen application in front, or None."""
        ...

    def close(self) -> None: ...


class NoFullscreenProbe:
    name = "none"

    def fullscreen(self) -> str | None:
        return None

    def close(self) -> None:
        pass


# Xlib constants (X.h, Xatom.h).
_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_NAME_LIMIT = 256  # 32-bit units of a name property read at most

_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    # The active window can vanish between two requests: Xlib's default handler would exit the
    # whole process on that BadWindow; the failed request simply returns an error status.
    return 0


_IGNORE_X_ERROR = _X_ERROR_HANDLER(_ignore_x_error)  # kept alive for as long as Xlib holds it


class X11FullscreenProbe:
    """X11: EWMH hints read with libX11 `XGetWindowProperty` over one Display connection.

    Each poll reads `_NET_ACTIVE_WINDOW` from the root window, then that window's
    `_NET_WM_STATE` atoms; when `_NET_WM_STATE_FULLSCREEN` is among them and the window's
    `_NET_WM_PID` is not `own_pid`, it answers the window's WM_CLASS (class part) or else its
    `_NET_WM_NAME`. Two round trips per poll when nothing is full-screen, four when something
    is. Atoms are interned once. An Xlib error handler that ignores errors is installed, so a
    window closing mid-poll yields None instead of Xlib's default exit.
    """

    name = "x11-ewmh"
    uses = "X11 EWMH _NET_ACTIVE_WINDOW and _NET_WM_STATE_FULLSCREEN (libX11)"

    def __init__(self, display_name: str, own_pid: int) -> None:
        xlib = load_library("X11", "libX11.so.6")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        xlib.XGetWindowProperty.restype = ctypes.c_int
        xlib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xlib.XSetErrorHandler.argtypes = [_X_ERROR_HANDLER]
        xlib.XSetErrorHandler.restype = ctypes.c_void_p
        self._xlib = xlib
        self._own_pid = own_pid
        self._display: int | None = xlib.XOpenDisplay(display_name.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display_name!r}")
        xlib.XSetErrorHandler(_IGNORE_X_ERROR)
        self._root = int(xlib.XDefaultRootWindow(self._display))
        names = ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN",
                 "_NET_WM_PID", "WM_CLASS", "_NET_WM_NAME")
        self._atoms = {name: int(xlib.XInternAtom(self._display, name.encode(), 0))
                       for name in names}
        # Out-parameters, allocated once.
        self._type = ctypes.c_ulong()
        self._format = ctypes.c_int()
        self._count = ctypes.c_ulong()
        self._after = ctypes.c_ulong()
        self._data = ctypes.c_void_p()

    def _get(self, window: int, atom: str, length: int) -> tuple[int, bytes] | None:
        """(format, raw items) of a window property, or None when absent or on error."""
        if not self._display:
            return None
        status = self._xlib.XGetWindowProperty(
            self._display, window, self._atoms[atom], 0, length, 0, _ANY_PROPERTY_TYPE,
            ctypes.byref(self._type), ctypes.byref(self._format), ctypes.byref(self._count),
            ctypes.byref(self._after), ctypes.byref(self._data))
        if status != _SUCCESS or not self._data.value:
            return None
        try:
            fmt, count = self._format.value, self._count.value
            if fmt == 0 or count == 0:
                return None
            # Format-32 items come back as C longs; 8 and 16 are packed.
            size = ctypes.sizeof(ctypes.c_ulong) if fmt == 32 else fmt // 8
            return fmt, ctypes.string_at(self._data.value, size * count)
        finally:
            self._xlib.XFree(self._data)
            self._data.value = None

    def _cardinals(self, window: int, atom: str, length: int) -> list[int]:
        got = self._get(window, atom, length)
        if got is None or got[0] != 32:
            return []
        raw = got[1]
        size = ctypes.sizeof(ctypes.c_ulong)
        return [int.from_bytes(raw[i:i + size], sys.byteorder) for i in range(0, len(raw), size)]

    def _text(self, window: int, atom: str) -> str | None:
        got = self._get(window, atom, _NAME_LIMIT)
        if got is None or got[0] != 8:
            return None
        parts = [p.decode("utf-8", "replace") for p in got[1].split(b"\0") if p]
        if not parts:
            return None
        return parts[1] if atom == "WM_CLASS" and len(parts) > 1 else parts[0]

    def fullscreen(self) -> str | None:
        active = self._cardinals(self._root, "_NET_ACTIVE_WINDOW", 1)
        if not active or not active[0]:
            return None
        window = active[0]
        if self._atoms["_NET_WM_STATE_FULLSCREEN"] not in self._cardinals(
                window, "_NET_WM_STATE", 64):
            return None
        pid = self._cardinals(window, "_NET_WM_PID", 1)
        if pid and pid[0] == self._own_pid:
            return None
        return (self._text(window, "WM_CLASS") or self._text(window, "_NET_WM_NAME")
                or f"window 0x{window:x}")

    def close(self) -> None:
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


# SHQueryUserNotificationState results (shellapi.h) that mean "do not interrupt".
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
_QUNS_LABELS = {
    QUNS_BUSY: "full-screen application",
    QUNS_RUNNING_D3D_FULL_SCREEN: "full-screen game (Direct3D)",
    QUNS_PRESENTATION_MODE: "presentation mode",
}

if sys.platform == "win32":

    class _Win32Shell:
        """shell32 SHQueryUserNotificationState; user32 GetForegroundWindow,
        GetWindowThreadProcessId and GetWindowTextW for the window in front."""

        def __init__(self) -> None:
            self._shell32 = ctypes.WinDLL("shell32")
            self._user32 = ctypes.WinDLL("user32")
            self._shell32.SHQueryUserNotificationState.argtypes = [
                ctypes.POINTER(ctypes.c_int)]
            self._shell32.SHQueryUserNotificationState.restype = ctypes.c_long
            self._user32.GetForegroundWindow.argtypes = []
            self._user32.GetForegroundWindow.restype = ctypes.c_void_p
            self._user32.GetWindowThreadProcessId.argtypes = [
                ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32)]
            self._user32.GetWindowThreadProcessId.restype = ctypes.c_uint32
            self._user32.GetWindowTextW.argtypes = [
                ctypes.c_void_p, ctypes.c_wchar_p, ctypes.c_int]
            self._user32.GetWindowTextW.restype = ctypes.c_int
            self._state = ctypes.c_int()
            self._pid = ctypes.c_uint32()
            self._title = ctypes.create_unicode_buffer(256)

        def state(self) -> int | None:
            if self._shell32.SHQueryUserNotificationState(ctypes.byref(self._state)) != 0:
                return None  # an HRESULT other than S_OK
            return int(self._state.value)

        def foreground(self) -> tuple[int, str] | None:
            window = self._user32.GetForegroundWindow()
            if not window:
                return None
            self._user32.GetWindowThreadProcessId(window, ctypes.byref(self._pid))
            self._user32.GetWindowTextW(window, self._title, len(self._title))
            return int(self._pid.value), self._title.value

    def _win32_shell() -> tuple[Callable[[], int | None], Callable[[], tuple[int, str] | None]]:
        shell = _Win32Shell()
        return shell.state, shell.foreground

else:

    def _win32_shell() -> tuple[Callable[[], int | None], Callable[[], tuple[int, str] | None]]:
        raise OSError("SHQueryUserNotificationState exists only on Windows")


class WindowsFullscreenProbe:
    """Windows: shell32 `SHQueryUserNotificationState`; QUNS_BUSY (a full-screen app),
    QUNS_RUNNING_D3D_FULL_SCREEN and QUNS_PRESENTATION_MODE mean "do not interrupt".

    The window in front (user32 GetForegroundWindow / GetWindowThreadProcessId / GetWindowTextW)
    names the application and is ignored when it is ours. `query_state` and `foreground`
    (returning `(pid, title)`) are those calls, faked in tests.
    """

    name = "windows-notification-state"
    uses = "Windows SHQueryUserNotificationState (shell32)"

    def __init__(self, own_pid: int, query_state: Callable[[], int | None] | None = None,
                 foreground: Callable[[], tuple[int, str] | None] | None = None) -> None:
        if query_state is None:
            query_state, real_foreground = _win32_shell()
            foreground = foreground or real_foreground
        self._own_pid = own_pid
        self._query = query_state
        self._foreground = foreground

    def fullscreen(self) -> str | None:
        label = _QUNS_LABELS.get(self._query() or 0)
        if label is None:
            return None
        front = self._foreground() if self._foreground else None
        if front is not None:
            pid, title = front
            if pid == self._own_pid:
                return None
            if title:
                return title
        return label

    def close(self) -> None:
        pass


GNOME_INHIBIT_IDLE = 8  # GsmInhibitorFlag: inhibit the session being marked idle


class GnomeInhibitProbe:
    """GNOME on Wayland: the session manager's `InhibitedActions` property
    (org.gnome.SessionManager, session bus) has the idle bit (8) while an application keeps the
    screen awake: video players in full screen, presentations, games. That is the nearest
    Wayland lets one client see of another's full-screen state. `read` is the property read,
    faked in tests.
    """

    name = "gnome-inhibit-dbus"
    uses = "GNOME session manager idle inhibition over D-Bus (org.gnome.SessionManager)"

    def __init__(self, read: Callable[[], object] | None = None) -> None:
        self._read = read or DBusMethod.property(
            "session", "org.gnome.SessionManager", "/org/gnome/SessionManager",
            "org.gnome.SessionManager", "InhibitedActions")
        self._read()  # OSError when gnome-session is not there

    def fullscreen(self) -> str | None:
        try:
            flags = self._read()
        except OSError:
            return None
        if isinstance(flags, int) and not isinstance(flags, bool) and flags & GNOME_INHIBIT_IDLE:
            return "an application keeping the screen awake"
        return None

    def close(self) -> None:
        pass


class KdeInhibitProbe:
    """KDE Plasma on Wayland: the notification server's `Inhibited` property
    (org.freedesktop.Notifications, session bus), true in do-not-disturb mode, which Plasma
    turns on for full-screen applications and screen sharing when so configured. `read` is the
    property read, faked in tests.
    """

    name = "kde-dnd-dbus"
    uses = "KDE do-not-disturb state over D-Bus (org.freedesktop.Notifications Inhibited)"

    def __init__(self, read: Callable[[], object] | None = None) -> None:
        self._read = read or DBusMethod.property(
            "session", "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications", "Inhibited")
        if not isinstance(self._read(), bool):
            raise OSError("the notification server has no Inhibited property")

    def fullscreen(self) -> str | None:
        try:
            inhibited = self._read()
        except OSError:
            return None
        return "do not disturb" if inhibited is True else None

    def close(self) -> None:
        pass


def open_fullscreen_probe(platform_name: str, own_pid: int) -> FullscreenProbe:
    """The best full-screen probe for this desktop, or NoFullscreenProbe."""
    return _choose(platform_name, own_pid)[0]


def fullscreen_report(platform_name: str, own_pid: int) -> DetectorReport:
    probe, why = _choose(platform_name, own_pid)
    try:
        return DetectorReport("fullscreen", probe.name,
                              not isinstance(probe, NoFullscreenProbe), why)
    finally:
        probe.close()


def _choose(platform_name: str, own_pid: int) -> tuple[FullscreenProbe, str]:
    kind = platform_kind(platform_name)
    failures: list[str] = []
    if kind == "x11":
        display = os.environ.get("DISPLAY")
        if not display:
            failures.append("DISPLAY is not set")
        else:
            try:
                return X11FullscreenProbe(display, own_pid), X11FullscreenProbe.uses
            except OSError as exc:
                hint = "; install libx11-6" if "libX11" in str(exc) else ""
                failures.append(f"{exc}{hint}")
    elif kind == "wayland":
        from deskcoach.platform.wayland_toplevel import WlrFullscreenProbe  # (only here)

        try:
            return WlrFullscreenProbe(), WlrFullscreenProbe.uses
        except OSError as exc:
            failures.append(f"{WlrFullscreenProbe.name}: {exc} (KDE's window list is reserved "
                            "for Plasma's own clients)")
        problem = bus_problem("session")
        if problem:
            failures.append(f"{problem}: Wayland full-screen state is read over D-Bus")
        else:
            for backend in (GnomeInhibitProbe, KdeInhibitProbe):
                try:
                    return backend(), backend.uses
                except OSError as exc:
                    failures.append(f"{backend.name}: {exc}")
    elif kind == "windows":
        try:
            return WindowsFullscreenProbe(own_pid), WindowsFullscreenProbe.uses
        except OSError as exc:
            failures.append(str(exc))
    elif kind == "macos":
        failures.append("full-screen detection is not available on macOS yet")
    else:
        failures.append(f"no full-screen detection for the Qt platform {platform_name!r}")
    return NoFullscreenProbe(), "; ".join(failures) + "; breaks are not deferred for it"
