"""The workstation checklist's stored data for the screen: answers, art, reminders, exports.

The answers live in the history file; exported reports are written atomically.
"""

from __future__ import annotations

from pathlib import Path

from deskcoach.core.checklist import Checklist
from deskcoach.store.assessments import AssessmentStore
from deskcoach.store.atomic import write_atomic
from deskcoach.store.catalogue import checklist_art
from deskcoach.store.history import History

REMINDED_KEY = "checklist_reminded_on"


class ChecklistRecords:
    def __init__(self, checklist: Checklist, history: History) -> None:
        self.checklist = checklist
        self.history = history

    @property
    def store(self) -> AssessmentStore:
        """On the history's current connection: it changes when a history that could only be
        read at start can be written again."""
        return AssessmentStore(self.history.connection, self.checklist.version)

    @staticmethod
    def art(name: str) -> bytes:
        return checklist_art(name)

    def reminded_on(self) -> str | None:
        """The ISO day of the last daily reminder."""
        return self.history.get_meta(REMINDED_KEY)

    def set_reminded_on(self, day: str) -> None:
        self.history.set_meta(REMINDED_KEY, day)

    @staticmethod
    def write_report(path: Path, data: bytes) -> None:
        """An exported report (raises OSError, for the screen to tell)."""
        write_atomic(path, data)
