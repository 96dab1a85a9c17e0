"""The workstation checklist: the questions, one person's answers, and what follows from them.

A guided self-assessment modelled on the display-screen checklists employers use (HSE, OSHA,
EU 90/270/EEC, CSA Z412). The questions are data (resources/checklist/checklist.toml), checked
by `checklist_file.parse_checklist`, which names the file and key of anything wrong. An
`Assessment` is one person's walk through them; every step returns a new value, so the UI can
keep the partial one, the store can save it, and history stays comparable.

"yes" always means fine, so every "no" is something to act on: `complete` turns each into an
`Action` with an owner and a follow-up date, which the tray reminds about until it is done.

Plain Python only: no clock, files or Qt. Callers pass `now` and `today` in, which is what
lets the tests use a fake clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Final

SCHEMA_VERSION: Final = 1
ANSWERS: Final = ("yes", "no", "na")  # "yes" = fine, "no" = needs action, "na" = not applicable
WORKSTATIONS: Final = ("desktop", "laptop", "laptop_docked")  # laptop items only for "laptop"
OWNERS: Final = ("me", "manager", "facilities")
SOURCES: Final = ("HSE", "OSHA", "EU 90/270/EEC", "CSA Z412", "CCOHS", "Ontario MOL",
                  "ANSI/HFES 100", "Research")
JSON_FORMAT: Final = "deskcoach-assessment"
JSON_FORMAT_VERSION: Final = 1
ITEM_ID: Final = re.compile(r"[A-Z][1-9][0-9]?")  # stable: history keys on it
DISCLAIMER: Final = "A self-assessment supports, but does not replace, your employer's assessor."


class ChecklistError(ValueError):
    """Checklist data or an assessment step that breaks a rule; the message names the file
    (or the assessment) and the key."""


@dataclass(frozen=True)
class Group:
    id: str
    title: str


@dataclass(frozen=True)
class Item:
    id: str  # "C1" ... as in the reference's merged table; stable, because history keys on it
    group: str
    question: str  # phrased so that "yes" means fine
    why: str
    fix: str
    sources: tuple[str, ...]
    default_owner: str
    laptop_only: bool = False
    illustration: str | None = None  # a file in resources/checklist/art/


@dataclass(frozen=True)
class Checklist:
    version: int
    reassess_months: int
    follow_up_days: int
    groups: tuple[Group, ...]
    items: tuple[Item, ...]

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError if the checklist has none (e.g. an old answer)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def items_for(self, workstation: str) -> tuple[Item, ...]:
        """The questions this workstation gets: a docked laptop is a desktop as far as posture
        goes, so only "laptop" gets the laptop-only ones."""
        _check_workstation("checklist", workstation)
        return tuple(i for i in self.items if workstation == "laptop" or not i.laptop_only)


# ---------------------------------------------------------------- one person's assessment

@dataclass(frozen=True)
class Action:
    """What a "no" leads to: who fixes it and when to check again."""

    item: str
    owner: str
    due: date
    done: date | None = None


@dataclass(frozen=True)
class Assessment:
    """One walk through the checklist; partial while in progress, a record once completed.

    Checked on creation too, so a value read back from the store is as trustworthy as one
    built step by step."""

    uid: str
    started: datetime
    workstation: str
    answers: Mapping[str, str] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()
    completed: datetime | None = None
    name: str = ""

    def __post_init__(self) -> None:
        where = f"assessment {self.uid}"
        _check_aware(where, "started", self.started)
        if self.completed is not None:
            _check_aware(where, "completed", self.completed)
        _check_workstation(where, self.workstation)
        # A private copy: the caller's dict changing later must not change the record.
        answers = dict(self.answers)
        for item_id, value in answers.items():
            _check_answer(where, item_id, value)
        object.__setattr__(self, "answers", answers)
        object.__setattr__(self, "actions", tuple(self.actions))
        seen: set[str] = set()
        for action in self.actions:
            if action.item in seen:
                raise ChecklistError(f"{where}: 'actions' has two actions for {action.item}")
            seen.add(action.item)
            if action.owner not in OWNERS:
                raise ChecklistError(f"{where}: 'actions.{action.item}.owner' is "
                                     f"{action.owner!r}, allowed: {', '.join(OWNERS)}")
            _check_date(where, f"actions.{action.item}.due", action.due)
            if action.done is not None:
                _check_date(where, f"actions.{action.item}.done", action.done)


def _check_aware(where: str, key: str, value: datetime) -> None:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ChecklistError(f"{where}: '{key}' must be a datetime with a time zone, "
                             f"not {value!r}")


def _check_date(where: str, key: str, value: object) -> None:
    # datetime is a date too; a follow-up is a day, and a time would leak into the export.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ChecklistError(f"{where}: '{key}' must be a date (no time), not {value!r}")


def _check_workstation(where: str, workstation: object) -> None:
    if workstation not in WORKSTATIONS:
        raise ChecklistError(f"{where}: 'workstation' is {workstation!r}, allowed: "
                             f"{', '.join(WORKSTATIONS)}")


def _check_answer(where: str, item_id: object, value: object) -> None:
    if not isinstance(item_id, str) or not ITEM_ID.fullmatch(item_id):
        raise ChecklistError(f"{where}: 'answers' has {item_id!r}, which is not an item id")
    if value not in ANSWERS:
        raise ChecklistError(f"{where}: 'answers.{item_id}' is {value!r}, allowed: "
                             f"{', '.join(ANSWERS)}")


def _where(assessment: Assessment) -> str:
    return f"assessment {assessment.uid}"


def next_item(checklist: Checklist, assessment: Assessment) -> Item | None:
    """The first question for this workstation still unanswered, so a walk stopped midway
    resumes where it left off (and skipped questions come back); None when all are answered."""
    for item in checklist.items_for(assessment.workstation):
        if item.id not in assessment.answers:
            return item
    return None


def answer(assessment: Assessment, item_id: str, value: str) -> Assessment:
    """The assessment with `item_id` answered (or re-answered) `value`.

    A completed assessment is a record its actions were derived from, so it is not changed;
    a fresh assessment is the way to record a new state."""
    where = _where(assessment)
    if assessment.completed is not None:
        raise ChecklistError(f"{where}: 'answers' cannot change once the assessment is "
                             "completed; start a new one")
    _check_answer(where, item_id, value)
    return replace(assessment, answers={**assessment.answers, item_id: value})


def complete(checklist: Checklist, assessment: Assessment, now: datetime) -> Assessment:
    """Finish the assessment at `now`: every question for the workstation must be answered;
    each "no" becomes an Action with the item's default owner, due `follow_up_days` after
    today (in `now`'s time zone).

    Answers to questions this workstation does not get (a laptop answer before switching to
    desktop, an item a newer checklist dropped) are left out, so the record holds only what
    the summary counted."""
    where = _where(assessment)
    _check_aware(where, "now", now)
    if assessment.completed is not None:
        raise ChecklistError(f"{where}: 'completed' is already set; it was completed at "
                             f"{assessment.completed.isoformat()}")
    items = checklist.items_for(assessment.workstation)
    missing = [item.id for item in items if item.id not in assessment.answers]
    if missing:
        raise ChecklistError(f"{where}: 'answers' has no answer yet for {', '.join(missing)}")
    due = now.date() + timedelta(days=checklist.follow_up_days)
    answers = {item.id: assessment.answers[item.id] for item in items}
    actions = tuple(Action(item.id, item.default_owner, due)
                    for item in items if answers[item.id] == "no")
    return replace(assessment, answers=answers, actions=actions, completed=now)


@dataclass(frozen=True)
class Summary:
    fine: tuple[Item, ...]
    needs_action: tuple[Item, ...]
    not_applicable: tuple[Item, ...]
    answered: int
    total: int

    @property
    def score(self) -> float:
        """The share of applicable items that are fine; 1.0 when nothing applies, since
        there is then nothing to fix."""
        applicable = len(self.fine) + len(self.needs_action)
        return 1.0 if applicable == 0 else len(self.fine) / applicable


def summarize(checklist: Checklist, assessment: Assessment) -> Summary:
    """The answers sorted by outcome, in checklist order; only this workstation's questions
    count, each once."""
    items = checklist.items_for(assessment.workstation)
    by_answer: dict[str, list[Item]] = {value: [] for value in ANSWERS}
    for item in items:
        value = assessment.answers.get(item.id)
        if value is not None:
            by_answer[value].append(item)
    return Summary(fine=tuple(by_answer["yes"]), needs_action=tuple(by_answer["no"]),
                   not_applicable=tuple(by_answer["na"]),
                   answered=sum(len(found) for found in by_answer.values()), total=len(items))


def set_action(assessment: Assessment, item_id: str, owner: str | None = None,
               due: date | None = None, done: date | None = None, *,
               clear_done: bool = False) -> Assessment:
    """The assessment with the action for `item_id` changed: a new owner or follow-up date,
    ticked off on `done`, or (clear_done=True) not done after all. None leaves a field as is.
    KeyError if the item has no action."""
    where = _where(assessment)
    index = next((n for n, a in enumerate(assessment.actions) if a.item == item_id), None)
    if index is None:
        raise KeyError(item_id)
    action = assessment.actions[index]
    if owner is not None:
        if owner not in OWNERS:
            raise ChecklistError(f"{where}: 'actions.{item_id}.owner' is {owner!r}, "
                                 f"allowed: {', '.join(OWNERS)}")
        action = replace(action, owner=owner)
    if due is not None:
        _check_date(where, f"actions.{item_id}.due", due)
        action = replace(action, due=due)
    if done is not None and clear_done:
        raise ChecklistError(f"{where}: 'actions.{item_id}.done' cannot be set and cleared "
                             "at once")
    if done is not None:
        _check_date(where, f"actions.{item_id}.done", done)
        action = replace(action, done=done)
    if clear_done:
        action = replace(action, done=None)
    actions = (*assessment.actions[:index], action, *assessment.actions[index + 1:])
    return replace(assessment, actions=actions)


def open_actions(assessment: Assessment) -> tuple[Action, ...]:
    """The actions not yet ticked off, in checklist order."""
    return tuple(action for action in assessment.actions if action.done is None)


def due_reminders(assessment: Assessment, today: date) -> tuple[Action, ...]:
    """The open actions whose follow-up date has come: reminded on the day and every day
    after, until ticked off or moved."""
    return tuple(action for action in open_actions(assessment) if action.due <= today)


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months, clamped to the month's end (Aug 31 + 6 = Feb 28/29)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def reassessment_due(last_completed: datetime | None, today: date, months: int) -> bool:
    """Whether to suggest a fresh assessment: never assessed, or `months` calendar months
    have passed since the last one was completed (its own calendar day)."""
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise ChecklistError(f"reassessment: 'months' must be a whole number of at least 1, "
                             f"not {months!r}")
    if last_completed is None:
        return True
    return today >= add_months(last_completed.date(), months)


def changes(previous: Assessment, current: Assessment) -> dict[str, tuple[str | None, str]]:
    """What moved between two assessments: item id -> (old answer or None if it was not
    asked then, new answer), in the current assessment's order. Items the current one does
    not answer are left out: there is no new answer to show."""
    return {item_id: (previous.answers.get(item_id), value)
            for item_id, value in current.answers.items()
            if previous.answers.get(item_id) != value}


def to_json(checklist: Checklist, assessment: Assessment) -> dict[str, object]:
    """The assessment for HR systems, in the versioned shape of resources/checklist/API.md.

    Self-contained: each answer carries its question and sources, each action its fix, so the
    file reads without the checklist. Dates are ISO 8601; `completed` is null while in
    progress; an action for an item this checklist no longer has gets an empty fix."""
    fixes = {item.id: item.fix for item in checklist.items}
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "checklist_version": checklist.version,
        "uid": assessment.uid,
        "name": assessment.name,
        "workstation": assessment.workstation,
        "started": assessment.started.isoformat(),
        "completed": None if assessment.completed is None else assessment.completed.isoformat(),
        "score": round(summarize(checklist, assessment).score, 2),
        "answers": [{"item": item.id, "group": item.group, "question": item.question,
                     "answer": assessment.answers[item.id], "sources": list(item.sources)}
                    for item in checklist.items_for(assessment.workstation)
                    if item.id in assessment.answers],
        "actions": [{"item": action.item, "fix": fixes.get(action.item, ""),
                     "owner": action.owner, "due": action.due.isoformat(),
                     "done": None if action.done is None else action.done.isoformat()}
                    for action in assessment.actions],
        "disclaimer": DISCLAIMER,
    }
