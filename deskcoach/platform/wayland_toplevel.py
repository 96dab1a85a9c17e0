"""Full-screen windows on wlroots compositors, seen through wlr-foreign-toplevel-management.

sway, Hyprland, labwc, river (and others built on wlroots) list every window to clients that
bind `zwlr_foreign_toplevel_manager_v1`, with its app_id, title and state (activated,
fullscreen, ...), and send changes as they happen. The probe keeps that list up to date from
the events (read through Qt's event loop on its own connection), so `fullscreen()` is a look
at memory, not a round trip. DeskCoach's own windows never count (matched by app_id: the
protocol carries no process id).

KDE Plasma's equivalent (org_kde_plasma_window_management) is reserved for Plasma's own
clients, and GNOME offers none; there the D-Bus inhibit checks in fullscreen.py stand in.
"""

from __future__ import annotations

import ctypes
import functools
from dataclasses import dataclass, field

from deskcoach.platform.wayland_client import Argument, Link, WaylandConnection, read_uints

MANAGER = "zwlr_foreign_toplevel_manager_v1"
#: the app_id Qt gives DeskCoach's windows (QGuiApplication.desktopFileName, set in app.py)
OWN_APP_ID = "io.github.deskcoach.DeskCoach"
# zwlr_foreign_toplevel_handle_v1.state values
ACTIVATED, FULLSCREEN = 2, 3
# handle events and requests
_TITLE, _APP_ID, _STATE, _DONE, _CLOSED = 0, 1, 4, 5, 6
_DESTROY = 7


@dataclass
class Toplevel:
    title: str = ""
    app_id: str = ""
    states: frozenset[int] = frozenset()
    pending: dict[str, object] = field(default_factory=dict)


class WlrFullscreenProbe:
    """`FullscreenProbe` answering the app_id (else title) of the focused full-screen window.

    Raises OSError when no compositor answers or it does not offer the protocol. `link` is the
    connection (a fake in tests).
    """

    name = "wlr-foreign-toplevel"
    uses = ("Wayland wlr-foreign-toplevel-management-unstable-v1: the focused window's "
            "full-screen state, own connection")

    def __init__(self, link: Link | None = None, own_app_id: str = OWN_APP_ID) -> None:
        self._link = link or WaylandConnection()
        self._own = own_app_id
        self.windows: dict[int, Toplevel] = {}
        try:
            manager = self._link.bind(MANAGER, 3)
            self._link.listen(manager, self._manager_event)
            self._link.roundtrip()  # the windows open now ...
            self._link.roundtrip()  # ... and their first state, sent once each is known
            self._link.watch()
        except OSError:
            self._link.close()
            raise

    def _manager_event(self, opcode: int, args: ctypes._Pointer[Argument] | None) -> None:
        if opcode == 0 and args is not None and args[0].o:  # toplevel(new handle)
            handle = int(args[0].o)
            self.windows[handle] = Toplevel()
            self._link.listen(handle, functools.partial(self._window_event, handle))

    def _window_event(self, handle: int, opcode: int,
                      args: ctypes._Pointer[Argument] | None) -> None:
        window = self.windows.get(handle)
        if window is None:
            return
        if opcode in (_TITLE, _APP_ID) and args is not None:
            text = (args[0].s or b"").decode("utf-8", "replace")
            window.pending["title" if opcode == _TITLE else "app_id"] = text
        elif opcode == _STATE and args is not None:
            window.pending["states"] = frozenset(read_uints(args[0].a))
        elif opcode == _DONE:  # the pending values apply together
            self.apply(window)
        elif opcode == _CLOSED:
            del self.windows[handle]
            self._link.request(handle, _DESTROY, [], destroy=True)

    @staticmethod
    def apply(window: Toplevel) -> None:
        for key, value in window.pending.items():
            setattr(window, key, value)
        window.pending.clear()

    def fullscreen(self) -> str | None:
        if not self._link.connected:
            return None
        for window in self.windows.values():
            if (FULLSCREEN in window.states and ACTIVATED in window.states
                    and window.app_id != self._own):
                return window.app_id or window.title or "a full-screen window"
        return None

    def close(self) -> None:
        self._link.close()
