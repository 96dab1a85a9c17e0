"""Idle time from the compositor itself, for Wayland desktops that answer no D-Bus idle query.

Two protocols say the same thing: `ext-idle-notify-v1` (sway 1.8+, KDE Plasma 6, Hyprland,
niri, labwc, ...) and the older `org_kde_kwin_idle` (Debian 12's sway 1.7, KDE Plasma 5).
Neither gives idle time on request: the compositor sends "idled" once nobody has touched a key
or the pointer for a timeout we choose, and "resumed" at the next input. With a short timeout
(`IDLE_STEP_SECONDS`) that is enough to answer `idle_seconds()` as the other probes do: zero
while the user is active (input within the step), and the time since the step began once idle.
The events are read through Qt's event loop (wayland_client.py), so the probe costs nothing
between them; the compositor sends at most two per pause in typing longer than the step.

Compositors also hold "idled" back while an application inhibits idle (a video playing): the
person watching it is not away, which is what DeskCoach wants too.
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable

from deskcoach.platform.wayland_client import Argument, Link, WaylandConnection

#: the idle timeout we ask for, under the controller's 3 s "still typing" window
IDLE_STEP_SECONDS = 2.0
EXT_IDLE = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"
# Both notification objects number their events alike: 0 idled / idle, 1 resumed.
_IDLED, _RESUMED = 0, 1


class WaylandIdleProbe:
    """`ActivityProbe` over ext-idle-notify-v1, else org_kde_kwin_idle, on its own connection.

    Raises OSError when no compositor answers or it offers neither protocol. `link` is the
    connection (a fake in tests), `clock` the monotonic clock.
    """

    def __init__(self, link: Link | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 step: float = IDLE_STEP_SECONDS) -> None:
        self._link = link or WaylandConnection()
        self._clock = clock
        self._step = step
        self._idle_since: float | None = None
        try:
            self._open()
        except OSError:
            self._link.close()
            raise

    def _open(self) -> None:
        link, millis = self._link, round(self._step * 1000)
        offered = link.globals
        if EXT_IDLE not in offered and KDE_IDLE not in offered:
            raise OSError("the compositor offers neither ext-idle-notify-v1 nor "
                          "org_kde_kwin_idle")
        seat = link.bind("wl_seat", 1)
        if EXT_IDLE in offered:
            self.name = "ext-idle-notify-v1"
            self.uses = "Wayland ext-idle-notify-v1 (ext_idle_notifier_v1), own connection"
            notifier = link.bind(EXT_IDLE, 1)
            # get_idle_notification(new_id, timeout, seat)
            watch = link.request(notifier, 1, [None, millis, seat],
                                 new="ext_idle_notification_v1", version=1)
        else:
            self.name = "org-kde-kwin-idle"
            self.uses = "Wayland org_kde_kwin_idle (KDE idle protocol), own connection"
            manager = link.bind(KDE_IDLE, 1)
            # get_idle_timeout(new_id, seat, timeout)
            watch = link.request(manager, 0, [None, seat, millis],
                                 new="org_kde_kwin_idle_timeout", version=1)
        link.listen(watch, self._event)
        link.roundtrip()  # a protocol error would end the connection here, not later
        link.watch()

    def _event(self, opcode: int, _args: ctypes._Pointer[Argument] | None) -> None:
        if opcode == _IDLED:
            self._idle_since = self._clock() - self._step
        elif opcode == _RESUMED:
            self._idle_since = None

    def idle_seconds(self) -> float | None:
        if not self._link.connected:
            return None  # the compositor went away: no answer rather than a wrong one
        if self._idle_since is None:
            return 0.0
        return max(0.0, self._clock() - self._idle_since)

    def close(self) -> None:
        self._link.close()
