"""Words for times and states, in one place so the tray, the window and the CLI agree."""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QLabel, QWidget

from deskcoach.core.i18n import QT_TR_NOOP, fill
from deskcoach.core.status import Phase, Status

__all__ = ["QT_TR_NOOP", "fill", "tr"]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` from the deskcoach_<lang> catalogue (lupdate's empty context, where a bare tr() goes).

    With `n` >= 0 the message is a numerus one: write `tr("%n minutes", "", n)` so lupdate sees
    the count and each language gets its own plural forms.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def minutes_phrase(seconds: int) -> str:
    if seconds < 60:
        return tr("less than a minute")
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return tr("%n min", "", minutes)
    hours, rest = divmod(minutes, 60)
    return fill(tr("%1 h %2 min"), hours, rest)


def clock_time(moment: datetime, now: datetime) -> str:
    """The time as the user's locale writes it, with the weekday when it is not today."""
    locale = QLocale()
    text = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if moment.date() != now.date():
        text = fill(tr("%1 %2", "weekday and time"),
                    locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat), text)
    return text


def date_time(moment: datetime) -> str:
    """Weekday, date and time in the user's locale ("Mon 03 Mar 14:05")."""
    return QLocale().toString(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)),
        tr("ddd dd MMM HH:mm", "date format (Qt QDateTime)"))


def short_date(day: date) -> str:
    """Day and month for chart ticks ("03 Mar", "3. März", "3月3日")."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              tr("dd MMM", "date format (Qt QDate)"))


def full_date(day: date) -> str:
    """A date with the month written out ("23 November 2026"), for reports."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              tr("d MMMM yyyy", "date format (Qt QDate)"))


def long_date(day: date) -> str:
    """A date with the month in words, in the user's locale (the format itself is translated)."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              tr("dd MMM yyyy", "date format (Qt QDate)"))


REASON_WORDS = {
    "meeting": QT_TR_NOOP("Break waiting until your meeting ends"),
    "fullscreen": QT_TR_NOOP("Break waiting until the full-screen app closes"),
    "idle": QT_TR_NOOP("You are away: the timer is stopped"),
    "locked": QT_TR_NOOP("Screen locked: the timer is stopped"),
    "outside_hours": QT_TR_NOOP("Outside your working hours"),
}


def status_line(status: Status, now: datetime) -> str:
    if status.phase is Phase.ON_BREAK:
        return tr("On a movement break")
    if status.reason in REASON_WORDS and status.reason != "outside_hours":
        return tr(REASON_WORDS[status.reason])
    if status.reason == "outside_hours" and status.paused_until is not None:
        return fill(tr("Outside your working hours, back at %1"),
                    clock_time(status.paused_until, now))
    if status.phase is Phase.PAUSED and status.paused_until is not None:
        return fill(tr("Paused until %1"), clock_time(status.paused_until, now))
    if status.phase is Phase.SNOOZED:
        return fill(tr("Snoozed: break in %1"), minutes_phrase(status.seconds_left))
    return fill(tr("Next break in %1"), minutes_phrase(status.seconds_left))


def countdown(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


def label(text: str, name: str, wrap: bool = False) -> QLabel:
    """A label the stylesheets address by `name`."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def left_to_right(view: QWidget) -> None:
    """Time runs left to right and the axes stay where readers of charts look for them, in
    every language: a chart never mirrors. (Its graphics items take the application's
    direction unless their top item is told otherwise.)"""
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    central = getattr(view, "centralWidget", None)
    if central is not None:
        central.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
