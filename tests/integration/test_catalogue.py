"""The shipped catalogue: every entry valid, every key pose draws, every region covered.

A bad entry fails here, so it fails the build; the app itself refuses a malformed file and
names it (tested below with a folder of broken entries).
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from deskcoach.core.exercises import REGIONS, Exercise
from deskcoach.core.routine import choose
from deskcoach.store.catalogue import exercises_folder, load_catalogue
from deskcoach.ui.figure.player import framing
from deskcoach.ui.figure.scene import paint_frame

LOADED = load_catalogue()
EXERCISES = list(LOADED.catalogue)
#: what the catalogue must hold (issue 3), by a word in the id
REQUIRED = ("overhead-reach", "thoracic-rotation", "seated-thoracic-rotation", "hip-hinge",
            "back-extension", "chin-tuck", "shoulder-blade-squeeze", "hip-flexor", "calf-raise",
            "wrist", "20-20-20", "belly-breathing", "walk")


def test_every_file_loads_without_problems() -> None:
    assert LOADED.problems == ()
    files = [t for t in exercises_folder().iterdir() if t.name.endswith(".toml")]
    assert len(EXERCISES) == len(files) >= 24


@pytest.mark.parametrize("word", REQUIRED)
def test_required_exercises_are_there(word: str) -> None:
    assert any(word in e.id for e in EXERCISES), f"no exercise with '{word}' in its id"


def test_every_region_is_covered_and_seated_options_exist() -> None:
    covered = {r for e in EXERCISES for r in e.regions}
    assert covered >= set(REGIONS) - {"chest", "whole_body"}
    assert sum(e.position != "standing" for e in EXERCISES) >= 10
    assert any(e.breath_paced for e in EXERCISES)
    assert any(e.seated_alternative for e in EXERCISES)


def test_back_extension_warns_about_leg_symptoms() -> None:
    extension = next(e for e in EXERCISES if "back-extension" in e.id
                     and e.position == "standing")
    assert extension.direction == "extension"
    assert any("leg" in note.lower() for note in extension.avoid_if)


@pytest.mark.parametrize("seconds", [30, 120, 600])
def test_any_break_length_gets_a_routine_that_fits(seconds: int) -> None:
    routine = choose(LOADED.catalogue, seconds, random.Random(1))
    assert 1 <= len(routine.exercises) <= 4
    assert routine.seconds <= seconds


def _drawn(exercise: Exercise, step: int, key: int) -> QImage:
    keyframe = exercise.steps[step].keyframes[key]
    image = QImage(160, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_frame(painter, QRectF(0, 0, 160, 160), keyframe.pose, keyframe,
                framing(exercise, keyframe))
    painter.end()
    return image


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_key_pose_draws_and_every_move_shows(qtbot: QtBot, exercise: Exercise) -> None:
    for s, step in enumerate(exercise.steps):
        assert step.keyframes, f"{exercise.id} step {s + 1} has no keyframes"
        if step.moves:
            assert len(step.keyframes) >= 2
        images = [_drawn(exercise, s, k) for k in range(len(step.keyframes))]
        for image in images:
            inked = sum(1 for x in range(0, 160, 4) for y in range(0, 160, 4)
                        if image.pixelColor(x, y) != QColor("#ffffff"))
            assert inked > 60, f"{exercise.id} step {s + 1} draws (almost) nothing"
        if step.moves:  # the key poses of a move differ on screen, not only in the data
            assert images[0] != images[-1] or images[0] != images[1], \
                f"{exercise.id} step {s + 1}: its keyframes look the same"


def test_a_malformed_entry_is_refused_by_name_and_the_rest_load(tmp_path: Path) -> None:
    source = exercises_folder()
    good = next(t for t in sorted(source.iterdir(), key=lambda t: t.name)
                if t.name.endswith(".toml") and "seated_alternative" not in t.read_text())
    (tmp_path / good.name).write_bytes(good.read_bytes())
    (tmp_path / "broken.toml").write_text(
        good.read_text().replace(f'id = "{good.name[:-5]}"', 'id = "broken"')
        .replace("schema_version = 2", "schema_version = 2\nsteps_typo = 3"))
    (tmp_path / "garbage.toml").write_bytes(b"\xff\xfe not toml")
    loaded = load_catalogue(tmp_path)
    assert [e.id for e in loaded.catalogue] == [good.name[:-5]]
    assert loaded.problems[0] == "broken.toml: 'steps_typo' is not a known key"
    assert loaded.problems[1].startswith("garbage.toml: cannot be read")


def test_a_bad_keyframe_is_refused_naming_file_exercise_step_and_joint(tmp_path: Path) -> None:
    text = (exercises_folder() / "thoracic-rotation.toml").read_text()
    assert "thorax_turn = 40" in text
    (tmp_path / "thoracic-rotation.toml").write_text(text.replace("thorax_turn = 40",
                                                                  "thorax_turn = 90", 1))
    loaded = load_catalogue(tmp_path)
    assert len(loaded.catalogue) == 0
    assert loaded.problems == (
        "thoracic-rotation.toml: exercise 'thoracic-rotation', steps[1].keyframes[1]: joint "
        "thorax_turn is 90, allowed -45 to 45 (with base 'stand')",)
    assert tomllib.loads(text)["steps"][1]["keyframes"][1]["joints"]["thorax_turn"] == 40


#: Bases where the pelvis sits at the front of the seat: a chair on castors could roll away.
_EDGE = ("sit-edge", "sit-tall")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_exercises_on_the_front_of_the_seat_ask_for_a_chair_that_cannot_roll(
        exercise: Exercise) -> None:
    keys = [k for step in exercise.steps for k in step.keyframes]
    if not any(k.base in _EDGE and k.pose["seated"] == 1 for k in keys):
        return
    assert any("won't roll away" in c or "without wheels" in c for c in exercise.cautions)
    assert not any("office-chair" in k.props for k in keys if k.base in _EDGE), \
        "drawn on a chair with castors"


def test_the_seated_hip_flexor_stretch_is_served_only_in_its_safe_form() -> None:
    stretch = LOADED.catalogue.get("seated-hip-flexor-stretch")
    assert stretch is not None
    props = {p for step in stretch.steps for k in step.keyframes for p in k.props}
    assert props <= {"chair-left", "chair-right"}  # a steady chair turned sideways
    assert any("castors" in a for a in stretch.avoid_if)
    assert "without wheels" in stretch.steps[0].text


def test_the_overhead_reach_lowers_the_arms_between_breaths() -> None:
    for ident in ("overhead-reach", "seated-overhead-reach"):
        reach = LOADED.catalogue.get(ident)
        assert reach is not None
        for step in reach.steps:
            if step.breaths:  # out (up) on the in-breath, back down on the out-breath
                assert step.breaths <= 4
                lowered = step.keyframes[0].pose  # by the sides, not held at the shoulders
                assert lowered["l_shoulder_flex"] < 30
                assert lowered["l_shoulder_abd"] < 30
                assert lowered["l_elbow"] < 45
                assert step.keyframes[-1].pose["l_shoulder_flex"] > 150
        assert reach.dose_basis is not None
        assert "every 30-45 minutes" in reach.dose_basis  # the source articles' desk reset


def test_missing_desk_moves_are_there_and_the_hinge_is_cued() -> None:
    ids = {e.id for e in EXERCISES}
    assert {"seated-hamstring-stretch", "seated-ab-brace"} <= ids
    hinge = LOADED.catalogue.get("hip-hinge")
    assert hinge is not None
    assert any("head, upper back and tailbone in one line" in s.text for s in hinge.steps)


def test_no_source_is_a_bare_handout_name() -> None:
    """Findable: who, what and a year (the loader refuses less; this names the culprits)."""
    for exercise in EXERCISES:
        for source in exercise.sources:
            assert "handouts" not in source, (exercise.id, source)
            parts = [part.strip() for part in source.split(",") if part.strip()]
            assert len(parts) >= 3, (exercise.id, source)  # not a bare "CCOHS" or "UW Health"
            assert re.search(r"\b(19|20)\d\d\b", source), (exercise.id, source)


def test_every_exercise_has_three_levels_around_its_own_dose() -> None:
    """Issue 19: the pacing rules step each exercise between at least three levels."""
    for exercise in load_catalogue().catalogue:
        names = [level.name for level in exercise.levels]
        assert len(names) >= 3, exercise.id
        standard = exercise.levels[names.index("standard")]
        assert standard.dose == exercise.dose, exercise.id
        assert names.index("standard") > 0, exercise.id
        assert names.index("standard") < len(names) - 1, exercise.id  # something to progress to


def test_every_shipped_exercise_serves_less_when_easier_and_more_when_harder() -> None:
    from deskcoach.core.dosing import at_level

    catalogue = load_catalogue().catalogue
    assert len(catalogue) >= 30
    for exercise in catalogue:
        served = [at_level(exercise, i) for i in range(len(exercise.levels))]
        standard = [level.name for level in exercise.levels].index("standard")
        assert served[standard] == exercise, exercise.id
        totals = [e.seconds for e in served]
        assert totals == sorted(set(totals)), (exercise.id, totals)  # strictly growing
        assert all(e.dose == level.dose for e, level in zip(served, exercise.levels,
                                                             strict=True)), exercise.id
