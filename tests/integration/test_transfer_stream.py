"""The streamed export and import (what `deskcoach export/import` run) against the in-memory
ones: the same rows, the same refusals with the same messages, and nothing added twice.

Speed and memory on a million breaks are measured in bench/, not here.
"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.policy import NO_POLICY, resolve
from deskcoach.core.settings import Settings
from deskcoach.store import json_stream
from deskcoach.store.transfer import (
    Imported,
    TransferError,
    export_data,
    export_file,
    import_data,
    import_file,
    parse_export,
)
from tests.integration.test_transfer import (
    NOW,
    REFUSED,
    Change,
    OpenProfile,
    Profile,
    as_file,
    assessments,
    counts,
    digest,
    fill_source,
    open_profile,
    records,
    source,
    spans,
    valid_export,
)

__all__ = ["open_profile", "source", "valid_export"]  # fixtures, used by name

NOBODY = resolve(Settings(), {}, NO_POLICY)
FEEDBACK = "SELECT break_uid, exercise, rating, at FROM feedback ORDER BY break_uid, exercise"


COACH = ("SELECT uid, at, kind, pain, region, exercise, flags FROM checkins ORDER BY uid",
         "SELECT exercise, action, level, since, dropped_until, reason, at FROM paces "
         "ORDER BY at", "SELECT uid, programme, started, phase, stopped FROM programme_runs",
         "SELECT shown, ended, utc_offset_min FROM eye_breaks ORDER BY shown")


def everything(p: Profile) -> tuple[Any, ...]:
    return (counts(p), records(p), spans(p), assessments(p), p.table(FEEDBACK),
            p.table("SELECT uid FROM breaks ORDER BY uid"), *(p.table(sql) for sql in COACH),
            p.settings_file.load(NOW))


def test_the_streamed_export_holds_what_the_in_memory_one_does(
        source: Profile, tmp_path: Path) -> None:
    file = tmp_path / "export.json"

    written = export_file(file, source.history, source.settings_file, NOW)

    assert written == {"breaks": 6, "feedback": 3, "spans": 3, "assessments": 2, "checkins": 3,
                       "paces": 1, "programme_runs": 1, "eye_breaks": 1}
    assert json.loads(file.read_bytes()) == export_data(source.history, source.settings_file,
                                                        NOW)
    assert file.stat().st_mode & 0o777 == 0o600


def test_a_streamed_import_gives_the_same_profile_as_the_in_memory_import(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    file = tmp_path / "export.json"
    export_file(file, source.history, source.settings_file, NOW)
    streamed, in_memory = open_profile(tmp_path / "a"), open_profile(tmp_path / "b")

    done = import_file(file, streamed.history, streamed.settings_file, NOW, NOBODY)
    expected = import_data(in_memory.history, in_memory.settings_file,
                           parse_export(file.read_bytes(), str(file)), NOW)

    assert done == expected == Imported(breaks=6, feedback=3, spans=3, assessments=2,
                                        settings=True, checkins=3)
    assert everything(streamed) == everything(in_memory)
    assert everything(streamed)[:10] == everything(source)[:10]
    assert everything(streamed)[6] != []  # the coach's log came along


def test_a_streamed_import_of_a_file_in_other_time_zones_equals_the_in_memory_one(
        valid_export: dict[str, Any], tmp_path: Path, open_profile: OpenProfile) -> None:
    """Times with other offsets and without milliseconds take the converting path."""
    data = copy.deepcopy(valid_export)
    data["breaks"][0]["ended"] = "2024-06-01T10:02:00+02:00"
    data["breaks"][0]["due"] = "2024-06-01T09:55:00.5+02:00"
    file = tmp_path / "hand.json"
    file.write_bytes(as_file(data))
    streamed, in_memory = open_profile(tmp_path / "a"), open_profile(tmp_path / "b")

    import_file(file, streamed.history, streamed.settings_file, NOW, NOBODY)
    import_data(in_memory.history, in_memory.settings_file,
                parse_export(file.read_bytes(), str(file)), NOW)

    assert everything(streamed) == everything(in_memory)


def test_importing_the_streamed_file_twice_adds_nothing(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    file = tmp_path / "export.json"
    export_file(file, source.history, source.settings_file, NOW)
    target = open_profile(tmp_path / "target")
    import_file(file, target.history, target.settings_file, NOW, NOBODY)
    before = (everything(target), digest(target.settings_file.path))

    again = import_file(file, target.history, target.settings_file, NOW, NOBODY)

    assert again == Imported(breaks=0, feedback=0, spans=0, assessments=0, settings=False,
                             checkins=0)
    assert (everything(target), digest(target.settings_file.path)) == before


def _refused(file: Path, target: Profile) -> str:
    before = everything(target), digest(target.settings_file.path)
    with pytest.raises(TransferError) as refused:
        import_file(file, target.history, target.settings_file, NOW, NOBODY)
    assert (everything(target), digest(target.settings_file.path)) == before
    return str(refused.value)


@pytest.mark.parametrize(("change", "message"), [(c, m) for _, c, m in REFUSED],
                         ids=[name for name, _, _ in REFUSED])
def test_the_streamed_import_refuses_every_bad_file_with_the_same_message(
        valid_export: dict[str, Any], tmp_path: Path, open_profile: OpenProfile,
        change: Change | bytes, message: str) -> None:
    target = open_profile(tmp_path / "target")
    fill_source(target)  # some of the file's rows are there already: both paths are checked
    file = tmp_path / "exports" / "bad.json"
    file.parent.mkdir()
    file.write_bytes(change if isinstance(change, bytes)
                     else as_file(change(copy.deepcopy(valid_export))))

    text = _refused(file, target)

    assert text.startswith(f"{file}: "), text
    assert message in text


def _imported(source: Profile, tmp_path: Path,
              open_profile: OpenProfile) -> tuple[Path, Profile, dict[str, Any]]:
    """The source exported and imported into a target; the file and its data, to change."""
    file = tmp_path / "export.json"
    export_file(file, source.history, source.settings_file, NOW)
    target = open_profile(tmp_path / "target")
    import_file(file, target.history, target.settings_file, NOW, NOBODY)
    return file, target, json.loads(file.read_bytes())


def test_a_break_already_held_is_checked_when_the_file_changes_it(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    """Only a break the same in every field is taken as checked; one with its uid but
    other fields is checked in full (and refused when impossible)."""
    file, target, data = _imported(source, tmp_path, open_profile)
    data["breaks"][3]["outcome"] = "abandoned"
    file.write_bytes(as_file(data))

    assert "breaks[3].outcome must be one of" in _refused(file, target)


def test_a_new_rating_must_fit_its_break_even_when_that_break_is_held_already(
        source: Profile, tmp_path: Path, open_profile: OpenProfile) -> None:
    file, target, data = _imported(source, tmp_path, open_profile)
    rated = next(i for i, b in enumerate(data["breaks"])
                 if b["uid"] == data["feedback"][0]["break_uid"])
    data["feedback"][0]["exercise"] = "not-done-in-that-break"
    file.write_bytes(as_file(data))

    text = _refused(file, target)

    assert (f"feedback[0].exercise 'not-done-in-that-break' is not among its break's "
            f"exercises (breaks[{rated}].exercises)") in text


def test_a_section_given_twice_is_refused(
        valid_export: dict[str, Any], tmp_path: Path, open_profile: OpenProfile) -> None:
    text = as_file(valid_export).decode()
    file = tmp_path / "twice.json"
    file.write_text(text[:-2] + ', "spans": []\n}\n')

    assert "'spans' appears twice" in _refused(file, open_profile(tmp_path / "target"))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=4), inner, max_size=4), max_leaves=12)


@settings(max_examples=200, deadline=None)
@given(document=st.dictionaries(st.sampled_from(["rows", "other", "x", "é€"]),
                                JSON | st.lists(JSON, max_size=6), max_size=4),
       chunk=st.integers(1, 9), spaced=st.booleans())
def test_the_stream_reader_gives_what_json_loads_gives_across_any_chunk_size(
        document: dict[str, Any], chunk: int, spaced: bool) -> None:
    raw = json.dumps(document, indent=2 if spaced else None, ensure_ascii=False).encode()
    found: dict[str, Any] = {}

    json_stream.walk(io.BytesIO(raw), frozenset({"rows"}), found.__setitem__,
                     lambda key, i, row: found.setdefault(key, []).append(row), chunk)

    expected = json.loads(raw)
    if expected.get("rows") == []:
        del expected["rows"]  # an empty list has no rows to report
    assert found == expected


@pytest.mark.parametrize("raw", [b"", b"{", b'{"a": 1,}', b'{"a": [1, 2', b'{"a": 1} x',
                                 b'{"a" 1}', b"\xef\xbb\xbf{}", b'{"rows": [1,]}'])
def test_the_stream_reader_refuses_what_json_loads_refuses(raw: bytes) -> None:
    with pytest.raises(ValueError, match=r"."):
        json.loads(raw.decode("utf-8"))
    for chunk in (1, 3, json_stream.CHUNK):
        with pytest.raises(json_stream.NotJson):
            json_stream.walk(io.BytesIO(raw), frozenset({"rows"}), lambda k, v: None,
                             lambda k, i, r: None, chunk)
