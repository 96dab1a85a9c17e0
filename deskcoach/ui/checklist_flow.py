"""The checklist's place in the app: opening the walkthrough, keeping answers, exporting, and
reminding once a day of open actions and of a fresh check when one is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from deskcoach.core import checklist as model
from deskcoach.core.checklist import Assessment, Checklist
from deskcoach.core.settings import Settings
from deskcoach.services.checklists import ChecklistRecords
from deskcoach.ui.text import fill, tr

if TYPE_CHECKING:  # the wizard (QtSvgWidgets) and the report load when first used
    from deskcoach.ui.checklist_wizard import ChecklistWizard

class ChecklistFlow(QObject):
    notify = Signal(str, str)  # title, text

    def __init__(self, records: ChecklistRecords, now: Callable[[], datetime],
                 settings: Callable[[], Settings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.checklist: Checklist = records.checklist
        self._now = now
        self._settings = settings
        self.wizard: ChecklistWizard | None = None

    def open(self) -> ChecklistWizard:
        """Resume an unfinished check, else show the last one's actions, else start fresh."""
        from deskcoach.ui.checklist_wizard import ChecklistWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        done = self.records.store.completed()
        latest = done[-1] if done else None
        resume = self.records.store.in_progress()
        reviewing = resume is None and latest is not None and bool(model.open_actions(latest))
        # Compare with the check before the one on screen.
        previous = (done[-2] if len(done) > 1 else None) if reviewing else latest
        self.wizard = ChecklistWizard(self.checklist, self.records.art, self._now, resume,
                                      previous=previous)
        self.wizard.saved.connect(self._save)
        self.wizard.export.connect(self._export)
        if reviewing and latest is not None:
            self.wizard.show_summary_of(latest)
        self.wizard.show()
        self.wizard.activateWindow()
        return self.wizard

    def _save(self, assessment: Assessment) -> None:
        store = self.records.store
        if not store.save(assessment):
            self.notify.emit(tr("DeskCoach"), tr("Your answers could not be saved: %1")
                             .replace("%1", store.last_error or tr("unknown error")))

    def _export(self, assessment: Assessment, fmt: str, path: str) -> None:
        from deskcoach.ui.report import report_bytes

        try:
            self.records.write_report(Path(path), report_bytes(self.checklist, assessment, fmt))
        except OSError as exc:
            self.notify.emit(tr("DeskCoach"), tr("Could not export to %1: %2")
                             .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        self.notify.emit(tr("Workstation check exported"), path)

    def daily_reminders(self) -> list[str]:
        """What to remind of today, at most once a day; [] when off or already told."""
        settings = self._settings()
        now = self._now()
        today = now.date().isoformat()
        if not settings.checklist_reminders or self.records.reminded_on() == today:
            return []
        done = self.records.store.completed()
        latest = done[-1] if done else None
        messages = []
        due = model.due_reminders(latest, now.date()) if latest else ()
        if due:
            fixes = "; ".join(self.checklist.item(a.item).fix for a in due[:3])
            messages.append(fill(tr("%n workstation actions to follow up: %1", "", len(due)),
                                 fixes))
        last = latest.completed if latest else None
        if model.reassessment_due(last, now.date(), settings.reassess_months):
            messages.append(tr("Time for a workstation check: choose Checklist... in the "
                               "DeskCoach menu. It takes about five minutes.")
                            if last is None else
                            tr("It has been %n months since your workstation check. A fresh "
                               "one takes five minutes: Checklist... in the DeskCoach menu.",
                               "", settings.reassess_months))
        if messages:
            self.records.set_reminded_on(today)
        return messages
