"""The app's clock: real time, or time running N times faster for demos and end-to-end tests.

With `--time-scale N`, one real second is N app seconds: every countdown, pause and history
timestamp is in app time, and `to_real` turns an app deadline back into a real one.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from deskcoach.core.moments import Instant, shift

#: where Linux and macOS keep the system's zone: a link into the zoneinfo database
LOCALTIME = "/etc/localtime"


def local_zone(localtime: str = LOCALTIME) -> tzinfo:
    """The system's time zone with its DST rules (not just today's offset).

    Without TZ set, the zone is the one `localtime` links to, as the C library reads it:
    named from the link, that costs one look-up. tzlocal, which answers every other case
    (TZ set, Windows, a copied file), tries each tail of the link first, and each miss
    has zoneinfo load importlib.resources to look for the tzdata package.
    """
    if not os.environ.get("TZ"):
        _, found, key = os.path.realpath(localtime).rpartition("/zoneinfo/")
        if found and key:
            try:
                return ZoneInfo(key)
            except (KeyError, ValueError, OSError):  # no such zone here: tzlocal looks further
                pass
    import tzlocal

    try:
        return tzlocal.get_localzone()
    except Exception:  # noqa: BLE001 - an odd TZ setting must not stop the app
        return datetime.now().astimezone().tzinfo or UTC


class AppClock:
    def __init__(self, scale: float = 1.0, zone: tzinfo | None = None,
                 anchor: datetime | None = None) -> None:
        """`anchor`: the real moment from which app time runs faster (now by default); the
        dashboard's process takes the app's, so both read the same app time."""
        if scale <= 0:
            raise ValueError("time scale must be positive")
        self.scale = scale
        self.zone = zone or local_zone()
        self.anchor = datetime.now(UTC) if anchor is None else anchor.astimezone(UTC)

    def now(self) -> Instant:
        return Instant(self.to_app(datetime.now(UTC)), time.monotonic() * self.scale)

    def to_app(self, real: datetime) -> datetime:
        """What the app clock reads (in its zone) at the real wall-clock moment `real`."""
        return (self.anchor + (real.astimezone(UTC) - self.anchor) * self.scale).astimezone(
            self.zone)

    def to_real(self, app_time: datetime) -> datetime:
        """The real wall-clock moment at which the app clock will read `app_time`."""
        return self.anchor + (app_time.astimezone(UTC) - self.anchor) / self.scale

    def real_after(self, app_time: datetime) -> datetime:
        """When to wake for `app_time`: a millisecond past it, so the Tick then reads a time
        at or after it whatever the scaling rounds."""
        return self.to_real(shift(app_time, 0.001))

    def real_ms(self, app_seconds: float) -> int:
        return max(1, round(app_seconds * 1000 / self.scale))

    def app_delta(self, real: timedelta) -> timedelta:
        return real * self.scale
