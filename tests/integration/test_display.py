"""The display check run before QApplication: Qt aborts the process when it cannot connect."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from deskcoach.platform.display import display_problem

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux displays")


def test_platforms_without_a_desktop_need_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for platform in ("offscreen", "minimal", "vnc:size=800x600"):
        monkeypatch.setenv("QT_QPA_PLATFORM", platform)
        assert display_problem() is None, platform
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert display_problem() == ("DeskCoach needs a graphical desktop, and no display was "
                                 "found (DISPLAY is not set).")


def test_a_wayland_socket_is_asked_whether_it_answers(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-7")
    monkeypatch.delenv("WAYLAND_SOCKET", raising=False)
    stale = tmp_path / "wayland-7"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as left_behind:
        left_behind.bind(str(stale))  # a socket file nobody listens on: a stopped compositor
    assert display_problem() == ("DeskCoach needs a graphical desktop, and it cannot be "
                                 "reached: the Wayland display wayland-7 (WAYLAND_DISPLAY) "
                                 "does not answer (Connection refused).")
    stale.unlink()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(stale))
        compositor.listen()
        assert display_problem() is None
