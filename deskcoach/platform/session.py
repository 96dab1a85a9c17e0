"""Screen lock and suspend, as signals: the time behind a lock or a sleep counts as away.

`SessionEvents` is the small interface Presence listens to; one backend per OS fills it in:
D-Bus here, WTS session notifications on Windows (session_windows.py), NSWorkspace
notifications on macOS (session_macos.py).

On Linux, QtDBus match rules on the system bus (logind's `PrepareForSleep`, and `Lock` /
`Unlock` and `LockedHint` on our own logind session) and on the session bus (`ActiveChanged` of
org.freedesktop.ScreenSaver, which KDE and others send, and of org.gnome.ScreenSaver) are set up
once; the signals arrive through Qt's event loop, nothing is polled. Where a bus is missing (a
bare X server, CI) the watcher says so in its report and simply never fires: lock then shows up
as idle time, and sleep is caught everywhere by the domain's wall-versus-monotonic gap check.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from deskcoach.platform.reports import DBusMethod, DetectorReport, platform_kind

LOGIN1 = "org.freedesktop.login1"
NO_SESSION_BUS = "no D-Bus session bus: lock detection relies on idle time and the sleep check"
NO_SYSTEM_BUS = "no D-Bus system bus: sleep is caught by the clock-gap check"
NO_LOGIND = "logind is not running: sleep is caught by the clock-gap check"

WAYLAND_LOCK = ("a Wayland lock screen (ext-session-lock) is invisible to other clients: "
                "a lock is seen only when the locker tells logind or a screensaver service, "
                "else it counts as idle time")
PROPERTIES = "org.freedesktop.DBus.Properties"

_Link = tuple[QDBusConnection, str, str, str, str, str]


class SessionEvents(QObject):
    """Emits `locked` / `unlocked` and `sleeping` / `woke`, each only on a change of state (a
    lock reported twice, by two sources or twice by one, fires once)."""

    locked = Signal()
    unlocked = Signal()
    sleeping = Signal()
    woke = Signal()
    name = "none"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_locked = False
        self.is_asleep = False
        self._away_for: set[str] = set()

    def set_locked(self, locked: bool) -> None:
        if locked == self.is_locked:
            return
        self.is_locked = locked
        (self.locked if locked else self.unlocked).emit()

    def set_asleep(self, asleep: bool) -> None:
        if asleep == self.is_asleep:
            return
        self.is_asleep = asleep
        (self.sleeping if asleep else self.woke).emit()

    def hold(self, reason: str, away: bool) -> None:
        """Locked while any reason holds (screen locked, displays asleep, session switched
        away): the displays waking on a locked screen is not the user's return."""
        if away:
            self._away_for.add(reason)
        else:
            self._away_for.discard(reason)
        self.set_locked(bool(self._away_for))

    def report(self) -> DetectorReport:
        raise NotImplementedError

    def close(self) -> None:
        """Stop listening; safe to call twice."""


class SessionWatcher(SessionEvents):
    """Linux: logind and the screensaver over D-Bus.

    `system` and `session` default to the real buses; `listen=False` sets nothing up (tests call
    the slots directly).
    """

    name = "logind-screensaver-dbus"

    def __init__(self, parent: QObject | None = None, *, system: QDBusConnection | None = None,
                 session: QDBusConnection | None = None, listen: bool = True) -> None:
        super().__init__(parent)
        self._sources: list[str] = []
        self._notes: list[str] = []
        self._links: list[_Link] = []
        self._read_hint: Callable[[], object] = lambda: False
        self._hint = False
        if listen:
            self._listen_system(system or QDBusConnection.systemBus())
            self._listen_session(session or QDBusConnection.sessionBus())
            if os.environ.get("WAYLAND_DISPLAY"):
                self._notes.append(WAYLAND_LOCK)
        else:
            self._notes.append("not listening")

    # slots, connected to D-Bus signals

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        """logind Manager.PrepareForSleep: true before suspend, false after resume."""
        self.set_asleep(starting)

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        """{org.freedesktop,org.gnome}.ScreenSaver.ActiveChanged."""
        self.set_locked(active)

    @Slot()
    def on_session_lock(self) -> None:
        """logind Session.Lock."""
        self.set_locked(True)

    @Slot()
    def on_session_unlock(self) -> None:
        """logind Session.Unlock."""
        self.set_locked(False)

    @Slot()
    def on_session_properties(self) -> None:
        """logind Session PropertiesChanged: read `LockedHint` again (lockers set it through
        SetLockedHint: KDE, GNOME, swaylock with --ready-fd helpers) and follow its changes.
        Read, not taken from the signal: PySide6 cannot unpack the signal's a{sv} argument."""
        try:
            hint = self._read_hint()
        except OSError:
            return
        if isinstance(hint, bool) and hint != self._hint:
            self._hint = hint
            self.set_locked(hint)

    # wiring

    def _connect(self, bus: QDBusConnection, service: str, path: str, interface: str,
                 signal: str, slot: str) -> bool:
        # PySide6 takes the SLOT() string at run time; its stubs say bytes.
        if not bus.connect(service, path, interface, signal, self,
                           SLOT(slot)):  # type: ignore[call-overload]
            return False
        self._links.append((bus, service, path, interface, signal, slot))
        return True

    def _listen_system(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            self._notes.append(NO_SYSTEM_BUS)
            return
        if not _has_owner(bus, LOGIN1):
            self._notes.append(NO_LOGIND)
            return
        if self._connect(bus, LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager",
                         "PrepareForSleep", "on_prepare_for_sleep(bool)"):
            self._sources.append("logind PrepareForSleep (system bus)")
        path = _logind_session(bus)
        if path is None:
            self._notes.append("no logind session for this process: lock is seen through the "
                               "screensaver only")
            return
        self.listen_logind_session(bus, path)

    def listen_logind_session(self, bus: QDBusConnection, path: str,
                              read_hint: Callable[[], object] | None = None) -> None:
        """Lock, Unlock and LockedHint of the logind session at `path` (`read_hint` reads
        the property; a fake in tests)."""
        try:
            self._read_hint = read_hint or DBusMethod.property(
                bus, LOGIN1, path, f"{LOGIN1}.Session", "LockedHint")
            first = self._read_hint()
        except OSError:
            first = False
        self._hint = first is True
        lock = self._connect(bus, LOGIN1, path, f"{LOGIN1}.Session", "Lock",
                             "on_session_lock()")
        unlock = self._connect(bus, LOGIN1, path, f"{LOGIN1}.Session", "Unlock",
                               "on_session_unlock()")
        if lock and unlock:
            self._sources.append("logind session Lock/Unlock (system bus)")
        if self._connect(bus, LOGIN1, path, PROPERTIES, "PropertiesChanged",
                         "on_session_properties()"):
            self._sources.append("logind session LockedHint (system bus)")

    def _listen_session(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            self._notes.append(NO_SESSION_BUS)
            return
        heard = [interface for interface in ("org.freedesktop.ScreenSaver",
                                             "org.gnome.ScreenSaver")
                 if self._connect(bus, "", "", interface, "ActiveChanged",
                                  "on_screensaver_active(bool)")]
        if heard:
            self._sources.append(f"{' and '.join(heard)} ActiveChanged (session bus)")
            present = [name for name in heard if _has_owner(bus, name)]
            self._notes.append(f"{' and '.join(present)} present" if present else
                               "no screensaver service runs on this desktop yet")

    def report(self) -> DetectorReport:
        works = bool(self._sources)
        return DetectorReport("session", self.name if works else "none", works,
                              "; ".join(self._sources + self._notes))

    def close(self) -> None:
        """Drop the D-Bus match rules."""
        for bus, service, path, interface, signal, slot in self._links:
            bus.disconnect(service, path, interface, signal, self,
                           SLOT(slot))  # type: ignore[call-overload]
        self._links.clear()


def open_session_watcher(parent: QObject | None = None,
                         platform_name: str | None = None) -> SessionEvents:
    """The watcher for this OS (chosen by `platform_name`, else by sys.platform). Where it
    cannot listen, it says why in its report and never fires: lock then counts through idle
    time and sleep through the domain's clock-gap check."""
    kind = platform_kind(platform_name) if platform_name else None
    if kind == "windows" or (kind is None and sys.platform == "win32"):
        from deskcoach.platform.session_windows import WindowsSessionWatcher

        return WindowsSessionWatcher(parent)
    if kind == "macos" or (kind is None and sys.platform == "darwin"):
        from deskcoach.platform.session_macos import MacSessionWatcher

        return MacSessionWatcher(parent)
    return SessionWatcher(parent)


def _has_owner(bus: QDBusConnection, name: str) -> bool:
    try:
        return DBusMethod(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus", "NameHasOwner", (name,))() is True
    except OSError:
        return False


def _logind_session(bus: QDBusConnection) -> str | None:
    """Object path of our logind session (XDG_SESSION_ID, else logind's "auto")."""
    session_id = os.environ.get("XDG_SESSION_ID") or "auto"
    try:
        path = DBusMethod(bus, LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager",
                          "GetSession", (session_id,))()
    except OSError:
        return None
    if isinstance(path, QDBusObjectPath):
        return path.path() or None
    return path if isinstance(path, str) and path else None
