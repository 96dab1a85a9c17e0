"""When the plan is not working: change something after two weeks, see a clinician after four.

The method: no progress for two weeks means something in the plan should change; no change or
worse after four to six weeks of steady work means seeing a clinician. Progress here is the
log's weekly average rating falling by at least IMPROVEMENT points. Suggestions only, never a
diagnosis; a log that stays comfortable (average at or under COMFORTABLE) needs no advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from deskcoach.core.checkins import CheckIn

STALL_DAYS: Final = 14
CLINICIAN_DAYS: Final = 28  # the method says four to six weeks; we speak up at four
WEEK: Final = 7
IMPROVEMENT: Final = 0.5  # a smaller fall in the weekly average is no change
COMFORTABLE: Final = 1.0


@dataclass(frozen=True)
class Advice:
    kind: str  # "change_plan" | "see_clinician"
    then: float  # the weekly average back then
    now: float  # the last week's average
    reason: str


def week_average(log: Iterable[CheckIn], last: date) -> float | None:
    """The mean rating of the seven days ending `last`; None with no check-in in them."""
    first = last - timedelta(days=WEEK - 1)
    ratings = [c.pain for c in log if first <= c.day <= last]
    return sum(ratings) / len(ratings) if ratings else None


def advise(log: Iterable[CheckIn], started: date, today: date) -> Advice | None:
    """Advice for a plan running since `started`, from the log up to `today`; None if none."""
    entries = [c for c in log if c.day <= today]
    now = week_average(entries, today)
    if now is None or now <= COMFORTABLE:
        return None
    for days, kind in ((CLINICIAN_DAYS, "see_clinician"), (STALL_DAYS, "change_plan")):
        if (today - started).days < days:
            continue
        then = week_average(entries, today - timedelta(days=days))
        if then is None or then - now >= IMPROVEMENT:
            continue
        weeks = days // WEEK
        if kind == "see_clinician":
            reason = (f"After {weeks} weeks your discomfort has not eased (about {then:.1f}/10 "
                      f"then, {now:.1f}/10 this week). Please see a doctor or physiotherapist; "
                      "take your log along (Export log as PDF in the Body log, or "
                      "`deskcoach log --pdf FILE`).")
        else:
            reason = (f"{weeks} weeks without improvement (about {then:.1f}/10 then, "
                      f"{now:.1f}/10 this week): time to change something, such as another "
                      "programme, easier levels or a different time of day.")
        return Advice(kind, round(then, 1), round(now, 1), reason)
    return None
