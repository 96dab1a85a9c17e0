"""The exercise summary `deskcoach stats` reads: the catalogue's own figures, and never
used once a catalogue file differs from the ones it was written from."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from deskcoach.core.stats import Measured
from deskcoach.store.catalogue import exercises_folder, load_catalogue
from deskcoach.store.exercise_lengths import (
    SUMMARY,
    Length,
    exercise_lengths,
    read_summary,
    summary_text,
)
from tools import catalogue_summary

ROOT = Path(__file__).resolve().parents[2]


def facts(exercises: Iterable[Measured]) -> dict[str, tuple[int, tuple[str, ...]]]:
    return {e.id: (e.seconds, e.regions) for e in exercises}


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the shipped exercise folder, summary included."""
    folder = tmp_path / "exercises"
    shutil.copytree(exercises_folder(), folder)
    return folder


def test_the_shipped_summary_is_current() -> None:
    """Fails after an exercise file changes until `python -m tools.catalogue_summary` runs."""
    assert catalogue_summary.main(["--check"]) == 0, \
        "resources/exercises/summary.json is stale: run python -m tools.catalogue_summary"


def test_the_summary_holds_the_catalogues_figures() -> None:
    summary = read_summary(exercises_folder())
    assert summary is not None
    assert all(isinstance(e, Length) for e in summary)
    assert facts(summary) == facts(load_catalogue().catalogue)
    # a figure checked by hand: overhead-reach's steps are 8 + 40 + 30 + 30 seconds
    assert facts(summary)["overhead-reach"] == (108, ("shoulders", "upper_back", "breathing"))


def test_a_changed_exercise_file_makes_the_catalogue_answer(copy: Path) -> None:
    path = copy / "overhead-reach.toml"
    path.write_text(path.read_text().replace("seconds = 8\n", "seconds = 10\n", 1))
    assert read_summary(copy) is None
    found = exercise_lengths(copy)
    assert not isinstance(next(iter(found)), Length)
    assert facts(found)["overhead-reach"][0] == 110


@pytest.mark.parametrize("change", ["add", "remove", "rename"])
def test_an_added_or_removed_file_makes_the_catalogue_answer(copy: Path, change: str) -> None:
    source = copy / "palming.toml"
    if change == "add":
        text = source.read_text().replace('id = "palming"', 'id = "palming-two"')
        (copy / "palming-two.toml").write_text(text)
    elif change == "remove":
        source.unlink()
    else:
        source.rename(copy / "palming-two.toml")
    assert read_summary(copy) is None
    assert facts(exercise_lengths(copy)) == facts(load_catalogue(copy).catalogue)


@pytest.mark.parametrize("damage", [
    b"", b"{", b"[]", b'{"version": 1}', b"\xff\xfe",
    "version 2", "seconds as text", "regions not text", "seconds true",
])
def test_a_damaged_summary_is_not_used(copy: Path, damage: bytes | str) -> None:
    path = copy / SUMMARY
    if isinstance(damage, bytes):
        path.write_bytes(damage)
    else:
        data = json.loads(path.read_text())
        entry = data["exercises"]["palming"]
        if damage == "version 2":
            data["version"] = 2
        elif damage == "seconds as text":
            entry["seconds"] = "60"
        elif damage == "regions not text":
            entry["regions"] = [1]
        else:
            entry["seconds"] = True
        path.write_text(json.dumps(data))
    assert read_summary(copy) is None
    assert facts(exercise_lengths(copy)) == facts(load_catalogue(copy).catalogue)


def test_a_missing_summary_is_not_needed(copy: Path) -> None:
    (copy / SUMMARY).unlink()
    assert facts(exercise_lengths(copy)) == facts(load_catalogue(copy).catalogue)


def test_the_summary_is_written_from_the_folder_it_describes(copy: Path) -> None:
    (copy / SUMMARY).write_text(summary_text(load_catalogue(copy).catalogue, copy))
    assert read_summary(copy) is not None


def test_stats_reads_no_exercise_file(tmp_path: Path) -> None:
    """What the summary is for: `deskcoach stats` loads neither the catalogue nor its checks."""
    code = ("import sys, runpy; sys.argv = ['deskcoach', '--profile', sys.argv[1], 'stats'];"
            "\ntry:\n    runpy.run_module('deskcoach', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m in ('deskcoach.core.exercises',"
            " 'deskcoach.store.catalogue')))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout
