"""The workstation checklist: the shipped data file, its schema, and the assessment model.

The model tests use a small synthetic checklist (built by `data()`) so that they read on their
own; the shipped file is checked for its shape separately. Every clock is a fixed, aware
datetime passed in, the way the app passes its clock in.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcoach.core.checklist import (
    ANSWERS,
    DISCLAIMER,
    OWNERS,
    SOURCES,
    WORKSTATIONS,
    Action,
    Assessment,
    Checklist,
    ChecklistError,
    Group,
    Item,
    add_months,
    answer,
    changes,
    complete,
    due_reminders,
    next_item,
    open_actions,
    parse_checklist,
    reassessment_due,
    set_action,
    summarize,
    to_json,
)

FOLDER = Path(__file__).parents[2] / "resources/checklist"
FILE = FOLDER / "checklist.toml"
SOURCE = "checklist.toml"
DELETE = object()  # an override that removes the key
# The fake clock: late evening in Los Angeles is already the next day in UTC, so these tests
# also show that follow-up dates count from the user's own calendar day.
NOW = datetime(2026, 11, 21, 21, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
STARTED = NOW - timedelta(minutes=4)


def real() -> Checklist:
    with FILE.open("rb") as f:
        return parse_checklist(FILE.name, tomllib.load(f))


def item(ident: str, group: str, **overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": ident, "group": group, "question": f"Is {ident} fine?",
        "why": f"Why {ident} matters.", "fix": f"How to fix {ident}.", "sources": ["HSE"],
        "default_owner": "me",
    }
    for key, value in overrides.items():
        if value is DELETE:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


def data() -> dict[str, Any]:
    """A valid checklist: two chair items, a laptop-only item and a habit."""
    return {
        "schema_version": 1, "reassess_months": 6, "follow_up_days": 14,
        "groups": [{"id": "chair", "title": "Chair"}, {"id": "laptop", "title": "Laptop"},
                   {"id": "habits", "title": "Habits"}],
        "items": [
            item("C1", "chair", illustration="chair-posture.svg",
                 sources=["HSE", "OSHA", "EU 90/270/EEC", "CSA Z412"]),
            item("C2", "chair", default_owner="facilities"),
            item("L1", "laptop", default_owner="manager", laptop_only=True),
            item("H1", "habits", laptop_only=False),
        ],
    }


CL = parse_checklist(SOURCE, data())


def fresh(workstation: str = "desktop", **answers: str) -> Assessment:
    return Assessment(uid="a1", started=STARTED, workstation=workstation, answers=answers,
                      name="Sam Jones")


def answered(workstation: str = "desktop", **answers: str) -> Assessment:
    assessment = fresh(workstation)
    for item_id, value in answers.items():
        assessment = answer(assessment, item_id, value)
    return assessment


def ids(items: tuple[Item, ...] | tuple[Action, ...]) -> list[str]:
    return [x.id if isinstance(x, Item) else x.item for x in items]


# ---- the shipped file -------------------------------------------------------------------------

EXPECTED_IDS = ["C1", "C2", "C3", "C4", "C5", "C6", "D1", "D2", "D3", "D4", "D5", "D6",
                "S1", "S2", "S3", "S4", "S5", "S6", "K1", "K2", "K3", "K4", "K5", "K6", "L1",
                "E1", "E2", "E3", "H1", "H2", "H3", "H4", "H5", "H6"]


def test_the_shipped_checklist_has_the_merged_table_and_the_review_items() -> None:
    checklist = real()
    assert checklist.version == 1
    assert checklist.reassess_months == 6
    assert checklist.follow_up_days == 14
    assert [g.id for g in checklist.groups] == ["chair", "desk", "screen", "keyboard_mouse",
                                                "laptop", "environment", "habits"]
    assert ids(checklist.items) == EXPECTED_IDS
    for group in checklist.groups:
        assert any(i.group == group.id for i in checklist.items), group.id
    assert all(i.sources for i in checklist.items)
    assert all(set(i.sources) <= set(SOURCES) for i in checklist.items)
    assert all(i.default_owner in OWNERS for i in checklist.items)
    assert [i.id for i in checklist.items if i.laptop_only] == ["L1"]
    assert checklist.item("L1").group == "laptop"
    assert len({i.question for i in checklist.items}) == 34


def test_the_shipped_items_sit_in_the_group_their_letter_names() -> None:
    letter = {"chair": "C", "desk": "D", "screen": "S", "keyboard_mouse": "K", "laptop": "L",
              "environment": "E", "habits": "H"}
    for i in real().items:
        assert i.id[0] == letter[i.group], i.id


def test_the_shipped_illustrations_exist_and_follow_the_line_style() -> None:
    checklist = real()
    named = {i.illustration for i in checklist.items if i.illustration}
    assert {i.id for i in checklist.items if i.illustration} == {"C1", "S1", "S2", "K1"}
    assert named == {p.name for p in (FOLDER / "art").glob("*.svg")}  # none missing or unused
    for name in named:
        text = (FOLDER / "art" / name).read_text(encoding="utf-8")
        root = ET.fromstring(text)
        assert root.get("viewBox") == "0 0 240 240", name
        colours = set(re.findall(r"#[0-9a-f]{6}", text))
        # the exercise figure's palette: outline, body, props (no stick figures any more)
        assert {"#1f2933", "#a9cbee", "#e9edf1"} <= colours, name
        assert "tools/draw_checklist_art.py" in text, name


def test_a_laptop_user_gets_the_laptop_question_and_a_docked_laptop_does_not() -> None:
    checklist = real()
    assert len(checklist.items_for("laptop")) == 34
    assert len(checklist.items_for("desktop")) == 33
    assert "L1" not in ids(checklist.items_for("laptop_docked"))


# ---- parsing: a valid file --------------------------------------------------------------------

def test_the_synthetic_checklist_parses_to_the_expected_value() -> None:
    expected = Checklist(
        version=1, reassess_months=6, follow_up_days=14,
        groups=(Group("chair", "Chair"), Group("laptop", "Laptop"), Group("habits", "Habits")),
        items=(
            Item("C1", "chair", "Is C1 fine?", "Why C1 matters.", "How to fix C1.",
                 ("HSE", "OSHA", "EU 90/270/EEC", "CSA Z412"), "me",
                 illustration="chair-posture.svg"),
            Item("C2", "chair", "Is C2 fine?", "Why C2 matters.", "How to fix C2.", ("HSE",),
                 "facilities"),
            Item("L1", "laptop", "Is L1 fine?", "Why L1 matters.", "How to fix L1.", ("HSE",),
                 "manager", laptop_only=True),
            Item("H1", "habits", "Is H1 fine?", "Why H1 matters.", "How to fix H1.", ("HSE",),
                 "me"),
        ))
    assert parse_checklist(SOURCE, data()) == expected


def test_item_finds_by_id_and_raises_key_error_for_an_unknown_one() -> None:
    assert CL.item("L1").laptop_only is True
    with pytest.raises(KeyError):
        CL.item("Z9")


@pytest.mark.parametrize("change", [
    pytest.param(lambda d: d["items"][0].update(question="q" * 109 + "?"), id="question-110"),
    pytest.param(lambda d: d["items"][0].update(why="w" * 140), id="why-140"),
    pytest.param(lambda d: d["items"][0].update(fix="f" * 160), id="fix-160"),
    pytest.param(lambda d: d["groups"][0].update(title="t" * 40), id="title-40"),
    pytest.param(lambda d: d["items"][0].update(sources=list(SOURCES)), id="all-sources"),
    pytest.param(lambda d: d["items"][0].update(id="Z99"), id="id-99"),
    pytest.param(lambda d: d["items"][0].update(illustration="a-2-b.svg"), id="art-digits"),
    pytest.param(lambda d: d["items"][3].pop("laptop_only"), id="laptop_only-optional"),
    pytest.param(lambda d: d.update(reassess_months=60, follow_up_days=365), id="maxima"),
    pytest.param(lambda d: d["groups"][0].update(id="keyboard_mouse"), id="group-underscore"),
])
def test_entries_at_the_limits_are_accepted(change: Callable[[dict[str, Any]], object]) -> None:
    d = data()
    change(d)
    for entry in d["items"]:  # keep the items in the (possibly renamed) first group
        if entry["group"] == "chair":
            entry["group"] = d["groups"][0]["id"]
    assert len(parse_checklist(SOURCE, d).items) == 4


def test_text_is_trimmed() -> None:
    d = data()
    d["items"][0]["question"] = "  Is it fine?  "
    assert parse_checklist(SOURCE, d).items[0].question == "Is it fine?"


# ---- parsing: every rule, refused naming the file and the key ---------------------------------

def top(**values: Any) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        for key, value in values.items():
            if value is DELETE:
                d.pop(key, None)
            else:
                d[key] = value
    return change


def in_item(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        for key, value in values.items():
            if value is DELETE:
                d["items"][index].pop(key, None)
            else:
                d["items"][index][key] = value
    return change


def in_group(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["groups"][index].update(values)
    return change


def drop_item(index: int) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        del d["items"][index]
    return change


def swap_items(a: int, b: int) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["items"][a], d["items"][b] = d["items"][b], d["items"][a]
    return change


P = "checklist.toml: "
OWNERS_TEXT = "allowed: me, manager, facilities"
REFUSED: list[Any] = [
    # keys
    pytest.param(top(colour="red"), P + "'colour' is not a known key", id="unknown-key"),
    pytest.param(in_group(1, icon="x"), P + "'groups[1].icon' is not a known key",
                 id="unknown-group-key"),
    pytest.param(in_item(2, colour="red"), P + "'items[2].colour' is not a known key",
                 id="unknown-item-key"),
    # versions and periods
    pytest.param(top(schema_version=2), P + "'schema_version' is 2; this DeskCoach reads 1",
                 id="schema-2"),
    pytest.param(top(schema_version=True), P + "'schema_version' is True; this DeskCoach reads 1",
                 id="schema-bool"),
    pytest.param(top(schema_version="1"), P + "'schema_version' is '1'; this DeskCoach reads 1",
                 id="schema-text"),
    pytest.param(top(schema_version=DELETE),
                 P + "'schema_version' is None; this DeskCoach reads 1", id="schema-missing"),
    pytest.param(top(reassess_months=0),
                 P + "'reassess_months' must be a whole number from 1 to 60, not 0",
                 id="reassess-0"),
    pytest.param(top(reassess_months=61),
                 P + "'reassess_months' must be a whole number from 1 to 60, not 61",
                 id="reassess-61"),
    pytest.param(top(follow_up_days="14"),
                 P + "'follow_up_days' must be a whole number from 1 to 365, not '14'",
                 id="follow-up-text"),
    pytest.param(top(follow_up_days=DELETE),
                 P + "'follow_up_days' must be a whole number from 1 to 365, not None",
                 id="follow-up-missing"),
    pytest.param(top(follow_up_days=False),
                 P + "'follow_up_days' must be a whole number from 1 to 365, not False",
                 id="follow-up-bool"),
    # groups
    pytest.param(top(groups=DELETE), P + "'groups' must be a list of 1-12 tables",
                 id="groups-missing"),
    pytest.param(top(groups=[]), P + "'groups' must be a list of 1-12 tables", id="groups-empty"),
    pytest.param(top(groups=["chair"]), P + "'groups[0]' must be a table", id="group-text"),
    pytest.param(in_group(0, id="Chair"), P + "'groups[0].id' is 'Chair'; a group id is "
                 "lowercase words joined by single underscores", id="group-id-case"),
    pytest.param(in_group(0, id="key__board"), P + "'groups[0].id' is 'key__board'; a group id "
                 "is lowercase words joined by single underscores", id="group-id-double"),
    pytest.param(in_group(1, id="chair"), P + "'groups[1].id' is 'chair', which an earlier "
                 "entry already uses", id="group-id-twice"),
    pytest.param(in_group(0, title="t" * 41),
                 P + "'groups[0].title' is 41 characters long, at most 40 allowed",
                 id="title-41"),
    pytest.param(in_group(0, title=" "), P + "'groups[0].title' must be a non-empty text",
                 id="title-blank"),
    pytest.param(drop_item(3), P + "'groups[2].id' is 'habits', but no item is in that group",
                 id="group-without-items"),
    # items: ids, groups, order
    pytest.param(top(items=[]), P + "'items' must be a list of 1-100 tables", id="items-empty"),
    pytest.param(top(items={"C1": {}}), P + "'items' must be a list of 1-100 tables",
                 id="items-table"),
    pytest.param(top(items=[1]), P + "'items[0]' must be a table", id="item-number"),
    *[pytest.param(in_item(0, id=bad), P + f"'items[0].id' is {bad!r}; an item id is a capital "
                   "letter and a number from 1 to 99, like 'C1'", id=f"item-id-{bad}")
      for bad in ("c1", "C0", "C100", "CC1", "C01", "C 1", "", 1, None)],
    pytest.param(in_item(1, id="C1"), P + "'items[1].id' is 'C1', which an earlier entry "
                 "already uses", id="item-id-twice"),
    pytest.param(in_item(0, group="desk"), P + "'items[0].group' is 'desk', not one of the "
                 "[[groups]]: chair, laptop, habits", id="group-unknown"),
    pytest.param(in_item(0, group=DELETE), P + "'items[0].group' is None, not one of the "
                 "[[groups]]: chair, laptop, habits", id="group-missing"),
    pytest.param(swap_items(1, 2), P + "'items[2].group' is 'chair' after an item of 'laptop'; "
                 "list the items group by group, in the order of [[groups]]", id="group-order"),
    # texts
    pytest.param(in_item(0, question="q" * 110 + "?"),
                 P + "'items[0].question' is 111 characters long, at most 110 allowed",
                 id="question-111"),
    pytest.param(in_item(0, question="Is it\nfine?"), P + "'items[0].question' must be one line",
                 id="question-two-lines"),
    pytest.param(in_item(0, question="Is it fine"),
                 P + "'items[0].question' must be a question, ending in '?'", id="question-no-?"),
    pytest.param(in_item(0, question="  "), P + "'items[0].question' must be a non-empty text",
                 id="question-blank"),
    pytest.param(in_item(0, question=DELETE), P + "'items[0].question' must be a non-empty text",
                 id="question-missing"),
    pytest.param(in_item(1, why="w" * 141),
                 P + "'items[1].why' is 141 characters long, at most 140 allowed", id="why-141"),
    pytest.param(in_item(1, why=["a"]), P + "'items[1].why' must be a non-empty text",
                 id="why-list"),
    pytest.param(in_item(2, fix="f" * 161),
                 P + "'items[2].fix' is 161 characters long, at most 160 allowed", id="fix-161"),
    pytest.param(in_item(2, fix="a\rb"), P + "'items[2].fix' must be one line", id="fix-cr"),
    # sources
    pytest.param(in_item(0, sources=[]), P + "'items[0].sources' must be a list of 1-8 source "
                 "names", id="sources-empty"),
    pytest.param(in_item(0, sources="HSE"), P + "'items[0].sources' must be a list of 1-8 source "
                 "names", id="sources-text"),
    pytest.param(in_item(0, sources=["HSE", "NIOSH"]),
                 P + "'items[0].sources[1]' is 'NIOSH', allowed: " + ", ".join(SOURCES),
                 id="source-unknown"),
    pytest.param(in_item(0, sources=["HSE", "HSE"]),
                 P + "'items[0].sources' lists the same source twice", id="source-twice"),
    # owner, laptop_only, illustration
    pytest.param(in_item(3, default_owner="boss"),
                 P + f"'items[3].default_owner' is 'boss', {OWNERS_TEXT}", id="owner-unknown"),
    pytest.param(in_item(3, default_owner=DELETE),
                 P + f"'items[3].default_owner' is None, {OWNERS_TEXT}", id="owner-missing"),
    pytest.param(in_item(2, laptop_only="yes"),
                 P + "'items[2].laptop_only' must be true or false, not 'yes'",
                 id="laptop_only-text"),
    pytest.param(in_item(2, laptop_only=1),
                 P + "'items[2].laptop_only' must be true or false, not 1", id="laptop_only-1"),
    *[pytest.param(in_item(0, illustration=bad), P + f"'items[0].illustration' is {bad!r}; it "
                   "must be a file name in art/ like 'screen-height.svg': lowercase letters, "
                   "digits, single hyphens", id=f"illustration-{bad}")
      for bad in ("Chair.svg", "chair.png", "../chair.svg", "art/chair.svg", "chair_1.svg",
                  "", ".svg", "a" * 61 + ".svg", 5)],
]


@pytest.mark.parametrize(("change", "message"), REFUSED)
def test_a_broken_rule_is_refused_naming_the_file_and_key(
        change: Callable[[dict[str, Any]], None], message: str) -> None:
    d = data()
    change(d)
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(SOURCE, d)
    assert str(caught.value) == message


def test_the_shipped_file_with_a_broken_item_names_the_file() -> None:
    with FILE.open("rb") as f:
        d = tomllib.load(f)
    d = copy.deepcopy(d)
    d["items"][9]["question"] = "Is the screen high enough"
    with pytest.raises(ChecklistError, match=r"^checklist\.toml: 'items\[9\]\.question' must "):
        parse_checklist(FILE.name, d)


# ---- the walkthrough: branching, resuming, answering -----------------------------------------

def test_items_for_drops_the_laptop_question_unless_the_workstation_is_a_laptop() -> None:
    assert ids(CL.items_for("laptop")) == ["C1", "C2", "L1", "H1"]
    assert ids(CL.items_for("desktop")) == ["C1", "C2", "H1"]
    assert ids(CL.items_for("laptop_docked")) == ["C1", "C2", "H1"]
    with pytest.raises(ChecklistError) as caught:
        CL.items_for("tablet")
    assert str(caught.value) == ("checklist: 'workstation' is 'tablet', allowed: desktop, "
                                 "laptop, laptop_docked")


def test_next_item_resumes_at_the_first_unanswered_question_for_the_workstation() -> None:
    laptop = fresh("laptop")
    assert next_item(CL, laptop) == CL.item("C1")
    laptop = answered("laptop", C1="yes", C2="no")
    assert next_item(CL, laptop) == CL.item("L1")
    desktop = answered("desktop", C1="yes", C2="no")
    assert next_item(CL, desktop) == CL.item("H1")  # a desktop user never sees L1
    skipped = answered("desktop", C1="yes", H1="yes")
    assert next_item(CL, skipped) == CL.item("C2")  # a skipped question comes back first
    assert next_item(CL, answered("desktop", C1="yes", C2="na", H1="no")) is None


def test_answer_returns_a_new_assessment_and_leaves_the_old_one_alone() -> None:
    before = fresh()
    after = answer(before, "C1", "no")
    assert before.answers == {}
    assert after.answers == {"C1": "no"}
    assert answer(after, "C1", "yes").answers == {"C1": "yes"}  # a changed mind
    assert after.uid == before.uid
    assert after.started == before.started


def test_the_assessment_keeps_its_own_copy_of_the_answers() -> None:
    given_answers = {"C1": "yes"}
    assessment = Assessment("a1", STARTED, "desktop", given_answers)
    given_answers["C2"] = "no"
    assert assessment.answers == {"C1": "yes"}


@pytest.mark.parametrize(("item_id", "value", "message"), [
    ("C1", "maybe", "assessment a1: 'answers.C1' is 'maybe', allowed: yes, no, na"),
    ("C1", "YES", "assessment a1: 'answers.C1' is 'YES', allowed: yes, no, na"),
    ("C1", "", "assessment a1: 'answers.C1' is '', allowed: yes, no, na"),
    ("c1", "yes", "assessment a1: 'answers' has 'c1', which is not an item id"),
    ("", "yes", "assessment a1: 'answers' has '', which is not an item id"),
    ("C1 ", "yes", "assessment a1: 'answers' has 'C1 ', which is not an item id"),
])
def test_answer_refuses_a_bad_value_or_item_id(item_id: str, value: str, message: str) -> None:
    with pytest.raises(ChecklistError) as caught:
        answer(fresh(), item_id, value)
    assert str(caught.value) == message


def test_a_completed_assessment_is_a_record_and_takes_no_more_answers() -> None:
    done = complete(CL, answered(C1="yes", C2="yes", H1="yes"), NOW)
    with pytest.raises(ChecklistError) as caught:
        answer(done, "C1", "no")
    assert str(caught.value) == ("assessment a1: 'answers' cannot change once the assessment "
                                 "is completed; start a new one")


@pytest.mark.parametrize(("fields", "message"), [
    ({"started": datetime(2026, 11, 21, 9, 0)},
     "assessment a1: 'started' must be a datetime with a time zone, not "
     "datetime.datetime(2026, 11, 21, 9, 0)"),
    ({"completed": datetime(2026, 11, 21, 9, 0)},
     "assessment a1: 'completed' must be a datetime with a time zone, not "
     "datetime.datetime(2026, 11, 21, 9, 0)"),
    ({"workstation": "tablet"},
     "assessment a1: 'workstation' is 'tablet', allowed: desktop, laptop, laptop_docked"),
    ({"answers": {"C1": "ok"}}, "assessment a1: 'answers.C1' is 'ok', allowed: yes, no, na"),
    ({"actions": (Action("C1", "me", date(2026, 12, 5)), Action("C1", "me", date(2026, 12, 5)))},
     "assessment a1: 'actions' has two actions for C1"),
    ({"actions": (Action("C1", "boss", date(2026, 12, 5)),)},
     "assessment a1: 'actions.C1.owner' is 'boss', allowed: me, manager, facilities"),
    ({"actions": (Action("C1", "me", NOW),)},
     f"assessment a1: 'actions.C1.due' must be a date (no time), not {NOW!r}"),
])
def test_an_assessment_is_checked_when_it_is_made(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ChecklistError) as caught:
        replace(fresh(), **fields)
    assert str(caught.value) == message


# ---- completing: actions and follow-up dates --------------------------------------------------

def test_complete_refuses_while_questions_are_unanswered() -> None:
    with pytest.raises(ChecklistError) as caught:
        complete(CL, answered("laptop", C2="yes"), NOW)
    assert str(caught.value) == "assessment a1: 'answers' has no answer yet for C1, L1, H1"


def test_complete_needs_an_aware_now() -> None:
    with pytest.raises(ChecklistError, match="'now' must be a datetime with a time zone"):
        complete(CL, answered(C1="yes", C2="yes", H1="yes"), NOW.replace(tzinfo=None))


def test_complete_creates_one_action_per_no_with_the_default_owner_and_due_date() -> None:
    done = complete(CL, answered("laptop", C1="no", C2="no", L1="no", H1="yes"), NOW)
    assert done.completed == NOW
    # NOW is 21 Nov in Los Angeles (already 22 Nov in UTC): due 14 days after the user's day.
    assert done.actions == (Action("C1", "me", date(2026, 12, 5)),
                            Action("C2", "facilities", date(2026, 12, 5)),
                            Action("L1", "manager", date(2026, 12, 5)))
    assert open_actions(done) == done.actions


def test_complete_with_nothing_to_fix_creates_no_actions() -> None:
    done = complete(CL, answered(C1="yes", C2="na", H1="yes"), NOW)
    assert done.actions == ()
    assert done.completed == NOW


def test_complete_keeps_only_the_answers_this_workstation_was_asked() -> None:
    switched = replace(answered("laptop", C1="yes", L1="no"), workstation="desktop")
    done = complete(CL, answer(answer(switched, "C2", "yes"), "H1", "yes"), NOW)
    assert done.answers == {"C1": "yes", "C2": "yes", "H1": "yes"}
    assert done.actions == ()


def test_complete_refuses_a_second_time() -> None:
    done = complete(CL, answered(C1="no", C2="yes", H1="yes"), NOW)
    with pytest.raises(ChecklistError) as caught:
        complete(CL, done, NOW + timedelta(days=1))
    assert str(caught.value) == ("assessment a1: 'completed' is already set; it was completed "
                                 "at 2026-11-21T21:30:00-08:00")


def test_the_follow_up_period_comes_from_the_checklist() -> None:
    quick = parse_checklist(SOURCE, {**data(), "follow_up_days": 3})
    done = complete(quick, answered(C1="no", C2="yes", H1="yes"), NOW)
    assert done.actions == (Action("C1", "me", date(2026, 11, 24)),)


# ---- the summary ------------------------------------------------------------------------------

def test_summarize_sorts_the_answers_and_scores_the_applicable_ones() -> None:
    summary = summarize(CL, answered("laptop", C1="yes", C2="no", L1="na", H1="yes"))
    assert ids(summary.fine) == ["C1", "H1"]
    assert ids(summary.needs_action) == ["C2"]
    assert ids(summary.not_applicable) == ["L1"]
    assert (summary.answered, summary.total) == (4, 4)
    assert summary.score == pytest.approx(2 / 3)


def test_summarize_counts_a_partial_assessment_and_only_this_workstation() -> None:
    summary = summarize(CL, answered("desktop", C1="no", L1="yes", Z9="yes"))
    assert ids(summary.needs_action) == ["C1"]
    assert summary.fine == ()
    assert (summary.answered, summary.total) == (1, 3)
    assert summary.score == 0.0


@pytest.mark.parametrize("answers", [{}, {"C1": "na", "C2": "na", "H1": "na"}])
def test_the_score_is_one_when_nothing_applies(answers: dict[str, str]) -> None:
    assert summarize(CL, answered(**answers)).score == 1.0


def test_the_shipped_checklist_scores_a_mixed_assessment() -> None:
    checklist = real()
    assessment = fresh("laptop")
    for n, i in enumerate(checklist.items_for("laptop")):
        assessment = answer(assessment, i.id, ("no", "yes", "yes", "yes", "na")[n % 5])
    summary = summarize(checklist, assessment)
    assert (len(summary.fine), len(summary.needs_action), len(summary.not_applicable)) == (
        21, 7, 6)
    assert summary.score == pytest.approx(21 / 28)
    done = complete(checklist, assessment, NOW)
    assert [a.item for a in done.actions] == ["C1", "C6", "D5", "S4", "K3", "E1", "H3"]


# ---- actions: owners, follow-ups, reminders ---------------------------------------------------

DUE = date(2026, 12, 5)


def with_actions() -> Assessment:
    return complete(CL, answered("laptop", C1="no", C2="yes", L1="no", H1="yes"), NOW)


def test_reminders_come_on_the_due_date_and_after_until_done() -> None:
    a = with_actions()
    assert due_reminders(a, DUE - timedelta(days=1)) == ()
    assert ids(due_reminders(a, DUE)) == ["C1", "L1"]
    assert ids(due_reminders(a, DUE + timedelta(days=30))) == ["C1", "L1"]
    ticked = set_action(a, "C1", done=DUE + timedelta(days=2))
    assert ticked.actions[0] == Action("C1", "me", DUE, DUE + timedelta(days=2))
    assert ids(open_actions(ticked)) == ["L1"]
    assert ids(due_reminders(ticked, DUE + timedelta(days=3))) == ["L1"]
    all_done = set_action(ticked, "L1", done=DUE)
    assert open_actions(all_done) == ()
    assert due_reminders(all_done, DUE + timedelta(days=365)) == ()


def test_set_action_changes_the_owner_and_moves_the_follow_up() -> None:
    a = set_action(with_actions(), "L1", owner="facilities", due=date(2027, 1, 10))
    assert a.actions[1] == Action("L1", "facilities", date(2027, 1, 10))
    assert a.actions[0] == Action("C1", "me", DUE)  # the others stay
    assert ids(due_reminders(a, DUE)) == ["C1"]
    assert ids(due_reminders(a, date(2027, 1, 10))) == ["C1", "L1"]
    assert set_action(a, "L1") == a  # nothing given, nothing changed


def test_set_action_clear_done_reopens_an_action() -> None:
    ticked = set_action(with_actions(), "C1", done=DUE)
    reopened = set_action(ticked, "C1", clear_done=True)
    assert reopened.actions[0] == Action("C1", "me", DUE, None)
    assert ids(due_reminders(reopened, DUE)) == ["C1", "L1"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"owner": "boss"},
     "assessment a1: 'actions.C1.owner' is 'boss', allowed: me, manager, facilities"),
    ({"due": NOW}, f"assessment a1: 'actions.C1.due' must be a date (no time), not {NOW!r}"),
    ({"done": NOW}, f"assessment a1: 'actions.C1.done' must be a date (no time), not {NOW!r}"),
    ({"done": DUE, "clear_done": True},
     "assessment a1: 'actions.C1.done' cannot be set and cleared at once"),
])
def test_set_action_refuses_bad_values(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ChecklistError) as caught:
        set_action(with_actions(), "C1", **kwargs)
    assert str(caught.value) == message


def test_set_action_on_an_item_without_an_action_raises_key_error() -> None:
    with pytest.raises(KeyError):
        set_action(with_actions(), "C2", owner="me")  # answered "yes": no action


# ---- reassessment -----------------------------------------------------------------------------

JAN15 = datetime(2026, 1, 15, 16, 0, tzinfo=UTC)


def test_reassessment_is_due_when_never_assessed() -> None:
    assert reassessment_due(None, date(2026, 1, 1), 6) is True


@pytest.mark.parametrize(("today", "due"), [
    (date(2026, 6, 15), False),   # 5 months
    (date(2026, 7, 14), False),   # a day short of 6 months
    (date(2026, 7, 15), True),    # 6 months to the day
    (date(2027, 3, 1), True),     # long overdue
])
def test_reassessment_after_six_calendar_months(today: date, due: bool) -> None:
    assert reassessment_due(JAN15, today, 6) is due


@pytest.mark.parametrize(("completed", "before", "on"), [
    (date(2026, 8, 31), date(2027, 2, 27), date(2027, 2, 28)),  # Feb has no 31st
    (date(2023, 8, 31), date(2024, 2, 28), date(2024, 2, 29)),  # leap year
    (date(2026, 3, 31), date(2026, 9, 29), date(2026, 9, 30)),  # Sep has no 31st
])
def test_reassessment_clamps_to_the_end_of_a_shorter_month(completed: date, before: date,
                                                          on: date) -> None:
    last = datetime.combine(completed, datetime.min.time(), UTC).replace(hour=12)
    assert reassessment_due(last, before, 6) is False
    assert reassessment_due(last, on, 6) is True


def test_the_reassessment_period_is_configurable() -> None:
    assert reassessment_due(JAN15, date(2026, 4, 14), 3) is False
    assert reassessment_due(JAN15, date(2026, 4, 15), 3) is True
    assert reassessment_due(JAN15, date(2026, 7, 15), 12) is False
    assert reassessment_due(JAN15, date(2027, 1, 15), 12) is True
    assert reassessment_due(JAN15, date(2026, 2, 15), 1) is True


def test_reassessment_counts_from_the_day_in_the_completion_time_zone() -> None:
    # 31 Aug, 23:30 in New York is already 1 Sep in UTC; the user's day is 31 Aug.
    late = datetime(2026, 8, 31, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert reassessment_due(late, date(2027, 2, 28), 6) is True


@pytest.mark.parametrize("months", [0, -6])
def test_the_reassessment_period_must_be_positive(months: int) -> None:
    with pytest.raises(ChecklistError) as caught:
        reassessment_due(JAN15, date(2026, 7, 15), months)
    assert str(caught.value) == (f"reassessment: 'months' must be a whole number of at least 1, "
                                 f"not {months}")


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 12, 31), 2, date(2027, 2, 28)),
    (date(2026, 11, 30), 1, date(2026, 12, 30)),
    (date(2026, 1, 31), 11, date(2026, 12, 31)),
    (date(2026, 1, 31), 12, date(2027, 1, 31)),
    (date(2026, 5, 15), 30, date(2028, 11, 15)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# ---- history: what changed --------------------------------------------------------------------

def test_changes_lists_the_answers_that_moved_since_last_time() -> None:
    previous = complete(CL, answered("desktop", C1="yes", C2="no", H1="na"), NOW)
    current = answered("laptop", C1="yes", C2="yes", L1="no", H1="no")
    assert changes(previous, current) == {"C2": ("no", "yes"), "L1": (None, "no"),
                                          "H1": ("na", "no")}
    assert changes(previous, previous) == {}
    assert changes(current, previous) == {"C2": ("yes", "no"), "H1": ("no", "na")}


# ---- JSON export ------------------------------------------------------------------------------

def test_to_json_has_the_documented_shape() -> None:
    done = complete(CL, answered("laptop", C1="no", C2="yes", L1="na", H1="yes"), NOW)
    done = set_action(done, "C1", owner="facilities", done=date(2026, 11, 30))
    exported = to_json(CL, done)
    assert exported == {
        "format": "deskcoach-assessment", "format_version": 1, "checklist_version": 1,
        "uid": "a1", "name": "Sam Jones", "workstation": "laptop",
        "started": "2026-11-21T21:26:00-08:00", "completed": "2026-11-21T21:30:00-08:00",
        "score": 0.67,
        "answers": [
            {"item": "C1", "group": "chair", "question": "Is C1 fine?", "answer": "no",
             "sources": ["HSE", "OSHA", "EU 90/270/EEC", "CSA Z412"]},
            {"item": "C2", "group": "chair", "question": "Is C2 fine?", "answer": "yes",
             "sources": ["HSE"]},
            {"item": "L1", "group": "laptop", "question": "Is L1 fine?", "answer": "na",
             "sources": ["HSE"]},
            {"item": "H1", "group": "habits", "question": "Is H1 fine?", "answer": "yes",
             "sources": ["HSE"]},
        ],
        "actions": [{"item": "C1", "fix": "How to fix C1.", "owner": "facilities",
                     "due": "2026-12-05", "done": "2026-11-30"}],
        "disclaimer": "A self-assessment supports, but does not replace, your employer's "
                      "assessor.",
    }
    assert list(exported) == ["format", "format_version", "checklist_version", "uid", "name",
                              "workstation", "started", "completed", "score", "answers",
                              "actions", "disclaimer"]
    assert exported["disclaimer"] == DISCLAIMER
    assert json.loads(json.dumps(exported)) == exported


def test_to_json_types_and_iso_dates_round_trip() -> None:
    checklist = real()
    assessment = fresh("desktop")
    for i in checklist.items_for("desktop"):
        assessment = answer(assessment, i.id, "no" if i.group == "screen" else "yes")
    exported = json.loads(json.dumps(to_json(checklist, complete(checklist, assessment, NOW))))
    assert isinstance(exported["score"], float)
    assert exported["score"] == round(27 / 33, 2)  # the 6 screen items are "no"
    assert datetime.fromisoformat(exported["started"]) == STARTED
    assert datetime.fromisoformat(exported["completed"]) == NOW
    assert len(exported["answers"]) == 33
    for row in exported["answers"]:
        assert list(row) == ["item", "group", "question", "answer", "sources"]
        assert row["answer"] in ANSWERS
        assert row["sources"]
        assert all(isinstance(s, str) for s in row["sources"])
    assert [a["item"] for a in exported["actions"]] == ["S1", "S2", "S3", "S4", "S5", "S6"]
    for row in exported["actions"]:
        assert list(row) == ["item", "fix", "owner", "due", "done"]
        assert date.fromisoformat(row["due"]) == date(2026, 12, 5)
        assert row["done"] is None
        assert row["fix"] == checklist.item(row["item"]).fix


def test_to_json_of_an_assessment_in_progress_has_no_completion_date() -> None:
    exported = json.loads(json.dumps(to_json(CL, answered("desktop", C1="yes"))))
    assert exported["completed"] is None
    assert exported["actions"] == []
    assert [a["item"] for a in exported["answers"]] == ["C1"]
    assert exported["score"] == 1.0


# ---- property: any sequence of answers ---------------------------------------------------------

REAL = real()
ITEM_IDS = [i.id for i in REAL.items]
ID_TEXT = st.one_of(st.sampled_from([*ITEM_IDS, "Z9", "A1", "c1", "C0", "", "C1 ", "L01"]),
                    st.text(max_size=4))
VALUE = st.one_of(st.sampled_from([*ANSWERS, "maybe", "YES", "", "n/a"]), st.text(max_size=3))
VALID_ID = re.compile(r"[A-Z][1-9][0-9]?")


@given(workstation=st.sampled_from(WORKSTATIONS),
       steps=st.lists(st.tuples(ID_TEXT, VALUE), max_size=60))
def test_any_answers_give_a_consistent_assessment(workstation: str,
                                                  steps: list[tuple[str, str]]) -> None:
    assessment = fresh(workstation)
    expected: dict[str, str] = {}
    for item_id, value in steps:
        good = bool(VALID_ID.fullmatch(item_id)) and value in ANSWERS
        try:
            assessment = answer(assessment, item_id, value)
        except (ChecklistError, KeyError):
            assert not good, (item_id, value)
            continue
        assert good, (item_id, value)
        expected[item_id] = value
    assert dict(assessment.answers) == expected

    asked = REAL.items_for(workstation)
    summary = summarize(REAL, assessment)
    counted = [*ids(summary.fine), *ids(summary.needs_action), *ids(summary.not_applicable)]
    assert len(counted) == len(set(counted)) == summary.answered  # nothing counted twice
    assert set(counted) == {i.id for i in asked} & set(expected)
    assert summary.total == len(asked)
    assert 0.0 <= summary.score <= 1.0
    assert all(expected[i.id] == "yes" for i in summary.fine)
    assert all(expected[i.id] == "no" for i in summary.needs_action)
    assert (next_item(REAL, assessment) is None) == (summary.answered == summary.total)

    if summary.answered < summary.total:
        with pytest.raises(ChecklistError):
            complete(REAL, assessment, NOW)
        return
    done = complete(REAL, assessment, NOW)
    assert ids(done.actions) == ids(summary.needs_action)
    assert set(done.answers) == {i.id for i in asked}
    assert summarize(REAL, done) == summary
    assert json.loads(json.dumps(to_json(REAL, done)))["score"] == round(summary.score, 2)


@pytest.mark.parametrize(("item", "words"), [
    ("K5", "B key"), ("H6", "headset"), ("D5", "stand"), ("D6", "shared desk"),
    ("C6", "backrest"), ("K6", "wrist or palm rest")])
def test_the_review_items_are_asked(item: str, words: str) -> None:
    assert words in real().item(item).question


def test_the_screen_goes_at_least_an_arms_length_away() -> None:
    s2 = real().item("S2")
    assert "at least an arm's length" in s2.question
    assert "50 cm" in s2.fix
    assert "40-74" not in s2.fix
