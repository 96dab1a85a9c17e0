"""Daily anchors: optional five-minute routines tied to moments of the day people keep anyway
(morning coffee, lunch, the end of work). Five solid minutes attached to a routine beat a
longer session that never happens. Written like "coffee 08:30, lunch 12:30"; empty = none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Final

from deskcoach.core.i18n import fill, tr

ANCHOR_SECONDS: Final = 300
MAX_ANCHORS: Final = 4
MAX_TEXT: Final = 120
_PART = re.compile(r"([a-z][a-z ]{0,19}?)\s*(\d{1,2}):(\d{2})")


class AnchorError(ValueError):
    """Anchors that cannot be read; the message shows the form to use."""


@dataclass(frozen=True)
class Anchor:
    """A daily anchor: a named time of day for five minutes of movement."""

    name: str
    at: time


def parse_anchors(text: str) -> tuple[Anchor, ...]:
    """Read "name HH:MM, name HH:MM"; raises AnchorError naming the part that is wrong."""
    cleaned = " ".join(text.lower().split())
    if len(cleaned) > MAX_TEXT:
        raise AnchorError(fill(tr("daily anchors are at most %1 characters"), MAX_TEXT))
    found: list[Anchor] = []
    for part in filter(None, (p.strip() for p in cleaned.split(","))):
        match = _PART.fullmatch(part)
        if match is None:
            raise AnchorError(fill(tr("cannot read %1: write a name and a time, e.g. 'coffee "
                                      "08:30, lunch 12:30'"), repr(part)))
        hour, minute = int(match.group(2)), int(match.group(3))
        if hour > 23 or minute > 59:
            raise AnchorError(fill(tr("%1: the time must be 00:00-23:59"), repr(part)))
        found.append(Anchor(match.group(1).strip(), time(hour, minute)))
    if len(found) > MAX_ANCHORS:
        raise AnchorError(fill(tr("at most %1 daily anchors"), MAX_ANCHORS))
    if len({a.at for a in found}) != len(found):
        raise AnchorError(tr("two anchors at the same time; give each its own"))
    return tuple(sorted(found, key=lambda a: a.at))
