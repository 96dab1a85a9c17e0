"""The check-in log as a one-page PDF to take to a doctor or physiotherapist.

Weekly averages first (the trend a clinician asks about), then the plan's changes and the
most recent check-ins; the rest stays in `deskcoach log --format csv`. No colours: it is
printed as often as it is read on screen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Final

from deskcoach.core.checkins import CheckIn
from deskcoach.ui.pdf import html_pdf_bytes

MAX_ROWS: Final = 32  # check-ins that fit one A4 page below the summary
NOTE_CHARS: Final = 48  # of a check-in's note in the PDF's table
MAX_CHANGES: Final = 8
WEEKS: Final = 6
NOTE: Final = ("Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by "
               "DeskCoach, which gives general movement guidance and does not diagnose.")


def weekly(log: Sequence[CheckIn], last: date, weeks: int = WEEKS) -> list[tuple[date, float,
                                                                                 int]]:
    """(first day, mean rating, count) of each 7-day week ending on `last`, oldest first."""
    result = []
    for n in range(weeks - 1, -1, -1):
        end = last - timedelta(days=7 * n)
        start = end - timedelta(days=6)
        ratings = [c.pain for c in log if start <= c.day <= end]
        if ratings:
            result.append((start, sum(ratings) / len(ratings), len(ratings)))
    return result


def log_html(log: Sequence[CheckIn], changes: Sequence[dict[str, Any]], today: date,
             programme: str | None) -> str:
    e = html.escape
    weeks = "".join(f"<tr><td>{start:%d %b} - {start + timedelta(days=6):%d %b}</td>"
                    f"<td>{mean:.1f}</td><td>{count}</td></tr>"
                    for start, mean, count in weekly(log, today)) or \
        "<tr><td colspan='3'>No check-ins yet.</td></tr>"
    shown = list(log)[-MAX_ROWS:]
    rows = "".join(
        f"<tr><td>{c.at:%a %d %b %H:%M}</td><td>{e(c.kind.replace('_', ' '))}</td>"
        f"<td>{c.pain}</td><td>{e((c.region or '-').replace('_', ' '))}</td>"
        f"<td>{e(c.exercise or '-')}</td><td>{e(_short(c.note))}</td></tr>" for c in shown)
    more = len(log) - len(shown)
    plan = "".join(f"<li>{e(str(c['at'])[:10])}: {e(str(c['exercise']))}, "
                   f"{e(str(c['reason']))}</li>" for c in list(changes)[-MAX_CHANGES:]) or \
        "<li>No changes yet.</li>"
    first = log[0].day if log else today
    return f"""
<html><head><style>
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; margin: 0 0 2pt 0; }}
h2 {{ font-size: 10.5pt; margin: 8pt 0 3pt 0; }}
td, th {{ padding: 1pt 4pt; text-align: left; }}
</style></head><body>
<h1>Pain and exercise log</h1>
<p>{first:%d %B %Y} to {today:%d %B %Y} &middot; {len(log)} check-ins
&middot; Programme: {e(programme or 'none')}</p>
<h2>Weekly average</h2>
<table width='70%' cellspacing='0' cellpadding='2'><tr><th width='40%'>Week</th>
<th width='35%'>Average (0-10)</th><th width='25%'>Check-ins</th></tr>
{weeks}</table>
<h2>Plan changes</h2><ul>{plan}</ul>
<h2>Check-ins{f' (the latest {len(shown)}; {more} older ones in the CSV export)' if more else ''}
</h2>
<table width='100%' cellspacing='0' cellpadding='2'><tr><th width='24%'>When</th>
<th width='14%'>Kind</th><th width='6%'>Pain</th><th width='12%'>Region</th>
<th width='19%'>Exercise</th><th width='25%'>Note</th></tr>{rows}</table>
<p>{e(NOTE)}</p>
</body></html>"""


def _short(note: str) -> str:
    """A note cut to fit its cell on the one page (the CSV export has it whole)."""
    return note if len(note) <= NOTE_CHARS else note[:NOTE_CHARS - 1].rstrip() + "\u2026"


def log_pdf_bytes(html_text: str) -> bytes:
    """The PDF in memory; the cli writes it atomically."""
    return html_pdf_bytes(html_text, "Pain and exercise log")
