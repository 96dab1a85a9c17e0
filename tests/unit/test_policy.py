"""Organisation policy in the domain: parsing, merging, precedence, limits and the JSON Schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.policy import (
    FEATURES,
    FROM_DEFAULT,
    FROM_LIMIT,
    FROM_MACHINE,
    FROM_MANDATORY,
    FROM_RECOMMENDED,
    FROM_USER,
    LEVELS,
    LIMITS,
    NO_POLICY,
    POLICY_VERSION,
    Policy,
    PolicyError,
    clamp_to_limit,
    limit_text,
    merge_policies,
    resolve,
    within_limit,
)
from deskcoach.core.policy_parse import parse_policy
from deskcoach.core.policy_schema import json_schema
from deskcoach.core.settings import (
    FIELD_BY_KEY,
    FIELDS,
    Field,
    Settings,
    check_value,
    from_mapping,
)

SRC = "/etc/deskcoach/policy.json"
BUILTIN = Settings()


def doc(**sections: object) -> dict[str, object]:
    return {"version": 1, **sections}


def parse(**sections: object) -> Policy:
    return parse_policy(SRC, doc(**sections))


def only(policy: Policy) -> Policy:
    """`policy`, asserting that it parsed without problems."""
    assert policy.problems == ()
    return policy


# ---- precedence: mandatory > user > recommended > machine default > built-in ----

def test_with_no_policy_and_no_user_values_everything_is_the_built_in_default() -> None:
    resolved = resolve(BUILTIN, {}, NO_POLICY)

    assert resolved.settings == BUILTIN
    assert set(resolved.sources.values()) == {FROM_DEFAULT}
    assert resolved.sources.keys() == BUILTIN.as_dict().keys()
    assert resolved.locked == frozenset()
    assert resolved.problems == ()
    assert resolved.features == {"statistics_export": True}


def test_the_built_in_settings_passed_in_are_the_lowest_level() -> None:
    builtin = Settings(work_minutes=30)

    assert resolve(builtin, {}, NO_POLICY).settings.work_minutes == 30


def test_a_machine_default_beats_the_built_in_default() -> None:
    policy = only(parse(defaults={"work_minutes": 35, "sound": False}))

    resolved = resolve(BUILTIN, {}, policy)

    assert (resolved.settings.work_minutes, resolved.settings.sound) == (35, False)
    assert resolved.sources["work_minutes"] == resolved.sources["sound"] == FROM_MACHINE
    assert resolved.sources["break_seconds"] == FROM_DEFAULT
    assert resolved.locked == frozenset()


def test_a_recommended_value_beats_a_machine_default() -> None:
    policy = only(parse(recommended={"work_minutes": 30}, defaults={"work_minutes": 35}))

    resolved = resolve(BUILTIN, {}, policy)

    assert resolved.settings.work_minutes == 30
    assert resolved.sources["work_minutes"] == FROM_RECOMMENDED
    assert resolved.locked == frozenset()


def test_the_users_own_value_beats_recommended_and_machine_defaults() -> None:
    policy = only(parse(recommended={"work_minutes": 30}, defaults={"work_minutes": 35}))

    resolved = resolve(BUILTIN, {"work_minutes": 50}, policy)

    assert resolved.settings.work_minutes == 50
    assert resolved.sources["work_minutes"] == FROM_USER
    assert resolved.check_user_change("work_minutes", 60) is None


def test_a_mandatory_value_beats_the_user_and_is_locked() -> None:
    policy = only(parse(mandatory={"work_minutes": 25, "strict_mode": False},
                        recommended={"work_minutes": 30}))

    resolved = resolve(BUILTIN, {"work_minutes": 50, "strict_mode": True}, policy)

    assert (resolved.settings.work_minutes, resolved.settings.strict_mode) == (25, False)
    assert resolved.sources["work_minutes"] == resolved.sources["strict_mode"] == FROM_MANDATORY
    assert resolved.locked == {"work_minutes", "strict_mode"}
    assert resolved.problems == ()
    assert resolved.check_user_change("work_minutes", 30) == (
        "'work_minutes' is set by your organisation")
    assert resolved.check_user_change("work_minutes", 25) == (
        "'work_minutes' is set by your organisation")
    assert resolved.check_user_change("strict_mode", True) == (
        "'strict_mode' is set by your organisation")
    assert resolved.check_user_change("sound", False) is None


def test_every_level_at_once_each_key_from_its_own_level() -> None:
    policy = only(parse(mandatory={"work_minutes": 25}, recommended={"break_seconds": 90},
                        defaults={"notice_seconds": 30, "break_seconds": 300}))

    resolved = resolve(BUILTIN, {"sound": False}, policy)

    assert {k: resolved.sources[k] for k in
            ("work_minutes", "sound", "break_seconds", "notice_seconds", "snooze_minutes")} == {
        "work_minutes": FROM_MANDATORY, "sound": FROM_USER, "break_seconds": FROM_RECOMMENDED,
        "notice_seconds": FROM_MACHINE, "snooze_minutes": FROM_DEFAULT}
    assert resolved.settings == Settings(work_minutes=25, sound=False, break_seconds=90,
                                         notice_seconds=30)


# ---- limits ----

def test_a_user_value_within_the_limit_stays_the_users() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 45}}}))

    resolved = resolve(BUILTIN, {"work_minutes": 45}, policy)

    assert resolved.settings.work_minutes == 45
    assert resolved.sources["work_minutes"] == FROM_USER
    assert resolved.problems == ()
    assert resolved.locked == frozenset()


def test_a_user_value_above_a_max_limit_is_clamped_and_reported() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 45}}}))

    resolved = resolve(BUILTIN, {"work_minutes": 60}, policy)

    assert resolved.settings.work_minutes == 45
    assert resolved.sources["work_minutes"] == FROM_LIMIT
    assert resolved.problems == (
        "'work_minutes' 60 (your setting) is limited by your organisation to 45",)
    assert resolved.check_user_change("work_minutes", 46) == (
        "'work_minutes' may be at most 45 (limit set by your organisation)")
    assert resolved.check_user_change("work_minutes", 45) is None
    assert resolved.check_user_change("work_minutes", 5) is None


def test_a_user_value_below_a_min_limit_is_clamped_and_reported() -> None:
    policy = only(parse(mandatory={"limits": {"break_seconds": {"min": 90}}}))

    resolved = resolve(BUILTIN, {"break_seconds": 60}, policy)

    assert resolved.settings.break_seconds == 90
    assert resolved.sources["break_seconds"] == FROM_LIMIT
    assert resolved.problems == (
        "'break_seconds' 60 (your setting) is limited by your organisation to 90",)
    assert resolved.check_user_change("break_seconds", 89) == (
        "'break_seconds' must be at least 90 (limit set by your organisation)")
    assert resolved.check_user_change("break_seconds", 600) is None


def test_a_limit_never_loosens_a_stricter_user_value() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 45},
                                              "break_seconds": {"min": 90},
                                              "snoozes_per_break": {"max": 3}}}))

    resolved = resolve(BUILTIN, {"work_minutes": 20, "break_seconds": 300,
                                 "snoozes_per_break": 0}, policy)

    assert (resolved.settings.work_minutes, resolved.settings.break_seconds,
            resolved.settings.snoozes_per_break) == (20, 300, 0)
    assert {resolved.sources[k] for k in ("work_minutes", "break_seconds",
                                          "snoozes_per_break")} == {FROM_USER}


def test_a_built_in_default_outside_a_limit_is_clamped_quietly() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 30},
                                              "break_seconds": {"min": 180}}}))

    resolved = resolve(BUILTIN, {}, policy)

    assert (resolved.settings.work_minutes, resolved.settings.break_seconds) == (30, 180)
    assert resolved.sources["work_minutes"] == resolved.sources["break_seconds"] == FROM_LIMIT
    assert resolved.problems == ()


def test_unlimited_skips_are_outside_any_skip_budget_limit() -> None:
    policy = only(parse(mandatory={"limits": {"daily_skip_budget": {"max": 5}}}))

    resolved = resolve(BUILTIN, {"daily_skip_budget": -1}, policy)

    assert resolved.settings.daily_skip_budget == 5
    assert resolved.sources["daily_skip_budget"] == FROM_LIMIT
    assert resolved.problems == (
        "'daily_skip_budget' -1 (your setting) is limited by your organisation to 5",)
    assert resolved.check_user_change("daily_skip_budget", -1) == (
        "'daily_skip_budget' may be at most 5 (limit set by your organisation)")
    assert resolved.check_user_change("daily_skip_budget", 0) is None
    assert resolved.bounds["daily_skip_budget"] == (0, 5)
    assert resolve(BUILTIN, {"daily_skip_budget": -1}, NO_POLICY).settings.daily_skip_budget == -1


def test_a_strict_mode_limit_turns_it_on_and_locks_it() -> None:
    policy = only(parse(mandatory={"limits": {"strict_mode": True}}))

    off = resolve(BUILTIN, {"strict_mode": False}, policy)
    on = resolve(BUILTIN, {"strict_mode": True}, policy)
    default = resolve(BUILTIN, {}, policy)

    assert [r.settings.strict_mode for r in (off, on, default)] == [True, True, True]
    assert (off.sources["strict_mode"], on.sources["strict_mode"],
            default.sources["strict_mode"]) == (FROM_LIMIT, FROM_USER, FROM_LIMIT)
    assert off.problems == (
        "'strict_mode' false (your setting) is limited by your organisation to true",)
    assert default.problems == ()
    assert "strict_mode" in off.locked
    assert off.check_user_change("strict_mode", False) == (
        "'strict_mode' must stay on (limit set by your organisation)")
    assert off.check_user_change("strict_mode", True) is None


def test_bounds_are_the_schema_range_narrowed_by_the_limits() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 45},
                                              "break_seconds": {"min": 90}}}))

    bounds = resolve(BUILTIN, {}, policy).bounds

    int_keys = {f.key for f in FIELDS if f.kind is int}
    assert bounds.keys() == int_keys
    assert bounds["work_minutes"] == (5, 45)
    assert bounds["break_seconds"] == (90, 600)
    assert bounds["snoozes_per_break"] == (0, 5)
    assert bounds["daily_skip_budget"] == (0, 20)
    assert resolve(BUILTIN, {}, NO_POLICY).bounds == {
        f.key: (f.minimum, f.maximum) for f in FIELDS if f.kind is int}


def test_a_limit_that_leaves_one_value_locks_the_key() -> None:
    policy = only(parse(mandatory={"limits": {"work_minutes": {"max": 5}}}))

    resolved = resolve(BUILTIN, {}, policy)

    assert resolved.bounds["work_minutes"] == (5, 5)
    assert resolved.locked == {"work_minutes"}
    assert resolved.settings.work_minutes == 5


def test_every_limited_key_has_the_direction_that_makes_it_stricter() -> None:
    assert LIMITS == {"work_minutes": "max", "break_seconds": "min", "snooze_minutes": "max",
                      "snoozes_per_break": "max", "daily_skip_budget": "max",
                      "max_defer_minutes": "max", "reassess_months": "max", "strict_mode": "on"}
    assert limit_text("work_minutes", 45) == "at most 45 minutes"
    assert limit_text("break_seconds", 90) == "at least 90 seconds"
    assert limit_text("snoozes_per_break", 1) == "at most 1"
    assert limit_text("strict_mode", True) == "must be on"
    assert clamp_to_limit("work_minutes", 60, 45) == 45
    assert clamp_to_limit("work_minutes", 30, 45) == 30
    assert clamp_to_limit("break_seconds", 60, 90) == 90
    assert clamp_to_limit("daily_skip_budget", -1, 5) == 5
    assert clamp_to_limit("strict_mode", False, True) is True
    assert within_limit("strict_mode", False, False)


def test_a_user_value_the_schema_rejects_is_reported_and_the_next_level_used() -> None:
    policy = only(parse(recommended={"work_minutes": 30}))

    resolved = resolve(BUILTIN, {"work_minutes": 500, "bogus": 1}, policy)

    assert resolved.settings.work_minutes == 30
    assert resolved.sources["work_minutes"] == FROM_RECOMMENDED
    assert resolved.problems[0] == (
        "your settings: 'work_minutes' is 500, allowed: 5-120 minutes; ignored")
    assert resolved.problems[1].startswith("your settings: unknown setting 'bogus' (known: ")


def test_policy_problems_are_passed_on_to_the_resolved_settings() -> None:
    policy = parse(mandatory={"bogus": 1})

    assert resolve(BUILTIN, {}, policy).problems == policy.problems != ()


# ---- features ----

def test_features_switch_checklist_reminders_and_statistics_export() -> None:
    policy = only(parse(mandatory={"features": {"checklist_reminders": False,
                                                "statistics_export": False}}))

    resolved = resolve(BUILTIN, {"checklist_reminders": True}, policy)

    assert policy.mandatory == {"checklist_reminders": False}
    assert policy.features == {"statistics_export": False}
    assert resolved.settings.checklist_reminders is False
    assert "checklist_reminders" in resolved.locked
    assert resolved.features == {"statistics_export": False}
    assert set(FEATURES) == {"checklist_reminders", "statistics_export"}


def test_a_feature_that_contradicts_a_mandatory_value_is_reported() -> None:
    policy = parse(mandatory={"features": {"checklist_reminders": False},
                              "checklist_reminders": True})

    assert policy.mandatory == {"checklist_reminders": True}
    assert policy.problems == (
        f"{SRC}: mandatory: features: 'checklist_reminders' false contradicts mandatory "
        "'checklist_reminders' true; using true",)


def test_bad_features_are_reported_and_ignored() -> None:
    policy = parse(mandatory={"features": {"statistics_export": "no", "telemetry": True}})

    assert policy.features == {}
    assert policy.problems == (
        f"{SRC}: mandatory: features: 'statistics_export' must be true or false, not 'no'; "
        "ignored",
        f"{SRC}: mandatory: features: unknown feature 'telemetry' (known: checklist_reminders, "
        "statistics_export); ignored")


def test_the_reassessment_period_is_an_ordinary_key() -> None:
    policy = only(parse(mandatory={"reassess_months": 12}))

    resolved = resolve(BUILTIN, {"reassess_months": 3}, policy)

    assert resolved.settings.reassess_months == 12
    assert resolved.sources["reassess_months"] == FROM_MANDATORY


# ---- parsing: bad content reported and ignored, never raised ----

def test_a_good_document_parses_into_its_sections_with_origins() -> None:
    policy = only(parse(mandatory={"strict_mode": False,
                                   "avoid_regions": ["neck", "eyes", "neck"],
                                   "limits": {"work_minutes": {"max": 45}}},
                        recommended={"working_hours": "mon-fri 08:30-17:00"},
                        defaults={"sound": False}))

    assert policy.mandatory == {"strict_mode": False, "avoid_regions": ("eyes", "neck")}
    assert policy.recommended == {"working_hours": "mon-fri 08:30-17:00"}
    assert policy.defaults == {"sound": False}
    assert policy.limits == {"work_minutes": 45}
    assert policy.sources == (SRC,)
    assert policy.origins == {("mandatory", "strict_mode"): SRC,
                              ("mandatory", "avoid_regions"): SRC,
                              ("recommended", "working_hours"): SRC,
                              ("defaults", "sound"): SRC,
                              ("limits", "work_minutes"): SRC}
    assert not policy.empty
    assert NO_POLICY.empty


def test_an_unknown_key_is_reported_and_ignored() -> None:
    policy = parse(mandatory={"bogus": 1, "work_minutes": 30})

    assert policy.mandatory == {"work_minutes": 30}
    assert len(policy.problems) == 1
    assert policy.problems[0].startswith(f"{SRC}: mandatory: unknown setting 'bogus' (known: "
                                         "work_minutes, break_seconds, ")
    assert policy.problems[0].endswith(", break_screens, theme, language); ignored")


@pytest.mark.parametrize(("level", "key", "value", "message"), [
    ("mandatory", "work_minutes", 200, "'work_minutes' is 200, allowed: 5-120 minutes"),
    ("recommended", "work_minutes", "45",
     "'work_minutes' must be a whole number (5-120 minutes), not '45'"),
    ("defaults", "strict_mode", 1, "'strict_mode' must be true or false, not 1"),
    ("mandatory", "spine_preference", "up",
     "'spine_preference' is 'up', allowed: any | extension | flexion"),
    ("recommended", "avoid_regions", ["nose"],
     "'avoid_regions' holds 'nose', allowed: a list of up to 64 of: neck, upper_back, "
     "shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, "
     "whole_body"),
    ("mandatory", "working_hours", "mon 25:00-26:00",
     "'working_hours': '25:00-26:00' is not a time range like 08:30-12:30"),
    ("mandatory", "daily_skip_budget", -2, "'daily_skip_budget' is -2, allowed: 0-20, or -1 "
     "for unlimited"),
])
def test_a_bad_value_is_reported_with_the_allowed_range_and_ignored(
        level: str, key: str, value: object, message: str) -> None:
    policy = parse(**{level: {key: value, "sound": False}})

    assert policy.problems == (f"{SRC}: {level}: {message}; ignored",)
    assert dict(getattr(policy, level)) == {"sound": False}


@pytest.mark.parametrize(("limits", "kept", "message"), [
    ({"work_minutes": {"max": 200}}, {"work_minutes": 120},
     "'work_minutes' max 200 is outside 5-120 minutes; using 120"),
    ({"work_minutes": {"max": 1}}, {"work_minutes": 5},
     "'work_minutes' max 1 is outside 5-120 minutes; using 5"),
    ({"break_seconds": {"min": 900}}, {"break_seconds": 600},
     "'break_seconds' min 900 is outside 30-600 seconds; using 600"),
    ({"work_minutes": {"min": 30}}, {},
     "'work_minutes' takes only a 'max' limit (a limit may only make settings stricter), "
     "not 'min'; ignored"),
    ({"break_seconds": {"max": 300}}, {},
     "'break_seconds' takes only a 'min' limit (a limit may only make settings stricter), "
     "not 'max'; ignored"),
    ({"work_minutes": {"max": "45"}}, {},
     "'work_minutes' max must be a whole number (5-120 minutes), not '45'; ignored"),
    ({"work_minutes": {"max": True}}, {},
     "'work_minutes' max must be a whole number (5-120 minutes), not True; ignored"),
    ({"work_minutes": 45}, {}, "'work_minutes' must be {\"max\": number}, not 45; ignored"),
    ({"work_minutes": {}}, {}, "'work_minutes' must be {\"max\": number}, not {}; ignored"),
    ({"work_minutes": {"most": 45}}, {},
     "'work_minutes' must be {\"max\": number}, not {'most': 45}; ignored"),
    ({"daily_skip_budget": {"max": -1}}, {},
     "'daily_skip_budget' max -1 (unlimited) is no limit; ignored"),
    ({"sound": {"max": 1}}, {},
     "'sound' cannot be limited (limits exist for: work_minutes (max), break_seconds (min), "
     "snooze_minutes (max), snoozes_per_break (max), daily_skip_budget (max), "
     "max_defer_minutes (max), reassess_months (max), strict_mode (on)); ignored"),
    ({"bogus": {"max": 1}}, {}, "unknown setting 'bogus'; ignored"),
    ({"strict_mode": "yes"}, {}, "'strict_mode' must be true (it must be on), not 'yes'; "
     "ignored"),
    ({"strict_mode": False}, {},
     "'strict_mode' false has no effect (a limit can only require it to be on; to switch it "
     "off for everyone, set it in mandatory)"),
])
def test_a_bad_limit_is_reported_clamped_to_the_range_or_ignored(
        limits: dict[str, object], kept: dict[str, int], message: str) -> None:
    policy = parse(mandatory={"limits": limits})

    assert policy.limits == kept
    assert policy.problems == (f"{SRC}: mandatory: limits: {message}",)


def test_a_policy_value_that_breaks_a_limit_is_clamped_to_it_and_reported() -> None:
    policy = parse(mandatory={"work_minutes": 60, "limits": {"work_minutes": {"max": 45},
                                                             "strict_mode": True}},
                   recommended={"strict_mode": False, "break_seconds": 60},
                   defaults={"work_minutes": 50})

    assert policy.mandatory == {"work_minutes": 45}
    assert policy.recommended == {"strict_mode": True, "break_seconds": 60}
    assert policy.defaults == {"work_minutes": 45}
    assert policy.problems == (
        f"{SRC}: mandatory: 'work_minutes' 60 breaks the limit (at most 45 minutes, from "
        f"{SRC}); using 45",
        f"{SRC}: defaults: 'work_minutes' 50 breaks the limit (at most 45 minutes, from "
        f"{SRC}); using 45",
        f"{SRC}: recommended: 'strict_mode' false breaks the limit (must be on, from {SRC}); "
        "using true")


@pytest.mark.parametrize(("data", "message"), [
    ({"mandatory": {}}, f"{SRC}: 'version' is missing; reading it as version 1"),
    ({"version": 2}, f"{SRC}: 'version' is 2, newer than this DeskCoach understands (1); "
     "known entries are used"),
    ({"version": "1"}, f"{SRC}: 'version' must be 1, not '1'; reading it as version 1"),
    ({"version": True}, f"{SRC}: 'version' must be 1, not True; reading it as version 1"),
    ({"version": 1, "limits": {}}, f"{SRC}: 'limits' belongs inside 'mandatory'; ignored"),
    ({"version": 1, "features": {}}, f"{SRC}: 'features' belongs inside 'mandatory'; ignored"),
    ({"version": 1, "locked": {}},
     f"{SRC}: unknown section 'locked' (known: version, mandatory, recommended, defaults); "
     "ignored"),
    ({"version": 1, "recommended": {"limits": {"work_minutes": {"max": 45}}}},
     f"{SRC}: recommended: 'limits' are only allowed in mandatory policy; ignored"),
    ({"version": 1, "defaults": {"features": {}}},
     f"{SRC}: defaults: 'features' are only allowed in mandatory policy; ignored"),
    ({"version": 1, "mandatory": {"limits": [1]}},
     f"{SRC}: mandatory: 'limits' must be an object, not a list; ignored"),
])
def test_document_problems_are_reported(data: dict[str, object], message: str) -> None:
    policy = parse_policy(SRC, data)

    assert policy.problems == (message,)
    assert policy.empty


def test_a_schema_key_at_the_top_is_allowed() -> None:
    only(parse_policy(SRC, {"$schema": "./policy.schema.json", "version": 1}))


@pytest.mark.parametrize(("data", "message"), [
    ([1, 2], f"{SRC}: a policy must be an object of sections (mandatory, recommended, "
     "defaults), not a list"),
    ("text", f"{SRC}: a policy must be an object of sections (mandatory, recommended, "
     "defaults), not text"),
    (None, f"{SRC}: a policy must be an object of sections (mandatory, recommended, "
     "defaults), not null"),
    ({"version": 1, "mandatory": ["strict_mode"]},
     f"{SRC}: 'mandatory' must be an object of setting: value, not a list"),
    ({"version": 1, "recommended": 5},
     f"{SRC}: 'recommended' must be an object of setting: value, not a number"),
])
def test_a_document_of_the_wrong_shape_raises_policy_error(data: Any, message: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(SRC, data)

    assert str(caught.value) == message


def test_one_section_on_its_own_is_read_at_its_level() -> None:
    managed = only(parse_policy("m.json", {"version": 1, "work_minutes": 30,
                                           "limits": {"break_seconds": {"min": 60}},
                                           "features": {"statistics_export": False}},
                                level="mandatory"))
    recommended = only(parse_policy("r.json", {"sound": False}, level="recommended"))
    defaults = only(parse_policy("d.json", {"sound": False}, level="defaults"))

    assert (managed.mandatory, managed.limits, managed.features) == (
        {"work_minutes": 30}, {"break_seconds": 60}, {"statistics_export": False})
    assert (recommended.recommended, recommended.mandatory) == ({"sound": False}, {})
    assert defaults.defaults == {"sound": False}
    assert parse_policy("r.json", {"mandatory": {}}, level="recommended").problems[0].startswith(
        "r.json: recommended: unknown setting 'mandatory' (known: ")
    assert parse_policy("m.json", {"version": 3}, level="mandatory").problems == (
        "m.json: 'version' is 3, newer than this DeskCoach understands (1); known entries are "
        "used",)


# ---- merging ----

def test_merging_the_first_value_for_a_key_wins_in_each_section() -> None:
    high = only(parse_policy("high", doc(mandatory={"work_minutes": 30},
                                         recommended={"sound": False},
                                         defaults={"notice_seconds": 10})))
    low = only(parse_policy("low", doc(mandatory={"work_minutes": 20, "strict_mode": True},
                                       recommended={"sound": True, "seated_only": True},
                                       defaults={"notice_seconds": 20})))

    merged = merge_policies([high, low])

    assert merged.mandatory == {"work_minutes": 30, "strict_mode": True}
    assert merged.recommended == {"sound": False, "seated_only": True}
    assert merged.defaults == {"notice_seconds": 10}
    assert merged.origins[("mandatory", "work_minutes")] == "high"
    assert merged.origins[("mandatory", "strict_mode")] == "low"
    assert merged.origins[("recommended", "seated_only")] == "low"
    assert merged.sources == ("high", "low")
    assert merged.problems == ()


def test_merging_limits_combine_to_the_strictest() -> None:
    high = only(parse_policy("high", doc(mandatory={"limits": {
        "work_minutes": {"max": 45}, "break_seconds": {"min": 60}}})))
    low = only(parse_policy("low", doc(mandatory={"limits": {
        "work_minutes": {"max": 30}, "break_seconds": {"min": 120}, "strict_mode": True,
        "daily_skip_budget": {"max": 2}}})))

    merged = merge_policies([high, low])

    assert merged.limits == {"work_minutes": 30, "break_seconds": 120, "strict_mode": True,
                             "daily_skip_budget": 2}
    assert merged.origins[("limits", "work_minutes")] == "low"
    assert merge_policies([low, high]).limits == merged.limits


def test_merging_features_first_wins_and_problems_are_concatenated() -> None:
    high = parse_policy("high", doc(mandatory={"features": {"statistics_export": False},
                                               "bogus": 1}))
    low = parse_policy("low", doc(mandatory={"features": {"statistics_export": True},
                                             "work_minutes": 0}))

    merged = merge_policies([high, low])

    assert merged.features == {"statistics_export": False}
    assert merged.problems == (*high.problems, *low.problems)
    assert len(merged.problems) == 2


def test_merging_clamps_a_value_from_one_source_to_a_limit_from_another() -> None:
    high = only(parse_policy("high", doc(recommended={"work_minutes": 60})))
    low = only(parse_policy("low", doc(mandatory={"limits": {"work_minutes": {"max": 45}}})))

    merged = merge_policies([high, low])

    assert merged.recommended == {"work_minutes": 45}
    assert merged.problems == (
        "high: recommended: 'work_minutes' 60 breaks the limit (at most 45 minutes, from "
        "low); using 45",)


def test_merging_nothing_is_no_policy() -> None:
    assert merge_policies([]) == NO_POLICY
    assert merge_policies([NO_POLICY, NO_POLICY]).empty


# ---- the JSON Schema ----

def test_the_json_schema_covers_every_setting_limit_and_feature() -> None:
    schema = json_schema()
    defs: Any = schema["$defs"]
    props: Any = schema["properties"]

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert props["version"] == {"const": POLICY_VERSION}
    assert schema["required"] == ["version"]
    for level in ("mandatory", "recommended", "defaults"):
        keys = set(props[level]["properties"])
        extra = {"limits", "features"} if level == "mandatory" else set()
        assert keys == {f.key for f in FIELDS} | extra
        assert props[level]["additionalProperties"] is False
    assert set(defs["limits"]["properties"]) == set(LIMITS)
    assert set(defs["features"]["properties"]) == set(FEATURES)
    assert defs["work_minutes"]["minimum"] == 5
    assert defs["work_minutes"]["maximum"] == 120
    assert defs["daily_skip_budget"]["anyOf"] == [
        {"type": "integer", "minimum": 0, "maximum": 20}, {"enum": [-1]}]
    assert defs["limits"]["properties"]["break_seconds"]["required"] == ["min"]
    assert defs["limits"]["properties"]["strict_mode"]["type"] == "boolean"
    assert defs["avoid_regions"]["items"]["enum"] == list(FIELD_BY_KEY["avoid_regions"].choices)
    assert defs["avoid_exercises"]["items"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$"
    assert defs["spine_preference"]["enum"] == ["any", "extension", "flexion"]
    assert all(defs[f.key]["default"] == (list(f.default) if isinstance(f.default, tuple)
                                          else f.default) for f in FIELDS)


# ---- properties ----

IDS = ("neck-roll", "calf-raise", "wrist-circles", "x1")
HOURS = ("", "mon-fri 08:30-12:30,13:30-17:30", "sat 09:00-12:00", "mon-sun 00:00-24:00")
ANCHORS = ("", "coffee 08:30", "lunch 12:30, end of day 17:15")


def valid(spec: Field) -> st.SearchStrategy[Any]:
    if spec.kind is bool:
        return st.booleans()
    if spec.kind is int:
        numbers = st.integers(spec.minimum, spec.maximum)
        return numbers | st.sampled_from(list(spec.special)) if spec.special else numbers
    if spec.kind is str:
        return st.sampled_from(spec.choices or (ANCHORS if spec.key == "daily_anchors"
                                                else HOURS))
    return st.lists(st.sampled_from(spec.choices or IDS), max_size=4)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=6)
    | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)
garbage = st.dictionaries(st.sampled_from([*FIELD_BY_KEY, "bogus", "limits", "features"]),
                          json_values, max_size=3)
values = st.fixed_dictionaries({}, optional={f.key: valid(f) for f in FIELDS})
limit_entries = st.fixed_dictionaries({}, optional={
    key: (st.booleans() if direction == "on" else st.fixed_dictionaries({
        direction: st.integers(FIELD_BY_KEY[key].minimum - 5, FIELD_BY_KEY[key].maximum + 5)}))
    for key, direction in LIMITS.items()})
feature_entries = st.fixed_dictionaries({}, optional={name: st.booleans() for name in FEATURES})


@st.composite
def documents(draw: st.DrawFn, messy: bool = True) -> dict[str, object]:
    mandatory: dict[str, object] = dict(draw(values))
    if draw(st.booleans()):
        mandatory["limits"] = draw(limit_entries)
    if draw(st.booleans()):
        mandatory["features"] = draw(feature_entries)
    data: dict[str, object] = {"version": 1, "mandatory": mandatory,
                               "recommended": draw(values), "defaults": draw(values)}
    if messy:
        for level in ("mandatory", "recommended", "defaults"):
            section = data[level]
            assert isinstance(section, dict)
            section.update(draw(garbage))
    return data


policies = st.lists(documents(), min_size=1, max_size=3).map(
    lambda docs: merge_policies([parse_policy(f"source{i}", d) for i, d in enumerate(docs)]))
builtins = st.fixed_dictionaries({f.key: valid(f) for f in FIELDS}).map(
    lambda data: from_mapping(data).settings)


PROPERTY = settings(max_examples=150, deadline=None)


def strictness(key: str, value: Any) -> float:
    """Bigger is stricter, for a key with a limit."""
    direction = LIMITS[key]
    if direction == "on":
        return 1.0 if value else 0.0
    if value in (FIELD_BY_KEY[key].special or {}):
        return float("-inf")
    return float(-value if direction == "max" else value)


@PROPERTY
@given(documents(), garbage)
def test_policy_content_never_raises_and_every_problem_names_its_source(
        data: dict[str, object], top: Mapping[str, object]) -> None:
    policy = parse_policy("the-source", {**data, **{f"x{k}": v for k, v in top.items()}})

    assert all(problem.startswith("the-source: ") for problem in policy.problems)
    for level in LEVELS:
        for key, value in policy.section(level).items():
            assert check_value(key, value) == value


@PROPERTY
@given(builtins, policies, values, garbage)
def test_resolved_settings_are_valid_and_within_every_limit(
        builtin: Settings, policy: Policy, user: dict[str, Any],
        junk: dict[str, object]) -> None:
    resolved = resolve(builtin, {**user, **junk}, policy)

    assert isinstance(resolved.settings, Settings)
    for key, value in resolved.settings.as_dict().items():
        assert check_value(key, value) == value
        if key in policy.limits:
            assert within_limit(key, value, policy.limits[key])
    for key, (low, high) in resolved.bounds.items():
        value = getattr(resolved.settings, key)
        spec = FIELD_BY_KEY[key]
        assert spec.minimum <= low <= high <= spec.maximum
        assert low <= value <= high or (key not in policy.limits
                                        and value in (spec.special or {}))


@PROPERTY
@given(builtins, policies, values)
def test_limits_only_ever_make_the_users_choice_stricter(
        builtin: Settings, policy: Policy, user: dict[str, Any]) -> None:
    resolved = resolve(builtin, user, policy)

    for key, chosen in user.items():
        if key in policy.mandatory:
            continue
        got = getattr(resolved.settings, key)
        chosen = check_value(key, chosen)
        if key in policy.limits and not within_limit(key, chosen, policy.limits[key]):
            assert strictness(key, got) > strictness(key, chosen)
            assert resolved.sources[key] == FROM_LIMIT
            assert resolved.check_user_change(key, chosen) is not None
        else:
            assert got == chosen
            assert resolved.sources[key] == FROM_USER
            assert resolved.check_user_change(key, chosen) is None


@PROPERTY
@given(builtins, policies, values)
def test_mandatory_values_always_win(
        builtin: Settings, policy: Policy, user: dict[str, Any]) -> None:
    resolved = resolve(builtin, user, policy)

    for key, value in policy.mandatory.items():
        assert getattr(resolved.settings, key) == value
        assert resolved.sources[key] == FROM_MANDATORY
        assert key in resolved.locked
        assert resolved.check_user_change(key, value) == f"'{key}' is set by your organisation"


@PROPERTY
@given(builtins, policies, values)
def test_resolve_is_idempotent(builtin: Settings, policy: Policy, user: dict[str, Any]) -> None:
    once = resolve(builtin, user, policy)

    assert resolve(builtin, user, policy) == once
    assert resolve(builtin, once.settings.as_dict(), policy).settings == once.settings
    assert resolve(once.settings, user, policy).settings == once.settings
    assert resolve(once.settings, {}, NO_POLICY).settings == once.settings


@PROPERTY
@given(st.lists(documents(messy=False), min_size=1, max_size=4))
def test_merged_limits_are_at_least_as_strict_as_every_source(
        docs: list[dict[str, object]]) -> None:
    parts = [parse_policy(f"s{i}", d) for i, d in enumerate(docs)]

    merged = merge_policies(parts)

    for part in parts:
        for key, bound in part.limits.items():
            assert key in merged.limits
            if LIMITS[key] == "max":
                assert merged.limits[key] <= bound
            else:
                assert merged.limits[key] >= bound
        for key in part.mandatory:
            assert key in merged.mandatory
            first = next(p.mandatory[key] for p in parts if key in p.mandatory)
            limit = merged.limits.get(key)
            assert merged.mandatory[key] == (first if limit is None
                                             else clamp_to_limit(key, first, limit))


@PROPERTY
@given(policies, st.sampled_from([f for f in FIELDS if f.kind is int]), st.data())
def test_check_user_change_agrees_with_bounds_and_locks(
        policy: Policy, spec: Field, data: st.DataObject) -> None:
    resolved = resolve(BUILTIN, {}, policy)
    value = data.draw(valid(spec))

    reason = resolved.check_user_change(spec.key, value)

    low, high = resolved.bounds[spec.key]
    if spec.key in policy.mandatory:
        assert reason == f"'{spec.key}' is set by your organisation"
    elif spec.key in policy.limits:
        assert (reason is None) == (low <= value <= high)
    else:
        assert reason is None
