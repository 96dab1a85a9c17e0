"""The Debian package for real: packaging/build-deb.sh builds it (lintian must pass), apt
installs it silently over a policy the administrator wrote first, the installed
/usr/bin/deskcoach runs under Xvfb, openbox and trayer, that policy locks a setting, removing
leaves an autostart entry that starts nothing, and purging removes the rest (never the
administrator's policy).

Needs root on Debian (or a derivative): it installs and purges the `deskcoach` package. CI runs
as root on Debian 12. The module's tests share one build and one installation, in file order.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcoach import __version__
from deskcoach.platform.autostart import (
    DESKTOP_FILE,
    autostart_enabled,
    read_desktop_entry,
    set_autostart,
)
from tests.e2e.desktop import missing_tools, start_desktop, wait_for

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
BINARY = Path("/usr/bin/deskcoach")
LIBDIR = Path("/usr/lib/deskcoach")
POLICY = Path("/etc/deskcoach/policy.json")
AUTOSTART = Path("/etc/xdg/autostart") / DESKTOP_FILE
EXAMPLE = Path("/usr/share/doc/deskcoach/example-policy.json")
#: What configuration management writes before the package arrives.
PRESEEDED = {"version": 1, "mandatory": {"strict_mode": True}}
#: What scripts/bootstrap.sh --test installs for the build (the test never runs apt for it).
BUILD_TOOLS = {"dpkg-deb": "dpkg", "dpkg-shlibdeps": "dpkg-dev", "strip": "binutils",
               "readelf": "binutils", "lintian": "lintian",
               "desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}
APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
APT = ("apt-get", "-o", "DPkg::Lock::Timeout=600")  # another apt on the machine: wait


def why_not_here() -> str | None:
    if not sys.platform.startswith("linux") or not Path("/etc/debian_version").exists():
        return "building and installing a .deb needs Debian or a derivative"
    if not (shutil.which("dpkg") and shutil.which("apt-get")):
        return "building and installing a .deb needs dpkg and apt-get"
    if os.geteuid() != 0:
        return "installing the .deb needs root (CI runs as root)"
    return None


def run(*args: str, timeout: float = 120, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout,
                          env=env if env is not None else APT_ENV, cwd=cwd, check=False)


def package_status() -> str:
    """dpkg's status of the package: "installed", "config-files", "half-configured", ...
    or "" when dpkg knows nothing of it."""
    done = run("dpkg-query", "-W", "-f=${db:Status-Status}", "deskcoach")
    return done.stdout.strip() if done.returncode == 0 else ""


def is_installed() -> bool:
    return package_status() == "installed"


def purge() -> subprocess.CompletedProcess[str]:
    return run(*APT, "purge", "-y", "-q", "deskcoach", timeout=900)


@pytest.fixture(scope="module")
def build() -> tuple[Path, str]:
    """packaging/build-deb.sh from this checkout, once: the .deb and the script's output."""
    reason = why_not_here()
    if reason:
        pytest.skip(reason)
    missing = sorted({pkg for tool, pkg in BUILD_TOOLS.items() if not shutil.which(tool)})
    if missing:
        pytest.fail(f"building the .deb needs {', '.join(missing)}: "
                    "run scripts/bootstrap.sh --test")
    started = time.monotonic()
    done = subprocess.run(["bash", "packaging/build-deb.sh"], cwd=ROOT, env=APT_ENV,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=900, check=False)
    output = done.stdout
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "build-deb.log").write_text(output, encoding="utf-8")
    assert done.returncode == 0, f"build-deb.sh exited {done.returncode}:\n{output[-6000:]}"
    debs = sorted((ROOT / "dist").glob("deskcoach_*.deb"))
    assert [d.name for d in debs] == [f"deskcoach_{__version__}_amd64.deb"], debs
    # The script's output, with the size and the time taken, stays in build/build-deb.log.
    assert time.monotonic() - started < 600, "the build should take a few minutes at most"
    return debs[0], output


@pytest.fixture(scope="module")
def installed(build: tuple[Path, str]) -> Iterator[Path]:
    """The package installed with apt, silently, over a policy written before it as
    configuration management does (and purged afterwards, whatever happened)."""
    deb, _output = build
    if package_status():  # left by an interrupted run: start from nothing
        assert purge().returncode == 0
    folder_before = POLICY.parent.exists()
    policy_before = POLICY.read_bytes() if POLICY.exists() else None
    POLICY.parent.mkdir(parents=True, exist_ok=True)
    POLICY.write_text(json.dumps(PRESEEDED) + "\n", encoding="utf-8")
    try:
        command = (*APT, "install", "-y", "-q", "--no-install-recommends", f"./{deb.name}")
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=600, env=APT_ENV, cwd=deb.parent, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert package_status() == "installed"
        yield BINARY
    finally:
        if package_status():
            purge()
        if policy_before is not None:
            POLICY.write_bytes(policy_before)
        else:
            POLICY.unlink(missing_ok=True)
        if not folder_before:
            shutil.rmtree(POLICY.parent, ignore_errors=True)


def test_the_build_is_lintian_clean_and_complete(build: tuple[Path, str]) -> None:
    deb, output = build
    assert "lintian: no errors or warnings" in output
    assert re.search(r"built dist/deskcoach_\S+\.deb: \d+ MiB", output)

    fields = run("dpkg-deb", "--field", str(deb)).stdout
    assert f"Version: {__version__}" in fields
    depends = re.search(r"^Depends: (.*)$", fields, re.MULTILINE)
    assert depends is not None
    for library in ("libc6", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1",
                    "libfontconfig1", "libdbus-1-3", "libxss1", "libxcb-icccm4"):
        assert re.search(rf"(^|, ){re.escape(library)}( |,|$)", depends.group(1)), library
    conffiles = run("dpkg-deb", "--info", str(deb), "conffiles").stdout.split()
    assert conffiles == [str(AUTOSTART)]  # never the administrator's policy.json
    listing = run("dpkg-deb", "--contents", str(deb)).stdout
    for path in ("./usr/lib/deskcoach/deskcoach", "./usr/bin/deskcoach -> ../lib/deskcoach/",
                 "./usr/share/applications/io.github.deskcoach.DeskCoach.desktop",
                 "./usr/share/metainfo/io.github.deskcoach.DeskCoach.metainfo.xml",
                 "./usr/share/icons/hicolor/scalable/apps/io.github.deskcoach.DeskCoach.svg",
                 "./usr/share/icons/hicolor/48x48/apps/io.github.deskcoach.DeskCoach.png",
                 "./usr/share/icons/hicolor/256x256/apps/io.github.deskcoach.DeskCoach.png",
                 f"./etc/xdg/autostart/{DESKTOP_FILE}", f".{EXAMPLE}",
                 "./usr/share/doc/deskcoach/policy.schema.json",
                 "./usr/share/doc/deskcoach/copyright", "./usr/share/man/man1/deskcoach.1.gz"):
        assert path in listing, path
    assert "./etc/deskcoach" not in listing
    assert " root/root " in listing
    assert "/home/" not in listing


def test_the_installed_command_reports_its_version(installed: Path) -> None:
    assert os.path.realpath(installed) == str(LIBDIR / "deskcoach")
    done = run(str(installed), "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"deskcoach {__version__}"
    conffiles = run("dpkg-query", "-W", "-f=${Conffiles}", "deskcoach").stdout
    assert str(POLICY) not in conffiles
    assert str(AUTOSTART) in conffiles
    # The administrator's policy, written first, is as they wrote it; dpkg never asked.
    assert json.loads(POLICY.read_text(encoding="utf-8")) == PRESEEDED
    assert str(POLICY) not in run("dpkg", "-S", str(POLICY)).stdout
    checked = run(str(installed), "policy", "validate", str(EXAMPLE))
    assert checked.returncode == 0, checked.stderr


def test_the_installed_app_puts_its_icon_in_the_tray(installed: Path, tmp_path: Path) -> None:
    missing = missing_tools()
    if missing:
        pytest.fail(f"end-to-end tests need {', '.join(missing)}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path / "home")
    profile = tmp_path / "profile"
    log = tmp_path / "app-output.log"
    proc: subprocess.Popen[bytes] | None = None
    try:
        with log.open("wb") as out:
            proc = subprocess.Popen([str(installed), "--profile", str(profile)], env=desk.env,
                                    stdout=out, stderr=out)
        try:
            wait_for(lambda: proc is not None and (proc.poll() is not None
                                                   or desk.tray_holds("DeskCoach")),
                     45, "the installed DeskCoach's tray icon")
        except AssertionError:
            desk.screenshot(tmp_path / "no-tray.png")
            raise
        assert proc.poll() is None, log.read_text(errors="replace")
        status = run(str(installed), "--profile", str(profile), "status", "--json",
                     env=desk.env, timeout=60)
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["state"] == "working"
        quit_ = run(str(installed), "--profile", str(profile), "quit", env=desk.env, timeout=60)
        assert quit_.returncode == 0, quit_.stderr
        assert proc.wait(timeout=30) == 0, log.read_text(errors="replace")
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        desk.stop()


def test_the_system_autostart_entry_can_be_turned_off_per_user(installed: Path,
                                                             tmp_path: Path) -> None:
    config_home = tmp_path / "config"
    assert AUTOSTART.exists()
    assert autostart_enabled(config_home=config_home, config_dirs=[Path("/etc/xdg")])
    set_autostart(False, config_home=config_home, exec_path=str(installed))
    assert not autostart_enabled(config_home=config_home, config_dirs=[Path("/etc/xdg")])
    assert AUTOSTART.exists()


def test_the_preseeded_policy_locks_a_setting(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DESKCOACH_POLICY_ROOT"}
    profile = str(tmp_path / "profile")
    done = run(str(installed), "--profile", profile, "config", "show", "--json", env=env)
    assert done.returncode == 0, done.stderr
    strict = json.loads(done.stdout)["strict_mode"]
    assert strict["locked"] is True, strict
    assert strict["value"] is True, strict
    refused = run(str(installed), "--profile", profile, "config", "set", "strict_mode",
                  "false", env=env)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    verify = run("dpkg", "--verify", "deskcoach")
    assert verify.stdout == "", verify.stdout


def test_removing_leaves_an_autostart_entry_that_starts_nothing(installed: Path,
                                                                tmp_path: Path) -> None:
    """`apt remove` keeps conffiles: the autostart entry stays until a purge, and its TryExec
    (the program, now gone) makes every desktop skip it; DeskCoach's own reading agrees."""
    user_entry = tmp_path / "config"
    set_autostart(True, config_home=user_entry, exec_path=str(LIBDIR / "deskcoach"))
    done = run(*APT, "remove", "-y", "-q", "deskcoach", timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert package_status() == "config-files"
    assert not os.path.lexists(BINARY)
    assert not os.path.lexists(LIBDIR)
    keys = read_desktop_entry(AUTOSTART)
    assert keys is not None
    assert keys["TryExec"] == str(BINARY)
    assert not autostart_enabled(config_home=tmp_path / "nothing", config_dirs=[Path("/etc/xdg")])
    # A user's own entry, written by the app, names the program too and starts nothing.
    assert not autostart_enabled(config_home=user_entry, config_dirs=[Path("/etc/xdg")])
    assert json.loads(POLICY.read_text(encoding="utf-8")) == PRESEEDED


def test_purging_removes_everything_but_the_administrators_policy(installed: Path) -> None:
    done = purge()
    assert done.returncode == 0, done.stdout + done.stderr
    assert package_status() in ("", "not-installed")
    for path in (LIBDIR, BINARY, AUTOSTART, EXAMPLE.parent,
                 Path("/usr/share/applications/io.github.deskcoach.DeskCoach.desktop")):
        assert not os.path.lexists(path), path
    # Not the package's to delete (see packaging/ADMIN.md): the fixture removes it.
    assert json.loads(POLICY.read_text(encoding="utf-8")) == PRESEEDED


def test_the_admin_guide_says_what_remove_and_purge_leave() -> None:
    """Runs anywhere (no build): the promise the package tests above keep, in words."""
    text = (ROOT / "packaging" / "ADMIN.md").read_text(encoding="utf-8")
    linux = text.split("## Linux (Debian, Ubuntu)")[1].split("\n## ")[0]
    for needle in ("apt-get install -y ./deskcoach_", "</dev/null",
                   "TryExec=/usr/bin/deskcoach", "never owns", "`~/.config/DeskCoach/`",
                   "`~/.local/share/DeskCoach/`", "`~/.local/state/DeskCoach/log/`",
                   "/usr/share/doc/deskcoach/example-policy.json"):
        assert needle in linux, needle
    assert "force-confold" not in linux  # nothing left to ask about
