"""The break window's note and help pages: an exercise's cautions before it first plays or
when asked for (Exercise info), and "When to get help". A mixin of BreakWindow, kept apart so
each module stays small; it uses the window's pages, routine, clock and buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from deskcoach.core.exercises import Exercise
from deskcoach.core.routine import Routine
from deskcoach.ui.break_parts import SAFETY_NOTE
from deskcoach.ui.safety_view import help_page, note_content, text_panel
from deskcoach.ui.text import label, tr

NOTE_PAGE, PLAYER_PAGE, FEEDBACK_PAGE, HELP_PAGE = range(4)


class NotePages:
    pages: QStackedWidget
    routine: Routine
    elapsed: Callable[[], float]
    done_button: QPushButton
    _note_mode: str
    _help_return: int

    def _acknowledge(self) -> None:
        raise NotImplementedError

    def _safety_page(self) -> QWidget:
        """Before the first break, and before an exercise first plays: the safety lines.
        The break's countdown waits while it is on screen (the controller sees to that)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.note_eyebrow = label(tr("BEFORE YOUR FIRST MOVEMENT BREAK"), "eyebrow")
        self.note_title = label(tr("Move gently, and listen to your body"), "title")
        layout.addWidget(self.note_eyebrow)
        layout.addWidget(self.note_title)
        area, self.note = text_panel("", tr("Safety note"))
        layout.addWidget(area, 1)
        self.note_help_button = QPushButton(tr("When to get &help"))
        self.note_help_button.clicked.connect(lambda: self.show_help(0))
        self.safety_button = QPushButton(tr("&I understand, show the exercises"))
        self.safety_button.setObjectName("primary")
        self.safety_button.clicked.connect(self._acknowledge)
        row = QHBoxLayout()
        row.addWidget(self.note_help_button)
        row.addStretch(1)
        row.addWidget(self.safety_button)
        layout.addLayout(row)
        return page

    def _help_page(self) -> QWidget:
        page, self.help_text, self.help_back_button = help_page()
        self.help_back_button.clicked.connect(self._back_from_help)
        return page

    def _fill_note(self, mode: str, exercises: Sequence[Exercise]) -> None:
        self._note_mode = mode
        eyebrow, title, text, button = note_content(mode, exercises, SAFETY_NOTE)
        self.note_eyebrow.setText(eyebrow)
        self.note_title.setText(title)
        self.note.setText(text)
        self.safety_button.setText(button)

    def show_notes(self, exercises: Sequence[Exercise]) -> None:
        """An exercise swapped in that this user has not met: its cautions before it plays."""
        self._fill_note("exercise", exercises)
        self.pages.setCurrentIndex(0)
        self.safety_button.setFocus()

    def show_info(self) -> None:
        """The exercise on screen: every caution and who should leave it out, any time."""
        exercise = self.routine.at(self.elapsed()).exercise
        self._fill_note("info", (exercise,) if exercise is not None else ())
        self.pages.setCurrentIndex(0)
        self.safety_button.setFocus()

    def show_help(self, back_to: int) -> None:
        self._help_return = back_to
        self.pages.setCurrentIndex(3)
        self.help_back_button.setFocus()

    def _back_from_help(self) -> None:
        self.pages.setCurrentIndex(self._help_return)
        (self.safety_button if self._help_return == 0 else self.done_button).setFocus()

