"""Windows and macOS lock and sleep watchers, with their system calls faked.

Windows: the real native event filter reads MSG structs built here, as Qt's window procedure
would hand them over. macOS: fake notification centres call the blocks the watcher registered.
"""

from __future__ import annotations

import ctypes
import sys
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from deskcoach.platform import session, session_macos, session_windows
from deskcoach.platform.session_macos import CocoaCenters, MacSessionWatcher, Observer
from deskcoach.platform.session_windows import (
    MSG,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_CONNECT,
    WTS_CONSOLE_DISCONNECT,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
    WindowsSessionWatcher,
)


def listen(watcher: session.SessionEvents) -> list[str]:
    heard: list[str] = []
    for name in ("locked", "unlocked", "sleeping", "woke"):
        getattr(watcher, name).connect(lambda name=name: heard.append(name))
    return heard


# Windows -----------------------------------------------------------------------------------

class FakeWts:
    """WTSRegisterSessionNotification / WTSUnRegisterSessionNotification, failing `fails`
    times first."""

    def __init__(self, fails: int = 0) -> None:
        self.fails = fails
        self.calls: list[tuple[str, int]] = []

    def register(self, hwnd: int) -> None:
        self.calls.append(("register", hwnd))
        if self.fails:
            self.fails -= 1
            raise OSError(1702, "The binding handle is invalid")  # RPC_S_INVALID_BINDING

    def unregister(self, hwnd: int) -> None:
        self.calls.append(("unregister", hwnd))


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[tuple[WindowsSessionWatcher, FakeWts, list[str]]]:
    api = FakeWts()
    watcher = WindowsSessionWatcher(api=api)
    yield watcher, api, listen(watcher)
    watcher.close()


def deliver(watcher: WindowsSessionWatcher, message: int, wparam: int, hwnd: int | None = None,
            event_type: bytes = b"windows_generic_MSG") -> None:
    """Hand the watcher's filter a MSG, by address, as Qt's window procedure does."""
    msg = MSG(hwnd=watcher.hwnd if hwnd is None else hwnd, message=message, wParam=wparam)
    # PySide passes the pointer as an int; accept its VoidPtr form as well.
    for pointer in (ctypes.addressof(msg), shiboken6.VoidPtr(ctypes.addressof(msg))):
        assert watcher._filter.nativeEventFilter(
            QByteArray(event_type), pointer) == (False, 0)  # type: ignore[arg-type]


def test_msg_has_the_64_bit_windows_layout() -> None:
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("the layout checked is the 64-bit one")
    assert ctypes.sizeof(MSG) == 48
    assert (MSG.message.offset, MSG.wParam.offset, MSG.lParam.offset, MSG.time.offset,
            MSG.pt.offset) == (8, 16, 24, 32, 36)


def test_registers_its_window_and_reports_it(
        windows: tuple[WindowsSessionWatcher, FakeWts, list[str]]) -> None:
    watcher, api, _ = windows
    assert watcher.hwnd
    assert api.calls == [("register", watcher.hwnd)]
    report = watcher.report()
    assert (report.detector, report.backend, report.works) == ("session", "windows-wts", True)
    assert "WTS session notifications" in report.why


def test_lock_and_sleep_messages_fire_once_each_way(
        windows: tuple[WindowsSessionWatcher, FakeWts, list[str]]) -> None:
    watcher, _, heard = windows
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)  # said twice: heard once
    assert heard == ["locked"]
    deliver(watcher, WM_POWERBROADCAST, PBT_APMSUSPEND)
    deliver(watcher, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)
    deliver(watcher, WM_POWERBROADCAST, PBT_APMRESUMESUSPEND)  # a person woke it: same wake
    assert heard == ["locked", "sleeping", "woke"]
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    assert heard == ["locked", "sleeping", "woke", "unlocked"]
    assert not watcher.is_locked


def test_a_switched_away_session_stays_locked_until_it_is_back_and_unlocked(
        windows: tuple[WindowsSessionWatcher, FakeWts, list[str]]) -> None:
    watcher, _, heard = windows
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)  # fast user switching
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT)
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT)  # back, at the lock screen
    assert heard == ["locked"]
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    assert heard == ["locked", "unlocked"]


def test_other_windows_events_and_messages_are_ignored(
        windows: tuple[WindowsSessionWatcher, FakeWts, list[str]]) -> None:
    watcher, _, heard = windows
    deliver(watcher, WM_POWERBROADCAST, PBT_APMSUSPEND, hwnd=watcher.hwnd + 1)  # another window
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, event_type=b"xcb_generic_event_t")
    deliver(watcher, 0x0200, WTS_SESSION_LOCK)  # WM_MOUSEMOVE
    deliver(watcher, WM_POWERBROADCAST, 0x8013)  # PBT_POWERSETTINGCHANGE
    assert heard == []


def test_close_unregisters_once(windows: tuple[WindowsSessionWatcher, FakeWts, list[str]]) -> None:
    watcher, api, _ = windows
    hwnd = watcher.hwnd
    watcher.close()
    watcher.close()
    assert api.calls == [("register", hwnd), ("unregister", hwnd)]
    assert not watcher.report().works


def test_a_failed_registration_is_reported_and_tried_again(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_windows, "RETRY_MS", 10)
    api = FakeWts(fails=1)
    watcher = WindowsSessionWatcher(api=api)
    report = watcher.report()
    assert not report.works
    assert report.why == ("WTSRegisterSessionNotification failed: [Errno 1702] The binding "
                          "handle is invalid")
    qtbot.waitUntil(lambda: watcher.report().works, timeout=3000)
    assert [call for call, _ in api.calls] == ["register", "register"]
    watcher.close()
    assert api.calls[-1] == ("unregister", watcher.hwnd)


def test_registration_gives_up_after_a_few_tries(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_windows, "RETRY_MS", 10)
    monkeypatch.setattr(session_windows, "MAX_TRIES", 3)
    api = FakeWts(fails=100)
    watcher = WindowsSessionWatcher(api=api)
    qtbot.waitUntil(lambda: len(api.calls) == 3, timeout=3000)
    with qtbot.waitSignal(watcher._retry.timeout, timeout=200, raising=False) as retried:
        pass
    assert not retried.signal_triggered
    watcher.close()
    assert [call for call, _ in api.calls] == ["register"] * 3  # never registered: no unregister


# macOS -------------------------------------------------------------------------------------

class FakeCenter:
    """An NSNotificationCenter that, like Cocoa, does not keep the Python callable alive."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.observers: dict[object, tuple[str, object, weakref.ref[Observer]]] = {}
        self.removed: list[object] = []

    def addObserverForName_object_queue_usingBlock_(
            self, name: str, obj: object, queue: object, block: Observer) -> object:
        if name == self.fail_on:
            raise RuntimeError(f"objc.error: cannot observe {name}")
        assert obj is None
        token = object()
        self.observers[token] = (name, queue, weakref.ref(block))
        return token

    def removeObserver_(self, observer: object) -> None:
        self.removed.append(observer)
        del self.observers[observer]

    def post(self, name: str) -> None:
        for heard, _, block in list(self.observers.values()):
            callback = block()
            if heard == name and callback is not None:
                callback(object())

    def names(self) -> list[str]:
        return sorted(name for name, _, _ in self.observers.values())


MAIN_QUEUE = object()


@pytest.fixture
def mac(qtbot: QtBot) -> Iterator[tuple[MacSessionWatcher, CocoaCenters, list[str]]]:
    centers = CocoaCenters(FakeCenter(), FakeCenter(), MAIN_QUEUE)
    watcher = MacSessionWatcher(centers=centers)
    yield watcher, centers, listen(watcher)
    watcher.close()


def workspace(centers: CocoaCenters) -> FakeCenter:
    assert isinstance(centers.workspace, FakeCenter)
    return centers.workspace


def distributed(centers: CocoaCenters) -> FakeCenter:
    assert isinstance(centers.distributed, FakeCenter)
    return centers.distributed


def test_observes_the_workspace_and_the_lock_notices_on_the_main_queue(
        mac: tuple[MacSessionWatcher, CocoaCenters, list[str]]) -> None:
    watcher, centers, _ = mac
    assert workspace(centers).names() == sorted(session_macos.WORKSPACE_NOTICES)
    assert distributed(centers).names() == ["com.apple.screenIsLocked",
                                            "com.apple.screenIsUnlocked"]
    queues = {queue for center in (workspace(centers), distributed(centers))
              for _, queue, _ in center.observers.values()}
    assert queues == {MAIN_QUEUE}
    report = watcher.report()
    assert (report.backend, report.works) == ("macos-workspace", True)


def test_displays_waking_on_a_locked_screen_is_not_the_return(
        mac: tuple[MacSessionWatcher, CocoaCenters, list[str]]) -> None:
    _, centers, heard = mac
    workspace(centers).post("NSWorkspaceScreensDidSleepNotification")
    distributed(centers).post("com.apple.screenIsLocked")
    distributed(centers).post("com.apple.screenIsLocked")  # said twice: heard once
    assert heard == ["locked"]
    workspace(centers).post("NSWorkspaceScreensDidWakeNotification")
    assert heard == ["locked"]  # the password is still to come
    distributed(centers).post("com.apple.screenIsUnlocked")
    assert heard == ["locked", "unlocked"]


def test_sleep_and_a_switched_session(
        mac: tuple[MacSessionWatcher, CocoaCenters, list[str]]) -> None:
    _, centers, heard = mac
    workspace(centers).post("NSWorkspaceWillSleepNotification")
    workspace(centers).post("NSWorkspaceWillSleepNotification")
    workspace(centers).post("NSWorkspaceDidWakeNotification")
    workspace(centers).post("NSWorkspaceSessionDidResignActiveNotification")
    workspace(centers).post("NSWorkspaceSessionDidBecomeActiveNotification")
    assert heard == ["sleeping", "woke", "locked", "unlocked"]


def test_close_removes_every_observer(
        mac: tuple[MacSessionWatcher, CocoaCenters, list[str]]) -> None:
    watcher, centers, heard = mac
    given = [*workspace(centers).observers, *distributed(centers).observers]
    watcher.close()
    assert workspace(centers).removed + distributed(centers).removed == given
    assert workspace(centers).observers == distributed(centers).observers == {}
    distributed(centers).post("com.apple.screenIsLocked")
    assert heard == []
    watcher.close()  # twice is fine


def test_a_failed_observer_is_reported_and_the_others_removed(qtbot: QtBot) -> None:
    centers = CocoaCenters(FakeCenter(), FakeCenter(fail_on="com.apple.screenIsUnlocked"),
                           MAIN_QUEUE)
    watcher = MacSessionWatcher(centers=centers)
    report = watcher.report()
    assert (report.backend, report.works) == ("macos-workspace", False)
    assert report.why == ("could not observe workspace notifications: objc.error: cannot "
                          "observe com.apple.screenIsUnlocked")
    assert workspace(centers).observers == distributed(centers).observers == {}


# choosing and reporting --------------------------------------------------------------------

@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there the real calls exist")
def test_each_os_gets_its_watcher_and_says_why_it_cannot_listen_here(qtbot: QtBot) -> None:
    for platform_name, kind, backend, why in (
            ("windows", WindowsSessionWatcher, "windows-wts",
             "WTS session notifications exist only on Windows"),
            ("cocoa", MacSessionWatcher, "macos-workspace", "pyobjc-framework-Cocoa is missing")):
        watched = session.open_session_watcher(None, platform_name)
        assert isinstance(watched, kind)
        report = watched.report()
        watched.close()
        assert (report.backend, report.works) == (backend, False)
        assert why in report.why
