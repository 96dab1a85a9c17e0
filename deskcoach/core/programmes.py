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
from deskcoach.core.pacing import SPIKE_DAYS, spiked

PHASE_MORNINGS: Final = 3  # steady mornings in a phase before the next one
MIN_WEEKS, MAX_WEEKS = 2, 6
SUGGEST_DAYS: Final = 14  # check-ins this recent count towards a suggestion
_WORDS: Final = {"wrists_hands": "wrist and hand", "lower_back": "low back"}


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


_CALM = "Calm things down"
PROGRAMMES: Final = (
    Programme(
        "neck-upper-back", "Neck and upper back for screen work",
        "Ease a stiff neck and rounded shoulders, then build upper-back endurance.",
        ("neck", "upper_back", "shoulders"), ("S1", "S2", "S3", "L1"), (
            Phase(_CALM, "Small, easy movements that feel good.", 7,
                  ("chin-tuck", "shoulder-rolls", "belly-breathing",
                   "seated-thoracic-rotation")),
            Phase("Patterning", "Sit tall with the head over the shoulders.", 7,
                  ("chin-tuck", "shoulder-blade-squeeze", "bruegger-relief",
                   "seated-chest-opener")),
            Phase("Build capacity", "Hold good positions for longer.", 14,
                  ("wall-angels", "thoracic-rotation", "doorway-chest-stretch",
                   "neck-rotation", "shoulder-blade-squeeze")))),
    Programme(
        "low-back", "Low back: breathe, brace and hinge",
        "Settle the low back, learn to breathe, brace and hinge, then build strength.",
        ("lower_back", "hips"), ("C1", "C2", "C3"), (
            Phase(_CALM, "Gentle movement and walking; find the directions that ease it.", 7,
                  ("belly-breathing", "seated-back-extension", "seated-march", "short-walk")),
            Phase("Breathe, brace, hinge", "Bend from the hips with the back in one line.", 14,
                  ("belly-breathing", "seated-ab-brace", "seated-hip-hinge", "hip-hinge")),
            Phase("Build capacity", "More hinges and stands, with steady breathing.", 14,
                  ("hip-hinge", "sit-to-stand", "hip-flexor-stretch", "seated-ab-brace",
                   "back-extension")),
            Phase("Resilience", "Keep moving through busy days.", 7,
                  ("sit-to-stand", "short-walk", "hip-hinge", "overhead-reach")))),
    Programme(
        "wrists-forearms", "Wrists and forearms for keyboard and mouse work",
        "Glide the tendons, stretch the forearms and free the shoulders that drive them.",
        ("wrists_hands",), ("K1", "K2", "K3", "K4"), (
            Phase(_CALM, "Easy finger and shoulder movement.", 7,
                  ("tendon-glides", "shoulder-rolls", "belly-breathing")),
            Phase("Glide and stretch", "Gentle forearm stretches, no pins and needles.", 7,
                  ("tendon-glides", "wrist-extensor-stretch", "wrist-flexor-stretch")),
            Phase("Build capacity", "Stretch the chest and upper back as well.", 7,
                  ("wrist-extensor-stretch", "wrist-flexor-stretch", "tendon-glides",
                   "seated-chest-opener", "shoulder-blade-squeeze")))),
    Programme(
        "sit-less", "Sit less: stand and walk",
        "Break up long sitting with stands, marches and short walks.",
        ("legs", "circulation", "whole_body"), ("D4", "H1", "E3"), (
            Phase("Break up sitting", "Move your legs every break.", 7,
                  ("seated-march", "sit-to-stand", "ankle-pumps", "short-walk")),
            Phase("Stand and walk", "Get up and walk a little every break.", 7,
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
    where = f"Phase {run.phase + 1} of {len(programme.phases)} ({phase.name})"
    done = (today - run.since).days
    if done < phase.days:
        return PhaseStep("stay", run, f"{where}: day {done + 1} of {phase.days}")
    entries = [c for c in log if c.day <= today]
    base = baseline(entries, programme.regions, run.since)
    days = mornings(entries, programme.regions, after=run.since)
    if base is None and days:
        base = days.pop(next(iter(days)))
    if base is not None and spiked(days, base):
        return PhaseStep("stay", run, f"{where}: staying, as your mornings were worse than "
                                      f"usual for {SPIKE_DAYS} days running")
    recent = list(days.values())[-PHASE_MORNINGS:]
    if base is None or len(recent) < PHASE_MORNINGS or max(recent) > base:
        return PhaseStep("stay", run, f"{where}: moves on after {PHASE_MORNINGS} steady "
                                      "mornings in a row (answer the morning question)")
    if run.phase + 1 == len(programme.phases):
        return PhaseStep("complete", run, f"{programme.name} is complete: well done")
    following = programme.phases[run.phase + 1]
    return PhaseStep("advance", replace(run, phase=run.phase + 1, phase_since=today),
                     f"Next phase, {following.name}: your mornings stayed the same or better "
                     f"for {PHASE_MORNINGS} days")


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
            why.append(f"{len(aches)} check-in{'s' if len(aches) > 1 else ''} with "
                       f"{_WORDS.get(region, region.replace('_', ' '))} discomfort lately")
        if items:
            why.append(f"checklist item{'s' if len(items) > 1 else ''} {', '.join(items)}")
        found.append((-(2 * len(aches) + len(items)), p.id, "; ".join(why)))
    return [(ident, why) for _, ident, why in sorted(found)]
