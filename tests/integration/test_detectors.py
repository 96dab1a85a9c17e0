"""Detector logic with the system calls faked: Windows and macOS backends, D-Bus backends, the
Linux meeting probe on a fake /proc + /dev + asound tree, the session watcher and doctor."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from deskcoach.platform import activity, doctor, fullscreen, meeting, session
from deskcoach.platform.idle_backends import (
    TICK_WRAP,
    KdeIdleProbe,
    MacIdleProbe,
    MutterIdleProbe,
    WindowsIdleProbe,
)
from deskcoach.platform.reports import DetectorReport, platform_kind

OWN_PID = 4242


def returning(*values: object) -> Callable[[], object]:
    """A fake system call answering `values` in turn, then the last one forever."""
    queue = list(values)

    def call() -> object:
        value = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(value, OSError):
            raise value
        return value

    return call


# idle --------------------------------------------------------------------------------------

def test_windows_idle_is_tick_count_minus_last_input() -> None:
    probe = WindowsIdleProbe(read_ticks=lambda: (125_000, 120_500))
    assert probe.idle_seconds() == pytest.approx(4.5)


def test_windows_idle_survives_the_tick_count_wrapping_around() -> None:
    # Input 1.5 s before GetTickCount wrapped to 0; now it reads 500.
    probe = WindowsIdleProbe(read_ticks=lambda: (500, TICK_WRAP - 1_500))
    assert probe.idle_seconds() == pytest.approx(2.0)


def test_windows_idle_unknown_when_the_call_fails() -> None:
    assert WindowsIdleProbe(read_ticks=lambda: None).idle_seconds() is None


def test_mac_idle_converts_hid_idle_nanoseconds() -> None:
    assert MacIdleProbe(read_nanoseconds=lambda: 2_500_000_000).idle_seconds() == 2.5
    assert MacIdleProbe(read_nanoseconds=lambda: None).idle_seconds() is None
    assert MacIdleProbe(read_nanoseconds=lambda: -1).idle_seconds() is None


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the real calls exist there")
def test_windows_and_mac_backends_refuse_to_open_elsewhere() -> None:
    with pytest.raises(OSError, match="Windows"):
        WindowsIdleProbe()
    with pytest.raises(OSError, match="macOS"):
        MacIdleProbe()
    with pytest.raises(OSError, match="Windows"):
        fullscreen.WindowsFullscreenProbe(OWN_PID)
    with pytest.raises(OSError, match="Windows"):
        meeting.WindowsMeetingProbe()
    with pytest.raises(OSError, match="macOS"):
        meeting.MacMeetingProbe()


def test_mutter_idle_reads_milliseconds_and_gives_none_on_a_failed_call() -> None:
    probe = MutterIdleProbe(call=returning(10, 1_500, OSError("timeout"), 30_000))
    assert probe.idle_seconds() == 1.5
    assert probe.idle_seconds() is None
    assert probe.idle_seconds() == 30.0


def test_mutter_idle_refuses_to_open_without_mutter() -> None:
    with pytest.raises(OSError, match="ServiceUnknown"):
        MutterIdleProbe(call=returning(OSError("org.freedesktop.DBus.Error.ServiceUnknown")))
    with pytest.raises(OSError, match="no idle time"):
        MutterIdleProbe(call=returning("not a number"))


def test_kde_idle_on_x11_and_its_refusal_on_wayland() -> None:
    assert KdeIdleProbe(call=returning(0, 2_000)).idle_seconds() == 2.0
    with pytest.raises(OSError, match="Wayland"):
        KdeIdleProbe(call=returning(OSError(
            "org.kde.screensaver org.freedesktop.ScreenSaver.GetSessionIdleTime: "
            "org.freedesktop.DBus.Error.NotSupported GetSessionIdleTime is not supported")))


def test_open_probe_falls_back_to_no_probe_with_a_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert isinstance(activity.open_probe("xcb"), activity.NoActivityProbe)
    assert isinstance(activity.open_probe("offscreen"), activity.NoActivityProbe)
    report = activity.idle_report("xcb")
    assert report == DetectorReport("idle", "none", False, report.why)
    assert "DISPLAY" in report.why
    assert "offscreen" in activity.idle_report("offscreen").why


def test_platform_names_map_to_desktop_families() -> None:
    assert [platform_kind(n) for n in ("xcb", "wayland", "wayland-egl", "windows", "cocoa",
                                       "offscreen")] == [
        "x11", "wayland", "wayland", "windows", "macos", "other"]


# full screen -------------------------------------------------------------------------------

@pytest.mark.parametrize("state", [None, 1, 5, 6, 7])
def test_windows_not_full_screen_states(state: int | None) -> None:
    probe = fullscreen.WindowsFullscreenProbe(OWN_PID, query_state=lambda: state,
                                              foreground=lambda: (77, "Slides"))
    assert probe.fullscreen() is None


@pytest.mark.parametrize(("state", "label"), [
    (fullscreen.QUNS_BUSY, "full-screen application"),
    (fullscreen.QUNS_RUNNING_D3D_FULL_SCREEN, "full-screen game (Direct3D)"),
    (fullscreen.QUNS_PRESENTATION_MODE, "presentation mode"),
])
def test_windows_full_screen_states(state: int, label: str) -> None:
    untitled = fullscreen.WindowsFullscreenProbe(OWN_PID, query_state=lambda: state,
                                                 foreground=lambda: (77, ""))
    assert untitled.fullscreen() == label
    titled = fullscreen.WindowsFullscreenProbe(OWN_PID, query_state=lambda: state,
                                               foreground=lambda: (77, "Quarterly review"))
    assert titled.fullscreen() == "Quarterly review"


def test_windows_full_screen_ignores_our_own_window() -> None:
    probe = fullscreen.WindowsFullscreenProbe(
        OWN_PID, query_state=lambda: fullscreen.QUNS_BUSY,
        foreground=lambda: (OWN_PID, "DeskCoach - time to move"))
    assert probe.fullscreen() is None


def test_gnome_inhibit_idle_bit_means_full_screen() -> None:
    probe = fullscreen.GnomeInhibitProbe(read=returning(0, 8, 4, 12, OSError("gone"), 0))
    assert [probe.fullscreen() for _ in range(5)] == [
        "an application keeping the screen awake", None,
        "an application keeping the screen awake", None, None]


def test_kde_do_not_disturb() -> None:
    probe = fullscreen.KdeInhibitProbe(read=returning(False, True, False))
    assert probe.fullscreen() == "do not disturb"
    assert probe.fullscreen() is None
    with pytest.raises(OSError, match="Inhibited"):
        fullscreen.KdeInhibitProbe(read=returning(OSError("InvalidArgs Inhibited")))
    with pytest.raises(OSError, match="Inhibited"):
        fullscreen.KdeInhibitProbe(read=returning(3))


def test_fullscreen_report_without_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert isinstance(fullscreen.open_fullscreen_probe("offscreen", OWN_PID),
                      fullscreen.NoFullscreenProbe)
    report = fullscreen.fullscreen_report("xcb", OWN_PID)
    assert (report.detector, report.backend, report.works) == ("fullscreen", "none", False)
    assert "DISPLAY" in report.why


# meeting: Windows and macOS ---------------------------------------------------------------

class FakeRegistry:
    """HKCU as a dict: key path -> {value name: int}; subkeys derived from the paths."""

    def __init__(self, keys: dict[str, dict[str, int]]) -> None:
        self.keys = keys

    def subkeys(self, path: str) -> list[str]:
        prefix = path + "\\"
        return sorted({k[len(prefix):].split("\\")[0] for k in self.keys if k.startswith(prefix)})

    def qword(self, path: str, name: str) -> int | None:
        return self.keys.get(path, {}).get(name)


STORE = meeting.CONSENT_STORE
ZOOM = "C:#Program Files#Zoom#bin#Zoom.exe"
OUR_PYTHON = "C:#Users#ann#DeskCoach#python.exe"


def consent(start: int, stop: int) -> dict[str, int]:
    return {"LastUsedTimeStart": start, "LastUsedTimeStop": stop}


def test_consent_store_stop_zero_means_in_use() -> None:
    registry = FakeRegistry({
        f"{STORE}\\webcam\\Microsoft.WindowsCamera_8wekyb3d8bbwe": consent(1000, 2000),
        f"{STORE}\\webcam\\NonPackaged\\{ZOOM}": consent(3000, 0),
        f"{STORE}\\microphone\\NonPackaged\\{ZOOM}": consent(3000, 0),
    })
    probe = meeting.WindowsMeetingProbe(registry, own_exe=OUR_PYTHON.replace("#", "\\"))
    assert probe.in_meeting() == "camera (Zoom.exe)"


def test_consent_store_packaged_microphone_user() -> None:
    registry = FakeRegistry({
        f"{STORE}\\webcam\\NonPackaged\\{ZOOM}": consent(3000, 4000),
        f"{STORE}\\microphone\\MicrosoftTeams_8wekyb3d8bbwe": consent(5000, 0),
    })
    assert meeting.WindowsMeetingProbe(registry, own_exe="x").in_meeting() == \
        "microphone (MicrosoftTeams)"


def test_consent_store_nothing_in_use() -> None:
    registry = FakeRegistry({
        f"{STORE}\\webcam\\NonPackaged\\{ZOOM}": consent(3000, 4000),
        f"{STORE}\\microphone\\NonPackaged\\{OUR_PYTHON}": consent(5000, 0),  # ourselves
        f"{STORE}\\microphone\\Never.Used_1": {},
        f"{STORE}\\microphone\\Odd.Entry_1": consent(0, 0),
    })
    probe = meeting.WindowsMeetingProbe(registry, own_exe=OUR_PYTHON.replace("#", "\\"))
    assert probe.in_meeting() is None
    assert meeting.WindowsMeetingProbe(FakeRegistry({}), own_exe="x").in_meeting() is None


@pytest.mark.parametrize(("camera", "microphone", "expected"), [
    (True, False, "camera"),
    (False, True, "microphone"),
    (True, True, "camera"),
    (False, False, None),
    (None, None, None),
])
def test_coreaudio_and_coremediaio_running_somewhere(
        camera: bool | None, microphone: bool | None, expected: str | None) -> None:
    probe = meeting.MacMeetingProbe(camera_running=lambda: camera,
                                    microphone_running=lambda: microphone)
    assert probe.in_meeting() == expected


# meeting: Linux on a fake tree -------------------------------------------------------------

class FakeSystem:
    """tmp/proc/<pid>/{fd/*, comm}, tmp/dev/video*, tmp/proc/asound/card*/pcm*/sub*/status."""

    def __init__(self, root: Path) -> None:
        self.roots = meeting.LinuxRoots(proc=root / "proc", dev=root / "dev")
        self.roots.proc.mkdir(parents=True)
        self.roots.dev.mkdir()
        (self.roots.proc / "self").symlink_to(str(OWN_PID))
        (self.roots.proc / "cpuinfo").write_text("not a process\n")
        self.process(OWN_PID, "deskcoach")
        self.process(1, "systemd")

    def device(self, name: str) -> Path:
        path = self.roots.dev / name
        path.touch()
        return path

    def process(self, pid: int, comm: str | None = None) -> Path:
        base = self.roots.proc / str(pid)
        (base / "fd").mkdir(parents=True)
        for fd in ("0", "1", "2"):
            (base / "fd" / fd).symlink_to("/dev/pts/0")
        (base / "fd" / "3").symlink_to("socket:[1234]")
        if comm is not None:
            (base / "comm").write_text(comm + "\n")
        return base

    def hold(self, pid: int, device: Path, fd: int = 7) -> Path:
        link = self.roots.proc / str(pid) / "fd" / str(fd)
        link.symlink_to(device)
        return link

    def capture(self, card: int, state: str, owner: int | None) -> Path:
        status = self.roots.sound / f"card{card}" / "pcm0c" / "sub0" / "status"
        status.parent.mkdir(parents=True)
        lines = [f"state: {state}"]
        if owner is not None:
            lines.append(f"owner_pid   : {owner}")
        lines.append("trigger_time: 1.0")
        status.write_text("\n".join(lines) + "\n")
        playback = self.roots.sound / f"card{card}" / "pcm0p" / "sub0" / "status"
        playback.parent.mkdir(parents=True)
        playback.write_text("state: RUNNING\nowner_pid   : 9\n")  # playing sound is no meeting
        return status

    def probe(self, uid: int | None = None) -> meeting.LinuxMeetingProbe:
        return meeting.LinuxMeetingProbe(OWN_PID, self.roots, uid=uid)


@pytest.fixture
def system(tmp_path: Path) -> FakeSystem:
    return FakeSystem(tmp_path)


def test_camera_held_by_another_process(system: FakeSystem) -> None:
    video = system.device("video0")
    system.process(2001)
    system.hold(2001, video)
    assert system.probe().in_meeting() == "camera"


def test_camera_holder_named_when_its_command_is_readable(system: FakeSystem) -> None:
    system.device("video0")
    video = system.device("video2")
    system.process(2002, "zoom")
    system.hold(2002, video, fd=31)
    probe = system.probe()
    assert probe.in_meeting() == "camera (zoom)"
    assert probe.in_meeting() == "camera (zoom)"  # the remembered holder, checked first


def test_camera_released_ends_the_meeting(system: FakeSystem) -> None:
    video = system.device("video0")
    system.process(2003, "obs")
    link = system.hold(2003, video)
    probe = system.probe()
    assert probe.in_meeting() == "camera (obs)"
    link.unlink()
    assert probe.in_meeting() is None


def test_camera_held_only_by_our_own_process(system: FakeSystem) -> None:
    video = system.device("video0")
    system.hold(OWN_PID, video)
    assert system.probe().in_meeting() is None


def test_camera_held_by_another_users_process_is_not_read(system: FakeSystem) -> None:
    video = system.device("video0")
    system.process(2004, "zoom")
    system.hold(2004, video)
    assert system.probe(uid=os.getuid() + 1).in_meeting() is None


def test_no_video_device_means_no_scan(system: FakeSystem,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    system.process(2005, "zoom")
    scanned: list[str] = []
    real_readlink = os.readlink

    def counting_readlink(path: str) -> str:
        scanned.append(path)
        return real_readlink(path)

    monkeypatch.setattr(os, "readlink", counting_readlink)
    assert system.probe().in_meeting() is None
    assert scanned == []


def test_microphone_capture_running(system: FakeSystem) -> None:
    system.capture(0, "RUNNING", owner=3001)
    system.process(3001, "pipewire")
    assert system.probe().in_meeting() == "microphone (pipewire)"


def test_microphone_capture_without_owner_line(system: FakeSystem) -> None:
    system.capture(1, "RUNNING", owner=None)
    assert system.probe().in_meeting() == "microphone"


def test_microphone_idle_or_ours_is_no_meeting(system: FakeSystem) -> None:
    system.capture(0, "SETUP", owner=3002)
    system.capture(1, "RUNNING", owner=OWN_PID)
    assert system.probe().in_meeting() is None


def test_unreadable_entries_give_none_without_raising(
        system: FakeSystem, monkeypatch: pytest.MonkeyPatch) -> None:
    video = system.device("video0")
    held = system.process(2006, "zoom")
    system.hold(2006, video)
    held.joinpath("fd").chmod(0)  # effective when not running as root; faked below otherwise
    (system.roots.sound / "card0" / "pcm0c" / "sub0" / "status").mkdir(parents=True)  # EISDIR
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if str(path).endswith("/fd"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        assert system.probe().in_meeting() is None
    finally:
        held.joinpath("fd").chmod(0o755)


def test_missing_roots_give_none(tmp_path: Path) -> None:
    roots = meeting.LinuxRoots(proc=tmp_path / "no-proc", dev=tmp_path / "no-dev")
    assert meeting.LinuxMeetingProbe(OWN_PID, roots).in_meeting() is None


def test_open_meeting_probe_uses_the_given_roots(system: FakeSystem) -> None:
    video = system.device("video0")
    system.process(2007, "zoom")
    system.hold(2007, video)
    probe = meeting.open_meeting_probe("xcb", OWN_PID, roots=system.roots)
    assert isinstance(probe, meeting.LinuxMeetingProbe)
    assert probe.in_meeting() == "camera (zoom)"
    report = meeting.meeting_report("wayland", OWN_PID, roots=system.roots)
    assert (report.backend, report.works) == ("linux-proc", True)
    assert "no /proc/asound" in report.why
    system.capture(0, "PREPARED", owner=1)
    assert "ALSA capture" in meeting.meeting_report("xcb", OWN_PID, roots=system.roots).why
    missing = meeting.meeting_report("xcb", OWN_PID, roots=meeting.LinuxRoots(
        proc=system.roots.proc / "nowhere"))
    assert (missing.works, missing.backend) == (False, "none")


# session -----------------------------------------------------------------------------------

@pytest.fixture
def watcher(qtbot: QtBot) -> Iterator[tuple[session.SessionWatcher, list[str]]]:
    watched = session.SessionWatcher(listen=False)
    heard: list[str] = []
    for name in ("locked", "unlocked", "sleeping", "woke"):
        getattr(watched, name).connect(lambda name=name: heard.append(name))
    yield watched, heard
    watched.close()


def test_screensaver_and_logind_lock_fire_once_each_way(
        watcher: tuple[session.SessionWatcher, list[str]]) -> None:
    watched, heard = watcher
    watched.on_screensaver_active(True)
    watched.on_session_lock()  # logind says the same: no second "locked"
    assert heard == ["locked"]
    assert watched.is_locked
    watched.on_session_unlock()
    watched.on_screensaver_active(False)
    assert heard == ["locked", "unlocked"]
    watched.on_screensaver_active(False)  # a screensaver ending without a lock
    assert heard == ["locked", "unlocked"]


def test_prepare_for_sleep_true_then_false(
        watcher: tuple[session.SessionWatcher, list[str]]) -> None:
    watched, heard = watcher
    watched.on_prepare_for_sleep(False)  # a resume never announced: nothing to undo
    watched.on_prepare_for_sleep(True)
    watched.on_prepare_for_sleep(True)
    watched.on_prepare_for_sleep(False)
    assert heard == ["sleeping", "woke"]


def test_lock_during_sleep(watcher: tuple[session.SessionWatcher, list[str]]) -> None:
    watched, heard = watcher
    watched.on_session_lock()
    watched.on_prepare_for_sleep(True)
    watched.on_prepare_for_sleep(False)
    watched.on_session_unlock()
    assert heard == ["locked", "sleeping", "woke", "unlocked"]


def test_without_buses_the_watcher_reports_why(qtbot: QtBot) -> None:
    system_bus = QDBusConnection.connectToBus("unix:path=/nonexistent/system_bus_socket",
                                              "deskcoach-test-system")
    session_bus = QDBusConnection.connectToBus("unix:path=/nonexistent/session_bus",
                                               "deskcoach-test-session")
    try:
        watched = session.SessionWatcher(system=system_bus, session=session_bus)
        report = watched.report()
        watched.close()
    finally:
        QDBusConnection.disconnectFromBus("deskcoach-test-system")
        QDBusConnection.disconnectFromBus("deskcoach-test-session")
    assert (report.detector, report.backend, report.works) == ("session", "none", False)
    assert session.NO_SESSION_BUS in report.why
    assert "no D-Bus session bus: lock detection relies on idle time and the sleep check" \
        in report.why
    assert session.NO_SYSTEM_BUS in report.why


def test_signals_arrive_over_a_real_bus(qtbot: QtBot, private_bus: str) -> None:
    listener = QDBusConnection.connectToBus(private_bus, "deskcoach-test-listener")
    sender = QDBusConnection.connectToBus(private_bus, "deskcoach-test-sender")
    try:
        assert sender.registerService(session.LOGIN1)  # a stand-in logind, without sessions
        watched = session.SessionWatcher(system=listener, session=listener)
        # A round trip on the listener's connection: the daemon has its match rules before
        # the first signal is sent (else that signal may be dropped).
        assert listener.interface().isServiceRegistered(session.LOGIN1).value()
        report = watched.report()
        assert report.works
        assert "logind PrepareForSleep" in report.why
        assert "org.gnome.ScreenSaver ActiveChanged" in report.why

        def emit(path: str, interface: str, name: str, *args: object) -> None:
            message = QDBusMessage.createSignal(path, interface, name)
            message.setArguments(list(args))
            assert sender.send(message)

        with qtbot.waitSignal(watched.locked, timeout=5000):
            emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        with qtbot.waitSignal(watched.unlocked, timeout=5000):
            emit("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
        with qtbot.waitSignal(watched.sleeping, timeout=5000):
            emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                 "PrepareForSleep", True)
        with qtbot.waitSignal(watched.woke, timeout=5000):
            emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                 "PrepareForSleep", False)
        watched.close()
    finally:
        QDBusConnection.disconnectFromBus("deskcoach-test-listener")
        QDBusConnection.disconnectFromBus("deskcoach-test-sender")


# doctor ------------------------------------------------------------------------------------

@pytest.mark.parametrize("platform_name", ["offscreen", "xcb", "wayland", "windows", "cocoa"])
def test_doctor_reports_each_detector_once(
        qtbot: QtBot, platform_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    reports = doctor.doctor(platform_name, os.getpid())
    assert [r.detector for r in reports] == ["idle", "session", "fullscreen", "meeting",
                                             "window"]
    for report in reports:
        assert isinstance(report.works, bool)
        assert report.backend
        assert report.why
        assert "\n" not in report.why
    assert len(doctor.render(reports).splitlines()) == 5


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux detectors")
def test_doctor_on_a_headless_linux(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    idle, watch, front, meet, window = doctor.doctor("offscreen", os.getpid())
    assert not idle.works
    assert "offscreen" in idle.why
    assert not front.works
    assert meet.works
    assert meet.backend == "linux-proc"
    assert not window.works
    if not QDBusConnection.sessionBus().isConnected():
        assert session.NO_SESSION_BUS in watch.why


def test_guess_platform_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland;xcb")
    assert doctor.guess_platform_name() == "wayland"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":5")
    if sys.platform.startswith("linux"):
        assert doctor.guess_platform_name() == "xcb"
