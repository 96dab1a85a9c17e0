"""The control protocol: only listed commands with the right string arguments get through."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.protocol import (
    COMMANDS,
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_reply,
    decode_request,
    encode_reply,
)


def message(body: object) -> bytes:
    return json.dumps(body).encode()


def test_the_command_table() -> None:
    assert COMMANDS == {
        "status": (), "break-now": (), "done": (), "snooze": (), "skip": (),
        "pause": ("length",), "resume": (), "quit": (), "activate": (),
        "config-set": ("key", "value"), "break-with": ("exercise",), "swap": (),
        "open": ("window",), "import": ("file",),
        "checkin": ("pain", "kind", "region", "exercise", "flags", "note"),
        "programme": ("action", "id"),
    }
    assert MAX_MESSAGE_BYTES == 16 * 1024


@pytest.mark.parametrize(("raw", "expected"), [
    (b'{"cmd": "status"}', Request("status", {})),
    (b'{"cmd": "status", "args": {}}', Request("status", {})),
    (b'{"cmd": "break-now", "args": {}}\n', Request("break-now", {})),
    (b'  {"cmd": "quit"}  ', Request("quit", {})),
    (b'{"cmd": "pause", "args": {"length": "30m"}}', Request("pause", {"length": "30m"})),
    (b'{"cmd": "config-set", "args": {"value": "30", "key": "work_minutes"}}',
     Request("config-set", {"key": "work_minutes", "value": "30"})),
    (b'{"cmd": "pause", "args": {"length": "\\u00e9"}, "extra": [1, 2]}',
     Request("pause", {"length": "é"})),
    ('{"cmd": "pause", "args": {"length": "é"}}'.encode(), Request("pause", {"length": "é"})),
])
def test_decode_accepts(raw: bytes, expected: Request) -> None:
    assert decode_request(raw) == expected


@pytest.mark.parametrize("cmd", list(COMMANDS))
def test_every_command_round_trips(cmd: str) -> None:
    req = Request(cmd, {name: f"v-{name}" for name in COMMANDS[cmd]})
    encoded = req.encode()
    assert encoded.endswith(b"\n")
    assert encoded.count(b"\n") == 1
    assert decode_request(encoded) == req


@pytest.mark.parametrize(("raw", "error"), [
    (message({"cmd": "format-disk"}), "unknown command 'format-disk'"),
    (message({"cmd": "Status"}), "unknown command 'Status'"),
    (message({"cmd": ""}), "unknown command ''"),
    (message({"cmd": 1}), "a message must be an object with a 'cmd' string"),
    (message({"cmd": None}), "a message must be an object with a 'cmd' string"),
    (message({"args": {}}), "a message must be an object with a 'cmd' string"),
    (message(["status"]), "a message must be an object with a 'cmd' string"),
    (message("status"), "a message must be an object with a 'cmd' string"),
    (message(None), "a message must be an object with a 'cmd' string"),
    (message({"cmd": "status", "args": []}), "'args' must be an object"),
    (message({"cmd": "status", "args": None}), "'args' must be an object"),
    (message({"cmd": "status", "args": "x"}), "'args' must be an object"),
    (message({"cmd": "status", "args": {"x": "1"}}), "'status' takes no arguments as strings"),
    (message({"cmd": "pause"}), "'pause' takes length as strings"),
    (message({"cmd": "pause", "args": {}}), "'pause' takes length as strings"),
    (message({"cmd": "pause", "args": {"length": 30}}), "'pause' takes length as strings"),
    (message({"cmd": "pause", "args": {"length": None}}), "'pause' takes length as strings"),
    (message({"cmd": "pause", "args": {"length": "30m", "x": "1"}}),
     "'pause' takes length as strings"),
    (message({"cmd": "pause", "args": {"lenght": "30m"}}), "'pause' takes length as strings"),
    (message({"cmd": "config-set", "args": {"key": "sound"}}),
     "'config-set' takes key, value as strings"),
    (message({"cmd": "config-set", "args": {"key": "sound", "value": False}}),
     "'config-set' takes key, value as strings"),
])
def test_decode_refuses(raw: bytes, error: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_request(raw)
    assert str(caught.value) == error


@pytest.mark.parametrize("raw", [
    b"", b"   ", b"\n", b"status", b"{", b'{"cmd": "status"', b"{'cmd': 'status'}",
    b'{"cmd": "status"}{"cmd": "quit"}', b'{"cmd": "status"}\n{"cmd": "quit"}',
    b"\xff\xfe", b'{"cmd": "\xff"}', b"\xef\xbb\xbf" + b'{"cmd": "status"}',
    b'{"cmd": "pause", "args": {"length": "\xc3"}}',
])
def test_decode_refuses_what_is_not_one_json_object_in_utf8(raw: bytes) -> None:
    with pytest.raises(ProtocolError, match=r"^not a JSON message: "):
        decode_request(raw)


def test_message_size_limit() -> None:
    body = b'{"cmd": "pause", "args": {"length": "30m"}}'
    at_limit = body + b" " * (MAX_MESSAGE_BYTES - len(body))
    assert len(at_limit) == MAX_MESSAGE_BYTES
    assert decode_request(at_limit) == Request("pause", {"length": "30m"})
    over = at_limit + b" "
    with pytest.raises(ProtocolError) as caught:
        decode_request(over)
    assert str(caught.value) == "message too long (16385 bytes, limit 16384)"
    with pytest.raises(ProtocolError, match=r"^message too long \(1000000 bytes"):
        decode_request(b"\xff" * 1_000_000)  # too long is found before the bad bytes


@pytest.mark.parametrize("raw", [
    b"[" * 5000,  # deeper than the JSON decoder's recursion limit
    b'{"cmd": "status", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"cmd": "status", "args": {}, "n": ' + b"1" * 5000 + b"}",  # over Python's 4300 digits
], ids=["deep-array", "deep-array-in-object", "5000-digit-number"])
def test_malformed_messages_within_the_size_limit_are_refused_not_crashing(raw: bytes) -> None:
    assert len(raw) <= MAX_MESSAGE_BYTES
    with pytest.raises(ProtocolError):
        decode_request(raw)


def test_replies() -> None:
    assert encode_reply(True, {"a": 1}) == b'{"ok": true, "result": {"a": 1}}\n'
    assert encode_reply(False, error="nope") == b'{"ok": false, "error": "nope"}\n'
    assert decode_reply(encode_reply(True, [1])) == {"ok": True, "result": [1]}
    assert decode_reply(encode_reply(False, error="x")) == {"ok": False, "error": "x"}
    for bad in (b"", b"\xff", b"[]", b'{"ok": 1}', b'{"result": 1}'):
        with pytest.raises(ProtocolError):
            decode_reply(bad)


# ---- properties -------------------------------------------------------------------------------

def check_decode(raw: bytes) -> Request | None:
    """Decode; a valid Request or None on ProtocolError - anything else fails the test."""
    try:
        req = decode_request(raw)
    except ProtocolError:
        return None
    assert req.cmd in COMMANDS
    assert set(req.args) == set(COMMANDS[req.cmd])
    assert all(type(v) is str for v in req.args.values())
    return req


@settings(max_examples=500)
@given(st.binary(max_size=256))
def test_arbitrary_bytes_give_a_valid_request_or_a_protocol_error(raw: bytes) -> None:
    check_decode(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=8,
)
near_messages = st.fixed_dictionaries(
    {"cmd": st.sampled_from(list(COMMANDS)) | st.text(max_size=8) | json_values},
    optional={"args": st.dictionaries(st.sampled_from(["length", "key", "value", "x"]),
                                      st.text(max_size=8) | json_values, max_size=3)
                      | json_values},
)


@settings(max_examples=500)
@given(near_messages)
def test_near_miss_messages_give_a_valid_request_or_a_protocol_error(body: object) -> None:
    req = check_decode(json.dumps(body).encode())
    if req is not None:
        assert isinstance(body, dict)
        assert req.cmd == body["cmd"]
        assert req.args == body.get("args", {})


@settings(max_examples=200)
@given(st.sampled_from(list(COMMANDS)), st.data())
def test_requests_round_trip(cmd: str, data: st.DataObject) -> None:
    args = {name: data.draw(st.text(max_size=50), label=name) for name in COMMANDS[cmd]}
    req = Request(cmd, args)
    assert decode_request(req.encode()) == req
