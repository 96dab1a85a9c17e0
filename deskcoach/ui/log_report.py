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

from PySide6.QtCore import QLocale, Qt

from deskcoach.core.checkins import CheckIn
from deskcoach.core.settings import REGION_WORDS
from deskcoach.ui.pdf import html_pdf_bytes
from deskcoach.ui.text import QT_TR_NOOP, date_time, fill, full_date, long_date, tr

MAX_ROWS: Final = 32  # check-ins that fit one A4 page below the summary
NOTE_CHARS: Final = 48  # of a check-in's note in the PDF's table
MAX_CHANGES: Final = 8
WEEKS: Final = 6
NOTE: Final = QT_TR_NOOP("Pain or discomfort as the user rated it, 0 (none) to 10 (worst). "
                         "Written by DeskCoach, which gives general movement guidance and does "
                         "not diagnose.")


WORDS: Final = {
    "title": QT_TR_NOOP("Pain and exercise log"), "weekly": QT_TR_NOOP("Weekly average"),
    "week": QT_TR_NOOP("Week"), "average": QT_TR_NOOP("Average (0-10)"),
    "checkins": QT_TR_NOOP("Check-ins"), "plan": QT_TR_NOOP("Plan changes"),
    "when": QT_TR_NOOP("When"), "kind": QT_TR_NOOP("Kind"), "pain": QT_TR_NOOP("Pain"),
    "region": QT_TR_NOOP("Region"), "exercise": QT_TR_NOOP("Exercise"),
    "note": QT_TR_NOOP("Note"),
}
KIND_WORDS: Final = {"after_break": QT_TR_NOOP("after break"), "morning": QT_TR_NOOP("morning"),
                     "weekly": QT_TR_NOOP("weekly"), "manual": QT_TR_NOOP("manual")}


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


def _week(start: date) -> str:
    return fill(tr("%1 - %2", "date range"), long_date(start), long_date(start + timedelta(days=6)))


def log_html(log: Sequence[CheckIn], changes: Sequence[dict[str, Any]], today: date,
             programme: str | None) -> str:
    e = html.escape
    no_checkins, no_changes = tr("No check-ins yet."), tr("No changes yet.")
    loc = QLocale()
    weeks = "".join(f"<tr><td>{_week(start)}</td>"
                    f"<td>{loc.toString(mean, 'f', 1)}</td><td>{loc.toString(count)}</td></tr>"
                    for start, mean, count in weekly(log, today)) or \
        f"<tr><td colspan='3'>{e(no_checkins)}</td></tr>"
    shown = list(log)[-MAX_ROWS:]
    rows = "".join(
        f"<tr><td>{e(date_time(c.at))}</td>"
        f"<td>{e(tr(KIND_WORDS.get(c.kind, c.kind)))}</td>"
        f"<td>{loc.toString(c.pain)}</td><td>{e(tr(REGION_WORDS.get(c.region or '', '-')))}</td>"
        f"<td>{e(c.exercise or '-')}</td><td>{e(_short(c.note))}</td></tr>" for c in shown)
    more = len(log) - len(shown)
    plan = "".join(f"<li>{e(str(c['at'])[:10])}: {e(str(c['exercise']))}, "
                   f"{e(str(c['reason']))}</li>" for c in list(changes)[-MAX_CHANGES:]) or \
        f"<li>{e(no_changes)}</li>"
    first = log[0].day if log else today
    span = e(fill(tr("%1 to %2 · %n check-ins · Programme: %3", "", len(log)), full_date(first),
                  full_date(today), programme or tr("none")))
    older = e(fill(tr("Check-ins (the latest %1; %n older ones in the CSV export)", "", more),
                   len(shown))) if more else e(tr("Check-ins"))
    w = {key: e(tr(text)) for key, text in WORDS.items()}
    direction = "rtl" if loc.textDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    return f"""
<html dir='{direction}'><head><style>
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; margin: 0 0 2pt 0; }}
h2 {{ font-size: 10.5pt; margin: 8pt 0 3pt 0; }}
td, th {{ padding: 1pt 4pt; text-align: start; }}
</style></head><body>
<h1>{w['title']}</h1>
<p>{span}</p>
<h2>{w['weekly']}</h2>
<table width='70%' cellspacing='0' cellpadding='2'><tr><th width='40%'>{w['week']}</th>
<th width='35%'>{w['average']}</th><th width='25%'>{w['checkins']}</th></tr>
{weeks}</table>
<h2>{w['plan']}</h2><ul>{plan}</ul>
<h2>{older}</h2>
<table width='100%' cellspacing='0' cellpadding='2'><tr><th width='24%'>{w['when']}</th>
<th width='14%'>{w['kind']}</th><th width='6%'>{w['pain']}</th>
<th width='12%'>{w['region']}</th><th width='19%'>{w['exercise']}</th>
<th width='25%'>{w['note']}</th></tr>{rows}</table>
<p>{e(tr(NOTE))}</p>
</body></html>"""


def _short(note: str) -> str:
    """A note cut to fit its cell on the one page (the CSV export has it whole)."""
    return note if len(note) <= NOTE_CHARS else note[:NOTE_CHARS - 1].rstrip() + "\u2026"


def log_pdf_bytes(html_text: str) -> bytes:
    """The PDF in memory; the cli writes it atomically."""
    return html_pdf_bytes(html_text, tr(WORDS["title"]))
