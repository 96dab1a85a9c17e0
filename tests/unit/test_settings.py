"""The settings schema: per-key validation, command-line parsing and loading a parsed file."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.settings import (
    FIELD_BY_KEY,
    FIELDS,
    REGION_NAMES,
    SCHEMA_VERSION,
    SettingError,
    Settings,
    check_value,
    from_mapping,
    parse_text,
    to_mapping,
)

KNOWN = ("work_minutes, break_seconds, notice_seconds, snooze_minutes, snoozes_per_break, "
         "daily_skip_budget, strict_mode, sound, start_at_login, reduced_motion, seated_only, "
         "spine_preference, "
         "avoid_regions, avoid_exercises, idle_minutes, defer_fullscreen, defer_meetings, "
         "max_defer_minutes, working_hours, checklist_reminders, reassess_months, "
         "goal_percent, eye_break_minutes, daily_anchors, sound_volume, sound_cue, "
         "break_screens, theme, language")
UNKNOWN_BOGUS = f"unknown setting 'bogus' (known: {KNOWN})"

INT_BOUNDS = {
    "work_minutes": (5, 120, "5-120 minutes"),
    "break_seconds": (30, 600, "30-600 seconds"),
    "notice_seconds": (0, 300, "0-300 seconds"),
    "snooze_minutes": (1, 30, "1-30 minutes"),
    "snoozes_per_break": (0, 5, "0-5"),
    "daily_skip_budget": (0, 20, "0-20, or -1 for unlimited"),
}
BOOL_KEYS = ("strict_mode", "sound", "start_at_login", "reduced_motion", "seated_only")
OTHER_KEYS = ("spine_preference", "avoid_regions", "avoid_exercises")
LATER_KEYS = ("idle_minutes", "defer_fullscreen", "defer_meetings", "max_defer_minutes",
              "working_hours", "checklist_reminders", "reassess_months", "goal_percent",
              "eye_break_minutes", "daily_anchors")
WINDOW_KEYS = ("sound_volume", "sound_cue", "break_screens", "theme", "language")


def test_the_schema_is_what_the_tables_here_expect() -> None:
    assert [f.key for f in FIELDS] == [*INT_BOUNDS, *BOOL_KEYS, *OTHER_KEYS, *LATER_KEYS,
                                     *WINDOW_KEYS]
    for key, (low, high, allowed) in INT_BOUNDS.items():
        field = FIELD_BY_KEY[key]
        assert (field.kind, field.minimum, field.maximum, field.allowed()) == (
            int, low, high, allowed)
    for key in BOOL_KEYS:
        assert FIELD_BY_KEY[key].kind is bool
        assert FIELD_BY_KEY[key].allowed() == "true or false"
    assert Settings().as_dict() == {f.key: f.default for f in FIELDS}
    assert Settings().as_dict() == {
        "work_minutes": 40, "break_seconds": 120, "notice_seconds": 60, "snooze_minutes": 5,
        "snoozes_per_break": 2, "daily_skip_budget": 3, "strict_mode": False, "sound": True,
        "start_at_login": True, "reduced_motion": False, "seated_only": False,
        "spine_preference": "any",
        "avoid_regions": (), "avoid_exercises": (), "idle_minutes": 5, "defer_fullscreen": True,
        "defer_meetings": True, "max_defer_minutes": 60, "working_hours": "",
        "checklist_reminders": True, "reassess_months": 6, "goal_percent": 80,
        "eye_break_minutes": 20, "daily_anchors": "",
        "sound_volume": 60, "sound_cue": "chime", "break_screens": "pointer",
        "theme": "system", "language": "system"}
    assert FIELD_BY_KEY["language"].allowed() == \
        "system | en | de | fr | es | it | nl | pt_BR | ja | ar"
    assert FIELD_BY_KEY["eye_break_minutes"].allowed() == "5-60 minutes, or 0 for off"


# ---- check_value ------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value"), [
    ("work_minutes", 5), ("work_minutes", 40), ("work_minutes", 120),
    ("break_seconds", 30), ("break_seconds", 600),
    ("notice_seconds", 0), ("notice_seconds", 300),
    ("snooze_minutes", 1), ("snooze_minutes", 30),
    ("snoozes_per_break", 0), ("snoozes_per_break", 5),
    ("daily_skip_budget", 0), ("daily_skip_budget", 20), ("daily_skip_budget", -1),
    ("strict_mode", True), ("strict_mode", False), ("sound", True), ("sound", False),
])
def test_check_value_accepts(key: str, value: int | bool) -> None:
    result = check_value(key, value)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("work_minutes", 4, "'work_minutes' is 4, allowed: 5-120 minutes"),
    ("work_minutes", 121, "'work_minutes' is 121, allowed: 5-120 minutes"),
    ("work_minutes", -1, "'work_minutes' is -1, allowed: 5-120 minutes"),
    ("break_seconds", 29, "'break_seconds' is 29, allowed: 30-600 seconds"),
    ("break_seconds", 601, "'break_seconds' is 601, allowed: 30-600 seconds"),
    ("notice_seconds", -1, "'notice_seconds' is -1, allowed: 0-300 seconds"),
    ("notice_seconds", 301, "'notice_seconds' is 301, allowed: 0-300 seconds"),
    ("snooze_minutes", 0, "'snooze_minutes' is 0, allowed: 1-30 minutes"),
    ("snooze_minutes", 31, "'snooze_minutes' is 31, allowed: 1-30 minutes"),
    ("snoozes_per_break", -1, "'snoozes_per_break' is -1, allowed: 0-5"),
    ("snoozes_per_break", 6, "'snoozes_per_break' is 6, allowed: 0-5"),
    ("daily_skip_budget", -2, "'daily_skip_budget' is -2, allowed: 0-20, or -1 for unlimited"),
    ("daily_skip_budget", 21, "'daily_skip_budget' is 21, allowed: 0-20, or -1 for unlimited"),
    ("work_minutes", True,
     "'work_minutes' must be a whole number (5-120 minutes), not True"),
    ("work_minutes", 40.0,
     "'work_minutes' must be a whole number (5-120 minutes), not 40.0"),
    ("work_minutes", "40",
     "'work_minutes' must be a whole number (5-120 minutes), not '40'"),
    ("work_minutes", None,
     "'work_minutes' must be a whole number (5-120 minutes), not None"),
    ("snoozes_per_break", False, "'snoozes_per_break' must be a whole number (0-5), not False"),
    ("daily_skip_budget", "unlimited",
     "'daily_skip_budget' must be a whole number (0-20, or -1 for unlimited), not 'unlimited'"),
    ("strict_mode", 1, "'strict_mode' must be true or false, not 1"),
    ("strict_mode", 0, "'strict_mode' must be true or false, not 0"),
    ("sound", "true", "'sound' must be true or false, not 'true'"),
    ("sound", None, "'sound' must be true or false, not None"),
    ("bogus", 1, UNKNOWN_BOGUS),
])
def test_check_value_refuses(key: str, value: object, message: str) -> None:
    with pytest.raises(SettingError) as caught:
        check_value(key, value)
    assert str(caught.value) == message


@pytest.mark.parametrize("key", list(INT_BOUNDS))
def test_check_value_accepts_exactly_the_range(key: str) -> None:
    low, high, _ = INT_BOUNDS[key]
    special = {-1} if key == "daily_skip_budget" else set()
    for value in range(low - 5, high + 6):
        expected = low <= value <= high or value in special
        try:
            check_value(key, value)
        except SettingError:
            assert not expected, value
        else:
            assert expected, value


def test_with_value_checks_and_replaces() -> None:
    assert Settings().with_value("work_minutes", 30) == Settings(work_minutes=30)
    assert Settings().with_value("daily_skip_budget", -1).skips_unlimited is True
    assert Settings().skips_unlimited is False
    with pytest.raises(SettingError, match="allowed: 5-120 minutes"):
        Settings().with_value("work_minutes", 2)
    with pytest.raises(SettingError, match="unknown setting 'bogus'"):
        Settings().with_value("bogus", 1)


# ---- parse_text -------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "text", "value"), [
    ("work_minutes", "40", 40),
    ("work_minutes", " 5 ", 5),
    ("work_minutes", "120", 120),
    ("break_seconds", "30", 30),
    ("notice_seconds", "0", 0),
    ("snooze_minutes", "30", 30),
    ("snoozes_per_break", "5", 5),
    ("daily_skip_budget", "unlimited", -1),
    ("daily_skip_budget", " Unlimited ", -1),
    ("daily_skip_budget", "UNLIMITED", -1),
    ("daily_skip_budget", "-1", -1),
    ("daily_skip_budget", "0", 0),
    ("daily_skip_budget", "20", 20),
    ("strict_mode", "true", True),
    ("strict_mode", " TRUE ", True),
    ("strict_mode", "on", True),
    ("strict_mode", "Yes", True),
    ("strict_mode", "1", True),
    ("sound", "false", False),
    ("sound", "Off", False),
    ("sound", "no", False),
    ("sound", "0", False),
])
def test_parse_text_accepts(key: str, text: str, value: int | bool) -> None:
    result = parse_text(key, text)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(("text", "value"), [
    ("pt_BR", "pt_BR"), ("pt_br", "pt_BR"), (" DE ", "de"), ("System", "system")])
def test_a_language_keeps_its_codes_case_whatever_is_typed(text: str, value: str) -> None:
    assert parse_text("language", text) == value


@pytest.mark.parametrize(("key", "text", "message"), [
    ("work_minutes", "4", "'work_minutes' is 4, allowed: 5-120 minutes"),
    ("work_minutes", "121", "'work_minutes' is 121, allowed: 5-120 minutes"),
    ("work_minutes", "forty",
     "'work_minutes' must be a whole number (5-120 minutes), not 'forty'"),
    ("work_minutes", "40.5",
     "'work_minutes' must be a whole number (5-120 minutes), not '40.5'"),
    ("work_minutes", "", "'work_minutes' must be a whole number (5-120 minutes), not ''"),
    ("work_minutes", "0x10",
     "'work_minutes' must be a whole number (5-120 minutes), not '0x10'"),
    ("work_minutes", "unlimited",
     "'work_minutes' must be a whole number (5-120 minutes), not 'unlimited'"),
    ("snoozes_per_break", "unlimited",
     "'snoozes_per_break' must be a whole number (0-5), not 'unlimited'"),
    ("break_seconds", "601", "'break_seconds' is 601, allowed: 30-600 seconds"),
    ("notice_seconds", "-1", "'notice_seconds' is -1, allowed: 0-300 seconds"),
    ("snooze_minutes", "0", "'snooze_minutes' is 0, allowed: 1-30 minutes"),
    ("daily_skip_budget", "-2", "'daily_skip_budget' is -2, allowed: 0-20, or -1 for unlimited"),
    ("daily_skip_budget", "21", "'daily_skip_budget' is 21, allowed: 0-20, or -1 for unlimited"),
    ("strict_mode", "maybe", "'strict_mode' must be true or false, not 'maybe'"),
    ("strict_mode", "2", "'strict_mode' must be true or false, not '2'"),
    ("sound", "", "'sound' must be true or false, not ''"),
    ("sound", "y", "'sound' must be true or false, not 'y'"),
    ("bogus", "1", UNKNOWN_BOGUS),
])
def test_parse_text_refuses(key: str, text: str, message: str) -> None:
    with pytest.raises(SettingError) as caught:
        parse_text(key, text)
    assert str(caught.value) == message


# ---- from_mapping -----------------------------------------------------------------------------

def test_from_mapping_of_nothing_is_the_fallback() -> None:
    assert from_mapping({}).settings == Settings()
    assert from_mapping({}).problems == ()
    assert from_mapping({}).explicit == frozenset()
    fallback = Settings(work_minutes=50)
    assert from_mapping({}, fallback).settings == fallback


def test_from_mapping_takes_good_keys() -> None:
    loaded = from_mapping({"schema_version": 1, "work_minutes": 30, "strict_mode": True,
                           "daily_skip_budget": -1})
    assert loaded.settings == Settings(work_minutes=30, strict_mode=True, daily_skip_budget=-1)
    assert loaded.problems == ()
    assert loaded.explicit == frozenset({"work_minutes", "strict_mode", "daily_skip_budget"})


def test_from_mapping_reports_each_bad_key_and_falls_back_to_the_last_good_value() -> None:
    fallback = Settings(work_minutes=50, break_seconds=300, sound=False)
    loaded = from_mapping({
        "work_minutes": 30,
        "break_seconds": 5,
        "sound": "loud",
        "snooze_minutes": 99,
        "bogus": "blue",
        "strict_mode": 1,
    }, fallback)
    assert loaded.settings == Settings(work_minutes=30, break_seconds=300, sound=False)
    assert loaded.problems == (
        "'break_seconds' is 5, allowed: 30-600 seconds; using 300",
        "'sound' must be true or false, not 'loud'; using false",
        "'snooze_minutes' is 99, allowed: 1-30 minutes; using 5",
        UNKNOWN_BOGUS,
        "'strict_mode' must be true or false, not 1; using false",
    )
    assert loaded.explicit == frozenset({"work_minutes"})


def test_from_mapping_without_fallback_uses_the_defaults() -> None:
    loaded = from_mapping({"break_seconds": 5, "sound": 0})
    assert loaded.settings == Settings()
    assert loaded.problems == ("'break_seconds' is 5, allowed: 30-600 seconds; using 120",
                               "'sound' must be true or false, not 0; using true")


@pytest.mark.parametrize("key", list(INT_BOUNDS) + list(BOOL_KEYS))
def test_from_mapping_names_the_key_and_range_of_a_bad_value(key: str) -> None:
    bad: object = "nonsense" if key in BOOL_KEYS else INT_BOUNDS[key][1] + 1
    fallback = Settings(strict_mode=True, snoozes_per_break=4)
    loaded = from_mapping({key: bad}, fallback)
    assert loaded.settings == fallback
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.startswith(f"'{key}' ")
    assert FIELD_BY_KEY[key].allowed() in problem
    kept = getattr(fallback, key)
    shown = str(kept).lower()
    assert problem.endswith(f"; using {shown}")


def test_from_mapping_reports_a_newer_schema_and_still_uses_known_keys() -> None:
    loaded = from_mapping({"schema_version": SCHEMA_VERSION + 1, "work_minutes": 30,
                           "feature_from_the_future": True})
    assert loaded.settings == Settings(work_minutes=30)
    assert loaded.problems == (
        "'schema_version' is 2, newer than this DeskCoach understands (1); known keys are used",
        "unknown setting 'feature_from_the_future' (known: " + KNOWN + ")",
    )
    assert loaded.explicit == frozenset({"work_minutes"})


@pytest.mark.parametrize("version", [0, -1, "1", True, 1.0, None, [1]])
def test_from_mapping_reports_a_bad_schema_version(version: object) -> None:
    loaded = from_mapping({"schema_version": version, "work_minutes": 30})
    assert loaded.settings == Settings(work_minutes=30)
    assert loaded.problems == (
        f"'schema_version' must be a whole number from 1, not {version!r}",)


def test_from_mapping_survives_a_number_too_long_to_print() -> None:
    # Python refuses to turn an int of more than 4300 digits into text, so building the
    # error message must not be what breaks on it.
    loaded = from_mapping({"work_minutes": 10**5000, "schema_version": -(10**5000)})
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 2


def test_to_mapping_puts_the_schema_version_first() -> None:
    mapping = to_mapping(Settings(work_minutes=30))
    assert list(mapping) == ["schema_version", *INT_BOUNDS, *BOOL_KEYS, *OTHER_KEYS,
                             *LATER_KEYS, *WINDOW_KEYS]
    assert mapping["schema_version"] == SCHEMA_VERSION
    assert mapping["work_minutes"] == 30
    assert to_mapping(Settings(sound=False), frozenset({"sound"})) == {
        "schema_version": 1, "sound": False}


# ---- properties -------------------------------------------------------------------------------

valid_settings = st.builds(
    Settings,
    work_minutes=st.integers(5, 120),
    break_seconds=st.integers(30, 600),
    notice_seconds=st.integers(0, 300),
    snooze_minutes=st.integers(1, 30),
    snoozes_per_break=st.integers(0, 5),
    daily_skip_budget=st.integers(-1, 20),
    strict_mode=st.booleans(),
    sound=st.booleans(),
    start_at_login=st.booleans(),
    reduced_motion=st.booleans(),
    seated_only=st.booleans(),
    spine_preference=st.sampled_from(["any", "extension", "flexion"]),
    avoid_regions=st.lists(st.sampled_from(REGION_NAMES), max_size=4).map(
        lambda xs: tuple(sorted(set(xs)))),
    avoid_exercises=st.lists(st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8})?", fullmatch=True),
                             max_size=4).map(lambda xs: tuple(sorted(set(xs)))),
    idle_minutes=st.integers(1, 30),
    defer_fullscreen=st.booleans(),
    defer_meetings=st.booleans(),
    max_defer_minutes=st.integers(5, 240),
    working_hours=st.sampled_from(["", "mon-fri 08:30-12:30,13:30-17:30",
                                   "sat 09:00-12:00; sun 10:00-11:00"]),
    checklist_reminders=st.booleans(),
    reassess_months=st.integers(1, 24),
    goal_percent=st.integers(10, 100),
    theme=st.sampled_from(["system", "light", "dark"]),
    language=st.sampled_from(["system", "en", "de", "ar", "pt_BR"]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-5, 700)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8,
)
json_keys = st.sampled_from([*FIELD_BY_KEY, "schema_version"]) | st.text(max_size=12)


def assert_valid(s: Settings) -> None:
    for field in FIELDS:
        value = getattr(s, field.key)
        assert type(value) is field.kind
        assert check_value(field.key, value) == value


@settings(max_examples=300, deadline=None)
@given(data=st.dictionaries(json_keys, json_values, max_size=12),
       fallback=st.none() | valid_settings)
def test_from_mapping_never_raises_and_always_yields_valid_settings(
        data: dict[str, Any], fallback: Settings | None) -> None:
    loaded = from_mapping(data, fallback)
    assert_valid(loaded.settings)
    base = fallback or Settings()
    bad = 0
    for key, value in data.items():
        if key == "schema_version":
            continue
        if key in loaded.explicit:
            expected = tuple(sorted(set(value))) if isinstance(value, list) else value
            assert getattr(loaded.settings, key) == expected
        else:
            bad += 1
    for field in FIELDS:
        if field.key not in loaded.explicit:
            assert getattr(loaded.settings, field.key) == getattr(base, field.key)
    version = data.get("schema_version", 1)
    version_ok = type(version) is int and version == SCHEMA_VERSION
    assert len(loaded.problems) == bad + (0 if version_ok else 1)
    assert loaded.explicit <= set(data) - {"schema_version"}


@given(valid_settings)
def test_settings_survive_the_file_round_trip(s: Settings) -> None:
    loaded = from_mapping(to_mapping(s), Settings(work_minutes=99))
    assert loaded.settings == s
    assert loaded.problems == ()
    assert loaded.explicit == frozenset(FIELD_BY_KEY)


def test_the_back_movement_hint_names_the_anatomy_the_right_way_round() -> None:
    from deskcoach.core.settings import FIELDS

    hint = next(f for f in FIELDS if f.key == "spine_preference").help
    assert "forward bends (flexion)" in hint
    assert "backward bends (extension)" in hint
