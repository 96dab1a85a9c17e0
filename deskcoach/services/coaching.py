"""The coach service: check-ins in, the plan's next steps out, for the app and the CLI alike.

No Qt here: the controller hands it the control-socket commands `checkin` and `programme`,
and the command line calls the same `handle` when DeskCoach is not running, so both paths
store and decide the same way. Decisions come from the pure rules in deskcoach.core
(pacing, programmes, advice, redflags); this module only reads and writes the log.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Final

from deskcoach.core import programmes as tracks
from deskcoach.core.advice import advise
from deskcoach.core.checkins import MILD, CheckIn, CheckInError
from deskcoach.core.dosing import at_level
from deskcoach.core.exercises import Catalogue, Exercise
from deskcoach.core.i18n import fill, tr
from deskcoach.core.pacing import LEVEL_NAMES, Pace, level_name, pace, substitute
from deskcoach.core.redflags import match
from deskcoach.store.coachlog import CoachLog

PROGRAMME_ACTIONS: Final = ("start", "stop", "status")
LOG_DAYS: Final = 60  # how much of the log the rules read


class CoachError(ValueError):
    """A request the coach refuses; the message says what is allowed."""


def levels_of(exercise: Exercise | None) -> int | tuple[str, ...]:
    """An exercise's level names (the catalogue's), or the usual 3 if none are authored."""
    return tuple(level.name for level in exercise.levels) \
        if exercise is not None and exercise.levels else len(LEVEL_NAMES)


def start_level(exercise: Exercise) -> int:
    """Where an exercise starts: its "standard" level."""
    names = [level.name for level in exercise.levels] or list(LEVEL_NAMES)
    return names.index("standard")


def level_words(exercise: Exercise, level: int) -> str:
    """The level's name, with its dose when the catalogue gives one."""
    if exercise.levels and 0 <= level < len(exercise.levels):
        chosen = exercise.levels[level]
        return f"{chosen.name} ({chosen.dose})"
    return level_name(level, levels_of(exercise))


class Coach:
    def __init__(self, db: sqlite3.Connection | Callable[[], sqlite3.Connection],
                 catalogue: Catalogue) -> None:
        self.log = CoachLog(db)
        self.catalogue = catalogue

    # ---- the control socket and the CLI ----

    def handle(self, cmd: str, args: Mapping[str, str], now: datetime) -> dict[str, Any]:
        """Carry out one command; raises CoachError with a one-line reason when refused."""
        if cmd == "checkin":
            return self.checkin(_checkin(args, now, self.catalogue), now)
        action, ident = args.get("action", ""), args.get("id", "")
        if action == "start":
            if ident not in tracks.BY_ID:
                raise CoachError(f"there is no programme {ident!r} (try: "
                                 f"{', '.join(tracks.BY_ID)})")
            self._saved(self.log.start(ident, now.date(), now))
        elif action == "stop":
            if self.log.run() is None:
                raise CoachError("no programme is running")
            self._saved(self.log.stop(now))
        elif action != "status":
            raise CoachError(f"'programme' takes {', '.join(PROGRAMME_ACTIONS)}, not {action!r}")
        return self.status(now)

    def _saved(self, ok: bool) -> None:
        if not ok:
            raise CoachError(f"the log could not be saved ({self.log.last_error})")

    def checkin(self, c: CheckIn, now: datetime) -> dict[str, Any]:
        flags = match(c.flags, c.note)
        self._saved(self.log.add(c))
        changes = self.evaluate(now)
        return {"logged": c.as_dict(), "changes": changes,
                "red_flags": [{"id": f.id, "urgency": f.urgency, "text": f.text}
                              for f in flags]}

    # ---- deciding ----

    def recent(self, now: datetime) -> list[CheckIn]:
        return self.log.checkins(now - timedelta(days=LOG_DAYS), now + timedelta(seconds=1))

    def evaluate(self, now: datetime) -> list[dict[str, Any]]:
        """Run the pacing and phase rules for today and keep what changed; the changes."""
        today, entries = now.date(), self.recent(now)
        paces = self.log.paces()
        ids = sorted({c.exercise for c in entries if c.exercise} | set(paces))
        changes = []
        for ident in ids:
            exercise = self.catalogue.get(ident)
            if exercise is None:
                continue
            change = pace(paces.get(ident, Pace(ident, start_level(exercise))), entries,
                          exercise.regions, levels_of(exercise), today)
            if change.changed:
                self._saved(self.log.record(change, now))
                changes.append({"exercise": ident, "action": change.action,
                                "level": level_words(exercise, change.pace.level),
                                "reason": change.reason})
        moved = self._follow_programme(entries, now, strict=True)
        return changes + ([] if moved is None else [moved])

    def _follow_programme(self, entries: list[CheckIn], now: datetime, strict: bool
                          ) -> dict[str, Any] | None:
        """Move the running programme on when its rules say so (never skipping a phase);
        the change, if any. Not `strict`: a log that cannot be written stays as it is."""
        run = self.log.run()
        if run is None:
            return None
        moved = tracks.step(run, entries, now.date())
        if moved.action == "stay":
            return None
        ok = self.log.move(moved.run) if moved.action == "advance" else self.log.stop(now)
        if strict:
            self._saved(ok)
        elif not ok:
            return None
        return {"programme": run.programme, "action": moved.action, "reason": moved.reason}

    def status(self, now: datetime) -> dict[str, Any]:
        """The programme, its phase and week (None when none runs), and any advice. A phase
        that is due to end is moved on first, so the answer is never out of date."""
        entries = self.recent(now)
        self._follow_programme(entries, now, strict=False)
        run, today = self.log.run(), now.date()
        result: dict[str, Any] = {"programme": None, "phase": None, "phase_name": None,
                                  "week": None, "weeks": None, "plan": None, "advice": None}
        first = self.log.first_day()
        if run is not None:
            programme = tracks.BY_ID[run.programme]
            result.update(programme=run.programme, phase=run.phase + 1,
                          phase_name=programme.phases[run.phase].name, week=run.week(today),
                          weeks=programme.weeks, plan=tracks.step(run, entries, today).reason)
            first = run.started
        advice = advise(entries, first, today) if first is not None else None
        if advice is not None:
            result["advice"] = {"kind": advice.kind, "reason": advice.reason}
        return result

    def flares(self, now: datetime) -> dict[str, int]:
        """Per exercise, how often lately a check-in about it rated it above a mild ache:
        what makes routine choice serve it less often (others are not affected)."""
        counts: dict[str, int] = {}
        for c in self.recent(now):
            if c.exercise and c.pain > MILD and c.kind in ("after_break", "manual"):
                counts[c.exercise] = counts.get(c.exercise, 0) + 1
        return counts

    def level_changes(self, days: int, now: datetime) -> list[dict[str, Any]]:
        """The plan's level changes of the last `days` days, newest first, each with the
        exercise's name and its level in words (for the dashboard's Body log)."""
        found = []
        for change in reversed(self.log.changes(now - timedelta(days=days))):
            exercise = self.catalogue.get(str(change["exercise"]))
            found.append({**change, "name": exercise.name if exercise else change["exercise"],
                          "level_words": level_words(exercise, int(str(change["level"])))
                          if exercise else str(change["level"])})
        return found

    def level_lines(self, first: date, last: date, zone: tzinfo | None,
                    most: int = 4) -> dict[str, list[int]]:
        """Exercise name -> its level on each day first..last, as steps from its standard
        (-1 easier, 0 standard, +1 harder), after that day's changes: the `most` exercises
        changed last that stood off standard in the range. Days before its first change
        count as standard; days are those of `zone`."""
        steps: dict[str, list[tuple[date, int]]] = {}
        for change in self.log.changes():
            at = datetime.fromisoformat(str(change["at"])).astimezone(zone)
            exercise = self.catalogue.get(str(change["exercise"]))
            if exercise is not None:
                steps.setdefault(exercise.id, []).append(
                    (at.date(), int(str(change["level"])) - start_level(exercise)))
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        lines: list[tuple[date, str, list[int]]] = []
        for ident, changes in steps.items():
            values = []
            for day in days:
                before = [offset for when, offset in changes if when <= day]
                values.append(before[-1] if before else 0)
            if any(values):
                exercise = self.catalogue.get(ident)
                lines.append((changes[-1][0], exercise.name if exercise else ident, values))
        lines.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return {name: values for _, name, values in sorted(lines[:most], key=lambda i: i[1])}

    def pdf_log(self, days: int, now: datetime) -> tuple[list[CheckIn], list[dict[str, Any]],
                                                         str | None]:
        """What the one-page PDF for a clinician shows: the check-ins and plan changes of the
        last `days` days and the running programme."""
        start = datetime.combine(now.date() - timedelta(days=days - 1), datetime.min.time(),
                                 tzinfo=now.tzinfo)
        run = self.log.run()
        return (self.log.checkins(start, now + timedelta(seconds=1)), self.log.changes(start),
                None if run is None else run.programme)

    def suggestions(self, answers: Mapping[str, str], now: datetime) -> dict[str, str]:
        """Programme id -> why it is worth offering (checklist answers, recent aches)."""
        return dict(tracks.suggest(answers, self.recent(now), now.date()))

    def break_catalogue(self, catalogue: Catalogue, today: date) -> Catalogue:
        """What a break may draw from: the running programme's phase (or everything), less
        exercises left out after a flare, each replaced by one serving the same regions."""
        paces = self.log.paces()
        resting = {i for i, p in paces.items()
                   if p.dropped_until is not None and today < p.dropped_until}
        run = self.log.run()
        wanted = set(tracks.BY_ID[run.programme].phases[run.phase].exercises) if run \
            else {e.id for e in catalogue}
        regions = {e.id: e.regions for e in catalogue}
        for ident in sorted(wanted & resting):
            other = substitute(ident, regions, resting | wanted)
            if other is not None:
                wanted.add(other)
        wanted -= resting
        chosen: dict[str, Exercise] = {}
        for ident in sorted(wanted):
            exercise = catalogue.get(ident)
            if exercise is None:
                continue
            alternative = exercise.seated_alternative
            if alternative is not None and alternative not in resting:
                target = catalogue.get(alternative)
                if target is not None:
                    chosen[alternative] = target
            elif alternative is not None:
                exercise = dataclasses.replace(exercise, seated_alternative=None)
            chosen[ident] = exercise
        return self.levelled(Catalogue(chosen) if chosen else catalogue)

    def levelled(self, catalogue: Catalogue) -> Catalogue:
        """Every exercise as the pacing rules have it now: the steps and dose of its level
        (core/dosing.py), so a break serves more or less than the standard dose."""
        paces = self.log.paces()
        return Catalogue({e.id: at_level(e, paces[e.id].level) if e.id in paces else e
                          for e in catalogue})


def week_words(week: int, weeks: int) -> str:
    """"week 2 of 4"; past the plan (phases wait for steady mornings) "week 5 of a 4-week
    programme"."""
    if week <= weeks:
        return fill(tr("week %1 of %n", "", weeks), week)
    return fill(tr("week %1 of a %n-week programme", "", weeks), week)


def _checkin(args: Mapping[str, str], now: datetime, catalogue: Catalogue) -> CheckIn:
    text = args.get("pain", "")
    if not (text.isascii() and text.isdigit()) or not 0 <= int(text) <= 10:
        raise CoachError(f"--pain takes a whole number from 0 to 10, not {text!r}")
    exercise = args.get("exercise") or None
    if exercise is not None and exercise not in catalogue:
        raise CoachError(f"there is no exercise {exercise!r} (see `deskcoach exercises`)")
    kind = args.get("kind") or "manual"
    try:
        flags = tuple(json.loads(args.get("flags") or "[]"))
        match(flags)
        return CheckIn(now, int(text), kind, args.get("region") or None, exercise,
                       tuple(str(f) for f in flags), " ".join(args.get("note", "").split()))
    except (CheckInError, ValueError, TypeError) as exc:
        raise CoachError(str(exc)) from None


def write_file(path: str, data: bytes) -> str | None:
    """Write a file the user asked for (atomically, private); the failure in words, or None."""
    from pathlib import Path

    from deskcoach.store.atomic import write_atomic

    try:
        write_atomic(Path(path), data)
    except OSError as exc:
        return f"could not write {path}: {exc.strerror or exc}"
    return None
