"""What each detector tells `deskcoach doctor`, and the one D-Bus call helper they share.

`DetectorReport` is one line per detector: which backend was chosen, whether it works, and a
plain sentence saying what it uses or why it is missing and what to install.

`DBusMethod` wraps one blocking QtDBus method call (message built once, sent on each call with
a short timeout) so the Wayland backends can poll in-process without a `dbus-send` subprocess.
Backends take it, or any `() -> object` callable, as an argument, which is how tests fake it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

Bus = Literal["session", "system"]
PlatformKind = Literal["x11", "wayland", "windows", "macos", "other"]
PROPERTIES = "org.freedesktop.DBus.Properties"


def platform_kind(platform_name: str) -> PlatformKind:
    """Qt's platform name ('xcb', 'wayland', 'wayland-egl', 'windows', 'cocoa', ...) reduced to
    the desktop family the detectors care about."""
    name = platform_name.lower()
    if name == "xcb":
        return "x11"
    if name.startswith("wayland"):
        return "wayland"
    if name in ("windows", "direct2d"):
        return "windows"
    if name == "cocoa":
        return "macos"
    return "other"


@dataclass(frozen=True)
class DetectorReport:
    detector: str  # "idle" | "session" | "fullscreen" | "meeting" | "window"
    backend: str  # e.g. "x11-screensaver", "mutter-idle-dbus", "none"
    works: bool
    why: str  # one plain line: what it uses, or why it is missing and what to install

    def line(self) -> str:
        mark = "ok" if self.works else "missing"
        return f"{self.detector:<10} {mark:<7} {self.backend}: {self.why}"


def bus_connection(bus: Bus) -> QDBusConnection:
    return QDBusConnection.sessionBus() if bus == "session" else QDBusConnection.systemBus()


def bus_problem(bus: Bus) -> str | None:
    """None when `bus` is connected, else a plain reason ("no D-Bus session bus (...)")."""
    connection = bus_connection(bus)
    if connection.isConnected():
        return None
    detail = connection.lastError().message()
    return f"no D-Bus {bus} bus" + (f" ({detail})" if detail else "")


class DBusMethod:
    """One QtDBus method call, sent synchronously each time the object is called.

    Raises OSError when the bus is missing or the call ends in an error reply (service not
    running, method not supported, timeout); returns the first reply argument, with a
    `Properties.Get` variant already unwrapped.
    """

    def __init__(self, bus: Bus | QDBusConnection, service: str, path: str, interface: str,
                 method: str, args: tuple[str, ...] = (), timeout_ms: int = 500) -> None:
        if isinstance(bus, QDBusConnection):
            self._connection = bus
            if not bus.isConnected():
                raise OSError("the D-Bus connection is closed")
        else:
            problem = bus_problem(bus)
            if problem:
                raise OSError(problem)
            self._connection = bus_connection(bus)
        self._message = QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            self._message.setArguments(list(args))
        self._timeout_ms = timeout_ms
        self.describe = f"{service} {interface}.{method}"

    @classmethod
    def property(cls, bus: Bus | QDBusConnection, service: str, path: str, interface: str,
                 name: str) -> DBusMethod:
        return cls(bus, service, path, PROPERTIES, "Get", (interface, name))

    def __call__(self) -> object:
        reply = self._connection.call(self._message, QDBus.CallMode.Block, self._timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise OSError(f"{self.describe}: {reply.errorName()} {reply.errorMessage()}".strip())
        values = reply.arguments()
        if not values:
            raise OSError(f"{self.describe}: empty reply")
        value: object = values[0]
        if isinstance(value, QDBusVariant):
            value = value.variant()
        return value
