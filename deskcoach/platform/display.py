"""Whether Qt will find a display, asked before QApplication exists.

Qt aborts the whole process (SIGABRT, a core dump) when its platform plugin cannot connect, so
`deskcoach` could never say why or exit 1. Asking first costs one local connection: libxcb is
the library Qt's xcb plugin uses, libwayland-client the one its Wayland plugin uses, so this adds
no dependency.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: Qt platform plugins that connect to a desktop, and the variable naming its display
_VARIABLES = (("wayland", "WAYLAND_DISPLAY"), ("xcb", "DISPLAY"))


def display_problem() -> str | None:
    """Why no display can be used, in one plain sentence; None when one answers (or when
    the Qt platform needs none)."""
    if not sys.platform.startswith("linux"):
        return None
    forced = [entry.split(":")[0].strip()
              for entry in os.environ.get("QT_QPA_PLATFORM", "").split(";") if entry.strip()]
    if forced and not any(name.startswith(("xcb", "wayland")) for name in forced):
        return None  # offscreen, minimal, vnc ...: no desktop needed
    wanted = forced or ["wayland", "xcb"]
    variables = [variable for prefix, variable in _VARIABLES
                 if any(name.startswith(prefix) for name in wanted)]
    given = [variable for variable in variables if os.environ.get(variable)]
    if not given:
        verb = "is" if len(variables) == 1 else "are"
        return (f"DeskCoach needs a graphical desktop, and no display was found "
                f"({' and '.join(variables)} {verb} not set).")
    failures = []
    for variable in given:
        probe = _wayland_problem if variable == "WAYLAND_DISPLAY" else _x11_problem
        problem = probe(os.environ[variable])
        if problem is None:
            return None
        failures.append(problem)
    return f"DeskCoach needs a graphical desktop, and it cannot be reached: {'; '.join(failures)}."


def _wayland_problem(name: str) -> str | None:
    if os.environ.get("WAYLAND_SOCKET"):  # a connected socket handed over: Qt takes it
        return None
    what = f"the Wayland display {name} (WAYLAND_DISPLAY)"
    if not name.startswith("/") and not os.environ.get("XDG_RUNTIME_DIR"):
        return f"{what} cannot be found: XDG_RUNTIME_DIR is not set"
    wayland = _library("libwayland-client.so.0")
    if wayland is None:
        return f"{what} cannot be used: libwayland-client.so.0 is not installed"
    wayland.wl_display_connect.restype = ctypes.c_void_p
    wayland.wl_display_connect.argtypes = [ctypes.c_char_p]
    wayland.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    display = wayland.wl_display_connect(name.encode())
    if not display:
        return f"{what} does not answer ({os.strerror(ctypes.get_errno())})"
    wayland.wl_display_disconnect(display)
    return None


def _x11_problem(name: str) -> str | None:
    what = f"the X display {name} (DISPLAY)"
    xcb = _library("libxcb.so.1")
    if xcb is None:
        return f"{what} cannot be used: libxcb.so.1 is not installed"
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(name.encode(), None)  # never NULL; an error state instead
    failed = xcb.xcb_connection_has_error(connection)
    xcb.xcb_disconnect(connection)
    return f"{what} does not answer, or refuses this user" if failed else None


def _library(soname: str) -> ctypes.CDLL | None:
    """The library Qt's platform plugin links to (so already installed with it), or None."""
    try:
        return ctypes.CDLL(soname, use_errno=True)
    except OSError:
        return None
