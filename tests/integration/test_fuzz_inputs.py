"""Every file and message DeskCoach reads, fed random and mutated input (hypothesis).

The contract: a parser either loads the input or raises DeskCoach's own clear error
(SettingError inside the settings file's problems, CatalogueError, ChecklistError,
TransferError, ProtocolError); never any other exception. Mutations start from real data (the
shipped exercises and checklist, a full export, a written settings file) and change values,
keys, types and bytes, so most inputs get past the first checks.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
import tomllib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Final

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from deskcoach.core import settings as schema
from deskcoach.core.checklist import Checklist, ChecklistError
from deskcoach.core.checklist_file import parse_checklist
from deskcoach.core.exercises import CatalogueError, Exercise, parse_exercise
from deskcoach.services.protocol import (
    COMMANDS,
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_request,
)
from deskcoach.store.catalogue import load_catalogue, load_checklist
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile
from deskcoach.store.transfer import TransferError, import_data, parse_export

ROOT: Final = Path(__file__).resolve().parents[2]
EXERCISES: Final = ROOT / "resources" / "exercises"
CHECKLIST_FILE: Final = ROOT / "resources" / "checklist" / "checklist.toml"
NOW: Final = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1)))
FUZZ: Final = settings(max_examples=150, deadline=None, derandomize=False,
                       suppress_health_check=[HealthCheck.too_slow,
                                              HealthCheck.data_too_large])

EXERCISE_DATA: Final = {p.name: tomllib.loads(p.read_text("utf-8"))
                        for p in sorted(EXERCISES.glob("*.toml"))}
CHECKLIST_DATA: Final = tomllib.loads(CHECKLIST_FILE.read_text("utf-8"))
CHECKLIST: Final[Checklist | None] = load_checklist()[0]


# ---------------------------------------------------------------- values and mutations

def _scalars(allow_none: bool) -> st.SearchStrategy[Any]:
    values: st.SearchStrategy[Any] = st.one_of(
        st.booleans(),
        st.integers(),
        st.sampled_from([0, -1, 1, 2, 3, 4, 5, 60, 121, 600, 10**20, -(10**20), 2**63]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=30),
        st.sampled_from(["", " ", "\n", "a\nb", "x" * 500, "yes", "no", "na", "me", "C1",
                         "chin-tuck", "neck", "seated", "standing", "either", "neutral",
                         "completed", "skipped", "2026-01-05T10:00:00+01:00", "2026-01-05",
                         "../../etc/passwd", "/etc/shadow", "\x00", "é" * 100]),
        st.datetimes(timezones=st.just(UTC)),
        st.datetimes(),
        st.dates(),
        st.times(),
    )
    return values | st.none() if allow_none else values


def values(allow_none: bool = False) -> st.SearchStrategy[Any]:
    """Anything a parsed TOML (or, with None, JSON) document can hold, nested a little."""
    return st.recursive(
        _scalars(allow_none),
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=6)


Path_ = tuple[Any, ...]


def _paths(node: Any, here: Path_ = ()) -> list[Path_]:
    found = [here]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*here, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*here, index))
    return found


def _at(node: Any, path: Path_) -> Any:
    for step in path:
        node = node[step]
    return node


def _tweak(value: Any, draw: Callable[[st.SearchStrategy[Any]], Any],
           keys: tuple[str, ...], allow_none: bool) -> Any:
    """A small, type-aware change: an edge number, a bent string, a shorter list..."""
    if isinstance(value, bool):
        return draw(st.sampled_from([not value, int(value), str(value).lower()]))
    if isinstance(value, int):
        as_float = float(value) if abs(value) < 2**1000 else math.inf
        return draw(st.sampled_from([value + 1, value - 1, -value, 0, value * 1000,
                                     as_float, str(value), 10**400, math.nan]))
    if isinstance(value, str):
        return draw(st.sampled_from([
            "", " " + value, value + "\n", value * 20, value.upper(), value[:1], value[::-1],
            value.replace("-", "_"), value + " ", "\t", value + "\x00"]))
    if isinstance(value, list):
        choice = draw(st.integers(0, 4))
        if choice == 0:
            return []
        if choice == 1:
            return value[:-1]
        if choice == 2 and value:
            return [*value, copy.deepcopy(value[0])]
        if choice == 3:
            return list(reversed(value)) * draw(st.integers(1, 30))
        return [draw(values(allow_none))]
    if isinstance(value, dict):
        changed = dict(value)
        if changed and draw(st.booleans()):
            changed.pop(draw(st.sampled_from(sorted(changed))))
        else:
            changed[draw(st.sampled_from(keys) | st.text(max_size=8))] = draw(values(allow_none))
        return changed
    return draw(values(allow_none))


def mutate(data: Any, draw: Callable[[st.SearchStrategy[Any]], Any],
           allow_none: bool = False) -> Any:
    """1-4 random changes anywhere in a nested structure of dicts and lists."""
    data = copy.deepcopy(data)
    keys = tuple(sorted({str(p[-1]) for p in _paths(data) if p and isinstance(p[-1], str)}))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(("replace", "tweak", "delete", "rename", "add")))
        if not path:
            if isinstance(data, dict) and kind in ("delete", "add", "tweak"):
                data = _tweak(data, draw, keys, allow_none)
            continue
        parent, last = _at(data, path[:-1]), path[-1]
        if kind == "replace":
            parent[last] = draw(values(allow_none))
        elif kind == "tweak":
            parent[last] = _tweak(parent[last], draw, keys, allow_none)
        elif kind == "delete":
            del parent[last]
        elif kind == "rename" and isinstance(parent, dict):
            new = draw(st.sampled_from(keys) | st.text(min_size=1, max_size=12))
            parent[new] = parent.pop(last)
        elif kind == "add":
            target = parent[last]
            if isinstance(target, dict):
                target[draw(st.sampled_from(keys) | st.text(max_size=8))] = draw(
                    values(allow_none))
            elif isinstance(target, list):
                target.insert(draw(st.integers(0, len(target))), draw(values(allow_none)))
            else:
                parent[last] = [target, draw(values(allow_none))]
    return data


def mutate_bytes(raw: bytes, draw: Callable[[st.SearchStrategy[Any]], Any]) -> bytes:
    """Byte-level damage: truncation, a flipped byte, junk inserted, a slice repeated."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(("truncate", "flip", "insert", "repeat", "delete")))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=20) | st.sampled_from(
                [b"\n", b'"', b"[", b"]", b"{", b"}", b"=", b"\\", b"\xff", b"\x00",
                 b"[[steps]]\n", b"schema_version = 2\n", b"9" * 400]))
        elif kind == "repeat":
            end = draw(st.integers(at, min(len(data), at + 200)))
            data[at:at] = data[at:end] * draw(st.integers(1, 5))
        elif kind == "delete":
            del data[at:draw(st.integers(at, len(data)))]
    return bytes(data)


# ---------------------------------------------------------------- settings file

def _settings_bytes() -> st.SearchStrategy[bytes]:
    every = schema.to_mapping(schema.Settings(work_minutes=30, avoid_regions=("neck",),
                                              working_hours="mon-fri 08:30-17:00"))
    return st.sampled_from([tomli_w.dumps(every).encode(),
                            tomli_w.dumps(schema.to_mapping(schema.Settings(), frozenset(
                                {"work_minutes", "sound"}))).encode()])


def _check_load(raw: bytes, fallback: schema.Settings | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.toml"
        path.write_bytes(raw)
        loaded = SettingsFile(path).load(NOW, fallback)
        assert isinstance(loaded.settings, schema.Settings)
        assert loaded.explicit <= set(schema.FIELD_BY_KEY)
        assert path.read_bytes() == raw, "loading must never change the file"
        if loaded.problems:
            assert loaded.backup is not None, loaded.problems
            assert loaded.backup.exists()
            assert loaded.backup.parent == path.parent
            assert loaded.backup.name.startswith("settings.toml.bad-")
            assert loaded.backup.read_bytes() == raw
            assert all("settings.toml" in problem for problem in loaded.problems)
        else:
            assert loaded.backup is None
            assert sorted(p.name for p in Path(folder).iterdir()) == ["settings.toml"]


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
@example(b"")
@example(b"\xef\xbb\xbfwork_minutes = 30\n")
@example(b"work_minutes = " + b"9" * 5000 + b"\n")
@example(b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n")
@example(b"a = {" * 2000 + b"}" * 2000)
@example(b"schema_version = 99\nwork_minutes = 30\n")
def test_settings_file_loads_random_bytes(raw: bytes) -> None:
    _check_load(raw)


@FUZZ
@given(_settings_bytes(), st.data())
def test_settings_file_loads_damaged_valid_files(raw: bytes, data: st.DataObject) -> None:
    _check_load(mutate_bytes(raw, data.draw), schema.Settings(work_minutes=25))


@FUZZ
@given(st.data())
def test_settings_file_loads_mutated_settings(data: st.DataObject) -> None:
    mapping = schema.to_mapping(schema.Settings(avoid_exercises=("chin-tuck",)))
    changed = mutate(mapping, data.draw)
    try:
        raw = tomli_w.dumps(changed).encode()
    except (TypeError, ValueError):  # not representable in TOML: test the mapping directly
        loaded = schema.from_mapping(changed)
        assert isinstance(loaded.settings, schema.Settings)
        return
    _check_load(raw)


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(schema.FIELD_BY_KEY)) | st.text(max_size=12),
                       values(allow_none=True), max_size=8))
def test_settings_from_any_mapping_never_raises(mapping: dict[str, Any]) -> None:
    loaded = schema.from_mapping(mapping, schema.Settings(sound=False))
    assert isinstance(loaded.settings, schema.Settings)
    assert loaded.explicit <= set(mapping)


@FUZZ
@given(st.sampled_from(sorted(schema.FIELD_BY_KEY)) | st.text(max_size=12),
       st.text(max_size=40) | st.sampled_from(["unlimited", "-1", "1" * 30, "TRUE", " 40 "]))
def test_config_set_values_parse_or_are_refused(key: str, text: str) -> None:
    try:
        value = schema.parse_text(key, text)
    except schema.SettingError:
        return
    assert schema.check_value(key, value) == value


# ---------------------------------------------------------------- exercises

def _check_exercise(source: str, data: Any) -> None:
    try:
        exercise = parse_exercise(source, data)
    except CatalogueError as exc:
        message = str(exc)
    else:
        assert isinstance(exercise, Exercise)
        return
    assert message.startswith(f"{source}: "), message


@FUZZ
@given(st.sampled_from(sorted(EXERCISE_DATA)), st.data())
def test_exercise_entries_mutated_parse_or_name_the_problem(name: str,
                                                            data: st.DataObject) -> None:
    _check_exercise(name, mutate(EXERCISE_DATA[name], data.draw))


@FUZZ
@given(st.dictionaries(st.text(max_size=12), values(), max_size=6))
def test_exercise_entries_random_parse_or_name_the_problem(entry: dict[str, Any]) -> None:
    _check_exercise("random.toml", entry)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(EXERCISE_DATA)), st.data())
def test_catalogue_folder_with_a_damaged_file_still_loads(name: str,
                                                          data: st.DataObject) -> None:
    raw = mutate_bytes((EXERCISES / name).read_bytes(), data.draw)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "art").symlink_to(EXERCISES / "art")
        (root / name).write_bytes(raw)
        other = "chin-tuck.toml" if name != "chin-tuck.toml" else "palming.toml"
        (root / other).write_bytes((EXERCISES / other).read_bytes())
        loaded = load_catalogue(root)
    ids = {e.id for e in loaded.catalogue}
    assert other.removesuffix(".toml") in ids, "one bad file must not hide the others"
    if name.removesuffix(".toml") not in ids:
        assert any(name in p or "seated_alternative" in p for p in loaded.problems), \
            loaded.problems


# ---------------------------------------------------------------- checklist

def _check_checklist(data: Any) -> None:
    try:
        checklist = parse_checklist("checklist.toml", data)
    except ChecklistError as exc:
        message = str(exc)
    else:
        assert isinstance(checklist, Checklist)
        return
    assert message.startswith("checklist.toml: "), message


@FUZZ
@given(st.data())
def test_checklist_mutated_parses_or_names_the_problem(data: st.DataObject) -> None:
    _check_checklist(mutate(CHECKLIST_DATA, data.draw))


@FUZZ
@given(st.data())
def test_checklist_damaged_bytes_parse_or_name_the_problem(data: st.DataObject) -> None:
    raw = mutate_bytes(CHECKLIST_FILE.read_bytes(), data.draw)
    try:
        parsed = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # load_checklist reports these itself
        return
    _check_checklist(parsed)


# ---------------------------------------------------------------- export files

def _export() -> dict[str, Any]:
    berlin = "+01:00"
    return {
        "format": "deskcoach-export", "format_version": 1, "app_version": "0.1.0",
        "exported": f"2026-01-05T18:00:00{berlin}",
        "settings": {"schema_version": 1, "work_minutes": 30, "avoid_regions": ["neck"],
                     "sound": False},
        "breaks": [
            {"uid": "b-1", "due": f"2026-01-05T09:40:00.000{berlin}",
             "started": "2026-01-05T08:40:05.000+00:00", "ended": "2026-01-05T08:42:05.000Z",
             "utc_offset_min": 60, "outcome": "completed", "snoozes": 1,
             "exercises": ["chin-tuck", "palming"]},
            {"uid": "b-2", "due": "2026-01-05T10:20:00+01:00", "started": None,
             "ended": "2026-01-05T10:20:00+01:00", "utc_offset_min": 60,
             "outcome": "skipped", "snoozes": 0, "exercises": []},
        ],
        "feedback": [{"break_uid": "b-1", "exercise": "chin-tuck", "rating": "good",
                      "at": "2026-01-05T09:43:00+01:00"}],
        "spans": [{"kind": "active", "start": "2026-01-05T08:00:00+00:00",
                   "end": "2026-01-05T12:00:00+00:00", "utc_offset_min": 60},
                  {"kind": "paused", "start": "2026-01-05T12:00:00+00:00",
                   "end": "2026-01-05T13:00:00+00:00", "utc_offset_min": 60}],
        "assessments": [{
            "uid": "a-1", "started": "2026-01-04T10:00:00+01:00",
            "completed": "2026-01-04T10:20:00+01:00", "workstation": "laptop",
            "name": "Kitchen table", "answers": {"C1": "yes", "C2": "no", "C3": "na"},
            "actions": [{"item": "C2", "owner": "me", "due": "2026-01-18", "done": None}],
            "checklist_version": 1}],
    }


def test_the_export_fixture_is_valid() -> None:
    data = parse_export(json.dumps(_export()).encode(), "export.json", CHECKLIST)
    assert len(data["breaks"]) == 2


def _check_export(raw: bytes) -> None:
    try:
        data = parse_export(raw, "export.json", CHECKLIST)
    except TransferError as exc:
        assert_clear(str(exc))
        return
    # A file that passed the checks must import without any error.
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        history = History(root / "data" / "history.sqlite3", NOW)
        try:
            import_data(history, SettingsFile(root / "config" / "settings.toml"), data, NOW)
        finally:
            history.close()


def assert_clear(message: str) -> None:
    assert message.startswith("export.json: "), message


def _json(data: Any) -> bytes:
    return json.dumps(data, default=_plain, allow_nan=True).encode()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(type(value))


@FUZZ
@given(st.data())
def test_exports_mutated_parse_or_are_refused_clearly(data: st.DataObject) -> None:
    _check_export(_json(mutate(_export(), data.draw, allow_none=True)))


@FUZZ
@given(st.data())
def test_exports_damaged_bytes_parse_or_are_refused_clearly(data: st.DataObject) -> None:
    _check_export(mutate_bytes(json.dumps(_export(), indent=1).encode(), data.draw))


@FUZZ
@given(st.binary(max_size=300))
@example(b"[" * 100_000)
@example(b'{"format": "deskcoach-export", "format_version": ' + b"9" * 5000 + b"}")
@example(b'{"format": "deskcoach-export", "format_version": true}')
@example(b'{"format": "deskcoach-export", "format_version": 1, "breaks": {}}')
def test_exports_random_bytes_are_refused_clearly(raw: bytes) -> None:
    _check_export(raw)


# ---------------------------------------------------------------- control messages

def _check_request(raw: bytes) -> None:
    try:
        request = decode_request(raw)
    except ProtocolError:
        return
    assert isinstance(request, Request)
    assert request.cmd in COMMANDS
    assert set(request.args) == set(COMMANDS[request.cmd])
    assert all(isinstance(v, str) for v in request.args.values())


@FUZZ
@given(st.binary(max_size=300))
@example(b"")
@example(b"\xff\xfe{}")
@example(b"[" * 50_000)
@example(b'{"cmd": "status", "args": {}}' + b" " * MAX_MESSAGE_BYTES)
@example(b'{"cmd": "status", "args": ' + b"1" * 5000 + b"}")
@example(b'{"cmd": "pause", "args": {"length": ["30m"]}}')
@example(b'{"cmd": "__class__", "args": {}}')
def test_control_messages_random_bytes(raw: bytes) -> None:
    _check_request(raw)


@FUZZ
@given(st.sampled_from(sorted(COMMANDS)) | st.text(max_size=12),
       st.dictionaries(st.sampled_from(["length", "key", "value", "exercise", "x"]),
                       values(allow_none=True), max_size=3) | values(allow_none=True),
       st.data())
def test_control_messages_mutated(cmd: str, args: Any, data: st.DataObject) -> None:
    raw = _json({"cmd": cmd, "args": args})
    if data.draw(st.booleans()):
        raw = mutate_bytes(raw, data.draw)
    _check_request(raw)
