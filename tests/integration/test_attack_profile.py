"""A profile no one else can plant files in: attacked from a second real account."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tests.attack import Attacker

BAD_SETTINGS = b"schema_version = 1\nwork_minutes = 'not a number'\n"


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_profile_another_user_made_is_refused_and_no_planted_link_is_followed(
        attacker: Attacker, tmp_path: Path) -> None:
    """The attacker makes a shared profile with a bad settings file and, for every second of
    the next two minutes, a dangling link where its backup would go, pointing at a file of
    the victim's (an autostart entry). A read-only `config show` must not create it."""
    shared = attacker.shared_folder()
    target = tmp_path / "home" / ".config" / "autostart" / "evil.desktop"
    target.parent.mkdir(parents=True)
    now = datetime.now()
    names = [f"settings.toml.bad-{now + timedelta(seconds=s):%Y%m%dT%H%M%S}"
             for s in range(-5, 120)]
    attacker.python(
        "import os, sys\n"
        f"root = {str(shared)!r}\n"
        "os.makedirs(root + '/config', mode=0o777)\n"
        "os.chmod(root + '/config', 0o777)\n"
        f"open(root + '/config/settings.toml', 'wb').write({BAD_SETTINGS!r})\n"
        f"for name in {names!r}:\n"
        f"    os.symlink({str(target)!r}, root + '/config/' + name)\n")
    for command in (("config", "show"), ("config", "set", "sound", "false"), ("stats",),
                    ("export", str(tmp_path / "out.json")), ("status",)):
        done = cli(shared, *command)
        assert done.returncode == 1, f"{command}: {done.stdout}{done.stderr}"
        assert f"{shared} belongs to {attacker.name}" in done.stderr, done.stderr
    assert not target.exists()
    assert not (tmp_path / "out.json").exists()
    assert sorted(p.name for p in (shared / "config").iterdir()) == sorted(
        ["settings.toml", *names])  # nothing written there either


def test_a_folder_inside_the_profile_owned_by_another_user_is_refused(
        attacker: Attacker, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o755)
    (profile / "data").mkdir()
    os.chown(profile / "data", attacker.uid, attacker.gid)
    done = cli(profile, "stats")
    assert done.returncode == 1
    assert f"{profile / 'data'} belongs to {attacker.name}" in done.stderr


def test_a_profile_others_can_write_to_is_refused_until_it_is_made_private(
        attacker: Attacker) -> None:
    profile = attacker.public_folder() / "profile"
    (profile / "config").mkdir(parents=True)
    profile.chmod(0o755)
    (profile / "config").chmod(0o777)
    planted = attacker.run("touch", str(profile / "config" / "planted"), check=False)
    assert planted.returncode == 0  # the hole is real: others can plant files there
    done = cli(profile, "config", "show")
    assert done.returncode == 1
    assert "can be written by other users" in done.stderr
    assert f"chmod go-w {profile / 'config'}" in done.stderr
    (profile / "config").chmod(0o700)
    assert cli(profile, "config", "show").returncode == 0


def test_a_link_to_another_users_folder_is_refused(attacker: Attacker,
                                                   tmp_path: Path) -> None:
    shared = attacker.shared_folder()
    attacker.run("chmod", "0700", str(shared))
    link = tmp_path / "profile"
    link.symlink_to(shared)
    done = cli(link, "config", "show")
    assert done.returncode == 1
    assert f"{shared} belongs to {attacker.name}" in done.stderr


def test_a_profile_below_a_folder_others_can_swap_is_refused(attacker: Attacker) -> None:
    shared = attacker.shared_folder()
    attacker.run("chmod", "0777", str(shared))
    profile = shared / "mine"
    profile.mkdir(mode=0o700)  # the victim's own, but the attacker can rename it away
    done = cli(profile, "config", "show")
    assert done.returncode == 1
    assert f"{shared}, above {profile}, belongs to {attacker.name}" in done.stderr


def test_a_bad_settings_file_gets_one_backup_across_cli_runs(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    (profile / "config").mkdir(parents=True)
    bad = BAD_SETTINGS + b"# " + b"x" * (10 * 1024 * 1024) + b"\n"  # 10 MB
    (profile / "config" / "settings.toml").write_bytes(bad)
    for command in (("config", "show"), ("config", "show", "--json"), ("stats",),
                    ("export", str(tmp_path / "out.json"))):
        assert cli(profile, *command).returncode == 0, command
    backups = sorted((profile / "config").glob("settings.toml.bad-*"))
    assert len(backups) == 1, backups
    assert backups[0].read_bytes() == bad
