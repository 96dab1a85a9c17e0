"""Keyframes: the checks made when the catalogue loads, and where the figure is at a moment."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcoach.core.exercises import CatalogueError, parse_exercise
from deskcoach.core.keyframes import (
    STEP_IN_SECONDS,
    KeyframeError,
    check_motion,
    frame_at,
    parse_keyframes,
    peak,
)
from deskcoach.core.pose import NEUTRAL, RANGES, blend, ease, full_pose, out_of_range

START = {"base": "stand", "view": "side", "props": ["desk"]}


def entry(steps: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema_version": 2, "id": "neck-turn", "name": "Neck turn", "summary": "Turns.",
            "regions": ["neck"], "position": "either", "direction": "neutral",
            "dose": "3 turns", "sources": ["Dunstan et al., Diabetes Care 35(5), 2012"],
            "steps": steps}


def good() -> list[dict[str, Any]]:
    return [{"text": "Sit tall.", "seconds": 6, "keyframes": [START]},
            {"text": "Turn.", "seconds": 20, "reps": 4,
             "keyframes": [{"joints": {"neck_turn": 0}},
                           {"joints": {"neck_turn": 60}, "arrows": ["head:turn-left"]}]}]


def refused(steps: list[dict[str, Any]]) -> str:
    with pytest.raises(CatalogueError) as caught:
        parse_exercise("neck-turn.toml", entry(steps))
    return str(caught.value)


def test_a_good_entry_loads_and_carries_view_and_props_over() -> None:
    exercise = parse_exercise("neck-turn.toml", entry(good()))
    turn = exercise.steps[1].keyframes[1]
    assert (turn.base, turn.view, turn.props, turn.arrows) == (
        "stand", "side", ("desk",), ("head:turn-left",))
    assert turn.pose["neck_turn"] == 60.0
    assert turn.pose["l_elbow"] == NEUTRAL["l_elbow"] == 8


PREFIX = "neck-turn.toml: exercise 'neck-turn', "


@pytest.mark.parametrize(("change", "message"), [
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(neck_turn=95),
                 "steps[1].keyframes[1]: joint neck_turn is 95, allowed -70 to 70 "
                 "(with base 'stand')", id="out-of-range"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(l_elbow=-5),
                 "steps[1].keyframes[1]: joint l_elbow is -5, allowed 0 to 150 "
                 "(with base 'stand')", id="sided-out-of-range"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(tail=3),
                 "steps[1].keyframes[1]: joint 'tail' is not a known joint", id="unknown-joint"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(neck_turn="far"),
                 "steps[1].keyframes[1]: joint neck_turn must be a number of degrees or "
                 "centimetres, not 'far'", id="joint-not-a-number"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(neck_turn=10 ** 400),
                 "steps[1].keyframes[1]: joint neck_turn must be a number of degrees or "
                 f"centimetres, not {10 ** 400!r}", id="joint-huge"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(neck_turn=float("nan")),
                 "steps[1].keyframes[1]: joint neck_turn must be a number of degrees or "
                 "centimetres, not nan", id="joint-nan"),
    pytest.param(lambda s: s[1]["keyframes"].pop(),
                 "steps[1].keyframes: a counted or breath-paced step moves, so it needs at "
                 "least 2 keyframes", id="moving-step-one-keyframe"),
    pytest.param(lambda s: s[1]["keyframes"][1]["joints"].update(shoulder_flex=170,
                                                                   neck_turn=0),
                 "steps[1].keyframes[1]: joint l_shoulder_flex jumps 170, at most 150 between "
                 "keyframes", id="jump"),
    pytest.param(lambda s: s[1]["keyframes"][0]["joints"].update(shoulder_flex=160),
                 "steps[1].keyframes[0] (from the step before): joint l_shoulder_flex jumps "
                 "160, at most 150 between keyframes", id="jump-into-the-step"),
    pytest.param(lambda s: s[1]["keyframes"][1].update(view="front"),
                 "steps[1].keyframes[1].view changes from 'side' within a step",
                 id="view-cut"),
    pytest.param(lambda s: s[0]["keyframes"][0].pop("base"),
                 "steps[0].keyframes[0].base must be given on the first keyframe",
                 id="no-base"),
    pytest.param(lambda s: s[0]["keyframes"][0].update(props=["sofa"]),
                 "steps[0].keyframes[0].props names 'sofa', allowed: office-chair, chair, "
                 "chair-left, chair-right, stool, desk, monitor, wall, door, window",
                 id="unknown-prop"),
    pytest.param(lambda s: s[0].pop("keyframes"),
                 "steps[0].keyframes must be a list of 1-6 keyframes", id="no-keyframes"),
    pytest.param(lambda s: s[0]["keyframes"][0].update(inset="yes"),
                 "steps[0].keyframes[0].inset must be true or false", id="inset-not-bool"),
    pytest.param(lambda s: s[0]["keyframes"][0].update(wings=2),
                 "steps[0].keyframes[0].wings is not a known key", id="unknown-key"),
])
def test_bad_keyframes_are_refused_naming_file_exercise_step_and_joint(
        change: Any, message: str) -> None:
    steps = copy.deepcopy(good())
    change(steps)
    assert refused(steps) == PREFIX + message


def test_an_arrow_must_name_a_landmark_and_a_direction() -> None:
    steps = good()
    steps[1]["keyframes"][1]["arrows"] = ["head:sideways"]
    assert refused(steps).startswith(PREFIX + "steps[1].keyframes[1].arrows has "
                                     "'head:sideways'; write landmark:direction")


def keys(*turns: float) -> Any:
    return parse_keyframes([dict(START, joints={"neck_turn": turns[0]})]
                           + [{"joints": {"neck_turn": t}} for t in turns[1:]], "x", None)


def test_a_counted_step_loops_once_per_rep_and_returns_to_the_start() -> None:
    frames = keys(0, 60)
    # 4 reps in 20 s: 5 s a rep, half out and half back, each move ending in a short pause.
    assert frame_at(frames, 20, 0.0, reps=4).pose["neck_turn"] == 0
    assert frame_at(frames, 20, 1.25, reps=4).pose["neck_turn"] == pytest.approx(
        60 * ease(1.25 / 2.5 / 0.75))
    assert frame_at(frames, 20, 2.4, reps=4).pose["neck_turn"] == 60  # arrived, pausing
    assert frame_at(frames, 20, 4.9, reps=4).pose["neck_turn"] == 0
    assert frame_at(frames, 20, 5.0, reps=4).pose["neck_turn"] == 0  # the next rep
    assert frame_at(frames, 20, 7.4, reps=4).pose["neck_turn"] == 60
    assert frame_at(frames, 20, 7.4, reps=4).keyframe is frames[1]


def test_a_breath_paced_step_goes_out_on_the_in_breath_and_back_on_the_out_breath() -> None:
    frames = keys(0, 60)
    assert frame_at(frames, 30, 3.1, breath=(4, 6)).pose["neck_turn"] == 60  # 4 s in
    assert frame_at(frames, 30, 4.0 + 2.0, breath=(4, 6)).pose["neck_turn"] == pytest.approx(
        60 - 60 * ease(2.0 / 6.0 / 0.75))
    assert frame_at(frames, 30, 9.99, breath=(4, 6)).pose["neck_turn"] == 0
    assert frame_at(frames, 30, 13.1, breath=(4, 6)).pose["neck_turn"] == 60  # 2nd breath


def test_a_held_step_moves_through_its_keyframes_once_and_holds_the_last() -> None:
    frames = keys(0, 30, 60)
    assert frame_at(frames, 25, 0.0).pose["neck_turn"] == 0
    assert frame_at(frames, 25, 2.4).pose["neck_turn"] == 30  # 2.5 s a move, at most
    assert frame_at(frames, 25, 5.0).pose["neck_turn"] == 60
    assert frame_at(frames, 25, 24.0).pose["neck_turn"] == 60


def test_a_new_step_eases_in_from_where_the_last_ended() -> None:
    frames = keys(0, 60)
    before = keys(40)[0]
    assert frame_at(frames, 20, 0.0, reps=4, before=before).pose["neck_turn"] == 40
    half = frame_at(frames, 20, STEP_IN_SECONDS / 2, reps=4, before=before)
    target = frame_at(frames, 20, STEP_IN_SECONDS, reps=4).pose["neck_turn"]
    assert half.pose["neck_turn"] == pytest.approx(40 + (target - 40) * 0.5)


def test_the_still_key_pose_is_the_one_farthest_from_the_start() -> None:
    assert peak(keys(0, 60, 20)).pose["neck_turn"] == 60
    assert peak(keys(10)).pose["neck_turn"] == 10


def test_check_motion_counts_the_loop_back_as_a_move() -> None:
    frames = parse_keyframes([dict(START, joints={"shoulder_flex": -40}),
                              {"joints": {"shoulder_flex": 100}},
                              {"joints": {"shoulder_flex": 170}}], "x", None)
    check_motion([("s", frames, False)])  # held: no way back from 170 to -40
    with pytest.raises(KeyframeError, match=r"s.keyframes\[0\] \(looping back\): joint "
                                            r"l_shoulder_flex jumps 210"):
        check_motion([("s", frames, True)])


@given(st.floats(-1.0, 2.0))
def test_ease_stays_between_the_poses_and_never_goes_back(t: float) -> None:
    assert 0.0 <= ease(t) <= 1.0
    assert ease(t) <= ease(t + 0.01) + 1e-12
    assert ease(0.0) == 0.0
    assert ease(1.0) == 1.0
    assert ease(0.5) == pytest.approx(0.5)


@given(st.sampled_from(sorted(RANGES)), st.floats(0.0, 1.0))
def test_blending_two_poses_in_range_stays_in_range(joint: str, t: float) -> None:
    low, high, _ = RANGES[joint]
    a = full_pose("stand", {joint: low})
    b = full_pose("stand", {joint: high})
    middle = blend(a, b, t)
    assert out_of_range(middle) is None
    assert blend(a, b, 0.0) == a
    assert blend(a, b, 1.0) == b
