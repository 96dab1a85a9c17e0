"""Safety text on screen: an exercise's own cautions, and the "When to get help" page.

The break window shows both (before an exercise first plays, behind its info and help buttons);
the tray menu opens the help page on its own. The words come from deskcoach.core.safety and
the exercise catalogue; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from deskcoach.core import safety
from deskcoach.core.exercises import GENERAL_CAUTION, Exercise
from deskcoach.ui.text import label, tr


def _items(lines: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(tr(line))}</li>" for line in lines) + "</ul>"


def notes_html(exercises: Sequence[Exercise], shared: bool = True) -> str:
    """Each exercise's cautions and who should leave it out, after the line every one shares
    (`shared`; the first-break note says it in its own words)."""
    parts = [f"<p>{escape(tr(GENERAL_CAUTION))}</p>"] if shared else []
    for exercise in exercises:
        parts.append(f"<h3>{escape(tr(exercise.name))}</h3>")
        if exercise.cautions:
            parts.append(_items(exercise.cautions))
        if exercise.avoid_if:
            parts.append(_items(exercise.avoid_if))  # each says "Skip this if ..." itself
    return "".join(parts)


def help_html() -> str:
    parts = [f"<p>{escape(tr(safety.INTRO))}</p>"]
    for tier in safety.TIERS:
        parts.append(f"<h3>{escape(tr(tier.heading))}</h3><p>{escape(tr(tier.lead))}</p>")
        parts.append(_items(tier.signs))
    parts.append(f"<p>{escape(tr(safety.BEFORE))}</p>")
    sources = tr("Sources:")
    parts.append(f"<p><small>{escape(sources)} "
                 f"{escape('; '.join(safety.SOURCES))}</small></p>")
    return "".join(parts)


def text_panel(html: str, name: str) -> tuple[QScrollArea, QLabel]:
    """Rich text that scrolls when it is longer than the room it has."""
    body = label(html, "note", wrap=True)
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    body.setAccessibleDescription(name)  # its name is the text itself, for screen readers
    body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers and Tab can reach it
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.viewport().setAutoFillBackground(False)  # the window's own background shows
    body.setAutoFillBackground(False)
    area.setMinimumHeight(300)  # the rest scrolls
    return area, body


def note_content(mode: str, exercises: Sequence[Exercise],
                 first_note: str) -> tuple[str, str, str, str]:
    """The note page's eyebrow, title, text and button for `mode`: "first" (the first break:
    `first_note` and the exercises' cautions), "exercise" (before an exercise first plays) or
    "info" (asked for during the break)."""
    if mode == "first":
        text = "".join(f"<p>{escape(p)}</p>" for p in tr(first_note).split("\n\n"))
        if exercises:
            text += notes_html(exercises, shared=False)
        return (tr("BEFORE YOUR FIRST MOVEMENT BREAK"), tr("Move gently, and listen to your body"),
                text, tr("&I understand, show the exercises"))
    return (tr("BEFORE THIS EXERCISE") if mode == "exercise" else tr("ABOUT THIS EXERCISE"),
            tr("Check that it suits you"), notes_html(exercises),
            tr("&I understand, show the exercises") if mode == "exercise"
            else tr("&Back to the exercise"))


def help_page() -> tuple[QWidget, QLabel, QPushButton]:
    """The break window's help page: the text and a Back button (the window wires it)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(label(tr(safety.TITLE).upper(), "eyebrow"))
    area, text = text_panel(help_html(), tr(safety.TITLE))
    layout.addWidget(area, 1)
    back = QPushButton(tr("&Back"))
    back.setObjectName("primary")
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(back)
    layout.addLayout(row)
    return page, text, back


class HelpWindow(QWidget):
    """"When to get help" on its own, from the tray menu: a plain window, closed by Esc."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr("DeskCoach - when to get help"))
        self.setAccessibleName(tr(safety.TITLE))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr(safety.TITLE), "title"))
        area, self.body = text_panel(help_html(), tr(safety.TITLE))
        layout.addWidget(area, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(tr("&Close"))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(620, 640)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
