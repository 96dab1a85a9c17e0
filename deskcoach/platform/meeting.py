"""Whether another application is using the camera or the microphone: a meeting, most likely.

Linux looks at the kernel's own bookkeeping: which processes hold a /dev/video* node open
(their /proc/<pid>/fd symlinks) and which ALSA capture substreams are running
(/proc/asound/card*/pcm*c/sub*/status). PipeWire and PulseAudio open the ALSA capture device
only while some application records (they suspend idle sources), so the ALSA state covers them
without a client library. Windows reads the privacy consent store in the registry; macOS asks
CoreAudio and CoreMediaIO whether a device is "running somewhere".

Answers are "camera" or "microphone", followed by who in parentheses when that is known,
e.g. "camera (zoom)".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from deskcoach.platform.reports import DetectorReport, platform_kind


class MeetingProbe(Protocol):
    name: str

    def in_meeting(self) -> str | None:
        """"camera" or "microphone" (and by whom, if known) while in use, else None."""
        ...

    def close(self) -> None: ...


class NoMeetingProbe:
    name = "none"

    def in_meeting(self) -> str | None:
        return None

    def close(self) -> None:
        pass


def _labelled(what: str, who: str | None) -> str:
    return f"{what} ({who})" if who else what


@dataclass(frozen=True)
class LinuxRoots:
    """Where the Linux probe looks; a temporary tree of fakes in tests."""

    proc: Path = Path("/proc")
    dev: Path = Path("/dev")
    asound: Path | None = None  # default: <proc>/asound

    @property
    def sound(self) -> Path:
        return self.asound if self.asound is not None else self.proc / "asound"


class LinuxMeetingProbe:
    """Linux: camera = a /dev/video* node that another process holds open, found by
    `readlink` of /proc/<pid>/fd/* for the processes owned by this user (other users' are not
    readable anyway), skipping our own pid and stopping at the first holder, which is checked
    first on the next poll; the /proc scan is skipped entirely when there is no video device.
    Microphone = an ALSA capture substream whose status reads "state: RUNNING" and whose
    owner_pid is not ours. Unreadable or vanishing entries are skipped, never raised.
    """

    name = "linux-proc"

    def __init__(self, own_pid: int, roots: LinuxRoots | None = None,
                 uid: int | None = None) -> None:
        self._own_pid = own_pid
        self._roots = roots or LinuxRoots()
        if uid is None:
            if sys.platform == "win32":
                uid = -1
            else:
                uid = os.getuid()
        self._uid = uid
        self._dev = os.path.abspath(self._roots.dev)
        self._holder: int | None = None  # the last process seen holding the camera

    def describe(self) -> str:
        parts = ["camera: /dev/video* held open by other processes (/proc/<pid>/fd)"]
        if self._roots.sound.is_dir():
            parts.append("microphone: ALSA capture streams running (/proc/asound)")
        else:
            parts.append("no /proc/asound (no ALSA sound driver): microphone use is not seen")
        return "; ".join(parts)

    def in_meeting(self) -> str | None:
        holder = self._camera_holder()
        if holder is not None:
            return _labelled("camera", self._command(holder))
        recorder = self._microphone_owner()
        if recorder is not None:
            return _labelled("microphone", self._command(recorder) if recorder else None)
        return None

    def close(self) -> None:
        pass

    # camera

    def _video_devices(self) -> frozenset[str]:
        try:
            with os.scandir(self._dev) as entries:
                return frozenset(os.path.join(self._dev, e.name) for e in entries
                                 if e.name.startswith("video"))
        except OSError:
            return frozenset()

    def _camera_holder(self) -> int | None:
        devices = self._video_devices()
        if not devices:
            self._holder = None
            return None
        if self._holder is not None and self._holds(self._holder, devices):
            return self._holder
        self._holder = None
        for pid in self._user_pids():
            if self._holds(pid, devices):
                self._holder = pid
                return pid
        return None

    def _user_pids(self) -> Iterator[int]:
        try:
            with os.scandir(self._roots.proc) as entries:
                for entry in entries:
                    if not entry.name.isdigit():
                        continue
                    pid = int(entry.name)
                    if pid == self._own_pid:
                        continue
                    try:
                        if entry.stat().st_uid != self._uid:
                            continue
                    except OSError:
                        continue
                    yield pid
        except OSError:
            return

    def _holds(self, pid: int, devices: frozenset[str]) -> bool:
        fd_dir = self._roots.proc / str(pid) / "fd"
        try:
            with os.scandir(fd_dir) as fds:
                for fd in fds:
                    try:
                        if os.readlink(fd.path) in devices:
                            return True
                    except OSError:
                        continue
        except OSError:
            return False
        return False

    # microphone

    def _microphone_owner(self) -> int | None:
        """Owner pid of a running capture substream (0 when not stated), or None."""
        try:
            statuses = sorted(self._roots.sound.glob("card*/pcm*c/sub*/status"))
        except OSError:
            return None
        for status in statuses:
            try:
                text = status.read_text(errors="replace")
            except OSError:
                continue
            if "state: RUNNING" not in text:
                continue
            owner = 0
            for line in text.splitlines():
                key, _, value = line.partition(":")
                if key.strip() == "owner_pid" and value.strip().isdigit():
                    owner = int(value.strip())
            if owner != self._own_pid:
                return owner
        return None

    def _command(self, pid: int) -> str | None:
        try:
            comm = (self._roots.proc / str(pid) / "comm").read_text(errors="replace").strip()
        except OSError:
            return None
        return comm or None


CONSENT_STORE = (r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager"
                 r"\ConsentStore")


class Registry(Protocol):
    """The little of HKEY_CURRENT_USER the consent-store walk needs."""

    def subkeys(self, path: str) -> list[str]:
        """Names of the subkeys of `path` ([] when it does not exist)."""
        ...

    def qword(self, path: str, name: str) -> int | None:
        """An integer value of key `path`, or None when absent."""
        ...


if sys.platform == "win32":
    import winreg

    class _WinRegistry:
        """winreg on HKEY_CURRENT_USER: OpenKey, EnumKey, QueryValueEx."""

        def subkeys(self, path: str) -> list[str]:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                    count = winreg.QueryInfoKey(key)[0]
                    return [winreg.EnumKey(key, i) for i in range(count)]
            except OSError:
                return []

        def qword(self, path: str, name: str) -> int | None:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except OSError:
                return None
            return value if isinstance(value, int) else None

    def _win_registry() -> Registry:
        return _WinRegistry()

else:

    def _win_registry() -> Registry:
        raise OSError("the Windows registry exists only on Windows")


class WindowsMeetingProbe:
    """Windows: the privacy consent store under HKCU\\<CONSENT_STORE>\\{webcam,microphone},
    read with winreg. Every application that used the device has a subkey (packaged apps
    directly, desktop programs under NonPackaged with their path, '\\' written as '#'), holding
    LastUsedTimeStart and LastUsedTimeStop; LastUsedTimeStop == 0 means it is using the device
    now. `registry` is that registry access, faked in tests; `own_exe` (default: our Python
    executable) is never counted.
    """

    name = "windows-consent-store"
    uses = "Windows privacy consent store (CapabilityAccessManager) in the registry"
    CAPABILITIES = (("webcam", "camera"), ("microphone", "microphone"))

    def __init__(self, registry: Registry | None = None, own_exe: str | None = None) -> None:
        self._registry = registry or _win_registry()
        self._own_key = (own_exe or sys.executable).replace("\\", "#").lower()

    def in_meeting(self) -> str | None:
        for capability, label in self.CAPABILITIES:
            user = self._user_of(f"{CONSENT_STORE}\\{capability}")
            if user is not None:
                return _labelled(label, user)
        return None

    def _user_of(self, base: str) -> str | None:
        for app in self._registry.subkeys(base):
            path = f"{base}\\{app}"
            if app == "NonPackaged":
                for program in self._registry.subkeys(path):
                    if program.lower() != self._own_key and self._in_use(f"{path}\\{program}"):
                        return program.rsplit("#", 1)[-1]
            elif self._in_use(path):
                return app.split("_", 1)[0]
        return None

    def _in_use(self, path: str) -> bool:
        started = self._registry.qword(path, "LastUsedTimeStart")
        stopped = self._registry.qword(path, "LastUsedTimeStop")
        return stopped == 0 and bool(started)

    def close(self) -> None:
        pass


def open_meeting_probe(platform_name: str, own_pid: int,
                       roots: LinuxRoots | None = None) -> MeetingProbe:
    """The best meeting probe here (Linux roots injectable), or NoMeetingProbe."""
    return _choose(platform_name, own_pid, roots)[0]


def meeting_report(platform_name: str, own_pid: int,
                   roots: LinuxRoots | None = None) -> DetectorReport:
    probe, why = _choose(platform_name, own_pid, roots)
    try:
        return DetectorReport("meeting", probe.name, not isinstance(probe, NoMeetingProbe), why)
    finally:
        probe.close()


def _choose(platform_name: str, own_pid: int,
            roots: LinuxRoots | None) -> tuple[MeetingProbe, str]:
    kind = platform_kind(platform_name)
    try:
        if kind == "windows":
            return WindowsMeetingProbe(), WindowsMeetingProbe.uses
        if kind == "macos":
            from deskcoach.platform.meeting_macos import MacMeetingProbe  # (only on macOS)

            return MacMeetingProbe(), MacMeetingProbe.uses
    except OSError as exc:
        return NoMeetingProbe(), f"{exc}; breaks are not deferred for meetings"
    chosen = roots or LinuxRoots()
    on_linux = sys.platform.startswith("linux")
    if on_linux or roots is not None:
        if chosen.proc.is_dir():
            probe = LinuxMeetingProbe(own_pid, chosen)
            return probe, probe.describe()
        return NoMeetingProbe(), (f"{chosen.proc} is not mounted; breaks are not deferred "
                                  "for meetings")
    return NoMeetingProbe(), (f"no camera or microphone detection for the Qt platform "
                              f"{platform_name!r}; breaks are not deferred for meetings")
