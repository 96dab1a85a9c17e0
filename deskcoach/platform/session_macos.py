"""macOS lock and sleep: NSWorkspace notifications and the screen-lock distributed notices.

NSWorkspace's own notification centre posts willSleep / didWake (the machine),
screensDidSleep / screensDidWake (the displays) and sessionDidResignActive /
sessionDidBecomeActive (fast user switching); the distributed centre carries
com.apple.screenIsLocked / com.apple.screenIsUnlocked from the login window. Observers are
blocks (Python callables, through pyobjc) on the main operation queue, which Qt's Cocoa event
loop drains, so the signals come on the GUI thread. The centres and the queue are arguments,
so tests drive the watcher with fakes that call the registered blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Protocol

from PySide6.QtCore import QObject

from deskcoach.platform.reports import DetectorReport
from deskcoach.platform.session import SessionEvents

Observer = Callable[[object], None]


class NotificationCenter(Protocol):
    def addObserverForName_object_queue_usingBlock_(
            self, name: str, obj: object, queue: object, block: Observer) -> object: ...

    def removeObserver_(self, observer: object) -> None: ...


@dataclass(frozen=True)
class CocoaCenters:
    workspace: NotificationCenter  # NSWorkspace.sharedWorkspace().notificationCenter()
    distributed: NotificationCenter  # NSDistributedNotificationCenter.defaultCenter()
    queue: object  # NSOperationQueue.mainQueue()


#: Notice name -> (reason, away) for `hold`, or (None, asleep) for `set_asleep`.
WORKSPACE_NOTICES: Final[dict[str, tuple[str | None, bool]]] = {
    "NSWorkspaceWillSleepNotification": (None, True),
    "NSWorkspaceDidWakeNotification": (None, False),
    "NSWorkspaceScreensDidSleepNotification": ("displays", True),
    "NSWorkspaceScreensDidWakeNotification": ("displays", False),
    "NSWorkspaceSessionDidResignActiveNotification": ("switched", True),
    "NSWorkspaceSessionDidBecomeActiveNotification": ("switched", False),
}
LOCK_NOTICES: Final[dict[str, tuple[str | None, bool]]] = {
    "com.apple.screenIsLocked": ("lock", True),
    "com.apple.screenIsUnlocked": ("lock", False),
}


def _cocoa_centers() -> CocoaCenters:
    try:
        from AppKit import NSWorkspace
        from Foundation import NSDistributedNotificationCenter, NSOperationQueue
    except ImportError as exc:
        raise OSError("pyobjc-framework-Cocoa is missing (it comes with DeskCoach on macOS: "
                      "pip install pyobjc-framework-Cocoa)") from exc
    return CocoaCenters(NSWorkspace.sharedWorkspace().notificationCenter(),
                        NSDistributedNotificationCenter.defaultCenter(),
                        NSOperationQueue.mainQueue())


class MacSessionWatcher(SessionEvents):
    """Screen lock, sleeping displays and a switched-away session count as locked (until all
    are over); system sleep and wake as sleeping and woke. `centers` defaults to Cocoa's."""

    name = "macos-workspace"

    def __init__(self, parent: QObject | None = None, *,
                 centers: CocoaCenters | None = None) -> None:
        super().__init__(parent)
        self._observers: list[tuple[NotificationCenter, object, Observer]] = []
        try:
            self._centers = centers or _cocoa_centers()
            for center, notices in ((self._centers.workspace, WORKSPACE_NOTICES),
                                    (self._centers.distributed, LOCK_NOTICES)):
                for notice, (reason, state) in notices.items():
                    self._observe(center, notice, reason, state)
        except Exception as exc:  # noqa: BLE001 - pyobjc raises objc.error and others
            self.close()
            self._why = str(exc) if isinstance(exc, OSError) else (
                f"could not observe workspace notifications: {exc}")
            return
        self._why = ("NSWorkspace sleep, display and session notifications and "
                     "com.apple.screenIsLocked / screenIsUnlocked")

    def _observe(self, center: NotificationCenter, notice: str, reason: str | None,
                 state: bool) -> None:
        def heard(_note: object) -> None:
            if reason is None:
                self.set_asleep(state)
            else:
                self.hold(reason, state)

        token = center.addObserverForName_object_queue_usingBlock_(
            notice, None, self._centers.queue, heard)
        if token is None:
            raise OSError(f"could not observe {notice}")
        self._observers.append((center, token, heard))  # the block stays referenced

    @property
    def registered(self) -> bool:
        return bool(self._observers)

    def report(self) -> DetectorReport:
        return DetectorReport("session", self.name, self.registered, self._why)

    def close(self) -> None:
        for center, token, _ in self._observers:
            center.removeObserver_(token)
        self._observers.clear()
