"""Whether Qt will find a display, asked before QApplication exists.

Qt aborts the whole process (SIGABRT, a core dump) when its platform plugin cannot connect, so
`deskcoach` could never say why or exit 1. Asking first costs one local connection: libxcb is
the library Qt's xcb plugin uses, so loading it adds no new dependency; a Wayland compositor is
asked by connecting to its socket.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from pathlib import Path

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
    if os.environ.get("WAYLAND_SOCKET"):  # the compositor handed over a connected socket
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not name.startswith("/") and not runtime:
        return f"the Wayland display {name} (WAYLAND_DISPLAY) cannot be found: " \
               "XDG_RUNTIME_DIR is not set"
    path = Path(runtime or "/", name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.connect(str(path))
        except OSError as exc:
            return f"the Wayland display {name} (WAYLAND_DISPLAY) cannot be reached at " \
                   f"{path} ({exc.strerror or exc})"
    return None


def _x11_problem(name: str) -> str | None:
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return f"the X display {name} (DISPLAY) cannot be used: libxcb.so.1 is not installed"
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(name.encode(), None)  # never NULL; an error state instead
    failed = xcb.xcb_connection_has_error(connection)
    xcb.xcb_disconnect(connection)
    if failed:
        return f"the X display {name} (DISPLAY) does not answer, or refuses this user"
    return None
