"""The exercise entry rules of resources/exercises/FORMAT.md, and the catalogue's own checks.

Every entry here is synthetic (built by `entry()`), so these tests do not depend on the
exercise files shipped in resources/.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest

from deskcoach.core.exercises import (
    Breath,
    Catalogue,
    CatalogueError,
    Exercise,
    Step,
    parse_exercise,
)
from deskcoach.core.keyframes import parse_keyframes

STILL = [{"base": "stand", "view": "front", "props": []}]
MOVING = [{"joints": {"shoulder_flex": 20}}, {"joints": {"shoulder_flex": 150}}]

SOURCE = "overhead-reach.toml"
DELETE = object()  # an override that removes the key


def entry(**overrides: Any) -> dict[str, Any]:
    """The FORMAT.md example: a valid entry, with `overrides` applied (DELETE drops a key)."""
    data: dict[str, Any] = {
        "schema_version": 2,
        "id": "overhead-reach",
        "name": "Overhead reach with slow breaths",
        "summary": "Lengthens the sides and opens the chest after sitting hunched.",
        "regions": ["shoulders", "upper_back", "breathing"],
        "position": "standing",
        "seated_alternative": "overhead-reach-seated",
        "direction": "extension",
        "dose": "10 slow breaths",
        "cautions": ["Sore shoulder: reach with one arm, or only as high as feels easy."],
        "avoid_if": [],
        "sources": ["Dunstan et al., Diabetes Care 35(5), 2012",
                    "UK Health and Safety Executive, DSE workstation checklist, 2013, hse.gov.uk"],
        "breath": {"inhale": 4, "exhale": 6},
        "steps": [
            {"text": "Stand tall, feet hip-width apart, ribs gently down.", "seconds": 10,
             "keyframes": STILL},
            {"text": "Reach both arms up and breathe slowly in through the nose, out through "
                     "the mouth.", "seconds": 100, "keyframes": MOVING, "breaths": 10},
        ],
    }
    for key, value in overrides.items():
        if value is DELETE:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def plain(**overrides: Any) -> dict[str, Any]:
    """A valid entry with no breath-paced step (and so no breath table): counted reps."""
    return entry(**{"breath": DELETE, "steps": [
        {"text": "Stand tall.", "seconds": 10, "keyframes": STILL},
        {"text": "Roll the shoulders back.", "seconds": 20, "keyframes": MOVING, "reps": 8},
    ], **overrides})


def steps_of(*seconds: int) -> list[dict[str, Any]]:
    return [{"text": f"Step {i + 1}.", "seconds": s, "keyframes": STILL}
            for i, s in enumerate(seconds)]


def set_step(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        step = data["steps"][index]
        for key, value in values.items():
            if value is DELETE:
                step.pop(key, None)
            else:
                step[key] = value
    return change


def replace(**overrides: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key, value in overrides.items():
            if value is DELETE:
                data.pop(key, None)
            else:
                data[key] = value
    return change


def use(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data.clear()
        data.update(copy.deepcopy(new))
    return change


# ---- a valid entry ----------------------------------------------------------------------------

def test_the_format_example_parses_to_the_expected_exercise() -> None:
    exercise = parse_exercise(SOURCE, entry())
    still = parse_keyframes(STILL, "x", None)
    moving = parse_keyframes(MOVING, "x", still[-1])
    assert exercise == Exercise(
        id="overhead-reach",
        name="Overhead reach with slow breaths",
        summary="Lengthens the sides and opens the chest after sitting hunched.",
        regions=("shoulders", "upper_back", "breathing"),
        position="standing",
        direction="extension",
        dose="10 slow breaths",
        cautions=("Sore shoulder: reach with one arm, or only as high as feels easy.",),
        avoid_if=(),
        sources=("Dunstan et al., Diabetes Care 35(5), 2012",
                 "UK Health and Safety Executive, DSE workstation checklist, 2013, hse.gov.uk"),
        steps=(
            Step("Stand tall, feet hip-width apart, ribs gently down.", 10, still, None, None),
            Step("Reach both arms up and breathe slowly in through the nose, out through the "
                 "mouth.", 100, moving, None, 10),
        ),
        breath=Breath(4, 6),
        seated_alternative="overhead-reach-seated",
    )
    assert exercise.seconds == 110
    assert exercise.breath_paced is True
    assert exercise.breath is not None
    assert exercise.breath.cycle == 10


def test_a_counted_exercise_is_not_breath_paced() -> None:
    exercise = parse_exercise(SOURCE, plain(cautions=DELETE, avoid_if=DELETE))
    assert exercise.seconds == 30
    assert exercise.breath_paced is False
    assert exercise.breath is None
    still = parse_keyframes(STILL, "x", None)
    moving = parse_keyframes(MOVING, "x", still[-1])
    assert exercise.steps == (Step("Stand tall.", 10, still),
                              Step("Roll the shoulders back.", 20, moving, reps=8))
    assert [k.pose["l_shoulder_flex"] for k in moving] == [20.0, 150.0]
    assert moving[1].pose["r_shoulder_flex"] == 150.0  # an unsided joint moves both sides
    assert (moving[1].base, moving[1].view, moving[1].props) == ("stand", "front", ())
    assert exercise.cautions == ()  # optional lists default to empty
    assert exercise.avoid_if == ()


def test_as_dict_reports_the_total_and_every_field() -> None:
    d = parse_exercise(SOURCE, entry()).as_dict()
    assert d["seconds"] == 110
    assert d["dose_basis"] is None
    assert parse_exercise(SOURCE, entry(dose_basis="As the guides advise.")).as_dict()[
        "dose_basis"] == "As the guides advise."
    assert d["breath"] == {"inhale": 4, "exhale": 6}
    assert d["steps"] == [
        {"text": "Stand tall, feet hip-width apart, ribs gently down.", "seconds": 10,
         "reps": None, "breaths": None,
         "keyframes": [{"base": "stand", "view": "front", "zoom": "body", "props": [],
                        "arrows": [], "inset": False, "joints": {}}]},
        {"text": "Reach both arms up and breathe slowly in through the nose, out through the "
                 "mouth.", "seconds": 100, "reps": None, "breaths": 10,
         "keyframes": [{"base": "stand", "view": "front", "zoom": "body", "props": [],
                        "arrows": [], "inset": False,
                        "joints": {"l_shoulder_flex": 20.0, "r_shoulder_flex": 20.0}},
                       {"base": "stand", "view": "front", "zoom": "body", "props": [],
                        "arrows": [], "inset": False,
                        "joints": {"l_shoulder_flex": 150.0, "r_shoulder_flex": 150.0}}]},
    ]


@pytest.mark.parametrize("data", [
    pytest.param(entry(name="n" * 48), id="name-48"),
    pytest.param(entry(summary="s" * 90), id="summary-90"),
    pytest.param(entry(dose="d" * 40), id="dose-40"),
    pytest.param(entry(id="a" * 48, seated_alternative=DELETE), id="id-48"),
    pytest.param(entry(id="knee-2-hug9"), id="id-digits"),
    pytest.param(entry(regions=["neck"]), id="regions-1"),
    pytest.param(entry(cautions=["c" * 120, "b", "a"]), id="cautions-3-of-120"),
    pytest.param(entry(avoid_if=["a" * 120, "b", "c"]), id="avoid_if-3-of-120"),
    pytest.param(plain(steps=steps_of(5, 5, 5, 5)), id="steps-4-total-20"),
    pytest.param(plain(steps=steps_of(60, 120)), id="total-180"),
    pytest.param(plain(steps=steps_of(3, 120)), id="step-seconds-3-and-120"),
    pytest.param(plain(steps=[{"text": "t" * 90, "seconds": 10, "keyframes": STILL + MOVING,
                               "reps": 5},
                              {"text": "x", "seconds": 10, "keyframes": STILL}]),
                 id="text-90-and-2s-per-rep"),
    pytest.param(entry(breath={"inhale": 2, "exhale": 8}), id="breath-2-and-8"),
    pytest.param(entry(position="standing", seated_alternative="x"), id="alternative-standing"),
    pytest.param(entry(position="seated", seated_alternative=DELETE), id="seated-no-alt"),
    pytest.param(entry(position="either", seated_alternative=DELETE), id="either-no-alt"),
    pytest.param(entry(direction="flexion"), id="flexion"),
    pytest.param(entry(direction="neutral"), id="neutral"),
    pytest.param(entry(dose_basis="b" * 160), id="dose-basis-160"),
    pytest.param(entry(sources=["Council of the European Communities, Directive 90/270/EEC on "
                                "display screen equipment, 1990"]), id="source-a-directive"),
])
def test_entries_at_the_limits_are_accepted(data: dict[str, Any]) -> None:
    exercise = parse_exercise(SOURCE, data)
    assert exercise.id == data["id"]
    assert exercise.seconds == sum(step["seconds"] for step in data["steps"])


# ---- every rule, refused naming the file and the key ------------------------------------------

REFUSED: list[Any] = [
    # keys
    pytest.param(replace(colour="red"), "colour", id="unknown-key"),
    pytest.param(set_step(0, speed=2), "steps[0].speed", id="unknown-step-key"),
    # schema_version
    pytest.param(replace(schema_version=1), "schema_version", id="schema-1-had-svg-poses"),
    pytest.param(replace(schema_version=0), "schema_version", id="schema-0"),
    pytest.param(replace(schema_version="1"), "schema_version", id="schema-text"),
    pytest.param(replace(schema_version=DELETE), "schema_version", id="schema-missing"),
    pytest.param(replace(schema_version=True), "schema_version", id="schema-bool"),
    pytest.param(replace(schema_version=2.0), "schema_version", id="schema-float"),
    # id: lowercase letters, digits, single hyphens, and no longer than 48
    pytest.param(replace(id="Overhead-reach"), "id", id="id-uppercase"),
    pytest.param(replace(id="overhead_reach"), "id", id="id-underscore"),
    pytest.param(replace(id="overhead reach"), "id", id="id-space"),
    pytest.param(replace(id="overhead--reach"), "id", id="id-double-hyphen"),
    pytest.param(replace(id="-overhead"), "id", id="id-leading-hyphen"),
    pytest.param(replace(id="overhead-"), "id", id="id-trailing-hyphen"),
    pytest.param(replace(id="überkopf"), "id", id="id-non-ascii"),
    pytest.param(replace(id=" overhead-reach"), "id", id="id-padded"),
    pytest.param(replace(id=""), "id", id="id-empty"),
    pytest.param(replace(id=7), "id", id="id-number"),
    pytest.param(replace(id=DELETE), "id", id="id-missing"),
    pytest.param(replace(id="a" * 49), "id", id="id-too-long"),
    # texts
    pytest.param(replace(name="n" * 49), "name", id="name-too-long"),
    pytest.param(replace(name="   "), "name", id="name-blank"),
    pytest.param(replace(name=DELETE), "name", id="name-missing"),
    pytest.param(replace(summary="s" * 91), "summary", id="summary-too-long"),
    pytest.param(replace(summary="First line.\nSecond line."), "summary",
                 id="summary-two-lines"),
    pytest.param(replace(dose="d" * 41), "dose", id="dose-too-long"),
    pytest.param(replace(dose=DELETE), "dose", id="dose-missing"),
    pytest.param(set_step(1, text="t" * 91), "steps[1].text", id="step-text-too-long"),
    pytest.param(set_step(0, text=""), "steps[0].text", id="step-text-empty"),
    pytest.param(replace(cautions=["a", "b", "c", "d"]), "cautions", id="cautions-4"),
    pytest.param(replace(cautions=["c" * 121]), "cautions[0]", id="caution-too-long"),
    pytest.param(replace(cautions="Careful."), "cautions", id="cautions-not-a-list"),
    pytest.param(replace(avoid_if=["a", "b", "c", "d"]), "avoid_if", id="avoid_if-4"),
    pytest.param(replace(avoid_if=["ok", "a" * 121]), "avoid_if[1]", id="avoid_if-too-long"),
    pytest.param(replace(sources=[]), "sources", id="sources-none"),
    pytest.param(replace(sources=DELETE), "sources", id="sources-missing"),
    # a source is findable: who, what and a year (a bare publisher is refused)
    pytest.param(replace(sources=["CCOHS"]), "sources[0]", id="source-bare-publisher"),
    pytest.param(replace(sources=["Dunstan et al., Diabetes Care 35(5), 2012", "UW Health"]),
                 "sources[1]", id="source-bare-second"),
    pytest.param(replace(sources=["McKenzie method handouts"]), "sources[0]",
                 id="source-no-year"),
    pytest.param(replace(sources=["UW Health, 2020"]), "sources[0]", id="source-no-title"),
    pytest.param(replace(sources=["UW Health, Shoulder exercises, n.d."]), "sources[0]",
                 id="source-title-no-year"),
    pytest.param(replace(dose_basis="d" * 161), "dose_basis", id="dose-basis-too-long"),
    pytest.param(replace(dose_basis="a\nb"), "dose_basis", id="dose-basis-two-lines"),
    # regions
    pytest.param(replace(regions=["knees"]), "regions[0]", id="region-unknown"),
    pytest.param(replace(regions=["neck", "Neck"]), "regions[1]", id="region-case"),
    pytest.param(replace(regions=["neck", "neck"]), "regions", id="region-twice"),
    pytest.param(replace(regions=[]), "regions", id="regions-none"),
    pytest.param(replace(regions=["neck", "hips", "legs", "eyes"]), "regions", id="regions-4"),
    pytest.param(replace(regions="neck"), "regions", id="regions-not-a-list"),
    # position and direction
    pytest.param(replace(position="lying"), "position", id="position-unknown"),
    pytest.param(replace(position=DELETE), "position", id="position-missing"),
    pytest.param(replace(direction="rotation"), "direction", id="direction-unknown"),
    pytest.param(replace(direction=DELETE), "direction", id="direction-missing"),
    # steps and poses
    pytest.param(use(plain(steps=steps_of(30))), "steps", id="steps-1"),
    pytest.param(use(plain(steps=steps_of(10, 10, 10, 10, 10))), "steps", id="steps-5"),
    pytest.param(replace(steps=[]), "steps", id="steps-none"),
    pytest.param(replace(steps=DELETE), "steps", id="steps-missing"),
    pytest.param(use(plain(steps=["Stand tall.", "Reach."])), "steps[0]", id="step-not-table"),
    pytest.param(replace(poses=["one.svg"]), "poses", id="poses-are-gone"),
    pytest.param(set_step(0, seconds=2), "steps[0].seconds", id="seconds-2"),
    pytest.param(set_step(0, seconds=121), "steps[0].seconds", id="seconds-121"),
    pytest.param(set_step(0, seconds=10.5), "steps[0].seconds", id="seconds-fraction"),
    pytest.param(set_step(0, seconds=True), "steps[0].seconds", id="seconds-bool"),
    pytest.param(set_step(0, seconds=DELETE), "steps[0].seconds", id="seconds-missing"),
    # length of the whole exercise: 20-180 s
    pytest.param(use(plain(steps=steps_of(9, 10))), "steps", id="total-19"),
    pytest.param(use(plain(steps=steps_of(3, 3))), "steps", id="total-6"),
    pytest.param(use(plain(steps=steps_of(61, 120))), "steps", id="total-181"),
    pytest.param(use(plain(steps=steps_of(120, 120, 120))), "steps", id="total-360"),
    # reps and breaths
    pytest.param(use(plain(steps=[{"text": "a", "seconds": 11, "keyframes": STILL, "reps": 6},
                                  {"text": "b", "seconds": 20, "keyframes": MOVING}])),
                 "steps[0].reps", id="reps-too-fast"),
    pytest.param(use(plain(steps=[{"text": "a", "seconds": 20, "keyframes": STILL, "reps": 0},
                                  {"text": "b", "seconds": 20, "keyframes": MOVING}])),
                 "steps[0].reps", id="reps-0"),
    pytest.param(set_step(1, reps=5), "steps[1]", id="reps-and-breaths"),
    pytest.param(replace(breath=DELETE), "steps[1].breaths", id="breaths-without-breath"),
    pytest.param(set_step(1, seconds=90), "steps[1].seconds", id="breaths-seconds-short"),
    pytest.param(set_step(1, seconds=110), "steps[1].seconds", id="breaths-seconds-long"),
    pytest.param(set_step(1, breaths=9), "steps[1].seconds", id="breaths-count-wrong"),
    pytest.param(use(plain(breath={"inhale": 4, "exhale": 6})), "breath",
                 id="breath-without-breath-step"),
    pytest.param(replace(breath={"inhale": 4}), "breath", id="breath-no-exhale"),
    pytest.param(replace(breath={"inhale": 4, "exhale": 6, "hold": 2}), "breath",
                 id="breath-extra-key"),
    pytest.param(replace(breath=5), "breath", id="breath-not-a-table"),
    pytest.param(replace(breath={"inhale": 1, "exhale": 9}), "breath.inhale", id="inhale-1"),
    pytest.param(replace(breath={"inhale": 5, "exhale": 9}), "breath.exhale", id="exhale-9"),
    # seated alternative
    pytest.param(replace(position="seated"), "seated_alternative", id="alt-on-seated"),
    pytest.param(replace(position="either"), "seated_alternative", id="alt-on-either"),
    pytest.param(replace(seated_alternative="overhead-reach"), "seated_alternative",
                 id="alt-itself"),
    pytest.param(replace(seated_alternative="Overhead Reach"), "seated_alternative",
                 id="alt-not-an-id"),
    pytest.param(replace(seated_alternative=3), "seated_alternative", id="alt-not-text"),
]


@pytest.mark.parametrize(("change", "key"), REFUSED)
def test_every_rule_is_refused_naming_the_file_and_the_key(
        change: Callable[[dict[str, Any]], None], key: str) -> None:
    data = entry()
    change(data)
    with pytest.raises(CatalogueError) as caught:
        parse_exercise(SOURCE, data)
    assert str(caught.value).startswith(f"{SOURCE}: '{key}' ")


def test_the_first_unknown_key_is_named_and_the_file_name_is_the_one_given() -> None:
    data = entry(zeta=1, alpha=2)
    with pytest.raises(CatalogueError, match=re.escape("other.toml: 'alpha' is not a known key")):
        parse_exercise("other.toml", data)


def test_refusals_say_what_is_allowed() -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_exercise(SOURCE, entry(regions=["knees"]))
    assert str(caught.value) == (
        f"{SOURCE}: 'regions[0]' is 'knees', allowed: neck, upper_back, shoulders, chest, "
        "lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body")
    with pytest.raises(CatalogueError) as caught:
        parse_exercise(SOURCE, entry(steps=steps_of(2, 30), breath=DELETE))
    assert str(caught.value) == (
        f"{SOURCE}: 'steps[0].seconds' must be a whole number from 3 to 120, not 2")
    with pytest.raises(CatalogueError) as caught:
        parse_exercise(SOURCE, entry(steps=steps_of(10, 5), breath=DELETE))
    assert str(caught.value) == (
        f"{SOURCE}: 'steps' add up to 15 s; an exercise lasts 20-180 s so that it fits a break")
    with pytest.raises(CatalogueError) as caught:
        parse_exercise(SOURCE, entry(steps=[{"text": "a", "seconds": 90, "keyframes": STILL,
                                             "breaths": 10},
                                            {"text": "b", "seconds": 10, "keyframes": MOVING}]))
    assert str(caught.value) == (
        f"{SOURCE}: 'steps[0].seconds' must be breaths x (inhale + exhale) = 100")


def test_catalogue_error_is_a_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)


# ---- the catalogue ----------------------------------------------------------------------------

def make(ident: str, position: str = "either", alternative: str | None = None) -> Exercise:
    return parse_exercise(f"{ident}.toml", plain(
        id=ident, position=position,
        seated_alternative=DELETE if alternative is None else alternative))


def test_a_seated_alternative_must_be_in_the_catalogue() -> None:
    reach = make("reach", "standing", "reach-seated")
    with pytest.raises(CatalogueError) as caught:
        Catalogue({"reach": reach, "other": make("other")})
    assert str(caught.value) == ("reach.toml: 'seated_alternative' names 'reach-seated', "
                                 "which is not in the catalogue")


def test_a_seated_alternative_must_not_be_standing() -> None:
    reach = make("reach", "standing", "lunge")
    with pytest.raises(CatalogueError) as caught:
        Catalogue({"reach": reach, "lunge": make("lunge", "standing")})
    assert str(caught.value) == ("reach.toml: 'seated_alternative' 'lunge' "
                                 "is a standing exercise")


@pytest.mark.parametrize("position", ["seated", "either"])
def test_a_seated_or_either_alternative_is_accepted(position: str) -> None:
    reach = make("reach", "standing", "reach-seated")
    catalogue = Catalogue({"reach": reach, "reach-seated": make("reach-seated", position)})
    assert len(catalogue) == 2


def test_the_catalogue_iterates_by_id_and_looks_up_by_id() -> None:
    names = ["wrist-circles", "ankle-pumps", "neck-tilt", "b2", "b10", "chin-tuck"]
    exercises = {n: make(n) for n in names}
    catalogue = Catalogue(exercises)
    assert [e.id for e in catalogue] == ["ankle-pumps", "b10", "b2", "chin-tuck", "neck-tilt",
                                         "wrist-circles"]
    assert [e.id for e in catalogue] == [e.id for e in catalogue]  # iterable more than once
    assert len(catalogue) == 6
    assert "neck-tilt" in catalogue
    assert "neck" not in catalogue
    assert 3 not in catalogue
    assert catalogue.get("chin-tuck") is exercises["chin-tuck"]
    assert catalogue.get("missing") is None


def test_an_empty_catalogue() -> None:
    catalogue = Catalogue({})
    assert len(catalogue) == 0
    assert list(catalogue) == []
    assert catalogue.get("x") is None
    assert "x" not in catalogue


def test_the_catalogue_keeps_its_own_copy() -> None:
    exercises = {"a": make("a")}
    catalogue = Catalogue(exercises)
    exercises["b"] = make("b")
    assert len(catalogue) == 1
    assert "b" not in catalogue


def test_the_example_in_format_md_is_a_valid_entry() -> None:
    import tomllib
    from pathlib import Path

    text = (Path(__file__).parents[2] / "resources" / "exercises" / "FORMAT.md").read_text()
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    data = tomllib.loads(example)
    data.pop("seated_alternative")
    exercise = parse_exercise("overhead-reach.toml", data)
    assert exercise.steps[1].keyframes[1].pose["r_shoulder_flex"] == 165
    assert exercise.steps[1].keyframes[1].view == "front"  # carried over from step 1
