"""Organisation policy attacked as a user would: environment variables, a folder of their own,
an import. The policy lies in /etc, laid over the real one in a private mount namespace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.attack import private_etc

POLICY = json.dumps({"version": 1, "mandatory": {
    "strict_mode": True,
    "limits": {"work_minutes": {"max": 30}},
    "features": {"statistics_export": False}}})


class Victim:
    """The CLI of a user whose machine has an organisation policy in /etc."""

    def __init__(self, prefix: list[str], profile: Path, **env: str) -> None:
        self.prefix, self.profile = prefix, profile
        self.env = {**os.environ, **env}

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.prefix, sys.executable, "-m", "deskcoach", "--profile",
                               str(self.profile), *args], env=self.env, capture_output=True,
                              text=True, timeout=60, check=False)


@pytest.fixture
def escape_attempt(tmp_path: Path) -> Iterator[Victim]:
    """/etc/deskcoach/policy.json locks strict mode, limits work_minutes and turns exports
    off; the user points every variable that used to move the policy at a folder of their own
    that holds none."""
    empty = tmp_path / "my-own-policy"
    empty.mkdir()
    with private_etc({"deskcoach/policy.json": POLICY}, tmp_path) as prefix:
        yield Victim(prefix, tmp_path / "profile", DESKCOACH_POLICY_ROOT=str(empty),
                     XDG_CONFIG_DIRS=str(empty))


def test_a_user_cannot_move_the_policy_with_an_environment_variable(
        escape_attempt: Victim) -> None:
    user = escape_attempt
    refused = user.cli("config", "set", "strict_mode", "false")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "set by your organisation" in refused.stderr
    assert user.cli("config", "set", "work_minutes", "60").returncode == 2
    shown = json.loads(user.cli("config", "show", "--json").stdout)
    assert shown["strict_mode"]["locked"] is True
    assert shown["work_minutes"]["value"] == 30  # the default 40, limited

    export = user.cli("export", str(user.profile.parent / "out.json"))
    assert export.returncode == 2
    assert not (user.profile.parent / "out.json").exists()

    doctor = user.cli("doctor")
    assert "read from: /etc/deskcoach/policy.json" in doctor.stdout
    shown_policy = user.cli("policy", "show")
    assert "strict_mode = true" in shown_policy.stdout


def test_xdg_config_dirs_does_not_hide_the_etc_xdg_policy(tmp_path: Path) -> None:
    policy = json.dumps({"strict_mode": True})
    with private_etc({"xdg/DeskCoach/managed/lock.json": policy}, tmp_path) as prefix:
        user = Victim(prefix, tmp_path / "profile", XDG_CONFIG_DIRS="/nonexistent")
        shown = json.loads(user.cli("config", "show", "--json").stdout)
        assert shown["strict_mode"] == {"value": True, "source": "policy (mandatory)",
                                        "allowed": "true or false", "locked": True}


def test_statistics_export_off_also_refuses_csv_and_json_statistics(
        escape_attempt: Victim) -> None:
    user = escape_attempt
    for fmt in ("csv", "json"):
        done = user.cli("stats", "--format", fmt)
        assert done.returncode == 2, f"{fmt}: {done.stdout}"
        assert done.stdout == ""
        assert "turned off by your organisation" in done.stderr
    table = user.cli("stats", "--days", "1")
    assert table.returncode == 0
    assert table.stdout.startswith("day ")


def test_import_leaves_locked_and_limited_values_alone_and_says_which(
        escape_attempt: Victim, tmp_path: Path) -> None:
    user = escape_attempt
    export = tmp_path / "from-home.json"
    export.write_text(json.dumps({
        "format": "deskcoach-export", "format_version": 1,
        "settings": {"schema_version": 1, "strict_mode": False, "work_minutes": 60,
                     "sound": False}}))
    done = user.cli("import", str(export))
    assert done.returncode == 0, done.stderr
    assert "Left as your organisation set them: strict_mode, work_minutes." in done.stdout
    saved = (user.profile / "config" / "settings.toml").read_text()
    assert "sound = false" in saved  # not locked: imported
    assert "strict_mode" not in saved
    assert "work_minutes" not in saved


def test_policy_show_and_validate_try_a_folder_only_when_asked(tmp_path: Path) -> None:
    trial = tmp_path / "trial"
    (trial / "managed").mkdir(parents=True)
    (trial / "managed" / "a.json").write_text(json.dumps({"sound": False}))
    (trial / "policy.json").write_text(POLICY)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                               str(tmp_path / "profile"), *args], capture_output=True,
                              text=True, timeout=60, check=False)

    shown = cli("policy", "show", "--root", str(trial))
    assert shown.returncode == 0
    assert f"sound = false  [{trial / 'managed' / 'a.json'}]" in shown.stdout
    valid = cli("policy", "validate", "--root", str(trial))
    assert valid.returncode == 0, valid.stderr
    assert valid.stdout.splitlines() == [f"{trial / 'policy.json'}: valid",
                                         f"{trial / 'managed' / 'a.json'}: valid"]
    (trial / "recommended").mkdir()
    (trial / "recommended" / "b.json").write_text('{"work_minutes": 900}')
    invalid = cli("policy", "validate", "--root", str(trial))
    assert invalid.returncode == 2
    assert "b.json" in invalid.stderr
    assert "work_minutes" in invalid.stderr
    # the settings never read the folder tried
    shown_settings = json.loads(cli("config", "show", "--json").stdout)
    assert shown_settings["sound"]["source"] != "policy (mandatory)"
