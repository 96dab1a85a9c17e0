"""Reading how long a pause lasts: `30m`, `1h`, `1h30m`, `90s` or `tomorrow`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from deskcoach.core.cycle import morning_after, shift

MIN_PAUSE: Final = timedelta(minutes=1)
MAX_PAUSE: Final = timedelta(hours=24)
_PART = re.compile(r"(\d{1,5})([hms])")
_UNIT = {"h": 3600, "m": 60, "s": 1}


class DurationError(ValueError):
    pass


def parse_pause(text: str, now: datetime) -> datetime:
    """When a pause given as `text` ends; raises DurationError with the accepted forms."""
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned == "tomorrow":
        return morning_after(now)
    if cleaned.startswith("-"):
        raise DurationError(f"a pause cannot be negative ({text!r}): use e.g. 30m, 1h, 1h30m "
                            "or tomorrow")
    position, seconds = 0, 0
    for match in _PART.finditer(cleaned):
        if match.start() != position:
            break
        seconds += int(match.group(1)) * _UNIT[match.group(2)]
        position = match.end()
    if not cleaned or position != len(cleaned):
        raise DurationError(f"cannot read pause length {text!r}: use e.g. 30m, 1h, 1h30m or "
                            "tomorrow")
    length = timedelta(seconds=seconds)
    if not MIN_PAUSE <= length <= MAX_PAUSE:
        raise DurationError(f"pause length {text!r} is outside 1m-24h")
    return shift(now, length.total_seconds())
