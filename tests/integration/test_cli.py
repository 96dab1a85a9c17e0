"""The command line, run as a real process on a temporary profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deskcoach.store.catalogue import load_catalogue


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_version() -> None:
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("deskcoach 0.")


def test_exercises_list_and_show(tmp_path: Path) -> None:
    catalogue = load_catalogue().catalogue
    listed = cli(tmp_path, "exercises", "--format", "json")
    assert listed.returncode == 0
    data = json.loads(listed.stdout)
    assert [e["id"] for e in data] == [e.id for e in catalogue]
    table = cli(tmp_path, "exercises")
    assert len(table.stdout.splitlines()) == len(catalogue)
    first = next(iter(catalogue))
    shown = cli(tmp_path, "exercises", "show", first.id)
    assert shown.returncode == 0
    assert shown.stdout.startswith(f"{first.name} ({first.id})")
    assert "Caution: Stop if it hurts, tingles or makes you dizzy." in shown.stdout
    as_json = json.loads(cli(tmp_path, "exercises", "show", first.id, "--format", "json").stdout)
    assert as_json["steps"][0]["text"] == first.steps[0].text
    missing = cli(tmp_path, "exercises", "show", "no-such-move")
    assert missing.returncode == 2
    assert "no exercise 'no-such-move'" in missing.stderr
    eyes = cli(tmp_path, "exercises", "show", "eye-rest-20-20-20").stdout
    assert "Sources:\n  - Talens-Estarelles et al., Testing the 20-20-20 rule, Contact Lens and " \
           "Anterior Eye 46(2), 2023\n" in eyes  # one full reference a line


def test_exercises_json_shows_each_steps_keyframes(tmp_path: Path) -> None:
    data = json.loads(cli(tmp_path, "exercises", "--format", "json").stdout)
    twist = next(e for e in data if e["id"] == "thoracic-rotation")
    turn = twist["steps"][1]["keyframes"]
    assert len(turn) == 2
    assert turn[1]["view"] == "three-quarter"
    assert turn[1]["inset"] is True
    assert turn[1]["arrows"] == ["chest:turn-left"]
    assert turn[1]["joints"]["thorax_turn"] == 40  # the chest turns...
    assert "pelvis_turn" not in turn[1]["joints"]  # ...over hips that face forward
    assert all(step["keyframes"] for e in data for step in e["steps"])


def test_exercises_render_writes_contact_sheets(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    sheet = tmp_path / "twist.png"
    done = cli(tmp_path, "exercises", "render", "thoracic-rotation", "-o", str(sheet))
    assert done.returncode == 0, done.stderr
    image = QImage(str(sheet))
    assert image.width() >= 480
    assert image.height() > 3 * 220  # three steps, a row of key poses each
    folder = tmp_path / "all"
    done = cli(tmp_path, "exercises", "render", "--all", "-o", str(folder))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{e.id}.png" for e in load_catalogue().catalogue)
    assert (folder / "thoracic-rotation.png").read_bytes() == sheet.read_bytes()
    refused = cli(tmp_path, "exercises", "render", "no-such-move", "-o", str(sheet))
    assert refused.returncode == 2
    both = cli(tmp_path, "exercises", "render", "hip-hinge", "--all", "-o", str(folder))
    assert both.returncode == 2
    assert "one exercise ID or --all" in both.stderr


def test_config_set_show_and_validate_without_the_app(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    assert cli(profile, "config", "set", "break_seconds", "90").returncode == 0
    assert cli(profile, "config", "set", "avoid_regions", "neck, wrists_hands").returncode == 0
    shown = json.loads(cli(profile, "config", "show", "--json").stdout)
    assert shown["break_seconds"] == {"value": 90, "source": shown["break_seconds"]["source"],
                                      "allowed": "30-600 seconds", "locked": False}
    assert shown["break_seconds"]["source"].startswith("user")
    assert shown["avoid_regions"]["value"] == ["neck", "wrists_hands"]
    assert shown["work_minutes"]["source"] == "default"
    settings_file = profile / "config" / "settings.toml"
    assert cli(profile, "config", "validate", str(settings_file)).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("schema_version = 1\nwork_minutes = 500\n")
    refused = cli(profile, "config", "validate", str(bad))
    assert refused.returncode == 2
    assert "'work_minutes' is 500, allowed: 5-120 minutes" in refused.stderr


@pytest.mark.parametrize(("args", "reason"), [
    (("work_minutes", "500"), "'work_minutes' is 500, allowed: 5-120 minutes"),
    (("strict_mode", "maybe"), "'strict_mode' must be true or false"),
    (("spine_preference", "sideways"), "allowed: any | extension | flexion"),
    (("nonsense", "1"), "unknown setting 'nonsense'"),
])
def test_config_set_refuses_with_one_line_and_status_2(tmp_path: Path, args: tuple[str, str],
                                                       reason: str) -> None:
    done = cli(tmp_path, "config", "set", *args)
    assert done.returncode == 2
    assert reason in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "config" / "settings.toml").exists()
