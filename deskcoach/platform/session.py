"""Screen lock and suspend, as signals: the time behind a lock or a sleep counts as away.

On Linux, QtDBus match rules on the system bus (logind's `PrepareForSleep`, and `Lock` /
`Unlock` on our own logind session) and on the session bus (`ActiveChanged` of
org.freedesktop.ScreenSaver, which KDE and others send, and of org.gnome.ScreenSaver) are set up
once; the signals arrive through Qt's event loop, nothing is polled. Where a bus is missing (a
bare X server, CI) the watcher says so in its report and simply never fires: lock then shows up
as idle time, and sleep is caught everywhere by the domain's wall-versus-monotonic gap check.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from deskcoach.platform.reports import DBusMethod, DetectorReport, platform_kind

LOGIN1 = "org.freedesktop.login1"
NO_SESSION_BUS = "no D-Bus session bus: lock detection relies on idle time and the sleep check"
NO_SYSTEM_BUS = "no D-Bus system bus: sleep is caught by the clock-gap check"
NO_LOGIND = "logind is not running: sleep is caught by the clock-gap check"

_Link = tuple[QDBusConnection, str, str, str, str, str]


class SessionWatcher(QObject):
    """Emits `locked` / `unlocked` and `sleeping` / `woke`, each only on a change of state (a
    lock reported by both logind and the screensaver fires once).

    `system` and `session` default to the real buses; `listen=False` sets nothing up (tests call
    the slots directly).
    """

    locked = Signal()
    unlocked = Signal()
    sleeping = Signal()
    woke = Signal()
    name = "logind-screensaver-dbus"

    def __init__(self, parent: QObject | None = None, *, system: QDBusConnection | None = None,
                 session: QDBusConnection | None = None, listen: bool = True) -> None:
        super().__init__(parent)
        self.is_locked = False
        self.is_asleep = False
        self._sources: list[str] = []
        self._notes: list[str] = []
        self._links: list[_Link] = []
        if listen:
            self._listen_system(system or QDBusConnection.systemBus())
            self._listen_session(session or QDBusConnection.sessionBus())
        else:
            self._notes.append("not listening")

    # slots, connected to D-Bus signals

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        """logind Manager.PrepareForSleep: true before suspend, false after resume."""
        if starting and not self.is_asleep:
            self.is_asleep = True
            self.sleeping.emit()
        elif not starting and self.is_asleep:
            self.is_asleep = False
            self.woke.emit()

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        """{org.freedesktop,org.gnome}.ScreenSaver.ActiveChanged."""
        self._set_locked(active)

    @Slot()
    def on_session_lock(self) -> None:
        """logind Session.Lock."""
        self._set_locked(True)

    @Slot()
    def on_session_unlock(self) -> None:
        """logind Session.Unlock."""
        self._set_locked(False)

    def _set_locked(self, locked: bool) -> None:
        if locked == self.is_locked:
            return
        self.is_locked = locked
        (self.locked if locked else self.unlocked).emit()

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
        lock = self._connect(bus, LOGIN1, path, f"{LOGIN1}.Session", "Lock",
                             "on_session_lock()")
        unlock = self._connect(bus, LOGIN1, path, f"{LOGIN1}.Session", "Unlock",
                               "on_session_unlock()")
        if lock and unlock:
            self._sources.append("logind session Lock/Unlock (system bus)")

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


class StubSessionWatcher(SessionWatcher):
    """A watcher that never fires, for desktops whose lock/sleep notices are out of reach here.

    Windows: WTSRegisterSessionNotification delivers WM_WTSSESSION_CHANGE to a native window and
    WM_POWERBROADCAST announces suspend; both need a window-message hook that platform code
    (QtCore only, no QtWidgets) does not own. macOS: NSWorkspace's screensDidSleep / willSleep /
    didWake notifications need an Objective-C observer on the main run loop. In both cases a
    lock shows up as idle time and a sleep as the domain's wall-versus-monotonic clock gap.
    """

    def __init__(self, parent: QObject | None, backend: str, why: str) -> None:
        super().__init__(parent, listen=False)
        self.name = backend
        self._why = why

    def report(self) -> DetectorReport:
        return DetectorReport("session", self.name, False, self._why)


_FALLBACK = "lock counts through idle time and sleep through the clock-gap check"


def open_session_watcher(parent: QObject | None = None,
                         platform_name: str | None = None) -> SessionWatcher:
    """The watcher for this OS (chosen by `platform_name`, else by sys.platform)."""
    kind = platform_kind(platform_name) if platform_name else None
    if kind == "windows" or (kind is None and sys.platform == "win32"):
        return StubSessionWatcher(parent, "windows-stub", "Windows session notifications (WTS) "
                                  f"are not wired up yet: {_FALLBACK}")
    if kind == "macos" or (kind is None and sys.platform == "darwin"):
        return StubSessionWatcher(parent, "macos-stub", "macOS workspace notifications are "
                                  f"not wired up yet: {_FALLBACK}")
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
