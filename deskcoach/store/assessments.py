"""Ergonomics assessments, kept with their dates in the history database.

Answers are saved as they are given, so a walkthrough can stop midway and resume later; every
completed assessment stays, so the user and their assessor can see what changed.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from deskcoach.core.checklist import Action, Assessment
from deskcoach.store.history_file import transaction

_COLUMNS = "uid, started, completed, workstation, name, answers, actions"


class AssessmentStore:
    def __init__(self, db: sqlite3.Connection, checklist_version: int) -> None:
        self._db = db
        self._version = checklist_version
        self.last_error: str | None = None

    def save(self, assessment: Assessment) -> bool:
        a = assessment
        actions = [{"item": x.item, "owner": x.owner, "due": x.due.isoformat(),
                    "done": x.done.isoformat() if x.done else None} for x in a.actions]
        try:
            with transaction(self._db):
                self._db.execute(
                    f"INSERT OR REPLACE INTO assessments ({_COLUMNS}, checklist_version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.uid, a.started.isoformat(), a.completed.isoformat() if a.completed else None,
                     a.workstation, a.name, json.dumps(dict(a.answers), sort_keys=True),
                     json.dumps(actions), self._version))
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return False
        return True

    def all(self) -> list[Assessment]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM assessments ORDER BY started").fetchall()
        return [_assessment(row) for row in rows]

    def completed(self) -> list[Assessment]:
        return [a for a in self.all() if a.completed is not None]

    def in_progress(self) -> Assessment | None:
        open_ones = [a for a in self.all() if a.completed is None]
        return open_ones[-1] if open_ones else None

    def find(self, which: str) -> Assessment | None:
        """`latest`, or a date (YYYY-MM-DD): the last assessment completed that day."""
        done = self.completed()
        if which == "latest":
            return done[-1] if done else None
        day = date.fromisoformat(which)
        matching = [a for a in done if a.completed is not None and a.completed.date() == day]
        return matching[-1] if matching else None

    def delete(self, uid: str) -> None:
        with transaction(self._db):
            self._db.execute("DELETE FROM assessments WHERE uid = ?", (uid,))


def _assessment(row: tuple[object, ...]) -> Assessment:
    uid, started, completed, workstation, name, answers, actions = row
    return Assessment(
        uid=str(uid), started=datetime.fromisoformat(str(started)),
        workstation=str(workstation), answers=json.loads(str(answers)),
        actions=tuple(Action(str(x["item"]), str(x["owner"]), date.fromisoformat(x["due"]),
                             date.fromisoformat(x["done"]) if x.get("done") else None)
                      for x in json.loads(str(actions))),
        completed=datetime.fromisoformat(str(completed)) if completed else None,
        name=str(name))



