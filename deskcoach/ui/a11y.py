"""What screen readers are told: announcements when a break appears and when a step changes,
and a short description of what the figure shows.

Announcements go out as QAccessibleAnnouncementEvent (AT-SPI's "announcement" on Linux,
UIA notifications on Windows, NSAccessibility announcements on macOS) and only while an
assistive technology is listening, so they cost nothing otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from deskcoach.core.exercises import Exercise
from deskcoach.ui.text import tr


def announce(widget: QWidget, text: str) -> None:
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def figure_description(exercise: Exercise, step: int, breath: str = "") -> str:
    """A short line for the figure: the exercise, what this step does, and the breath."""
    text = tr("%1, step %2 of %3: %4").replace("%1", tr(exercise.name)) \
        .replace("%2", str(step + 1)).replace("%3", str(len(exercise.steps))) \
        .replace("%4", tr(exercise.steps[step].text))
    if breath:
        text += " " + tr("(%1)").replace("%1", breath.lower())
    return text
