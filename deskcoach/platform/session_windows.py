"""Windows lock and sleep: session notifications and power broadcasts to a hidden native window.

`WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)` has Windows send
WM_WTSSESSION_CHANGE to the window; WM_POWERBROADCAST reaches every top-level window. The window
is a QWindow that is never shown (its winId() makes the native one), so the messages pass
through Qt's window procedure, which gives each to the application's native event filters as a
`windows_generic_MSG` first; `_MessageFilter` reads the MSG there. The two system calls are one
small object (`WtsApi`) that tests fake, and tests feed the filter MSG structs they build.

At log-on the Remote Desktop services may not be up yet (the call then fails with
RPC_S_INVALID_BINDING), so a failed registration is tried again a few times.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

from deskcoach.platform.reports import DetectorReport
from deskcoach.platform.session import SessionEvents

WM_WTSSESSION_CHANGE: Final = 0x02B1
WM_POWERBROADCAST: Final = 0x0218
NOTIFY_FOR_THIS_SESSION: Final = 0
# WM_WTSSESSION_CHANGE's wParam (wtsapi32.h)
WTS_CONSOLE_CONNECT: Final = 0x1
WTS_CONSOLE_DISCONNECT: Final = 0x2
WTS_REMOTE_CONNECT: Final = 0x3
WTS_REMOTE_DISCONNECT: Final = 0x4
WTS_SESSION_LOGON: Final = 0x5
WTS_SESSION_LOGOFF: Final = 0x6
WTS_SESSION_LOCK: Final = 0x7
WTS_SESSION_UNLOCK: Final = 0x8
# WM_POWERBROADCAST's wParam (WinUser.h)
PBT_APMSUSPEND: Final = 0x4
PBT_APMRESUMECRITICAL: Final = 0x6
PBT_APMRESUMESUSPEND: Final = 0x7
PBT_APMRESUMEAUTOMATIC: Final = 0x12

#: Each session change: the reason it concerns, and whether the user is now away for it. A
#: session moved from the console to a remote desktop is disconnected, then connected: present.
SESSION_CHANGES: Final = {
    WTS_SESSION_LOCK: ("lock", True), WTS_SESSION_UNLOCK: ("lock", False),
    WTS_CONSOLE_DISCONNECT: ("disconnected", True), WTS_CONSOLE_CONNECT: ("disconnected", False),
    WTS_REMOTE_DISCONNECT: ("disconnected", True), WTS_REMOTE_CONNECT: ("disconnected", False),
    WTS_SESSION_LOGOFF: ("logoff", True), WTS_SESSION_LOGON: ("logoff", False),
}
#: Each power event: asleep or not. Every resume brings RESUMEAUTOMATIC; RESUMESUSPEND follows
#: when a person woke it; RESUMECRITICAL replaces both after a suspend nobody was told of.
POWER_EVENTS: Final = {PBT_APMSUSPEND: True, PBT_APMRESUMEAUTOMATIC: False,
                       PBT_APMRESUMESUSPEND: False, PBT_APMRESUMECRITICAL: False}
RETRY_MS: Final = 20_000
MAX_TRIES: Final = 10


class POINT(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int32), ("y", ctypes.c_int32)]


class MSG(ctypes.Structure):
    """WinUser.h MSG in fixed-size types, so it has Windows' layout wherever it is built (48
    bytes on 64-bit: 4 bytes of padding after `message`, 4 at the end)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t),
                ("time", ctypes.c_uint32), ("pt", POINT)]


class WtsApi(Protocol):
    def register(self, hwnd: int) -> None:
        """WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION); OSError on failure."""

    def unregister(self, hwnd: int) -> None:
        """WTSUnRegisterSessionNotification(hwnd)."""


if sys.platform == "win32":

    class _Wtsapi32:
        def __init__(self) -> None:
            self._dll = ctypes.WinDLL("wtsapi32", use_last_error=True)
            self._dll.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p,
                                                                  ctypes.c_uint32]
            self._dll.WTSRegisterSessionNotification.restype = ctypes.c_int
            self._dll.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
            self._dll.WTSUnRegisterSessionNotification.restype = ctypes.c_int

        def register(self, hwnd: int) -> None:
            if not self._dll.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                raise ctypes.WinError(ctypes.get_last_error())

        def unregister(self, hwnd: int) -> None:
            self._dll.WTSUnRegisterSessionNotification(hwnd)

    def _wtsapi32() -> WtsApi:
        return _Wtsapi32()

else:

    def _wtsapi32() -> WtsApi:
        raise OSError("WTS session notifications exist only on Windows")


class _MessageFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: WindowsSessionWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> tuple[bool, int]:
        if eventType == b"windows_generic_MSG":
            self._watcher.on_message(MSG.from_address(int(message)))
        return False, 0  # never swallow a message: Qt and other filters see it as well


class WindowsSessionWatcher(SessionEvents):
    """Lock, disconnection and log-off count as locked (until all of them are over); suspend
    and resume as sleeping and woke. `api` defaults to wtsapi32."""

    name = "windows-wts"

    def __init__(self, parent: QObject | None = None, *, api: WtsApi | None = None) -> None:
        super().__init__(parent)
        self.hwnd = 0
        self.registered = False
        self._why = ""
        self._tries = 0
        self._window: QWindow | None = None
        self._filter = _MessageFilter(self)  # referenced here: Qt does not own it
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._register)
        try:
            self._api = api or _wtsapi32()
        except OSError as exc:
            self._why = str(exc)
            return
        app = QCoreApplication.instance()
        if not isinstance(app, QGuiApplication):
            self._why = "session notifications need a window, and this process has none"
            return
        self._window = QWindow()  # never shown
        self.hwnd = int(self._window.winId())
        app.installNativeEventFilter(self._filter)
        self._register()

    def _register(self) -> None:
        self._tries += 1
        try:
            self._api.register(self.hwnd)
        except OSError as exc:
            self._why = f"WTSRegisterSessionNotification failed: {exc}"
            if self._tries < MAX_TRIES:
                self._retry.start()
            return
        self.registered = True
        self._why = ("WTS session notifications (lock, log-off, disconnection) and power "
                     "broadcasts (suspend, resume) to a hidden window")

    def on_message(self, msg: MSG) -> None:
        """One message from the native event filter."""
        if msg.hwnd != self.hwnd:
            return  # power broadcasts reach every top-level window the app has
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in SESSION_CHANGES:
            self.hold(*SESSION_CHANGES[msg.wParam])
        elif msg.message == WM_POWERBROADCAST and msg.wParam in POWER_EVENTS:
            self.set_asleep(POWER_EVENTS[msg.wParam])

    def report(self) -> DetectorReport:
        return DetectorReport("session", self.name, self.registered, self._why)

    def close(self) -> None:
        self._retry.stop()
        if self.registered:
            self._api.unregister(self.hwnd)
            self.registered = False
        if self._window is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._filter)
            self._window.destroy()
            self._window = None
