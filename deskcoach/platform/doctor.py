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
from deskcoach.platform.reports import DetectorReport, platform_kind
from deskcoach.platform.session import open_session_watcher
from deskcoach.platform.wayland_toplevel import OWN_APP_ID


def doctor(platform_name: str, own_pid: int) -> list[DetectorReport]:
    """One report each for idle, session, fullscreen, meeting and the break window's
    placement, in that order."""
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
        placement_report(platform_name),
    ]


def placement_report(platform_name: str) -> DetectorReport:
    """Where the break window can be put: chosen by us on X11, Windows and macOS; on Wayland
    the compositor decides, and a plain Qt window cannot ask for more (layer-shell, which
    panels use to stay on top of a chosen output, is not available to Qt widgets here)."""
    kind = platform_kind(platform_name)
    if kind == "wayland":
        focus = (f"sway gives it the keyboard focus unless its config says "
                 f"no_focus [app_id=\"{OWN_APP_ID}\"]" if os.environ.get("SWAYSOCK") else
                 "the compositor may give it the keyboard focus when it appears")
        return DetectorReport(
            "window", "wayland-toplevel", False,
            "the compositor places the break window (sway and most others: on the output "
            "with the focus); being on top and on the output under the pointer cannot be "
            f"guaranteed on Wayland, and {focus}")
    if kind == "other":
        return DetectorReport("window", "none", False,
                              f"no desktop for the Qt platform {platform_name!r}")
    return DetectorReport("window", "on-top", True,
                          "on the screen under the pointer, kept on top, without taking focus")


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
