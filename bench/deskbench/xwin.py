"""Just enough Xlib, through ctypes, to watch an X display from inside the benchmark.

Asking the X server directly costs a few hundred microseconds per look, where running
`xdotool`/`xwininfo` costs several milliseconds of CPU per look on a 2-core machine that the
app under test needs. Two ways to look:
- `holds(parents, title)`: polled every few ms: is a window titled `title` inside one of
  `parents` (trayer's windows)?
- `wait_viewable(title, ...)`: event-driven: the root window's SubstructureNotify tells us
  about every top-level map (openbox maps a frame for each managed window); on each we look
  for a viewable window titled `title` in the newly mapped subtree.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import time
from typing import Any

_IS_VIEWABLE = 2
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_ANY_PROPERTY_TYPE = 0


class _Attributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
        ("height", ctypes.c_int), ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong), ("klass", ctypes.c_int),
        ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


class _MapEvent(ctypes.Structure):  # XMapEvent; XEvent is a union padded to 24 longs
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _MapEvent), ("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_xlib: Any = None
_xtst: Any = None
_ignore_errors: Any = None  # kept referenced: Xlib calls it after a window vanished


def _load() -> Any:
    global _xlib, _ignore_errors
    if _xlib is not None:
        return _xlib
    path = ctypes.util.find_library("X11")
    if not path:
        raise OSError("libX11 is not installed")
    lib = ctypes.CDLL(path)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
        ctypes.POINTER(ctypes.c_uint)]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
    lib.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
    lib.XGetSelectionOwner.restype = ctypes.c_ulong
    lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    _ignore_errors = _ERROR_HANDLER(lambda _display, _event: 0)
    lib.XSetErrorHandler(_ignore_errors)
    _xlib = lib
    return lib


def _load_xtst() -> Any:
    global _xtst
    if _xtst is None:
        path = ctypes.util.find_library("Xtst")
        if not path:
            raise OSError("libXtst is not installed")
        _xtst = ctypes.CDLL(path)
        _xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
    return _xtst


class XDisplay:
    def __init__(self, name: str) -> None:
        self._x = _load()
        self._d = self._x.XOpenDisplay(name.encode())
        if not self._d:
            raise OSError(f"cannot open X display {name}")
        self.root: int = self._x.XDefaultRootWindow(self._d)
        self._names = [self._x.XInternAtom(self._d, atom, False)
                       for atom in (b"_NET_WM_NAME", b"WM_NAME")]
        self._watching = False

    def close(self) -> None:
        if self._d:
            self._x.XCloseDisplay(self._d)
            self._d = None

    def move_pointer(self, x: int, y: int) -> None:
        """Move the pointer as a real mouse would (XTest): it resets the X idle time."""
        _load_xtst().XTestFakeMotionEvent(self._d, -1, x, y, 0)
        self._x.XFlush(self._d)

    def selection_owner(self, selection: str) -> int:
        """The window owning `selection` (e.g. the tray manager's _NET_SYSTEM_TRAY_S0), or 0."""
        atom = self._x.XInternAtom(self._d, selection.encode(), False)
        return int(self._x.XGetSelectionOwner(self._d, atom))

    def children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(self._d, window, ctypes.byref(root), ctypes.byref(parent),
                                  ctypes.byref(kids), ctypes.byref(count)):
            return []
        found = [kids[i] for i in range(count.value)]
        if kids:
            self._x.XFree(kids)
        return found

    def title(self, window: int) -> str | None:
        for atom in self._names:
            kind, fmt = ctypes.c_ulong(), ctypes.c_int()
            items, after = ctypes.c_ulong(), ctypes.c_ulong()
            data = ctypes.c_void_p()
            status = self._x.XGetWindowProperty(
                self._d, window, atom, 0, 256, False, _ANY_PROPERTY_TYPE, ctypes.byref(kind),
                ctypes.byref(fmt), ctypes.byref(items), ctypes.byref(after), ctypes.byref(data))
            if status != 0 or not data.value:
                continue
            text = ctypes.string_at(data.value, items.value) if fmt.value == 8 else b""
            self._x.XFree(data)
            if text:
                return text.decode("utf-8", "replace")
        return None

    def viewable(self, window: int) -> bool:
        attrs = _Attributes()
        if not self._x.XGetWindowAttributes(self._d, window, ctypes.byref(attrs)):
            return False
        return bool(attrs.map_state == _IS_VIEWABLE)

    def find(self, top: int, title: str, viewable: bool = False) -> int | None:
        """The first window titled `title` in the tree under `top` (itself included)."""
        stack = [top]
        while stack:
            window = stack.pop()
            if self.title(window) == title and (not viewable or self.viewable(window)):
                return window
            stack.extend(self.children(window))
        return None

    def holds(self, parents: list[int], title: str) -> bool:
        return any(self.find(parent, title) is not None for parent in parents)

    # ---- event-driven: top-level maps ----

    def watch_maps(self) -> None:
        """Start receiving MapNotify for every child of the root (call before the app starts)."""
        self._x.XSelectInput(self._d, self.root, _SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._d)
        self._watching = True

    def wait_viewable(self, title: str, deadline: float) -> float | None:
        """time.time() when a window titled `title` was first seen viewable, or None.

        Needs `watch_maps()`. The moment is taken as the MapNotify event is read, before the
        subtree is searched. A matching window found but not yet viewable is then polled.
        """
        if not self._watching:
            raise RuntimeError("call watch_maps() first")
        fd = self._x.XConnectionNumber(self._d)
        event = _Event()
        pending: int | None = None
        while time.monotonic() < deadline:
            if pending is not None:
                if self.viewable(pending):
                    return time.time()
                select.select([fd], [], [], 0.001)
            elif not self._x.XPending(self._d):
                select.select([fd], [], [], min(0.5, max(0.0, deadline - time.monotonic())))
            while self._x.XPending(self._d):
                self._x.XNextEvent(self._d, ctypes.byref(event))
                seen = time.time()
                if event.type != _MAP_NOTIFY:
                    continue
                found = self.find(event.xmap.window, title)
                if found is None:
                    continue
                if self.viewable(found):
                    return seen
                pending = found
        return None
