"""Pacing by pain: each exercise's level steps up, holds or steps back from the log.

The method, in short: progress every few days while mornings stay the same or better; when
symptoms stay up for more than a day, go back one step, never to zero; when one piece raises
pain above a mild ache that lingers, leave that piece out for a while and keep the others.
Every decision carries its reason in plain words, so the user can see why the plan changed.
General movement guidance, not a diagnosis.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from deskcoach.core.checkins import MILD, CheckIn, baseline, mornings
from deskcoach.core.i18n import QT_TR_NOOP, day, fill, tr

#: How the levels are named when an exercise has the usual three; more are numbered.
LEVEL_NAMES: Final = (QT_TR_NOOP("easier"), QT_TR_NOOP("standard"), QT_TR_NOOP("harder"))
START_LEVEL: Final = 1  # everyone starts at "standard"
PROGRESS_MORNINGS: Final = 4  # steady mornings at a level before it steps up
SPIKE_DAYS: Final = 2  # mornings in a row worse than usual that step it back
DROP_DAYS: Final = 7  # how long a piece that flared is left out
ACTIONS: Final = ("up", "hold", "back", "drop", "rest", "return")


@dataclass(frozen=True)
class Pace:
    """Where one exercise stands: its level (0 = easiest) since a day, or left out until one."""

    exercise: str
    level: int = START_LEVEL
    since: date | None = None  # None: never changed (the whole log counts)
    dropped_until: date | None = None


@dataclass(frozen=True)
class Change:
    action: str  # one of ACTIONS
    pace: Pace  # the exercise's standing after this decision
    reason: str

    @property
    def changed(self) -> bool:
        return self.action in ("up", "back", "drop", "return")


def level_name(level: int, count: int | Sequence[str] = len(LEVEL_NAMES)) -> str:
    """A level's name: from the catalogue's names when given, else easier/standard/harder."""
    if not isinstance(count, int):
        return count[level] if 0 <= level < len(count) else f"level {level + 1}"
    return LEVEL_NAMES[level] if count == len(LEVEL_NAMES) and 0 <= level < count \
        else f"level {level + 1}"


def pace(current: Pace, log: Iterable[CheckIn], regions: Sequence[str],
         levels: int | Sequence[str], today: date) -> Change:
    """Decide the exercise's next step from the log (check-ins up to and including `today`).

    `regions` are the body regions the exercise works (general check-ins speak for all);
    `levels` is how many levels it has, or their names. The same log in any order gives the
    same answer.
    """
    names = levels
    levels = levels if isinstance(levels, int) else len(levels)
    if levels < 1:
        raise ValueError("an exercise has at least one level")
    level = min(max(current.level, 0), levels - 1)
    now = replace(current, level=level)
    if now.dropped_until is not None:
        if today < now.dropped_until:
            return Change("rest", now, fill(tr("Left out until %1: it raised your pain; "
                                               "other exercises cover its regions"),
                                            day(now.dropped_until, "ddd d MMM")))
        back = max(level - 1, 0)
        return Change("return", Pace(now.exercise, back, today),
                      fill(tr("Back in the plan, one level easier (%1): its time out is over"),
                           tr(level_name(back, names))))
    entries = [c for c in log if c.day <= today]
    since = now.since or date.min
    base = baseline(entries, regions, since) if now.since is not None else None
    days = mornings(entries, regions, after=since if now.since is not None else None)
    if base is None and days:  # no earlier morning: the first one is the usual level
        first = next(iter(days))
        base = days.pop(first)
    flare = _flare(entries, now.exercise, since)
    if flare is not None:
        after = [(d, p) for d, p in days.items() if d > flare.day]
        if base is None or not after:
            return Change("hold", now, fill(tr("Holding: it took your pain to %1/10; waiting to "
                                               "see how the next morning feels"), flare.pain))
        if after[0][1] > base:
            return Change("drop", replace(now, since=today,
                                          dropped_until=today + timedelta(days=DROP_DAYS)),
                          fill(tr("Left out for a week: it took your pain to %1/10 and the "
                                  "next morning was still worse than usual (%2 against %3)"),
                               flare.pain, after[0][1], base))
    if base is not None and spiked(days, base):
        if level == 0:
            return Change("hold", now, tr("Holding at the easiest level: your mornings were worse "
                                          "than usual for %n days running", "", SPIKE_DAYS))
        return Change("back", Pace(now.exercise, level - 1, today),
                      fill(tr("Step back to %1: your mornings were worse than usual for %n "
                              "days running", "", SPIKE_DAYS), tr(level_name(level - 1, names))))
    recent = list(days.values())[-PROGRESS_MORNINGS:]
    fresh = flare is not None and (today - flare.day).days < PROGRESS_MORNINGS
    steady = base is not None and len(recent) == PROGRESS_MORNINGS and max(recent) <= base
    if steady and fresh and flare is not None:
        return Change("hold", now, fill(tr("Holding: it took your pain to %1/10 on %2; it settled "
                                           "by the next morning, so it stays at this level a "
                                           "few days more"), flare.pain, day(flare.at)))
    if steady and level < levels - 1:
        return Change("up", Pace(now.exercise, level + 1, today),
                      fill(tr("Level up to %1: your mornings stayed the same or better for "
                              "%n days", "", PROGRESS_MORNINGS), tr(level_name(level + 1, names))))
    if steady:
        return Change("hold", now, tr("Holding at the hardest level: your mornings stayed the "
                                      "same or better for %n days", "", PROGRESS_MORNINGS))
    if base is not None and recent and max(recent) > base:
        return Change("hold", now, tr("Holding: a recent morning was worse than usual; waiting "
                                      "for it to settle"))
    count = sum(1 for p in recent if base is not None and p <= base)
    return Change("hold", now, fill(tr("Holding: %1 of %n steady mornings so far (answer the "
                                       "morning question to move on)", "", PROGRESS_MORNINGS),
                                    count))


def _flare(entries: Iterable[CheckIn], exercise: str, since: date) -> CheckIn | None:
    """The latest rating of this exercise above a mild ache since the level began."""
    found = [c for c in entries
             if c.exercise == exercise and c.pain > MILD and c.day >= since
             and c.kind in ("after_break", "manual")]
    return max(found, key=lambda c: (c.at, c.pain), default=None)


def spiked(days: Mapping[date, int], base: int) -> bool:
    """Whether mornings were worse than usual on SPIKE_DAYS calendar days in a row."""
    worse = sorted(d for d, p in days.items() if p > base)
    run = 1
    for earlier, later in itertools.pairwise(worse):
        run = run + 1 if later - earlier == timedelta(days=1) else 1
        if run >= SPIKE_DAYS:
            return True
    return SPIKE_DAYS <= 1 and bool(worse)


def substitute(dropped: str, exercises: Mapping[str, Sequence[str]],
               unavailable: Iterable[str] = ()) -> str | None:
    """Another exercise to serve the regions of one left out: the one sharing most of its
    regions (ties by id), never one left out itself. `exercises` maps ids to regions."""
    wanted = set(exercises.get(dropped, ()))
    barred = {dropped, *unavailable}
    scored = [(-len(wanted.intersection(regions)), ident)
              for ident, regions in exercises.items() if ident not in barred]
    scored = [s for s in scored if s[0] < 0]
    return min(scored)[1] if scored else None
