"""Fill a DeskCoach history database with realistic made-up breaks.

    python tools/synthetic_history.py PROFILE_DIR --days 1826 --per-day 33 [--seed 1]

Used for screenshots, the benchmark (five years is about 60,000 breaks) and tests. Weekdays
only, 08:30-17:30 local time, with a mix of outcomes, snoozes and exercises; nothing later
than now (`deskcoach import` refuses a record from the future, as the app never writes one).
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from deskcoach.core.status import BreakRecord, Outcome
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History

OUTCOMES = ((Outcome.COMPLETED, 0.62), (Outcome.NATURAL, 0.12), (Outcome.SKIPPED, 0.14),
            (Outcome.MISSED, 0.08), (Outcome.SNOOZED, 0.04))


def fill(history: History, last: date, days: int, per_day: int, zone: ZoneInfo,
         rng: random.Random, weekends: bool = False, now: datetime | None = None) -> int:
    now = now or datetime.now(zone)
    ids = [e.id for e in load_catalogue().catalogue]
    rows = 0
    for offset in range(days - 1, -1, -1):
        day = last - timedelta(days=offset)
        if day.weekday() >= 5 and not weekends:
            continue
        start = datetime.combine(day, time(8, 30), tzinfo=zone)
        gap = 9 * 60 / per_day
        for n in range(per_day):
            due = start + timedelta(minutes=n * gap + rng.uniform(0, gap / 3))
            outcome = rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
            snoozes = rng.choice((0, 0, 0, 1, 2)) if outcome is not Outcome.NATURAL else 0
            started = due + timedelta(minutes=5 * snoozes)
            done = tuple(rng.sample(ids, 2)) if outcome is Outcome.COMPLETED and ids else ()
            ended = started + timedelta(minutes=2)
            if ended > now:
                break
            history.add(BreakRecord(due, None if outcome is Outcome.SKIPPED else started,
                                    ended, outcome, snoozes, done))
            rows += 1
        history.add_span("active", start, min(start + timedelta(hours=9), now))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("profile", type=Path)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zone", default="Europe/London")
    parser.add_argument("--every-day", action="store_true", help="weekends too")
    args = parser.parse_args()
    zone = ZoneInfo(args.zone)
    history = History(args.profile / "data" / "history.sqlite3", datetime.now(zone))
    history.connection.execute("PRAGMA synchronous=OFF")  # bulk load of made-up data
    rows = fill(history, datetime.now(zone).date(), args.days, args.per_day, zone,
                random.Random(args.seed), weekends=args.every_day)
    history.close()
    print(f"wrote {rows} breaks to {args.profile}")


if __name__ == "__main__":
    main()
