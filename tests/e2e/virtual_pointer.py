"""A virtual pointer for the Wayland tests (wlr-virtual-pointer-unstable-v1), run as a process.

Headless sway has no input devices, so its seat has no pointer and no window ever hears the
pointer enter. This client adds one, then moves it to each "x y" (layout pixels) read from
stdin, printing "ok" once the compositor has seen the motion. It speaks through DeskCoach's own
small Wayland client, with the two interfaces it needs added to its table.
"""

from __future__ import annotations

import sys

from deskcoach.platform import wayland_client
from deskcoach.platform.wayland_client import Spec, WaylandConnection

wayland_client.SPECS.update({spec.name: spec for spec in (
    Spec("zwlr_virtual_pointer_manager_v1", 1,
         requests=(("create_virtual_pointer", "?on", ("wl_seat", "zwlr_virtual_pointer_v1")),
                   ("destroy", "", ()))),
    Spec("zwlr_virtual_pointer_v1", 1,
         requests=(("motion", "uff", (None, None, None)),
                   ("motion_absolute", "uuuuu", (None, None, None, None, None)),
                   ("button", "uuu", (None, None, None)), ("axis", "uuf", (None, None, None)),
                   ("frame", "", ()), ("axis_source", "u", (None,)),
                   ("axis_stop", "uu", (None, None)),
                   ("axis_discrete", "uufi", (None, None, None, None)),
                   ("destroy", "", ()))),
)})
MOTION_ABSOLUTE, FRAME = 1, 4


def main() -> int:
    width, height = (int(value) for value in sys.argv[1:3])
    link = WaylandConnection()
    seat = link.bind("wl_seat", 1)
    manager = link.bind("zwlr_virtual_pointer_manager_v1", 1)
    pointer = link.request(manager, 0, [seat, None], new="zwlr_virtual_pointer_v1", version=1)
    link.roundtrip()
    print("ok", flush=True)  # noqa: T201 (the answer the test reads)
    for time_ms, line in enumerate(sys.stdin, 1):
        x, y = (int(value) for value in line.split())
        link.request(pointer, MOTION_ABSOLUTE, [time_ms, x, y, width, height])
        link.request(pointer, FRAME, [])
        link.roundtrip()
        print("ok", flush=True)  # noqa: T201 (the answer the test reads)
    link.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
