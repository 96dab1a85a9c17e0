"""The Wayland detectors against a fake compositor link (the real one is in
tests/e2e/test_wayland.py), the C tables they build, logind's LockedHint over a real bus, and
what doctor says about the break window."""

from __future__ import annotations

import ctypes
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant
from pytestqt.qtbot import QtBot

from deskcoach.platform import doctor, session, wayland_client
from deskcoach.platform.wayland_client import Argument, WaylandConnection, WlArray, read_uints
from deskcoach.platform.wayland_idle import WaylandIdleProbe
from deskcoach.platform.wayland_toplevel import OWN_APP_ID, WlrFullscreenProbe

SEAT, NOTIFIER, WATCH, MANAGER = 0x10, 0x20, 0x30, 0x40


class FakeLink:
    """A compositor connection that records requests and lets the test send events."""

    def __init__(self, offered: list[str]) -> None:
        self.globals = {name: (number, 1) for number, name in enumerate(offered, 1)}
        self.on_lost: Callable[[], None] | None = None
        self.connected = True
        self.requests: list[tuple[int, int, list[int | bytes | None], str | None]] = []
        self.handlers: dict[int, wayland_client.Handler] = {}
        self.bound: dict[str, int] = {}
        self.watching = False
        self.closed = False

    def request(self, proxy: int, opcode: int, args: list[int | bytes | None], *,
                new: str | None = None, version: int = 0, destroy: bool = False) -> int:
        self.requests.append((proxy, opcode, args, new))
        return WATCH if new else 0

    def bind(self, interface: str, highest: int) -> int:
        if interface not in self.globals and interface != "wl_seat":
            raise OSError(f"the compositor does not offer {interface}")
        self.bound[interface] = {"wl_seat": SEAT, "zwlr_foreign_toplevel_manager_v1": MANAGER
                                 }.get(interface, NOTIFIER)
        return self.bound[interface]

    def listen(self, proxy: int, handler: wayland_client.Handler) -> None:
        self.handlers[proxy] = handler

    def roundtrip(self) -> None:
        pass

    def watch(self, parent: object = None) -> None:
        self.watching = True

    def close(self) -> None:
        self.closed, self.connected = True, False

    def send(self, proxy: int, opcode: int, *values: int | bytes | None) -> None:
        args = (Argument * max(1, len(values)))()
        for slot, value in zip(args, values, strict=False):
            if isinstance(value, bytes):
                slot.s = value
            else:
                slot.o = value
        self.handlers[proxy](opcode, ctypes.cast(args, ctypes.POINTER(Argument)))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# idle --------------------------------------------------------------------------------------

def test_ext_idle_notify_is_preferred_and_asked_for_a_two_second_timeout() -> None:
    link = FakeLink(["wl_seat", "org_kde_kwin_idle", "ext_idle_notifier_v1"])
    probe = WaylandIdleProbe(link)
    assert probe.name == "ext-idle-notify-v1"
    assert "ext-idle-notify-v1" in probe.uses
    # get_idle_notification(new_id, timeout in ms, seat) on the notifier
    assert link.requests == [(NOTIFIER, 1, [None, 2000, SEAT], "ext_idle_notification_v1")]
    assert link.watching
    assert WATCH in link.handlers


def test_kde_idle_when_it_is_the_only_protocol() -> None:
    link = FakeLink(["wl_seat", "org_kde_kwin_idle"])
    probe = WaylandIdleProbe(link)
    assert probe.name == "org-kde-kwin-idle"
    # get_idle_timeout(new_id, seat, timeout in ms): the arguments in the other order
    assert link.requests == [(NOTIFIER, 0, [None, SEAT, 2000], "org_kde_kwin_idle_timeout")]


def test_neither_protocol_is_refused_and_the_connection_closed() -> None:
    link = FakeLink(["wl_seat", "wl_output"])
    with pytest.raises(OSError, match="neither ext-idle-notify-v1 nor org_kde_kwin_idle"):
        WaylandIdleProbe(link)
    assert link.closed


def test_idle_seconds_from_idled_and_resumed_events() -> None:
    link, clock = FakeLink(["wl_seat", "ext_idle_notifier_v1"]), Clock()
    probe = WaylandIdleProbe(link, clock=clock)
    assert probe.idle_seconds() == 0.0  # typing: no "idled" yet
    clock.now = 130.0
    link.send(WATCH, 0)  # idled: nobody touched anything since 128.0
    assert probe.idle_seconds() == 2.0
    clock.now = 190.5
    assert probe.idle_seconds() == 62.5
    link.send(WATCH, 1)  # resumed
    assert probe.idle_seconds() == 0.0
    link.close()  # the compositor went away
    assert probe.idle_seconds() is None


def test_connecting_without_a_display_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(OSError, match="WAYLAND_DISPLAY is not set"):
        WaylandConnection()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    with pytest.raises(OSError, match="wayland-nobody does not answer"):
        WaylandConnection("wayland-nobody")


def test_a_compositor_that_hangs_up_is_refused(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "wayland-hangup"))
    server.listen(1)

    def hang_up() -> None:
        peer, _ = server.accept()
        peer.close()

    thread = threading.Thread(target=hang_up)
    thread.start()
    try:
        with pytest.raises(OSError, match="closed the connection"):
            WaylandConnection("wayland-hangup")
    finally:
        thread.join(timeout=10)
        server.close()


def test_the_interface_tables_libwayland_reads() -> None:
    library = wayland_client._load()
    table = wayland_client._Interface.from_address(
        library.interfaces["zwlr_foreign_toplevel_handle_v1"])
    assert (table.name, table.version, table.method_count, table.event_count) == (
        b"zwlr_foreign_toplevel_handle_v1", 3, 10, 8)
    state = table.events[4]
    assert (state.name, state.signature) == (b"state", b"a")
    toplevel = wayland_client._Interface.from_address(
        library.interfaces["zwlr_foreign_toplevel_manager_v1"]).events[0]
    assert toplevel.types[0] == library.interfaces["zwlr_foreign_toplevel_handle_v1"]
    notify = wayland_client._Interface.from_address(
        library.interfaces["ext_idle_notifier_v1"]).methods[1]
    assert (notify.name, notify.signature) == (b"get_idle_notification", b"nuo")
    assert notify.types[2] == library.interfaces["wl_seat"]  # libwayland's own table
    assert notify.types[1] is None


def test_read_uints_of_a_wl_array() -> None:
    items = (ctypes.c_uint32 * 3)(2, 3, 7)
    array = WlArray(12, 12, ctypes.addressof(items))
    assert read_uints(ctypes.addressof(array)) == [2, 3, 7]
    assert read_uints(None) == []
    empty = WlArray(0, 0, None)
    assert read_uints(ctypes.addressof(empty)) == []


# full screen -------------------------------------------------------------------------------

def states(link: FakeLink, handle: int, values: list[int], done: bool = True) -> None:
    """A window's state event (a wl_array of uint32), then done unless told otherwise."""
    items = (ctypes.c_uint32 * max(1, len(values)))(*values)
    array = WlArray(4 * len(values), 4 * len(values), ctypes.addressof(items))
    link.send(handle, 4, ctypes.addressof(array))
    if done:
        link.send(handle, 5)


def toplevel(link: FakeLink, handle: int, app_id: bytes, values: list[int]) -> None:
    """The compositor announcing a window: toplevel, then app_id, state and done."""
    link.send(MANAGER, 0, handle)
    link.send(handle, 1, app_id)
    states(link, handle, values)


def test_a_focused_full_screen_window_is_named_by_its_app_id() -> None:
    link = FakeLink(["zwlr_foreign_toplevel_manager_v1"])
    probe = WlrFullscreenProbe(link)
    assert link.watching
    toplevel(link, 0x100, b"editor", [2])  # activated, not full screen
    assert probe.fullscreen() is None
    toplevel(link, 0x200, b"slides", [3])  # full screen behind the focused editor
    assert probe.fullscreen() is None
    states(link, 0x100, [])  # the editor loses the focus ...
    states(link, 0x200, [3, 2], done=False)  # ... the slides gain it, pending until done
    assert probe.fullscreen() is None
    link.send(0x200, 5)
    assert probe.fullscreen() == "slides"


def test_our_own_full_screen_window_and_closed_windows_do_not_count() -> None:
    link = FakeLink(["zwlr_foreign_toplevel_manager_v1"])
    probe = WlrFullscreenProbe(link)
    toplevel(link, 0x100, OWN_APP_ID.encode(), [2, 3])
    assert probe.fullscreen() is None
    toplevel(link, 0x200, b"player", [2, 3])
    assert probe.fullscreen() == "player"
    link.send(0x200, 6)  # closed: forgotten, and the handle destroyed
    assert probe.fullscreen() is None
    assert 0x200 not in probe.windows
    assert link.requests[-1] == (0x200, 7, [], None)
    link.close()
    assert probe.fullscreen() is None


def test_without_the_protocol_the_probe_is_refused() -> None:
    link = FakeLink(["wl_seat"])
    with pytest.raises(OSError, match="does not offer zwlr_foreign_toplevel_manager_v1"):
        WlrFullscreenProbe(link)
    assert link.closed


# lock --------------------------------------------------------------------------------------

def test_logind_locked_hint_changes_lock_and_unlock(qtbot: QtBot, private_bus: str) -> None:
    listener = QDBusConnection.connectToBus(private_bus, "deskcoach-test-hint-listener")
    sender = QDBusConnection.connectToBus(private_bus, "deskcoach-test-hint-sender")
    path = "/org/freedesktop/login1/session/c1"
    hint = [False]
    try:
        assert sender.registerService(session.LOGIN1)  # a stand-in logind
        watched = session.SessionWatcher(listen=False)
        watched.listen_logind_session(listener, path, read_hint=lambda: hint[0])
        assert "logind session LockedHint" in watched.report().why
        assert listener.interface().isServiceRegistered(session.LOGIN1).value()

        def changed(locked: bool, other: str = "LockedHint") -> None:
            hint[0] = locked
            message = QDBusMessage.createSignal(path, session.PROPERTIES, "PropertiesChanged")
            message.setArguments([f"{session.LOGIN1}.Session",
                                  {other: QDBusVariant(locked)}, []])
            assert sender.send(message)

        with qtbot.waitSignal(watched.locked, timeout=5000):
            changed(True)
        with qtbot.waitSignal(watched.unlocked, timeout=5000):
            changed(False)
        # Another property changing while the screensaver says locked leaves the lock alone.
        watched.on_screensaver_active(True)
        with qtbot.assertNotEmitted(watched.unlocked, wait=300):
            changed(False, other="IdleHint")
        assert watched.is_locked
        watched.close()
    finally:
        QDBusConnection.disconnectFromBus("deskcoach-test-hint-listener")
        QDBusConnection.disconnectFromBus("deskcoach-test-hint-sender")


def test_the_session_report_says_a_wayland_lock_screen_is_invisible(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-nobody")
    watched = session.SessionWatcher()
    try:
        assert "ext-session-lock" in watched.report().why
    finally:
        watched.close()


# doctor ------------------------------------------------------------------------------------

def test_doctor_says_what_wayland_cannot_promise_about_the_break_window(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWAYSOCK", raising=False)
    line = doctor.placement_report("wayland")
    assert (line.detector, line.backend, line.works) == ("window", "wayland-toplevel", False)
    assert "cannot be guaranteed" in line.why
    assert "may give it the keyboard focus" in line.why
    monkeypatch.setenv("SWAYSOCK", "/run/user/1000/sway-ipc.sock")
    assert f'no_focus [app_id="{OWN_APP_ID}"]' in doctor.placement_report("wayland").why
    assert doctor.placement_report("xcb").works
    assert not doctor.placement_report("offscreen").works
