"""Start at login: XDG autostart for real in a temporary XDG_CONFIG_HOME (and a temporary
system folder standing in for /etc/xdg), the Windows registry through a fake, macOS
LaunchAgents as real property lists in tmp_path."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deskcoach.platform.autostart import (
    APP_ID,
    APPROVED_KEY,
    APPROVED_ON,
    DESKTOP_FILE,
    PLIST_FILE,
    REG_BINARY,
    REG_SZ,
    RUN_KEY,
    RUN_VALUE,
    WindowsRegistry,
    approved_off,
    autostart_enabled,
    default_command,
    exec_quote,
    exec_split,
    read_desktop_entry,
    set_autostart,
    windows_command_line,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGED_ENTRY = ROOT / "packaging" / "linux" / f"{APP_ID}-autostart.desktop"


def validate(path: Path) -> None:
    """desktop-file-validate, where it is installed (packaging/build-deb.sh installs it)."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout + done.stderr


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def system_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for /etc/xdg, empty unless a test puts the package's entry there."""
    folder = tmp_path / "etc-xdg"
    (folder / "autostart").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'nothing-here'}:{folder}")
    return folder


def install_system_entry(system_dir: Path, program: str = sys.executable) -> Path:
    """The package's entry, its TryExec=/usr/bin/deskcoach pointed at `program` (a stand-in
    for the installed program: by the spec, an entry whose TryExec is missing starts nothing)."""
    target = system_dir / "autostart" / DESKTOP_FILE
    text = PACKAGED_ENTRY.read_text(encoding="utf-8")
    assert "\nTryExec=/usr/bin/deskcoach\n" in text
    target.write_text(text.replace("TryExec=/usr/bin/deskcoach", f"TryExec={program}"),
                      encoding="utf-8")
    return target


@pytest.fixture
def program(tmp_path: Path) -> str:
    """An executable standing in for /usr/bin/deskcoach."""
    path = tmp_path / "bin" / "deskcoach"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path)


# ---- Linux ----

def test_enabling_writes_a_valid_entry_that_runs_deskcoach(config_home: Path,
                                                         system_dir: Path,
                                                         program: str) -> None:
    assert not autostart_enabled()
    path = set_autostart(True, exec_path=program)

    assert path == config_home / "autostart" / DESKTOP_FILE
    keys = read_desktop_entry(path)
    assert keys is not None
    assert keys["Type"] == "Application"
    assert keys["Name"] == "DeskCoach"
    assert exec_split(keys["Exec"]) == [program]
    assert keys["TryExec"] == program
    assert keys["Icon"] == APP_ID
    assert "Hidden" not in keys
    assert autostart_enabled()
    assert path.stat().st_mode & 0o777 == 0o644
    validate(path)


def test_the_entry_runs_this_python_or_the_frozen_executable(
        config_home: Path, system_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = read_desktop_entry(set_autostart(True))
    assert keys is not None
    assert exec_split(keys["Exec"]) == [sys.executable, "-m", "deskcoach"]

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/usr/lib/deskcoach/deskcoach")
    assert default_command() == ["/usr/lib/deskcoach/deskcoach"]
    keys = read_desktop_entry(set_autostart(True))
    assert keys is not None
    assert keys["Exec"] == "/usr/lib/deskcoach/deskcoach"


def test_the_command_really_starts_deskcoach(config_home: Path, system_dir: Path) -> None:
    keys = read_desktop_entry(set_autostart(True))
    assert keys is not None
    command = exec_split(keys["Exec"])
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("deskcoach ")


def test_disabling_writes_hidden_true_which_overrides_the_system_entry(
        config_home: Path, system_dir: Path, program: str) -> None:
    system = install_system_entry(system_dir)
    before = system.read_bytes()
    validate(system)
    assert autostart_enabled(), "the package's system entry starts DeskCoach for everyone"

    path = set_autostart(False, exec_path=program)

    assert path.name == system.name, "only a user file of the same name overrides it"
    keys = read_desktop_entry(path)
    assert keys is not None
    assert keys["Hidden"] == "true"
    assert keys["X-GNOME-Autostart-enabled"] == "false"
    assert not autostart_enabled()
    assert system.read_bytes() == before, "the system entry is never touched"
    validate(path)

    set_autostart(True, exec_path=program)
    keys = read_desktop_entry(path)
    assert keys is not None
    assert "Hidden" not in keys
    assert autostart_enabled()


def test_disabling_with_no_system_entry_still_leaves_a_hidden_user_file(
        config_home: Path, system_dir: Path) -> None:
    path = set_autostart(False)
    assert path.exists()
    assert not autostart_enabled()
    # A system entry installed later (the package) stays off for this user.
    install_system_entry(system_dir)
    assert not autostart_enabled()


def test_the_first_system_folder_with_an_entry_decides(config_home: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        (folder / "autostart").mkdir(parents=True)
    install_system_entry(second)
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{second}")
    assert autostart_enabled()
    (first / "autostart" / DESKTOP_FILE).write_text(
        "[Desktop Entry]\nType=Application\nName=DeskCoach\nExec=deskcoach\nHidden=true\n",
        encoding="utf-8")
    assert not autostart_enabled()
    assert autostart_enabled(config_dirs=[second])


def test_an_entry_whose_program_is_gone_starts_nothing(config_home: Path, system_dir: Path,
                                                      program: str) -> None:
    """`apt remove` keeps /etc/xdg/autostart's entry (a conffile) but takes the program: its
    TryExec makes the desktop skip it, and DeskCoach reads it the same way."""
    packaged = read_desktop_entry(PACKAGED_ENTRY)
    assert packaged is not None
    assert packaged["TryExec"] == "/usr/bin/deskcoach"
    install_system_entry(system_dir, program)
    assert autostart_enabled()
    install_system_entry(system_dir, program + "-removed")
    assert not autostart_enabled()
    # The same for a user's own entry once its program is gone.
    set_autostart(True, exec_path=program)
    assert autostart_enabled()
    Path(program).unlink()
    assert not autostart_enabled()
    (config_home / "autostart" / DESKTOP_FILE).write_text(
        "[Desktop Entry]\nType=Application\nName=DeskCoach\nExec=sh\nTryExec=sh\n",
        encoding="utf-8")
    assert autostart_enabled()  # a bare TryExec is looked up on PATH


def test_a_system_entry_switched_off_for_gnome_counts_as_off(config_home: Path,
                                                            system_dir: Path) -> None:
    entry = install_system_entry(system_dir)
    entry.write_text(entry.read_text(encoding="utf-8").replace(
        "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"), encoding="utf-8")
    assert not autostart_enabled()


def test_a_broken_user_file_still_hides_the_system_entry(config_home: Path,
                                                         system_dir: Path) -> None:
    install_system_entry(system_dir)
    user = config_home / "autostart" / DESKTOP_FILE
    user.parent.mkdir(parents=True)
    user.write_bytes(b"\xff\xfe not a desktop entry")
    assert not autostart_enabled()
    user.write_text("[Something Else]\nExec=deskcoach\n", encoding="utf-8")
    assert not autostart_enabled()
    set_autostart(True)  # repairs it
    assert autostart_enabled()


def test_xdg_config_home_is_respected_and_a_relative_one_ignored(
        tmp_path: Path, system_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert set_autostart(True) == tmp_path / "xdg" / "autostart" / DESKTOP_FILE
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert set_autostart(True) == tmp_path / "home" / ".config" / "autostart" / DESKTOP_FILE
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert set_autostart(True) == tmp_path / "home" / ".config" / "autostart" / DESKTOP_FILE
    explicit = tmp_path / "explicit"
    assert set_autostart(False, config_home=explicit) == explicit / "autostart" / DESKTOP_FILE
    assert not autostart_enabled(config_home=explicit)
    assert autostart_enabled()


def test_rewrites_leave_no_temporary_files(config_home: Path, system_dir: Path) -> None:
    for enabled in (True, False, True, False):
        set_autostart(enabled)
    assert [p.name for p in (config_home / "autostart").iterdir()] == [DESKTOP_FILE]


@pytest.mark.parametrize("args", [
    ["/opt/Desk Coach/deskcoach"],
    ["/home/o'brien/.venv/bin/python", "-m", "deskcoach"],
    ['/tmp/a "quoted" dir/deskcoach', "--profile", "/tmp/$HOME/`x`/100%"],
    ["C:\\odd\\path\\python", "-m", "deskcoach"],
    ["/usr/bin/deskcoach", "--profile", "~/p;x&y|z(1)<2>*?#"],
])
def test_any_path_survives_the_exec_key(args: list[str], config_home: Path,
                                        system_dir: Path) -> None:
    assert exec_split(exec_quote(args)) == args
    path = set_autostart(True, exec_path=args[0])
    keys = read_desktop_entry(path)
    assert keys is not None
    assert exec_split(keys["Exec"]) == [args[0]]
    validate(path)


def test_a_path_with_a_newline_is_refused(config_home: Path) -> None:
    with pytest.raises(ValueError, match="Exec"):
        set_autostart(True, exec_path="/tmp/bad\nname")


# ---- Windows, through a fake registry ----

class FakeRegistry:
    """The registry as a dict: (hive, key, value name) -> (data, REG_* type)."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], tuple[object, int]] = {}

    def get(self, hive: str, key: str, name: str) -> tuple[object, int] | None:
        return self.values.get((hive, key, name))

    def set(self, hive: str, key: str, name: str, data: object, kind: int) -> None:
        self.values[(hive, key, name)] = (data, kind)

    def delete(self, hive: str, key: str, name: str) -> None:
        self.values.pop((hive, key, name), None)


EXE = r"C:\Program Files\DeskCoach\deskcoach.exe"


def windows(enabled: bool, registry: FakeRegistry) -> Path:
    return set_autostart(enabled, exec_path=EXE, platform="win32", registry=registry)


def test_windows_run_value_is_written_and_removed() -> None:
    registry = FakeRegistry()
    assert not autostart_enabled(platform="win32", registry=registry)

    where = windows(True, registry)
    assert "CurrentVersion\\Run" in str(where)
    assert registry.get("HKCU", RUN_KEY, RUN_VALUE) == (f'"{EXE}"', REG_SZ)
    assert autostart_enabled(platform="win32", registry=registry)

    windows(False, registry)
    assert registry.get("HKCU", RUN_KEY, RUN_VALUE) is None
    assert not autostart_enabled(platform="win32", registry=registry)


def test_windows_respects_startup_approved() -> None:
    registry = FakeRegistry()
    windows(True, registry)
    # The user turned it off in Task Manager: Windows keeps the Run value, marks it 03.
    registry.set("HKCU", APPROVED_KEY, RUN_VALUE, approved_off(1_700_000_000), REG_BINARY)
    assert not autostart_enabled(platform="win32", registry=registry)
    # ... and back on in Task Manager (02 ...), or with a later Windows that writes 06.
    registry.set("HKCU", APPROVED_KEY, RUN_VALUE, b"\x06" + bytes(11), REG_BINARY)
    assert autostart_enabled(platform="win32", registry=registry)
    registry.set("HKCU", APPROVED_KEY, RUN_VALUE, approved_off(), REG_BINARY)

    # Switching it on in DeskCoach is the user asking again: the approval follows.
    windows(True, registry)
    assert registry.get("HKCU", APPROVED_KEY, RUN_VALUE) == (APPROVED_ON, REG_BINARY)
    assert autostart_enabled(platform="win32", registry=registry)


def test_windows_disabled_stamp_is_what_task_manager_writes() -> None:
    data = approved_off(0)
    assert len(data) == 12
    assert data[:4] == b"\x03\x00\x00\x00"
    assert int.from_bytes(data[4:], "little") == 116_444_736_000_000_000  # 1970 in FILETIME


def test_windows_machine_wide_entry_is_read_not_changed() -> None:
    registry = FakeRegistry()
    registry.set("HKLM", RUN_KEY, RUN_VALUE, f'"{EXE}"', REG_SZ)  # the MSI's autostart feature
    assert autostart_enabled(platform="win32", registry=registry)
    windows(False, registry)
    assert registry.get("HKLM", RUN_KEY, RUN_VALUE) == (f'"{EXE}"', REG_SZ)
    assert autostart_enabled(platform="win32", registry=registry)
    registry.set("HKLM", APPROVED_KEY, RUN_VALUE, approved_off(), REG_BINARY)
    assert not autostart_enabled(platform="win32", registry=registry)


def test_windows_command_line_quotes_and_prefers_pythonw(tmp_path: Path) -> None:
    assert windows_command_line([EXE]) == f'"{EXE}"'
    python = tmp_path / "Python 3.11" / "python.exe"
    python.parent.mkdir()
    python.touch()
    assert windows_command_line([str(python), "-m", "deskcoach"]) == \
        f'"{python}" -m deskcoach'
    (python.parent / "pythonw.exe").touch()  # no console window at login
    assert windows_command_line([str(python), "-m", "deskcoach", "--profile", "C:\\my p"]) == \
        f'"{python.parent / "pythonw.exe"}" -m deskcoach --profile "C:\\my p"'


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry exists there")
def test_the_real_registry_is_not_touched_elsewhere() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        WindowsRegistry().get("HKCU", RUN_KEY, RUN_VALUE)
    with pytest.raises(OSError, match="only on Windows"):
        set_autostart(True, platform="win32")


# ---- macOS, LaunchAgents in tmp_path ----

def test_macos_launch_agent_is_written_and_removed(tmp_path: Path) -> None:
    home, system = tmp_path / "home", tmp_path / "Library-LaunchAgents"
    assert not autostart_enabled(platform="darwin", home=home, system_agents=system)

    path = set_autostart(True, platform="darwin", home=home,
                         exec_path="/Applications/DeskCoach.app/Contents/MacOS/DeskCoach")
    assert path == home / "Library" / "LaunchAgents" / PLIST_FILE
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == ["/Applications/DeskCoach.app/Contents/MacOS/DeskCoach"]
    assert agent["RunAtLoad"] is True
    assert agent["LimitLoadToSessionType"] == "Aqua"
    assert path.stat().st_mode & 0o777 == 0o644
    assert autostart_enabled(platform="darwin", home=home, system_agents=system)

    set_autostart(False, platform="darwin", home=home)
    assert not path.exists()
    assert not autostart_enabled(platform="darwin", home=home, system_agents=system)
    set_autostart(False, platform="darwin", home=home)  # again: nothing to remove, no error


def test_macos_reads_an_administrators_agent_and_ignores_broken_ones(tmp_path: Path) -> None:
    home, system = tmp_path / "home", tmp_path / "Library-LaunchAgents"
    system.mkdir()
    (system / PLIST_FILE).write_bytes(b"not a plist")
    assert not autostart_enabled(platform="darwin", home=home, system_agents=system)
    (system / PLIST_FILE).write_bytes(plistlib.dumps(
        {"Label": APP_ID, "ProgramArguments": ["/x"], "RunAtLoad": True, "Disabled": True}))
    assert not autostart_enabled(platform="darwin", home=home, system_agents=system)
    (system / PLIST_FILE).write_bytes(plistlib.dumps(
        {"Label": APP_ID, "ProgramArguments": ["/x"], "RunAtLoad": True}))
    assert autostart_enabled(platform="darwin", home=home, system_agents=system)


def test_nothing_here_imports_qt() -> None:
    code = ("import sys, deskcoach.platform.autostart; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr
