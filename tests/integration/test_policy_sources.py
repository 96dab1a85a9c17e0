"""Policy sources: Linux files for real in tmp_path, the Windows registry through a fake,
macOS managed preferences as real property lists in tmp_path, the committed schema and example."""

from __future__ import annotations

import json
import os
import plistlib
from collections.abc import Mapping
from pathlib import Path

import pytest

from deskcoach.core.policy import (
    FROM_LIMIT,
    FROM_MACHINE,
    FROM_MANDATORY,
    FROM_RECOMMENDED,
    FROM_USER,
    NO_POLICY,
    Policy,
    resolve,
)
from deskcoach.core.settings import FIELDS, Settings
from deskcoach.store.policy_sources import (
    BUNDLE_ID,
    REG_BINARY,
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_QWORD,
    REG_SZ,
    SCHEMA_FILE,
    WindowsRegistry,
    default_linux_roots,
    linux_files,
    load_linux,
    load_macos,
    load_policy,
    load_windows,
    macos_files,
    policy_locations,
    policy_report,
    schema_text,
    validate_file,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "policy" / "example-policy.json"


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


# ---- the committed schema and example ----

def test_the_committed_schema_is_the_generated_one() -> None:
    committed = (REPO / SCHEMA_FILE).read_text(encoding="utf-8")

    assert committed == schema_text(), (
        "packaging/policy/policy.schema.json is out of date; regenerate it with: .venv/bin/"
        "python -c \"from deskcoach.store import policy_sources as p; "
        "p.write_schema(p.SCHEMA_FILE)\"")


def test_the_example_policy_validates_without_problems() -> None:
    assert validate_file(EXAMPLE) == []


def test_the_example_policy_does_what_it_says(tmp_path: Path) -> None:
    (tmp_path / "policy.json").write_bytes(EXAMPLE.read_bytes())
    policy = load_linux([tmp_path])

    resolved = resolve(Settings(), {"work_minutes": 60, "break_seconds": 60,
                                    "daily_skip_budget": -1, "strict_mode": True}, policy)

    assert resolved.settings.strict_mode is False
    assert resolved.sources["strict_mode"] == FROM_MANDATORY
    assert (resolved.settings.work_minutes, resolved.settings.break_seconds,
            resolved.settings.daily_skip_budget) == (45, 90, 5)
    assert {resolved.sources[k] for k in ("work_minutes", "break_seconds",
                                          "daily_skip_budget")} == {FROM_LIMIT}
    assert resolved.settings.working_hours == "mon-fri 08:00-12:30,13:30-17:30"
    assert resolved.sources["working_hours"] == FROM_RECOMMENDED
    assert resolved.settings.reassess_months == 12
    assert resolved.settings.checklist_reminders is True
    assert resolved.features == {"statistics_export": False}
    assert resolved.locked == {"strict_mode", "reassess_months", "checklist_reminders"}
    assert resolved.check_user_change("work_minutes", 50) == (
        "'work_minutes' may be at most 45 (limit set by your organisation)")
    assert resolved.check_user_change("strict_mode", True) == (
        "'strict_mode' is set by your organisation")


# ---- Linux: real files ----

@pytest.fixture
def etc(tmp_path: Path) -> Path:
    return tmp_path / "etc" / "deskcoach"


def test_no_files_no_policy_and_no_problems(etc: Path) -> None:
    assert load_linux([etc]) == NO_POLICY
    etc.mkdir(parents=True)
    assert load_linux([etc]) == NO_POLICY


def test_policy_json_gives_every_section(etc: Path) -> None:
    path = write(etc / "policy.json", {
        "version": 1, "mandatory": {"strict_mode": True, "limits": {"work_minutes": {"max": 45}}},
        "recommended": {"sound": False}, "defaults": {"notice_seconds": 30}})

    policy = load_linux([etc])

    assert policy.mandatory == {"strict_mode": True}
    assert policy.limits == {"work_minutes": 45}
    assert policy.recommended == {"sound": False}
    assert policy.defaults == {"notice_seconds": 30}
    assert policy.sources == (str(path),)
    assert policy.origins[("mandatory", "strict_mode")] == str(path)
    assert policy.problems == ()


def test_managed_and_recommended_folders_are_read_in_name_order(etc: Path) -> None:
    main = write(etc / "policy.json", {"version": 1, "mandatory": {"work_minutes": 30}})
    first = write(etc / "managed" / "10-strict.json",
                  {"work_minutes": 20, "strict_mode": True,
                   "limits": {"break_seconds": {"min": 90}},
                   "features": {"statistics_export": False}})
    second = write(etc / "managed" / "20-more.json",
                   {"strict_mode": False, "seated_only": True,
                    "limits": {"break_seconds": {"min": 120}}})
    rec = write(etc / "recommended" / "hours.json",
                {"working_hours": "mon-fri 09:00-17:00", "work_minutes": 25})
    write(etc / "managed" / "notes.txt", "not json, not read")
    write(etc / "managed" / ".hidden.json", "{broken")

    policy = load_linux([etc])

    assert policy.sources == (str(main), str(first), str(second), str(rec))
    assert policy.mandatory == {"work_minutes": 30, "strict_mode": True, "seated_only": True}
    assert policy.origins[("mandatory", "work_minutes")] == str(main)
    assert policy.origins[("mandatory", "strict_mode")] == str(first)
    assert policy.limits == {"break_seconds": 120}
    assert policy.origins[("limits", "break_seconds")] == str(second)
    assert policy.features == {"statistics_export": False}
    assert policy.recommended == {"working_hours": "mon-fri 09:00-17:00", "work_minutes": 25}
    assert policy.problems == ()


def test_unreadable_and_garbage_files_are_reported_and_skipped(etc: Path) -> None:
    good = write(etc / "managed" / "50-good.json", {"work_minutes": 30})
    garbage = write(etc / "managed" / "10-garbage.json", "{not json")
    binary = etc / "managed" / "20-binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    listed = write(etc / "managed" / "30-list.json", [1, 2])
    folder = etc / "recommended" / "40-folder.json"
    folder.mkdir(parents=True)
    bad_doc = write(etc / "policy.json", {"version": 1, "mandatory": "strict"})

    policy = load_linux([etc])

    assert policy.mandatory == {"work_minutes": 30}
    assert policy.sources == tuple(str(p) for p in (bad_doc, garbage, binary, listed, good,
                                                    folder))
    assert policy.problems[0] == (
        f"{bad_doc}: 'mandatory' must be an object of setting: value, not text; skipped")
    assert policy.problems[1].startswith(f"{garbage}: not valid JSON (Expecting property name")
    assert policy.problems[1].endswith("); skipped")
    assert policy.problems[2].startswith(f"{binary}: not valid JSON ('utf-8' codec can't")
    assert policy.problems[3] == (
        f"{listed}: a policy must be an object of sections (mandatory, recommended, defaults), "
        "not a list; skipped")
    assert policy.problems[4] == f"{folder}: cannot be read (Is a directory); skipped"
    assert len(policy.problems) == 5


def test_bad_entries_in_a_file_are_reported_with_the_file_and_the_rest_is_used(
        etc: Path) -> None:
    path = write(etc / "policy.json", {"version": 1, "mandatory": {
        "work_minutes": 500, "strict_mode": True, "limits": {"work_minutes": {"max": 200}}}})

    policy = load_linux([etc])

    assert policy.mandatory == {"strict_mode": True}
    assert policy.limits == {"work_minutes": 120}
    assert policy.problems == (
        f"{path}: mandatory: 'work_minutes' is 500, allowed: 5-120 minutes; ignored",
        f"{path}: mandatory: limits: 'work_minutes' max 200 is outside 5-120 minutes; using 120")


def test_the_first_root_wins_over_the_site_config_dir(tmp_path: Path) -> None:
    etc, xdg = tmp_path / "etc" / "deskcoach", tmp_path / "xdg" / "DeskCoach"
    write(etc / "policy.json", {"version": 1, "mandatory": {"work_minutes": 30}})
    write(xdg / "policy.json", {"version": 1, "mandatory": {"work_minutes": 20,
                                                            "sound": False}})
    write(xdg / "recommended" / "a.json", {"seated_only": True})

    policy = load_linux([etc, xdg])

    assert policy.mandatory == {"work_minutes": 30, "sound": False}
    assert policy.recommended == {"seated_only": True}
    assert [p for p, _level in linux_files([etc, xdg])] == [
        etc / "policy.json", xdg / "policy.json", xdg / "recommended" / "a.json"]


def test_the_default_roots_are_fixed_whatever_xdg_config_dirs_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user can set XDG_CONFIG_DIRS; it must neither hide /etc/xdg/DeskCoach nor point
    DeskCoach at a policy of the user's making."""
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    write(tmp_path / "xdg" / "DeskCoach" / "managed" / "a.json", {"sound": False})

    assert default_linux_roots() == [Path("/etc/deskcoach"), Path("/etc/xdg/DeskCoach")]
    assert policy_locations("linux") == [
        "/etc/deskcoach/policy.json", "/etc/deskcoach/managed/*.json",
        "/etc/deskcoach/recommended/*.json", "/etc/xdg/DeskCoach/policy.json",
        "/etc/xdg/DeskCoach/managed/*.json", "/etc/xdg/DeskCoach/recommended/*.json"]
    assert str(tmp_path) not in " ".join(load_policy("linux").sources)


def test_a_policy_file_locks_a_value_end_to_end(etc: Path) -> None:
    write(etc / "policy.json", {"version": 1, "mandatory": {"work_minutes": 25}})

    resolved = resolve(Settings(), {"work_minutes": 50}, load_policy("linux", linux_roots=[etc]))

    assert resolved.settings.work_minutes == 25
    assert resolved.check_user_change("work_minutes", 50) == (
        "'work_minutes' is set by your organisation")


# ---- validate_file ----

def test_validate_reports_each_problem_of_a_file(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.json", {"version": 1, "mandatory": {"work_minute": 30},
                                            "recommended": {"sound": "off"}})

    problems = validate_file(path)

    assert len(problems) == 2
    assert problems[0].startswith(f"{path}: mandatory: unknown setting 'work_minute' (known: ")
    assert problems[1] == f"{path}: recommended: 'sound' must be true or false, not 'off'; ignored"


def test_validate_reads_a_managed_or_recommended_file_as_its_section(tmp_path: Path) -> None:
    managed = write(tmp_path / "managed" / "a.json", {"strict_mode": True,
                                                      "limits": {"work_minutes": {"max": 45}}})
    recommended = write(tmp_path / "recommended" / "a.json", {"strict_mode": True,
                                                              "limits": {}})

    assert validate_file(managed) == []
    assert validate_file(recommended) == [
        f"{recommended}: recommended: 'limits' are only allowed in mandatory policy; ignored"]
    assert validate_file(managed, level="recommended") == [
        f"{managed}: recommended: 'limits' are only allowed in mandatory policy; ignored"]


def test_validate_reports_unreadable_and_garbage_files(tmp_path: Path) -> None:
    garbage = write(tmp_path / "policy.json", "")
    missing = tmp_path / "missing.json"

    assert validate_file(garbage) == [
        f"{garbage}: not valid JSON (Expecting value: line 1 column 1 (char 0)); skipped"]
    assert validate_file(missing) == [
        f"{missing}: cannot be read (No such file or directory); skipped"]
    assert validate_file(tmp_path / "missing.plist") == [
        f"{tmp_path / 'missing.plist'}: cannot be read (No such file or directory)"]


def test_validate_reads_a_property_list_as_managed_preferences(tmp_path: Path) -> None:
    good = tmp_path / "good.plist"
    good.write_bytes(plistlib.dumps({"work_minutes": 30, "work_minutes.max": 45}))
    bad = tmp_path / "bad.plist"
    bad.write_bytes(plistlib.dumps({"work_minutes": 300}))

    assert validate_file(good) == []
    assert validate_file(bad) == [
        f"{bad}: mandatory: 'work_minutes' is 300, allowed: 5-120 minutes; ignored"]


# ---- Windows: a fake registry ----

Values = dict[str, tuple[object, int]]


class FakeRegistry:
    """The registry as a dict: (hive, key path) -> {value name: (data, REG_* type)}."""

    def __init__(self, keys: Mapping[tuple[str, str], Values],
                 denied: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.keys = keys
        self.denied = denied
        self.read: list[tuple[str, str]] = []

    def read_key(self, hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        self.read.append((hive, path))
        if (hive, path) in self.denied:
            raise PermissionError(13, "Access is denied")
        return self.keys.get((hive, path))


POLICIES = r"Software\Policies\DeskCoach"
RECOMMENDED = r"Software\Policies\DeskCoach\Recommended"
MACHINE = r"Software\DeskCoach"


def test_windows_reads_the_five_keys_machine_first() -> None:
    registry = FakeRegistry({})

    assert load_windows(registry) == NO_POLICY
    assert registry.read == [("HKLM", POLICIES), ("HKCU", POLICIES), ("HKLM", RECOMMENDED),
                             ("HKCU", RECOMMENDED), ("HKLM", MACHINE)]
    assert policy_locations("win32") == [f"{h}\\{k}" for h, k in registry.read]


def test_windows_hklm_beats_hkcu_and_limits_combine() -> None:
    registry = FakeRegistry({
        ("HKLM", POLICIES): {"work_minutes": (30, REG_DWORD), "work_minutes.max": (45, REG_DWORD)},
        ("HKCU", POLICIES): {"work_minutes": (20, REG_DWORD), "sound": (0, REG_DWORD),
                             "work_minutes.max": (40, REG_DWORD)},
    })

    policy = load_windows(registry)

    assert policy.mandatory == {"work_minutes": 30, "sound": False}
    assert policy.origins[("mandatory", "work_minutes")] == f"HKLM\\{POLICIES}"
    assert policy.origins[("mandatory", "sound")] == f"HKCU\\{POLICIES}"
    assert policy.limits == {"work_minutes": 40}
    assert policy.origins[("limits", "work_minutes")] == f"HKCU\\{POLICIES}"
    assert policy.problems == ()


def test_windows_recommended_and_machine_defaults() -> None:
    registry = FakeRegistry({
        ("HKLM", RECOMMENDED): {"break_seconds": (180, REG_DWORD)},
        ("HKCU", RECOMMENDED): {"break_seconds": (60, REG_DWORD), "seated_only": (1, REG_DWORD)},
        ("HKLM", MACHINE): {"sound": (0, REG_DWORD), "break_seconds": (300, REG_DWORD),
                            "": ("default value of the key", REG_SZ)},
    })

    policy = load_windows(registry)
    resolved = resolve(Settings(), {"seated_only": False}, policy)

    assert policy.recommended == {"break_seconds": 180, "seated_only": True}
    assert policy.defaults == {"sound": False, "break_seconds": 300}
    assert policy.problems == ()
    assert (resolved.settings.break_seconds, resolved.sources["break_seconds"]) == (
        180, FROM_RECOMMENDED)
    assert (resolved.settings.sound, resolved.sources["sound"]) == (False, FROM_MACHINE)
    assert (resolved.settings.seated_only, resolved.sources["seated_only"]) == (False, FROM_USER)
    assert resolved.locked == frozenset()


def test_windows_value_types() -> None:
    registry = FakeRegistry({("HKLM", POLICIES): {
        "daily_skip_budget": (0xFFFFFFFF, REG_DWORD),    # -1: unlimited
        "snoozes_per_break": (1, REG_QWORD),
        "strict_mode": (1, REG_DWORD),
        "defer_meetings": (0, REG_DWORD),
        "spine_preference": ("flexion", REG_SZ),
        "working_hours": ("mon-fri 08:00-16:00", REG_EXPAND_SZ),
        "avoid_regions": (["neck", "wrists_hands", ""], REG_MULTI_SZ),
        "avoid_exercises": ([], REG_MULTI_SZ),
        "break_seconds.min": (90, REG_DWORD),
        "strict_mode.required": (1, REG_DWORD),
        "statistics_export": (0, REG_DWORD),
        "checklist_reminders": (0, REG_DWORD),
    }})

    policy = load_windows(registry)

    assert policy.problems == ()
    assert policy.mandatory == {
        "daily_skip_budget": -1, "snoozes_per_break": 1, "strict_mode": True,
        "defer_meetings": False, "spine_preference": "flexion",
        "working_hours": "mon-fri 08:00-16:00", "avoid_regions": ("neck", "wrists_hands"),
        "avoid_exercises": (), "checklist_reminders": False}
    assert policy.limits == {"break_seconds": 90, "strict_mode": True}
    assert policy.features == {"statistics_export": False}


def test_windows_wrong_types_and_bad_values_are_reported_and_ignored() -> None:
    source = f"HKLM\\{POLICIES}"
    registry = FakeRegistry({("HKLM", POLICIES): {
        "work_minutes": ("45", REG_SZ),
        "sound": (2, REG_DWORD),
        "avoid_regions": ("neck", REG_SZ),
        "working_hours": (8, REG_DWORD),
        "strict_mode": (b"\x01", REG_BINARY),
        "work_minutes.max": ("45", REG_SZ),
        "work_minutes.min": (30, REG_DWORD),
        "break_seconds": (20, REG_DWORD),
        "telemetry": (1, REG_DWORD),
        "seated_only": (1, REG_DWORD),
    }})

    policy = load_windows(registry)

    assert policy.mandatory == {"seated_only": True}
    assert policy.limits == {}
    assert policy.problems[:6] == (
        f"{source}: 'work_minutes' is REG_SZ, expected REG_DWORD; ignored",
        f"{source}: 'avoid_regions' is REG_SZ, expected REG_MULTI_SZ; ignored",
        f"{source}: 'working_hours' is REG_DWORD, expected REG_SZ; ignored",
        f"{source}: 'strict_mode' is REG_BINARY, expected REG_DWORD; ignored",
        f"{source}: 'work_minutes.max' is REG_SZ, expected REG_DWORD; ignored",
        f"{source}: mandatory: 'sound' must be true or false, not 2; ignored")
    assert policy.problems[6] == (
        f"{source}: mandatory: 'break_seconds' is 20, allowed: 30-600 seconds; ignored")
    assert policy.problems[7].startswith(f"{source}: mandatory: unknown setting 'telemetry' ")
    assert policy.problems[8] == (
        f"{source}: mandatory: limits: 'work_minutes' takes only a 'max' limit (a limit may "
        "only make settings stricter), not 'min'; ignored")
    assert len(policy.problems) == 9


def test_windows_limits_and_features_belong_only_to_policies_keys() -> None:
    source = f"HKLM\\{RECOMMENDED}"
    registry = FakeRegistry({("HKLM", RECOMMENDED): {"work_minutes.max": (45, REG_DWORD),
                                                     "statistics_export": (0, REG_DWORD)}})

    policy = load_windows(registry)

    assert policy.limits == {}
    assert policy.features == {}
    known = ", ".join(f.key for f in FIELDS)
    assert policy.problems[0] == (
        f"{source}: recommended: unknown setting 'statistics_export' (known: {known}); ignored")
    assert policy.problems[1] == (
        f"{source}: recommended: 'limits' are only allowed in mandatory policy; ignored")


def test_windows_a_key_that_cannot_be_read_is_reported_and_the_rest_used() -> None:
    registry = FakeRegistry({("HKCU", POLICIES): {"work_minutes": (30, REG_DWORD)}},
                            denied=frozenset({("HKLM", POLICIES)}))

    policy = load_windows(registry)

    assert policy.mandatory == {"work_minutes": 30}
    assert policy.problems == (
        f"HKLM\\{POLICIES}: cannot be read ([Errno 13] Access is denied); skipped",)


def test_the_real_registry_reader_is_only_for_windows() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        WindowsRegistry().read_key("HKLM", POLICIES)
    policy = load_policy("win32")  # on Linux: every key is reported, nothing crashes
    assert policy.empty
    assert len(policy.problems) == 5
    assert policy.problems[0] == (f"HKLM\\{POLICIES}: cannot be read (the Windows registry "
                                  "exists only on Windows); skipped")


# ---- macOS: managed preferences as real property lists ----

@pytest.fixture
def managed(tmp_path: Path) -> Path:
    return tmp_path / "Library" / "Managed Preferences"


def write_plist(path: Path, data: object, fmt: plistlib.PlistFormat = plistlib.FMT_XML) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(plistlib.dumps(data, fmt=fmt))  # type: ignore[arg-type]
    return path


def test_macos_forced_preferences_are_mandatory(managed: Path) -> None:
    path = write_plist(managed / f"{BUNDLE_ID}.plist", {
        "strict_mode": True, "avoid_regions": ["neck"], "work_minutes.max": 45,
        "limits": {"break_seconds": {"min": 90}}, "statistics_export": False,
        "features": {"checklist_reminders": False}})

    policy = load_macos(managed, user="ada")

    assert policy.problems == ()
    assert policy.mandatory == {"strict_mode": True, "avoid_regions": ("neck",),
                                "checklist_reminders": False}
    assert policy.limits == {"work_minutes": 45, "break_seconds": 90}
    assert policy.features == {"statistics_export": False}
    assert policy.sources == (str(path),)


def test_macos_the_machine_beats_the_user_and_binary_plists_work(managed: Path) -> None:
    machine = write_plist(managed / f"{BUNDLE_ID}.plist", {"work_minutes": 30},
                          plistlib.FMT_BINARY)
    user = write_plist(managed / "ada" / f"{BUNDLE_ID}.plist",
                       {"work_minutes": 20, "sound": False, "work_minutes.max": 25})
    write_plist(managed / "bob" / f"{BUNDLE_ID}.plist", {"seated_only": True})

    policy = load_macos(managed, user="ada")

    assert macos_files(managed, "ada") == [machine, user]
    assert policy.sources == (str(machine), str(user))
    assert policy.mandatory == {"work_minutes": 25, "sound": False}
    assert policy.limits == {"work_minutes": 25}
    assert policy.problems == (
        f"{machine}: mandatory: 'work_minutes' 30 breaks the limit (at most 25 minutes, from "
        f"{user}); using 25",)


def test_macos_garbage_is_reported_and_skipped(managed: Path) -> None:
    machine = managed / f"{BUNDLE_ID}.plist"
    machine.parent.mkdir(parents=True)
    machine.write_bytes(b"<?xml version='1.0'?><plist><dict><key>x</key>")
    user = write_plist(managed / "ada" / f"{BUNDLE_ID}.plist", ["not", "a", "dict"])

    policy = load_macos(managed, user="ada")

    assert policy.empty
    assert policy.problems[0].startswith(f"{machine}: not a readable property list (")
    assert policy.problems[0].endswith("); skipped")
    assert policy.problems[1] == (
        f"{user}: a policy must be a dictionary of settings, not list; skipped")


def test_macos_nothing_managed_is_no_policy(managed: Path) -> None:
    assert load_macos(managed, user="ada") == NO_POLICY
    assert load_policy("darwin", managed_preferences=managed, user="ada") == NO_POLICY
    assert policy_locations("darwin", managed_preferences=managed, user="ada") == [
        str(managed / f"{BUNDLE_ID}.plist"), str(managed / "ada" / f"{BUNDLE_ID}.plist")]


# ---- load_policy and the report ----

def test_load_policy_chooses_the_platforms_source(etc: Path, managed: Path) -> None:
    write(etc / "policy.json", {"version": 1, "mandatory": {"work_minutes": 11}})
    write_plist(managed / f"{BUNDLE_ID}.plist", {"work_minutes": 12})
    registry = FakeRegistry({("HKLM", POLICIES): {"work_minutes": (13, REG_DWORD)}})

    def chosen(platform: str) -> object:
        policy = load_policy(platform, linux_roots=[etc], registry=registry,
                             managed_preferences=managed, user="ada")
        return policy.mandatory.get("work_minutes")

    assert [chosen(p) for p in ("linux", "freebsd14", "darwin", "win32")] == [11, 11, 12, 13]


def test_policy_report_lists_every_entry_with_its_source(etc: Path) -> None:
    main = write(etc / "policy.json", {
        "version": 1,
        "mandatory": {"strict_mode": False, "limits": {"work_minutes": {"max": 45},
                                                       "break_seconds": {"min": 90},
                                                       "strict_mode": True}},
        "recommended": {"working_hours": "mon-fri 09:00-17:00"},
        "defaults": {"sound": False}})
    extra = write(etc / "managed" / "a.json", {"features": {"statistics_export": False},
                                              "bogus": 1})
    policy = load_linux([etc])

    report = policy_report(policy, ["/etc/deskcoach/policy.json"])

    lines = report.splitlines()
    assert lines[0] == f"Organisation policy, read from: {main}, {extra}"
    assert lines[1:14] == [
        "Mandatory (locked):",
        f"  strict_mode = true  [{main}]",
        "Limits:",
        f"  break_seconds at least 90 seconds  [{main}]",
        f"  strict_mode must be on  [{main}]",
        f"  work_minutes at most 45 minutes  [{main}]",
        "Features:",
        f"  statistics_export = off  [{extra}]",
        "Recommended:",
        f"  working_hours = mon-fri 09:00-17:00  [{main}]",
        "Machine defaults:",
        f"  sound = false  [{main}]",
        "Problems (2):"]
    assert lines[14] == (f"  {main}: mandatory: 'strict_mode' false breaks the limit (must be "
                         f"on, from {main}); using true")
    assert lines[15].startswith(f"  {extra}: mandatory: unknown setting 'bogus' (known: ")
    assert lines[16:] == ["Looked in:", "  /etc/deskcoach/policy.json"]


def test_policy_report_without_a_policy() -> None:
    assert policy_report(NO_POLICY) == "No organisation policy is in effect.\n"
    assert policy_report(Policy(problems=("x: broken; skipped",))) == (
        "No organisation policy is in effect.\n"
        "Problems (1):\n"
        "  x: broken; skipped\n")


def test_macos_the_users_copy_follows_the_user_id_not_user_or_logname(
        managed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """USER and LOGNAME are the user's to set: naming someone else must not swap the
    per-user managed preferences for theirs (or for none)."""
    import pwd

    own = pwd.getpwuid(os.getuid()).pw_name
    for variable in ("USER", "LOGNAME", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "someone-else")
    assert macos_files(managed) == [managed / f"{BUNDLE_ID}.plist",
                                    managed / own / f"{BUNDLE_ID}.plist"]
