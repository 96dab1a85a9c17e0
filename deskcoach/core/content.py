"""Reading our content files (exercises, the checklist) with the same rules everywhere.

Typed access to parsed TOML that raises the file's own error naming the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping


class ContentReader:
    """One parsed file; `error` is the ValueError subclass its callers catch."""

    error: type[ValueError] = ValueError

    def __init__(self, source: str, slack: float = 1.0) -> None:
        self.source = source
        self.slack = slack  # a translation may be longer than the English limits allow

    def fail(self, key: str, why: str) -> ValueError:
        return self.error(f"{self.source}: '{key}' {why}")

    def keys(self, data: Mapping[str, object], known: set[str], prefix: str = "") -> None:
        unknown = sorted(set(data) - known)
        if unknown:
            raise self.fail(prefix + unknown[0], "is not a known key")

    def line(self, value: object, label: str, limit: int) -> str:
        """One line of text, at most `limit` characters, stripped."""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(label, "must be a non-empty text")
        if "\n" in value or "\r" in value:
            raise self.fail(label, "must be one line")
        limit = int(limit * self.slack)
        if len(value) > limit:
            raise self.fail(label, f"is {len(value)} characters long, at most {limit} allowed")
        return value.strip()

    def whole(self, value: object, label: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(label, f"must be a whole number from {low} to {high}, not {value!r}")
        return value

    def one_of(self, value: object, label: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(label, f"is {value!r}, allowed: {', '.join(allowed)}")
        return str(value)

    def tables(self, data: Mapping[str, object], key: str, low: int,
               high: int) -> list[Mapping[str, object]]:
        value = data.get(key)
        if not isinstance(value, list) or not low <= len(value) <= high:
            raise self.fail(key, f"must be a list of {low}-{high} tables")
        for i, entry in enumerate(value):
            if not isinstance(entry, Mapping):
                raise self.fail(f"{key}[{i}]", "must be a table")
        return value

    def identifier(self, data: Mapping[str, object], label: str, pattern: re.Pattern[str],
                   rule: str, seen: set[str]) -> str:
        """The entry's unique "id", matching `pattern` (`rule` says how, in words)."""
        value = data.get("id")
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise self.fail(label, f"is {value!r}; {rule}")
        if value in seen:
            raise self.fail(label, f"is {value!r}, which an earlier entry already uses")
        seen.add(value)
        return value
