"""The real app as a process under Xvfb, openbox and trayer, driven by its CLI and xdotool."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.attack import private_etc
from tests.e2e.desktop import Desktop, start_desktop
from tools.control import wait_for

pytestmark = pytest.mark.e2e
BREAK_TITLE = "DeskCoach - time to move"




class App:
    def __init__(self, desk: Desktop, profile: Path, prefix: Sequence[str] = ()) -> None:
        """`prefix`: run the app and its CLI through it (a mount namespace, for a policy)."""
        self.desk, self.profile, self.prefix = desk, profile, list(prefix)
        self.proc: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([*self.prefix, sys.executable, "-m", "deskcoach", "--profile",
                               str(self.profile), *args], env=self.desk.env,
                              capture_output=True, text=True, timeout=60, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"deskcoach {' '.join(args)} exited {done.returncode}: "
                                 f"{done.stdout}{done.stderr}")
        return done

    def status(self) -> dict[str, Any]:
        return json.loads(self.cli("status", "--json").stdout)  # type: ignore[no-any-return]

    def start(self, scale: int = 60) -> None:
        with (self.profile.parent / "app-output.log").open("ab") as log:
            self.proc = subprocess.Popen(
                [*self.prefix, sys.executable, "-m", "deskcoach", "--profile", str(self.profile),
                 "--time-scale", str(scale)], env=self.desk.env, stdout=log, stderr=log)
        wait_for(lambda: self.desk.tray_holds("DeskCoach"), 30, "the tray icon to be embedded")

    def quit(self) -> None:
        assert self.proc is not None
        self.cli("quit")
        assert self.proc.wait(timeout=30) == 0
        self.proc = None

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    runner = App(desktop, tmp_path / "profile")
    yield runner
    runner.kill()


def test_a_break_is_completed_and_one_skipped_and_both_are_kept(
        app: App, desktop: Desktop, tmp_path: Path) -> None:
    # 60x: 5 min of work take 5 s; the 5 min break would take 5 s.
    app.cli("config", "set", "work_minutes", "5")
    app.cli("config", "set", "break_seconds", "300")
    app.cli("config", "set", "idle_minutes", "30")  # nobody types here: don't count as away
    app.start(scale=60)
    assert app.status()["state"] in ("working", "pre_break")

    # Someone is typing in another window when the break falls due.
    holder = subprocess.Popen(["xmessage", "-name", "focusholder", "typing here"],
                              env=desktop.env)
    try:
        typing_win = wait_for(lambda: desktop.visible_window("focusholder"), 15, "xmessage")
        desktop.run("xdotool", "windowactivate", "--sync", typing_win)
        wait_for(lambda: desktop.focused() == typing_win, 10, "focus on the typing window")

        window = wait_for(lambda: desktop.visible_window(BREAK_TITLE), 30, "the break window")
        assert app.status()["state"] == "on_break"
        assert desktop.focused() == typing_win, "the break window stole the keyboard focus"
        if os.environ.get("DESKCOACH_SHOTS"):
            desktop.screenshot(Path(os.environ["DESKCOACH_SHOTS"]) / "e2e-break.png")

        # From the keyboard: activate the window; Enter accepts the first-run safety note,
        # Enter again is Done, and Esc closes the "how did that feel?" question.
        desktop.run("xdotool", "windowactivate", "--sync", window, "key", "Return")
        desktop.run("xdotool", "key", "--window", window, "Return")
        wait_for(lambda: app.status()["today"]["completed"] == 1, 15, "the break to complete")
        assert desktop.visible_window(BREAK_TITLE) == window  # asking how it felt
        desktop.run("xdotool", "key", "--window", window, "Escape")
        wait_for(lambda: desktop.visible_window(BREAK_TITLE) is None, 15, "the window to close")
    finally:
        holder.kill()
        holder.wait()

    app.cli("skip-next")
    today = app.status()["today"]
    assert (today["completed"], today["skipped"]) == (1, 1)

    second = app.cli("run", check=False)
    assert second.returncode == 0
    assert "already running" in second.stdout

    app.quit()
    assert "not running" in app.cli("status", check=False).stderr
    db = sqlite3.connect(app.profile / "data" / "history.sqlite3")
    rows = db.execute("SELECT outcome, started IS NOT NULL FROM breaks ORDER BY id").fetchall()
    db.close()
    assert rows == [("completed", 1), ("skipped", 0)]

    app.start(scale=60)
    today = app.status()["today"]
    assert (today["completed"], today["skipped"]) == (1, 1)
    assert app.status()["skips_left"] == 2
    app.quit()


def test_config_set_is_refused_with_a_reason(app: App) -> None:
    refused = app.cli("config", "set", "work_minutes", "500", check=False)
    assert refused.returncode == 2
    assert "'work_minutes' is 500, allowed: 5-120 minutes" in refused.stderr
    app.start()
    assert app.cli("config", "set", "work_minutes", "30").returncode == 0
    assert 0 < app.status()["seconds_left"] <= 30 * 60
    shown = json.loads(app.cli("config", "show", "--json").stdout)
    assert shown["work_minutes"]["value"] == 30
    assert shown["work_minutes"]["source"].startswith("user")
    assert shown["break_seconds"]["source"] == "default"
    app.quit()


def test_commands_say_plainly_when_the_app_is_not_running(app: App) -> None:
    done = app.cli("break-now", check=False)
    assert done.returncode == 1
    assert "DeskCoach is not running" in done.stderr


def test_without_a_system_tray_a_small_window_offers_the_controls(tmp_path: Path) -> None:
    desk = start_desktop(tmp_path / "home", with_tray=False)
    app = App(desk, tmp_path / "profile")
    try:
        with (tmp_path / "out.log").open("ab") as log:
            app.proc = subprocess.Popen(
                [sys.executable, "-m", "deskcoach", "--profile", str(app.profile)],
                env=desk.env, stdout=log, stderr=log)
        window = wait_for(lambda: desk.visible_window("^DeskCoach$"), 30, "the small window")
        assert app.status()["state"] == "working"
        log_text = (app.profile / "logs" / "deskcoach.log").read_text()
        assert "no system tray" in log_text
        desk.run("xdotool", "windowactivate", window)
        wait_for(lambda: desk.focused() == window, 15, "the window to take the focus")
        desk.run("xdotool", "key", "alt+b")  # "Take a break now"
        wait_for(lambda: app.status()["state"] == "on_break", 15, "a break from the window")
        app.quit()
    finally:
        app.kill()
        desk.stop()


def test_quit_during_a_break_exits(app: App) -> None:
    app.cli("config", "set", "idle_minutes", "30")
    app.start()
    app.cli("break-now")
    wait_for(lambda: app.desk.visible_window(BREAK_TITLE), 20, "the break window")
    app.quit()  # asserts the process exits with status 0


def test_a_policy_file_locks_a_value(desktop: Desktop, tmp_path: Path) -> None:
    """/etc/deskcoach/policy.json (laid over /etc in a private mount namespace) locks strict
    mode in the running app; the variable that once moved the policy is ignored."""
    policy = json.dumps({"version": 1, "mandatory": {"strict_mode": True, "limits": {
        "work_minutes": {"max": 45}}}})
    (tmp_path / "mine").mkdir()
    desktop.env["DESKCOACH_POLICY_ROOT"] = str(tmp_path / "mine")  # empty: must not count
    with contextlib.ExitStack() as stack:
        prefix = stack.enter_context(private_etc({"deskcoach/policy.json": policy}, tmp_path))
        app = App(desktop, tmp_path / "profile", prefix)
        stack.callback(app.kill)
        app.start()
        refused = app.cli("config", "set", "strict_mode", "false", check=False)
        assert refused.returncode == 2
        assert "set by your organisation" in refused.stderr
        assert app.cli("skip-next", check=False).returncode == 2  # strict: no skipping
        shown = json.loads(app.cli("config", "show", "--json").stdout)
        assert shown["strict_mode"] == {"value": True, "source": "policy (mandatory)",
                                        "allowed": "true or false", "locked": True}
        app.quit()


def test_open_progress_shows_the_dashboard_and_then_its_charts(app: App) -> None:
    app.start()
    assert app.cli("open", "progress").stdout.strip() == "opening progress"
    wait_for(lambda: app.desk.visible_window("^DeskCoach - progress$"), 30, "the dashboard")
    log = app.profile / "logs" / "deskcoach.log"
    wait_for(lambda: "progress charts drawn" in log.read_text(), 30, "the charts")
    # The charts are drawn in a process of the app's own; numpy is mapped there, not in the
    # app, and goes when the window closes.
    assert app.proc is not None
    children = _children(app.proc.pid)
    assert len(children) == 1
    window = children[0]
    assert b"progress-window" in Path(f"/proc/{window}/cmdline").read_bytes()
    assert "numpy" in Path(f"/proc/{window}/maps").read_text()
    assert "numpy" not in Path(f"/proc/{app.proc.pid}/maps").read_text()
    again = app.cli("open", "progress").stdout.strip()  # while open: raised, not a second one
    assert again == "opening progress"
    wait_for(lambda: log.read_text().count("progress window asked") == 2, 10, "the request")
    assert _children(app.proc.pid) == [window]
    shown = app.desk.visible_window("^DeskCoach - progress$")
    assert shown is not None
    app.desk.run("xdotool", "windowactivate", "--sync", shown)
    app.desk.run("xdotool", "key", "--clearmodifiers", "alt+F4")
    wait_for(lambda: not _children(app.proc.pid if app.proc else 0), 15, "the window's end")
    assert app.desk.visible_window("^DeskCoach - progress$") is None
    assert app.status()["state"]  # the app itself runs on
    refused = app.cli("open", "nothing", check=False)
    assert refused.returncode == 2  # argparse: not one of the windows
    app.quit()


def _children(pid: int) -> list[int]:
    """The live (not zombie) child processes of `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found
