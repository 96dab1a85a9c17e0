"""Reading one big JSON object a row at a time, in bounded memory.

An export of twenty years holds a million breaks (300 MB); `json.loads` of it takes ten times
that in memory. Here the top-level object is walked by hand and each value (a whole row of a
list the caller names, or any other value) is decoded by the standard library's C scanner, so
the cost is that of `json.loads` and memory stays at one buffer of about a megabyte.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import IO, Any, Final

_SPACE: Final = re.compile(r"[ \t\n\r]*")
CHUNK: Final = 1 << 20
#: The largest single value (a row, or a value outside the lists): anything bigger is refused.
MAX_VALUE: Final = 8 << 20


class NotJson(ValueError):
    """The text is not one JSON object (or is not UTF-8); the message says where."""


class NotAnObject(ValueError):
    """The text is JSON, but its top level is not an object."""


class KeyTwice(ValueError):
    """The top-level object has a key twice (`json.loads` would keep the last silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _Reader:
    def __init__(self, stream: IO[bytes], chunk: int) -> None:
        self._stream = stream
        self._chunk = chunk
        self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")
        decoder = json.JSONDecoder()
        self._decode = decoder.raw_decode
        self.scan = decoder.scan_once  # type: ignore[attr-defined]  # raw_decode, less a frame
        self.buf = ""
        self.pos = 0
        self.base = 0  # characters of the file before buf[0]
        self.eof = False

    def more(self) -> bool:
        """Read on; False at the end of the file."""
        if self.eof:
            return False
        raw = self._stream.read(self._chunk)
        try:
            text = self._utf8.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            raise NotJson(f"not UTF-8 text ({exc.reason} near byte {exc.start})") from None
        self.eof = not raw
        self.base += self.pos
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end), not consumed."""
        while True:
            match = _SPACE.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def take(self, allowed: str) -> str:
        found = self.peek()
        if not found or found not in allowed:
            what = "the end of the file" if not found else repr(found)
            raise NotJson(f"expected {' or '.join(repr(c) for c in allowed)}, found {what} "
                          f"at character {self.base + self.pos}")
        self.pos += 1
        return found

    def value(self) -> Any:
        """The next value, whole: decoded once the buffer also shows what follows it."""
        self.peek()
        while True:
            try:
                value, end = self._decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or len(self.buf) - self.pos > MAX_VALUE:
                    raise NotJson(f"{exc.msg} at character {self.base + exc.pos}") from None
            except RecursionError:
                raise NotJson(f"nested too deeply at character {self.base + self.pos}") from None
            else:
                after = _SPACE.match(self.buf, end)
                if self.eof or (after is not None and after.end() < len(self.buf)):
                    self.pos = end
                    return value
                if len(self.buf) - self.pos > MAX_VALUE:
                    raise NotJson(f"a value over {MAX_VALUE >> 20} MB at character "
                                  f"{self.base + self.pos}")
            self.more()


def walk(stream: IO[bytes], lists: frozenset[str], on_value: Callable[[str, Any], None],
         on_row: Callable[[str, int, Any], None], chunk: int = CHUNK) -> None:
    """Call `on_row(key, index, row)` for each item of a top-level list named in `lists`,
    and `on_value(key, value)` for every other top-level key (a named key whose value is no
    list included), in the order of the file. Raises NotJson, NotAnObject or KeyTwice."""
    reader = _Reader(stream, chunk)
    first = reader.peek()
    if first != "{":
        if first == "":
            raise NotJson("the file is empty")
        if first in '["-0123456789tfn':
            raise NotAnObject("the top level is not an object")
        raise NotJson(f"expected '{{', found {first!r} at character {reader.base + reader.pos}")
    reader.pos += 1
    seen: set[str] = set()
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            if reader.peek() != '"':
                reader.take('"')
            key = reader.value()
            if key in seen:
                raise KeyTwice(key)
            seen.add(key)
            reader.take(":")
            if key in lists and reader.peek() == "[":
                reader.pos += 1
                if reader.peek() == "]":
                    reader.pos += 1
                else:
                    _rows(reader, key, on_row)
            else:
                on_value(key, reader.value())
            if reader.take(",}") == "}":
                break
    if reader.peek() != "":
        raise NotJson(f"extra data after the object at character {reader.base + reader.pos}")


def _rows(reader: _Reader, key: str, on_row: Callable[[str, int, Any], None]) -> None:
    """The items of a list, up to its closing bracket. An object, list or string whose end is
    in the buffer, and the separator after it, are taken in one go (a row of an export, all
    but once a megabyte); anything else goes the careful way of `value` and `take`."""
    scan, space, index = reader.scan, _SPACE.match, 0
    while True:
        buf, start = reader.buf, reader.pos
        at = space(buf, start).end()  # type: ignore[union-attr]  # matches, maybe empty
        if at < len(buf) and buf[at] in '{["':
            try:
                value, end = scan(buf, at)
            except (StopIteration, json.JSONDecodeError, RecursionError):
                pass  # cut off by the buffer's end, or wrong: the careful way says which
            else:
                after = space(buf, end).end()  # type: ignore[union-attr]
                if after < len(buf) and buf[after] in ",]" and end - at <= MAX_VALUE:
                    reader.pos = after + 1
                    on_row(key, index, value)
                    index += 1
                    if buf[after] == "]":
                        return
                    continue
        on_row(key, index, reader.value())
        index += 1
        if reader.take(",]") == "]":
            return
