"""A small Wayland client of our own, for the protocols Qt keeps to itself (idle, toplevels).

Qt's Wayland connection offers no way to bind extra globals from Python, so the detectors open
their own connection to the compositor with ctypes on libwayland-client, the library Qt's
Wayland plugin already links to (no dependency added, no protocol XML or code generator
needed): each protocol we speak is a few lines of `Spec` below, turned into the C
`wl_interface` tables libwayland expects. Events arrive through one C dispatcher; the
connection's socket is watched by a QSocketNotifier, so Qt's event loop reads it only when the
compositor has said something (no thread, no polling).
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: libwayland's flag for a request that destroys its object (wl_proxy_marshal_array_flags)
MARSHAL_DESTROY = 1


class _Message(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("signature", ctypes.c_char_p),
                ("types", ctypes.POINTER(ctypes.c_void_p))]


class _Interface(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("version", ctypes.c_int),
                ("method_count", ctypes.c_int), ("methods", ctypes.POINTER(_Message)),
                ("event_count", ctypes.c_int), ("events", ctypes.POINTER(_Message))]


class Argument(ctypes.Union):
    """`union wl_argument`: one request or event argument."""

    _fields_ = [("i", ctypes.c_int32), ("u", ctypes.c_uint32), ("s", ctypes.c_char_p),
                ("o", ctypes.c_void_p), ("a", ctypes.c_void_p)]


class WlArray(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("alloc", ctypes.c_size_t),
                ("data", ctypes.c_void_p)]


Handler = Callable[[int, "ctypes._Pointer[Argument]"], None]
_DISPATCHER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32,
                               ctypes.c_void_p, ctypes.POINTER(Argument))

#: (name, libwayland signature, interface name of each argument or None)
MessageSpec = tuple[str, str, tuple[str | None, ...]]


@dataclass(frozen=True)
class Spec:
    """One protocol interface as its XML describes it (only what libwayland needs)."""

    name: str
    version: int
    requests: tuple[MessageSpec, ...] = ()
    events: tuple[MessageSpec, ...] = ()


SPECS = {spec.name: spec for spec in (
    # ext-idle-notify-v1 (wayland-protocols staging)
    Spec("ext_idle_notifier_v1", 1,
         requests=(("destroy", "", ()),
                   ("get_idle_notification", "nuo",
                    ("ext_idle_notification_v1", None, "wl_seat")))),
    Spec("ext_idle_notification_v1", 1, requests=(("destroy", "", ()),),
         events=(("idled", "", ()), ("resumed", "", ()))),
    # org_kde_kwin_idle (plasma-wayland-protocols idle.xml)
    Spec("org_kde_kwin_idle", 1,
         requests=(("get_idle_timeout", "nou", ("org_kde_kwin_idle_timeout", "wl_seat", None)),)),
    Spec("org_kde_kwin_idle_timeout", 1,
         requests=(("release", "", ()), ("simulate_user_activity", "", ())),
         events=(("idle", "", ()), ("resumed", "", ()))),
    # wlr-foreign-toplevel-management-unstable-v1, version 3
    Spec("zwlr_foreign_toplevel_manager_v1", 3, requests=(("stop", "", ()),),
         events=(("toplevel", "n", ("zwlr_foreign_toplevel_handle_v1",)), ("finished", "", ()))),
    Spec("zwlr_foreign_toplevel_handle_v1", 3,
         requests=(("set_maximized", "", ()), ("unset_maximized", "", ()),
                   ("set_minimized", "", ()), ("unset_minimized", "", ()),
                   ("activate", "o", ("wl_seat",)), ("close", "", ()),
                   ("set_rectangle", "oiiii", ("wl_surface", None, None, None, None)),
                   ("destroy", "", ()), ("set_fullscreen", "2?o", ("wl_output",)),
                   ("unset_fullscreen", "2", ())),
         events=(("title", "s", (None,)), ("app_id", "s", (None,)),
                 ("output_enter", "o", ("wl_output",)), ("output_leave", "o", ("wl_output",)),
                 ("state", "a", (None,)), ("done", "", ()), ("closed", "", ()),
                 ("parent", "3?o", ("zwlr_foreign_toplevel_handle_v1",)))),
)}
#: interfaces libwayland-client exports itself
_CORE = ("wl_registry", "wl_seat", "wl_output", "wl_surface")

_handlers: dict[int, Handler] = {}


def _dispatch(_implementation: int | None, proxy: int | None, opcode: int,
              _message: int | None, args: ctypes._Pointer[Argument]) -> int:
    handler = _handlers.get(proxy or 0)
    if handler is not None:
        try:
            handler(opcode, args)
        except Exception:  # an exception must not unwind through C
            log.exception("Wayland event %s on %#x failed", opcode, proxy or 0)
    return 0


_DISPATCH = _DISPATCHER(_dispatch)  # kept alive for as long as libwayland may call it


class _Library:
    """libwayland-client with the functions used here typed once, and our interface tables."""

    def __init__(self) -> None:
        try:
            lib = ctypes.CDLL("libwayland-client.so.0", use_errno=True)
        except OSError as exc:
            raise OSError("libwayland-client.so.0 is not installed") from exc
        if not hasattr(lib, "wl_proxy_marshal_array_flags"):
            raise OSError("libwayland-client is older than 1.20")
        vp, u32, i = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int
        for name, restype, argtypes in (
                ("wl_display_connect", vp, [ctypes.c_char_p]),
                ("wl_display_disconnect", None, [vp]),
                ("wl_display_get_fd", i, [vp]),
                ("wl_display_roundtrip", i, [vp]),
                ("wl_display_prepare_read", i, [vp]),
                ("wl_display_read_events", i, [vp]),
                ("wl_display_dispatch_pending", i, [vp]),
                ("wl_display_flush", i, [vp]),
                ("wl_display_get_error", i, [vp]),
                ("wl_proxy_get_version", u32, [vp]),
                ("wl_proxy_add_dispatcher", i, [vp, _DISPATCHER, vp, vp]),
                ("wl_proxy_marshal_array_flags", vp,
                 [vp, u32, vp, u32, u32, ctypes.POINTER(Argument)])):
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        self.lib = lib
        self.interfaces: dict[str, int] = {
            name: ctypes.addressof(_Interface.in_dll(lib, f"{name}_interface"))
            for name in _CORE}
        self._keep: list[object] = []
        tables = {name: _Interface() for name in SPECS}
        for name, table in tables.items():
            self.interfaces[name] = ctypes.addressof(table)
        for name, spec in SPECS.items():
            table = tables[name]
            table.name, table.version = name.encode(), spec.version
            table.method_count, table.methods = len(spec.requests), self._messages(spec.requests)
            table.event_count, table.events = len(spec.events), self._messages(spec.events)
        self._keep.append(tables)

    def _messages(self, specs: tuple[MessageSpec, ...]) -> ctypes._Pointer[_Message]:
        messages = (_Message * max(1, len(specs)))()
        for message, (name, signature, types) in zip(messages, specs, strict=False):
            pointers = (ctypes.c_void_p * max(1, len(types)))(
                *[self.interfaces.get(t) if t else None for t in types])
            self._keep.append(pointers)
            message.name, message.signature = name.encode(), signature.encode()
            message.types = ctypes.cast(pointers, ctypes.POINTER(ctypes.c_void_p))
        self._keep.append(messages)
        return ctypes.cast(messages, ctypes.POINTER(_Message))


_library: _Library | None = None


def _load() -> _Library:
    global _library
    if _library is None:
        _library = _Library()
    return _library


class WaylandConnection:
    """One connection to the compositor: its globals, requests, events and socket watch.

    Raises OSError when no compositor answers (not Wayland, WAYLAND_DISPLAY unset, library
    missing). `globals` maps each offered interface to (registry name, version).
    """

    def __init__(self, display_name: str | None = None) -> None:
        self._wl = _load()
        self.lib = self._wl.lib
        name = display_name or os.environ.get("WAYLAND_DISPLAY")
        if not name:
            raise OSError("WAYLAND_DISPLAY is not set")
        self._display: int | None = self.lib.wl_display_connect(name.encode())
        if not self._display:
            raise OSError(f"the Wayland display {name} does not answer")
        self._proxies: list[int] = []
        self._notifier: QSocketNotifier | None = None
        self.on_lost: Callable[[], None] | None = None
        self.globals: dict[str, tuple[int, int]] = {}
        registry = self.request(self._display, 1, [None], new="wl_registry",
                                version=int(self.lib.wl_proxy_get_version(self._display)))
        self._registry = registry
        self.listen(registry, self._on_registry)
        self.roundtrip()

    @property
    def connected(self) -> bool:
        return self._display is not None

    def _on_registry(self, opcode: int, args: ctypes._Pointer[Argument]) -> None:
        if opcode == 0:  # global(name, interface, version)
            interface = (args[1].s or b"").decode("ascii", "replace")
            self.globals.setdefault(interface, (int(args[0].u), int(args[2].u)))

    def request(self, proxy: int, opcode: int, args: list[int | bytes | None], *,
                new: str | None = None, version: int = 0, destroy: bool = False) -> int:
        """Send one request; a constructor (`new` names the interface) returns the new object.
        Integers are sent as uint/object, bytes as strings, None for the new object's slot."""
        values = (Argument * max(1, len(args)))()
        for slot, value in zip(values, args, strict=False):
            if isinstance(value, bytes):
                slot.s = value
            elif value is not None:
                slot.o = value  # an object, or a uint in the low half (little-endian)
        if self._display is None:
            raise OSError("the Wayland connection is closed")
        interface = self._wl.interfaces[new] if new else None
        created = self.lib.wl_proxy_marshal_array_flags(
            proxy, opcode, interface, version, MARSHAL_DESTROY if destroy else 0, values)
        if new and not created:
            raise OSError(f"the compositor connection refused a new {new}")
        if destroy:
            self.forget(proxy)
        self.lib.wl_display_flush(self._display)
        if created:
            self._proxies.append(created)
        return int(created or 0)

    def bind(self, interface: str, highest: int) -> int:
        """Bind a global at the lower of `highest` and what the compositor offers."""
        if interface not in self.globals:
            raise OSError(f"the compositor does not offer {interface}")
        name, offered = self.globals[interface]
        version = min(highest, offered)
        # wl_registry.bind(name, interface, version, new_id) as signature "usun"
        return self.request(self._registry, 0, [name, interface.encode(), version, None],
                            new=interface, version=version)

    def listen(self, proxy: int, handler: Handler) -> None:
        """Route the object's events to `handler(opcode, args)`."""
        if self.lib.wl_proxy_add_dispatcher(proxy, _DISPATCH, None, None) != 0:
            raise OSError("a Wayland object already had a listener")
        _handlers[proxy] = handler
        if proxy not in self._proxies:
            self._proxies.append(proxy)  # made by the compositor (a new_id in an event)

    def forget(self, proxy: int) -> None:
        _handlers.pop(proxy, None)
        if proxy in self._proxies:
            self._proxies.remove(proxy)

    def roundtrip(self) -> None:
        if self._display is None or self.lib.wl_display_roundtrip(self._display) < 0:
            raise OSError("the Wayland compositor closed the connection")

    def watch(self, parent: QObject | None = None) -> None:
        """Read and dispatch events whenever the socket is readable (Qt's event loop)."""
        if self._display is None or self._notifier is not None:
            return
        fd = int(self.lib.wl_display_get_fd(self._display))
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, parent)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        """Read what the compositor sent, then run the handlers. Never blocks: a spurious
        wake-up reads nothing (libwayland reads with MSG_DONTWAIT), unlike
        wl_display_dispatch, which would wait in poll()."""
        display = self._display
        if display is None:
            return
        lib, failed = self.lib, False
        while not failed and lib.wl_display_prepare_read(display) != 0:
            failed = lib.wl_display_dispatch_pending(display) < 0  # events queued already
        if not failed:
            lib.wl_display_flush(display)
            failed = (lib.wl_display_read_events(display) < 0
                      or lib.wl_display_dispatch_pending(display) < 0)
        if failed:
            error = int(self.lib.wl_display_get_error(self._display))
            log.warning("Wayland connection lost (%s)", os.strerror(error) if error else "?")
            self.close()
            if self.on_lost is not None:
                self.on_lost()

    def close(self) -> None:
        """Stop watching and disconnect (the compositor frees our objects); safe twice."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for proxy in self._proxies:
            _handlers.pop(proxy, None)
        self._proxies.clear()
        if self._display is not None:
            self.lib.wl_display_disconnect(self._display)
            self._display = None


class Link(Protocol):
    """What the detectors use of a `WaylandConnection` (a fake compositor in tests)."""

    globals: dict[str, tuple[int, int]]
    on_lost: Callable[[], None] | None

    @property
    def connected(self) -> bool: ...

    def request(self, proxy: int, opcode: int, args: list[int | bytes | None], *,
                new: str | None = None, version: int = 0, destroy: bool = False) -> int: ...

    def bind(self, interface: str, highest: int) -> int: ...

    def listen(self, proxy: int, handler: Handler) -> None: ...

    def roundtrip(self) -> None: ...

    def watch(self, parent: QObject | None = None) -> None: ...

    def close(self) -> None: ...


def read_uints(array_pointer: int | None) -> list[int]:
    """The uint32 items of a `wl_array` event argument."""
    if not array_pointer:
        return []
    array = WlArray.from_address(array_pointer)
    if not array.data or array.size < 4:
        return []
    count = array.size // 4
    return list((ctypes.c_uint32 * count).from_address(array.data))
