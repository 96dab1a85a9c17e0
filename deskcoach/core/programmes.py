"""Programmes: two-to-six-week tracks whose breaks draw from one phase at a time.

A track moves through phases in order (calm things down, patterning, capacity, resilience),
never skipping one: a phase ends only after its days are done and the mornings in it stayed
the same or better. What a track offers is general movement guidance, not treatment.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from deskcoach.core.checkins import MILD, CheckIn, baseline, mornings
from deskcoach.core.i18n import QT_TR_NOOP, fill, tr
from deskcoach.core.pacing import SPIKE_DAYS, spiked

PHASE_MORNINGS: Final = 3  # steady mornings in a phase before the next one
MIN_WEEKS, MAX_WEEKS = 2, 6
SUGGEST_DAYS: Final = 14  # check-ins this recent count towards a suggestion
_WORDS: Final = {"wrists_hands": QT_TR_NOOP("wrist and hand"), "lower_back": QT_TR_NOOP("low back")}


@dataclass(frozen=True)
class Phase:
    name: str
    goal: str
    days: int
    exercises: tuple[str, ...]


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    summary: str
    regions: tuple[str, ...]
    checklist_items: tuple[str, ...]  # a "no" to these suggests the track
    phases: tuple[Phase, ...]

    @property
    def days(self) -> int:
        return sum(p.days for p in self.phases)

    @property
    def weeks(self) -> int:
        return -(-self.days // 7)

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "summary": self.summary,
                "regions": list(self.regions), "weeks": self.weeks,
                "phases": [{"name": p.name, "goal": p.goal, "days": p.days,
                            "exercises": list(p.exercises)} for p in self.phases]}


@dataclass(frozen=True)
class Run:
    """A programme the user started: the phase it is in (0-based) and since when."""

    programme: str
    started: date
    phase: int = 0
    phase_since: date | None = None

    def week(self, today: date) -> int:
        return max((today - self.started).days, 0) // 7 + 1

    @property
    def since(self) -> date:
        return self.phase_since or self.started


@dataclass(frozen=True)
class PhaseStep:
    action: str  # "stay" | "advance" | "complete"
    run: Run
    reason: str


_CALM = QT_TR_NOOP("Calm things down")
PROGRAMMES: Final = (
    Programme(
        "neck-upper-back", QT_TR_NOOP("Neck and upper back for screen work"),
        QT_TR_NOOP("Ease a stiff neck and rounded shoulders, then build upper-back endurance."),
        ("neck", "upper_back", "shoulders"), ("S1", "S2", "S3", "L1"), (
            Phase(_CALM, QT_TR_NOOP("Small, easy movements that feel good."), 7,
                  ("chin-tuck", "shoulder-rolls", "belly-breathing",
                   "seated-thoracic-rotation")),
            Phase(QT_TR_NOOP("Patterning"),
                  QT_TR_NOOP("Sit tall with the head over the shoulders."), 7,
                  ("chin-tuck", "shoulder-blade-squeeze", "bruegger-relief",
                   "seated-chest-opener")),
            Phase(QT_TR_NOOP("Build capacity"), QT_TR_NOOP("Hold good positions for longer."), 14,
                  ("wall-angels", "thoracic-rotation", "doorway-chest-stretch",
                   "neck-rotation", "shoulder-blade-squeeze")))),
    Programme(
        "low-back", QT_TR_NOOP("Low back: breathe, brace and hinge"),
        QT_TR_NOOP("Settle the low back, learn to breathe, brace and hinge, then build strength."),
        ("lower_back", "hips"), ("C1", "C2", "C3"), (
            Phase(_CALM,
                  QT_TR_NOOP("Gentle movement and walking; find the directions that ease it."), 7,
                  ("belly-breathing", "seated-back-extension", "seated-march", "short-walk")),
            Phase(QT_TR_NOOP("Breathe, brace, hinge"),
                  QT_TR_NOOP("Bend from the hips with the back in one line."), 14,
                  ("belly-breathing", "seated-ab-brace", "seated-hip-hinge", "hip-hinge")),
            Phase(QT_TR_NOOP("Build capacity"),
                  QT_TR_NOOP("More hinges and stands, with steady breathing."), 14,
                  ("hip-hinge", "sit-to-stand", "hip-flexor-stretch", "seated-ab-brace",
                   "back-extension")),
            Phase(QT_TR_NOOP("Resilience"), QT_TR_NOOP("Keep moving through busy days."), 7,
                  ("sit-to-stand", "short-walk", "hip-hinge", "overhead-reach")))),
    Programme(
        "wrists-forearms", QT_TR_NOOP("Wrists and forearms for keyboard and mouse work"),
        QT_TR_NOOP(
            "Glide the tendons, stretch the forearms and free the shoulders that drive them."),
        ("wrists_hands",), ("K1", "K2", "K3", "K4"), (
            Phase(_CALM, QT_TR_NOOP("Easy finger and shoulder movement."), 7,
                  ("tendon-glides", "shoulder-rolls", "belly-breathing")),
            Phase(QT_TR_NOOP("Glide and stretch"),
                  QT_TR_NOOP("Gentle forearm stretches, no pins and needles."), 7,
                  ("tendon-glides", "wrist-extensor-stretch", "wrist-flexor-stretch")),
            Phase(QT_TR_NOOP("Build capacity"),
                  QT_TR_NOOP("Stretch the chest and upper back as well."), 7,
                  ("wrist-extensor-stretch", "wrist-flexor-stretch", "tendon-glides",
                   "seated-chest-opener", "shoulder-blade-squeeze")))),
    Programme(
        "sit-less", QT_TR_NOOP("Sit less: stand and walk"),
        QT_TR_NOOP("Break up long sitting with stands, marches and short walks."),
        ("legs", "circulation", "whole_body"), ("D4", "H1", "E3"), (
            Phase(QT_TR_NOOP("Break up sitting"), QT_TR_NOOP("Move your legs every break."), 7,
                  ("seated-march", "sit-to-stand", "ankle-pumps", "short-walk")),
            Phase(QT_TR_NOOP("Stand and walk"),
                  QT_TR_NOOP("Get up and walk a little every break."), 7,
                  ("short-walk", "calf-raises", "sit-to-stand", "overhead-reach")))),
)
BY_ID: Final = {p.id: p for p in PROGRAMMES}


def check(programmes: Iterable[Programme], exercises: Collection[str]) -> list[str]:
    """Problems with the tracks against the catalogue's exercise ids (empty when all is well)."""
    problems = []
    for p in programmes:
        if not MIN_WEEKS * 7 <= p.days <= MAX_WEEKS * 7:
            problems.append(f"programme {p.id}: lasts {p.days} days, allowed "
                            f"{MIN_WEEKS * 7}-{MAX_WEEKS * 7}")
        for i, phase in enumerate(p.phases):
            problems += [f"programme {p.id}: phases[{i}].exercises names {e!r}, which is "
                         "not in the catalogue" for e in phase.exercises if e not in exercises]
    return problems


def step(run: Run, log: Iterable[CheckIn], today: date) -> PhaseStep:
    """Whether the run stays in its phase, moves to the next (never further) or is complete."""
    programme = BY_ID[run.programme]
    phase = programme.phases[run.phase]
    where = fill(tr("Phase %1 of %2 (%3)"), run.phase + 1, len(programme.phases), tr(phase.name))
    done = (today - run.since).days
    if done < phase.days:
        return PhaseStep("stay", run, fill(tr("%1: day %2 of %3"), where, done + 1, phase.days))
    entries = [c for c in log if c.day <= today]
    base = baseline(entries, programme.regions, run.since)
    days = mornings(entries, programme.regions, after=run.since)
    if base is None and days:
        base = days.pop(next(iter(days)))
    if base is not None and spiked(days, base):
        return PhaseStep("stay", run, fill(tr("%1: staying, as your mornings were worse than "
                                              "usual for %n days running", "", SPIKE_DAYS), where))
    recent = list(days.values())[-PHASE_MORNINGS:]
    if base is None or len(recent) < PHASE_MORNINGS or max(recent) > base:
        return PhaseStep("stay", run, fill(tr("%1: moves on after %n steady mornings in a row "
                                              "(answer the morning question)", "",
                                              PHASE_MORNINGS), where))
    if run.phase + 1 == len(programme.phases):
        return PhaseStep("complete", run, fill(tr("%1 is complete: well done"),
                                                tr(programme.name)))
    following = programme.phases[run.phase + 1]
    return PhaseStep("advance", replace(run, phase=run.phase + 1, phase_since=today),
                     fill(tr("Next phase, %1: your mornings stayed the same or better for %n "
                             "days", "", PHASE_MORNINGS), tr(following.name)))


def suggest(answers: Mapping[str, str], log: Iterable[CheckIn], today: date
            ) -> list[tuple[str, str]]:
    """Tracks worth offering, best first, each with why: checklist items answered "no" and
    recent check-ins above a mild ache in the track's regions."""
    recent = [c for c in log if today - timedelta(days=SUGGEST_DAYS) < c.day <= today
              and c.pain > MILD and c.region is not None]
    found = []
    for p in PROGRAMMES:
        items = [i for i in p.checklist_items if answers.get(i) == "no"]
        aches = [c for c in recent if c.region in p.regions]
        if not items and not aches:
            continue
        why = []
        if aches:
            region = str(aches[0].region)
            why.append(fill(tr("%n check-ins with %1 discomfort lately", "", len(aches)),
                            tr(_WORDS.get(region, region.replace("_", " ")))))
        if items:
            why.append(fill(tr("checklist items %1", "", len(items)), ", ".join(items)))
        found.append((-(2 * len(aches) + len(items)), p.id, "; ".join(why)))
    return [(ident, why) for _, ident, why in sorted(found)]
