"""`deskcoach doctor`: which detectors work on this desktop, and for those that do not, why.

Each detector is opened the way the app would open it, asked for its report and closed again,
so the answer reflects this machine (libraries present, buses reachable, services running).
"""

from __future__ import annotations

import os
import sys

from deskcoach.platform.activity import idle_report
from deskcoach.platform.fullscreen import fullscreen_report
from deskcoach.platform.meeting import meeting_report
from deskcoach.platform.reports import DetectorReport
from deskcoach.platform.session import open_session_watcher


def doctor(platform_name: str, own_pid: int) -> list[DetectorReport]:
    """One report each for idle, session, fullscreen and meeting, in that order."""
    watcher = open_session_watcher(None, platform_name)
    try:
        session = watcher.report()
    finally:
        watcher.close()
        watcher.deleteLater()
    return [
        idle_report(platform_name),
        session,
        fullscreen_report(platform_name, own_pid),
        meeting_report(platform_name, own_pid),
    ]


def guess_platform_name() -> str:
    """The Qt platform the app would use, without starting a QGuiApplication (for the CLI)."""
    forced = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if forced:
        return forced
    if sys.platform == "win32":
        name = "windows"
    elif sys.platform == "darwin":
        name = "cocoa"
    elif os.environ.get("WAYLAND_DISPLAY"):
        name = "wayland"
    elif os.environ.get("DISPLAY"):
        name = "xcb"
    else:
        name = "offscreen"
    return name


def render(reports: list[DetectorReport]) -> str:
    """The reports as aligned plain lines."""
    return "\n".join(report.line() for report in reports)
