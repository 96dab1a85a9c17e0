"""The command line, run as a real process on a temporary profile."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deskcoach.core.exercises import GENERAL_CAUTION
from deskcoach.store.catalogue import load_catalogue
from tests.fresh_python import fresh_python


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
    assert f"Caution: {GENERAL_CAUTION}" in shown.stdout
    assert "goes numb, spreads into an arm or leg" in GENERAL_CAUTION
    as_json = json.loads(cli(tmp_path, "exercises", "show", first.id, "--format", "json").stdout)
    assert as_json["steps"][0]["text"] == first.steps[0].text
    missing = cli(tmp_path, "exercises", "show", "no-such-move")
    assert missing.returncode == 2
    assert "no exercise 'no-such-move'" in missing.stderr
    eyes = cli(tmp_path, "exercises", "show", "eye-rest-20-20-20").stdout
    assert "Sources:\n  - Talens-Estarelles et al., Contact Lens and Anterior Eye, 2023 " \
           "(20-20-20 breaks eased eye strain and dry-eye symptoms)\n" in eyes  # one a line
    assert "Why this dose: At least 20 s looking 6 m (20 feet) away" in eyes


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


# ---- what a person expects from the command line (issue 14) ----

def test_output_cut_short_by_the_reader_ends_quietly(tmp_path: Path) -> None:
    """`deskcoach exercises | head -1`: the reader goes away; no BrokenPipeError traceback."""
    for args in (("exercises",), ("exercises", "--format", "json"),
                 ("exercises", "show", "chin-tuck")):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the first line is written
        with os.fdopen(write, "wb") as out:
            done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                                   str(tmp_path), *args], stdout=out, stderr=subprocess.PIPE,
                                  text=True, timeout=60, check=False)
        assert "Traceback" not in done.stderr, done.stderr
        assert done.stderr == ""
        assert done.returncode == 1


def test_exercises_show_honours_format_json_given_before_show(tmp_path: Path) -> None:
    for args in (("exercises", "--format", "json", "show", "chin-tuck"),
                 ("exercises", "show", "chin-tuck", "--format", "json")):
        done = cli(tmp_path, *args)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["id"] == "chin-tuck"
    text = cli(tmp_path, "exercises", "show", "chin-tuck")
    assert text.stdout.startswith("Chin tucks (chin-tuck)\n")


@pytest.mark.parametrize("length", ["-5m", "-1h30m"])
def test_a_negative_pause_is_refused_in_one_line(tmp_path: Path, length: str) -> None:
    for args in (("pause", length), ("pause", length, "--profile", str(tmp_path))):
        done = cli(tmp_path, *args)
        assert done.returncode == 2
        assert done.stderr.strip() == (f"Refused: a pause cannot be negative ({length!r}): "
                                       "use e.g. 30m, 1h, 1h30m or tomorrow")


def test_a_pause_length_that_cannot_be_read_is_refused_without_the_app(tmp_path: Path) -> None:
    done = cli(tmp_path, "pause", "soon")
    assert done.returncode == 2
    assert done.stderr.strip() == ("Refused: cannot read pause length 'soon': use e.g. 30m, "
                                   "1h, 1h30m or tomorrow")


def test_avoid_exercises_refuses_an_unknown_exercise(tmp_path: Path) -> None:
    done = cli(tmp_path, "config", "set", "avoid_exercises", "chin-tuck, nosuch")
    assert done.returncode == 2
    assert done.stderr.strip() == ("Refused: 'avoid_exercises' names no exercise 'nosuch' "
                                   "(`deskcoach exercises` lists them)")
    assert not (tmp_path / "config" / "settings.toml").exists()
    assert cli(tmp_path, "config", "set", "avoid_exercises", "chin-tuck").returncode == 0


def test_paused_until_is_a_local_clock_time() -> None:
    code = ("from datetime import datetime\n"
            "from deskcoach.cli.remote import _describe, local_time\n"
            "print(_describe({'state': 'paused', 'paused_until': '2026-12-02T09:51:50+00:00'}))\n"
            "now = datetime.fromisoformat('2026-12-02T12:00:00+01:00')\n"
            "print(local_time('2026-12-03T03:00:00+00:00', now))\n"
            "print(_describe({'state': 'working', 'seconds_left': 60,"
            " 'next_break_at': '2026-12-02T09:51:50+00:00'}))\n")
    lines = fresh_python(code, TZ="Europe/Berlin").splitlines()
    assert lines[0] in ("Paused until 10:51.", "Paused until Wed 2 Dec 10:51.")
    assert lines[1] == "Thu 3 Dec 04:00"
    assert lines[2].startswith("Working: next break at ")
    assert "10:51 (in 60 s)." in lines[2]


def test_status_while_away_says_the_timer_is_stopped() -> None:
    code = ("from deskcoach.cli.remote import _describe\n"
            "for reason in ('idle', 'locked'):\n"
            "    print(_describe({'state': 'working', 'seconds_left': 1460, 'reason': reason,"
            " 'next_break_at': '2026-12-02T09:51:50+00:00'}))\n")
    assert fresh_python(code).splitlines() == [
        "Work timer stopped (you are away) with 24:20 to the next break.",
        "Work timer stopped (the screen is locked) with 24:20 to the next break."]


def test_start_at_login_is_what_the_login_entry_does_and_carries_the_profile(
        tmp_path: Path) -> None:
    from deskcoach.platform.autostart import DESKTOP_FILE, exec_split, read_desktop_entry

    profile = tmp_path / "portable profile"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile),
                               *args], capture_output=True, text=True, timeout=60,
                              check=False, env=env)

    shown = json.loads(run("config", "show", "--json").stdout)["start_at_login"]
    assert shown["value"] is False  # the setting's default is true, but nothing starts it
    assert shown["source"] == "default; no login entry starts DeskCoach"
    assert re.search(r"^start_at_login +false +default; no login entry",
                     run("config", "show").stdout, re.MULTILINE)

    done = run("config", "set", "start_at_login", "true")
    assert done.returncode == 0, done.stderr
    entry = read_desktop_entry(tmp_path / "config" / "autostart" / DESKTOP_FILE)
    assert entry is not None
    assert exec_split(entry["Exec"]) == [sys.executable, "-m", "deskcoach",
                                         "--profile", str(profile)]
    shown = json.loads(run("config", "show", "--json").stdout)["start_at_login"]
    assert shown["value"] is True
    assert shown["source"].startswith("user (")

    assert run("config", "set", "start_at_login", "false").returncode == 0
    assert json.loads(run("config", "show", "--json").stdout)["start_at_login"]["value"] is False


def test_safety_prints_when_to_get_help_in_three_tiers(tmp_path: Path) -> None:
    shown = cli(tmp_path, "safety")
    assert shown.returncode == 0
    text = shown.stdout
    emergency = text.index("GET EMERGENCY CARE NOW")
    soon = text.index("SEE A DOCTOR OR PHYSIOTHERAPIST SOON")
    stop = text.index("STOP THIS EXERCISE")
    assert emergency < soon < stop
    assert emergency < text.index("bladder or bowels") < soon  # an emergency, not "soon"
    assert soon < text.index("below the knee") < stop
    assert "NHS" in text


@pytest.mark.parametrize("words", [
    [], ["run"], ["--profile", "/p", "run", "--time-scale", "2"], ["--lang=de", "run"],
    ["run", "--lang", "system", "--profile=/q"], ["--time-scale", "0.5"]])
def test_the_apps_quick_parser_reads_what_the_whole_parser_reads(words: list[str]) -> None:
    from deskcoach.__main__ import _parse, build_parser

    quick, whole = _parse(words, app=True), build_parser().parse_args(words)
    assert vars(quick) | {"command": quick.command or "run"} == \
        vars(whole) | {"command": whole.command or "run"}


@pytest.mark.parametrize(("words", "code", "said"), [
    (["-h"], 0, "skip-next     skip the break"), (["--version"], 0, "deskcoach 0."),
    (["run", "--bogus"], 2, "unrecognized arguments: --bogus"),
    (["--lang", "zz"], 2, "invalid choice: 'zz'"), (["run", "run"], 2, "unrecognized"),
    (["--time-scale", "0"], 2, "above 0 and at most 100000")])
def test_help_version_and_mistakes_on_the_apps_line_get_the_whole_parsers_answer(
        words: list[str], code: int, said: str, capsys: pytest.CaptureFixture[str]) -> None:
    from deskcoach.__main__ import _parse

    with pytest.raises(SystemExit) as ended:
        _parse(words, app=True)
    out, err = capsys.readouterr()
    assert ended.value.code == code
    assert said in out + err
    assert "COMMAND" in out + err or words == ["--version"]
