"""Reading how long a pause lasts (`30m`, `1h`, `1h30m`, `90s` or `tomorrow`) and when it ends."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Final

from deskcoach.core.hours import WorkingHours
from deskcoach.core.i18n import fill, tr
from deskcoach.core.moments import shift

#: "Pause until tomorrow" resumes at this local time on the next morning.
MORNING: Final = time(4, 0)
MIN_PAUSE: Final = timedelta(minutes=1)
MAX_PAUSE: Final = timedelta(hours=24)
_PART = re.compile(r"(\d{1,5})([hms])")
_UNIT = {"h": 3600, "m": 60, "s": 1}


class DurationError(ValueError):
    pass


def morning_after(now: datetime) -> datetime:
    """When "pause until tomorrow" ends: 04:00 on the next morning, in now's time zone."""
    day = now.date() if now.time() < MORNING else now.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, tzinfo=now.tzinfo)


def pause_end(text: str, now: datetime, hours: WorkingHours) -> datetime:
    """When a pause asked for as `text` ends. With working hours set, "tomorrow" means the
    first working hours tomorrow (or later); else 04:00 (`morning_after`)."""
    until = parse_pause(text, now)
    if _cleaned(text) == "tomorrow" and not hours.always:
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)
        until = hours.next_start(shift(midnight, -1)) or until
    return until


def _cleaned(text: str) -> str:
    return text.strip().lower().replace(" ", "")


def parse_pause(text: str, now: datetime) -> datetime:
    """When a pause given as `text` ends; raises DurationError with the accepted forms."""
    cleaned = _cleaned(text)
    if cleaned == "tomorrow":
        return morning_after(now)
    if cleaned.startswith("-"):
        raise DurationError(fill(tr("a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or "
                                    "tomorrow"), repr(text)))
    position, seconds = 0, 0
    for match in _PART.finditer(cleaned):
        if match.start() != position:
            break
        seconds += int(match.group(1)) * _UNIT[match.group(2)]
        position = match.end()
    if not cleaned or position != len(cleaned):
        raise DurationError(fill(tr("cannot read pause length %1: use e.g. 30m, 1h, 1h30m or "
                                    "tomorrow"), repr(text)))
    length = timedelta(seconds=seconds)
    if not MIN_PAUSE <= length <= MAX_PAUSE:
        raise DurationError(fill(tr("pause length %1 is outside 1m-24h"), repr(text)))
    return shift(now, length.total_seconds())
