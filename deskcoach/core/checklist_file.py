"""Reading the checklist's data file into a Checklist, naming the file and key of any fault.

resources/checklist/checklist.toml; the shared rules are in content.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from deskcoach.core.checklist import (
    ITEM_ID,
    OWNERS,
    SCHEMA_VERSION,
    SOURCES,
    Checklist,
    ChecklistError,
    Group,
    Item,
)
from deskcoach.core.content import ContentReader

# Limits: a question fits one line of the wizard and is read in a few seconds.
QUESTION_MAX: Final = 110
WHY_MAX: Final = 140
FIX_MAX: Final = 160
TITLE_MAX: Final = 40

_GROUP_ID = re.compile(r"[a-z]+(_[a-z]+)*")
_ART = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\.svg")
_KEYS: Final = {"schema_version", "reassess_months", "follow_up_days", "groups", "items"}
_GROUP_KEYS: Final = {"id", "title"}
_ITEM_KEYS: Final = {"id", "group", "question", "why", "fix", "sources", "default_owner",
                     "laptop_only", "illustration"}


#: how a question ends: Latin, Arabic and full-width (Japanese) question marks
QUESTION_MARKS = ("?", "\u061f", "\uff1f")


class _Reader(ContentReader):
    error = ChecklistError

    def text(self, data: Mapping[str, object], key: str, label: str, limit: int) -> str:
        return self.line(data.get(key), label, limit)

    def number(self, data: Mapping[str, object], key: str, low: int, high: int) -> int:
        return self.whole(data.get(key), key, low, high)


def parse_checklist(source: str, data: Mapping[str, object], slack: float = 1.0) -> Checklist:
    """Check the parsed checklist file (`source` names it) and build the Checklist.

    Everything is checked here, once, so the wizard, the reports and the reminders can trust
    every field without checking again."""
    r = _Reader(source, slack)
    r.keys(data, _KEYS)
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise r.fail("schema_version", f"is {version!r}; this DeskCoach reads {SCHEMA_VERSION}")
    reassess = r.number(data, "reassess_months", 1, 60)
    follow_up = r.number(data, "follow_up_days", 1, 365)
    groups = _groups(r, data)
    items = _items(r, data, groups)
    return Checklist(SCHEMA_VERSION, reassess, follow_up, groups, items)


def _groups(r: _Reader, data: Mapping[str, object]) -> tuple[Group, ...]:
    seen: set[str] = set()
    groups = []
    for i, entry in enumerate(r.tables(data, "groups", 1, 12)):
        where = f"groups[{i}]"
        r.keys(entry, _GROUP_KEYS, f"{where}.")
        ident = r.identifier(entry, f"{where}.id", _GROUP_ID,
                             "a group id is lowercase words joined by single underscores", seen)
        groups.append(Group(ident, r.text(entry, "title", f"{where}.title", TITLE_MAX)))
    return tuple(groups)


def _items(r: _Reader, data: Mapping[str, object],
           groups: tuple[Group, ...]) -> tuple[Item, ...]:
    order = {group.id: n for n, group in enumerate(groups)}
    seen: set[str] = set()
    items: list[Item] = []
    for i, entry in enumerate(r.tables(data, "items", 1, 100)):
        where = f"items[{i}]"
        r.keys(entry, _ITEM_KEYS, f"{where}.")
        ident = r.identifier(entry, f"{where}.id", ITEM_ID,
                             "an item id is a capital letter and a number from 1 to 99, "
                             "like 'C1'", seen)
        group = entry.get("group")
        if not isinstance(group, str) or group not in order:
            raise r.fail(f"{where}.group", f"is {group!r}, not one of the [[groups]]: "
                                           f"{', '.join(order)}")
        if items and order[group] < order[items[-1].group]:
            # The wizard walks the groups in order and shows each group's title once.
            raise r.fail(f"{where}.group", f"is {group!r} after an item of "
                                           f"{items[-1].group!r}; list the items group by "
                                           "group, in the order of [[groups]]")
        question = r.text(entry, "question", f"{where}.question", QUESTION_MAX)
        if not question.endswith(QUESTION_MARKS):
            raise r.fail(f"{where}.question", "must be a question, ending in '?'")
        items.append(Item(
            id=ident, group=group, question=question,
            why=r.text(entry, "why", f"{where}.why", WHY_MAX),
            fix=r.text(entry, "fix", f"{where}.fix", FIX_MAX),
            sources=_sources(r, entry, f"{where}.sources"),
            default_owner=r.one_of(entry.get("default_owner"), f"{where}.default_owner",
                                   OWNERS),
            laptop_only=_flag(r, entry, "laptop_only", f"{where}.laptop_only"),
            illustration=_illustration(r, entry, f"{where}.illustration")))
    used = {item.group for item in items}
    for n, group in enumerate(groups):
        if group.id not in used:  # an empty page in the wizard
            raise r.fail(f"groups[{n}].id", f"is {group.id!r}, but no item is in that group")
    return tuple(items)


def _sources(r: _Reader, entry: Mapping[str, object], label: str) -> tuple[str, ...]:
    value = entry.get("sources")
    if not isinstance(value, list) or not 1 <= len(value) <= len(SOURCES):
        raise r.fail(label, f"must be a list of 1-{len(SOURCES)} source names")
    for i, name in enumerate(value):
        if name not in SOURCES:
            raise r.fail(f"{label}[{i}]", f"is {name!r}, allowed: {', '.join(SOURCES)}")
    if len(set(value)) != len(value):
        raise r.fail(label, "lists the same source twice")
    return tuple(str(name) for name in value)


def _flag(r: _Reader, entry: Mapping[str, object], key: str, label: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise r.fail(label, f"must be true or false, not {value!r}")
    return value


def _illustration(r: _Reader, entry: Mapping[str, object], label: str) -> str | None:
    value = entry.get("illustration")
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 64 or not _ART.fullmatch(value):
        raise r.fail(label, f"is {value!r}; it must be a file name in art/ like "
                            "'screen-height.svg': lowercase letters, digits, single hyphens")
    return value
