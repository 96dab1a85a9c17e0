"""The ergonomics checklist walkthrough: one small question a page, then what to fix.

Every answer is handed out at once through `saved`, so stopping midway loses nothing and the
next opening resumes at the first unanswered question. Keys: Y, N and A answer; Backspace or
Alt+B goes back.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QByteArray, QDate, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core import checklist as model
from deskcoach.core.checklist import Assessment, Checklist
from deskcoach.ui.text import QT_TR_NOOP, fill, label, long_date, tr

WORKSTATION_WORDS = {"desktop": QT_TR_NOOP("A desktop computer"),
                     "laptop": QT_TR_NOOP("A laptop on its own"),
                     "laptop_docked": QT_TR_NOOP(
                         "A laptop with a separate screen, keyboard and mouse")}
OWNER_WORDS = {"me": QT_TR_NOOP("Me"), "manager": QT_TR_NOOP("My manager"),
               "facilities": QT_TR_NOOP("Facilities / IT")}
ANSWER_WORDS = {"yes": QT_TR_NOOP("Yes"), "no": QT_TR_NOOP("No"),
                "na": QT_TR_NOOP("Not applicable")}


class ChecklistWizard(QDialog):
    saved = Signal(object)  # Assessment, after every change
    export = Signal(object, str, str)  # Assessment, "pdf" | "json", path

    def __init__(self, checklist: Checklist, art: Callable[[str], bytes],
                 now: Callable[[], datetime], resume: Assessment | None = None,
                 previous: Assessment | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self._art = art
        self._now = now
        self.previous = previous
        self.assessment = resume
        self._history: list[str] = []  # item ids in the order shown, for Back
        self.setWindowTitle(tr("DeskCoach - workstation check"))
        self.setAccessibleName(tr("Workstation check"))
        # Colours and sizes come from the application stylesheet (deskcoach.ui.theme), by
        # the object names given with `label(...)`.
        self._fit()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if resume is not None:
            self.name_edit.setText(resume.name)
            self._choose_workstation(resume.workstation)
            self.start_button.setText(tr("&Resume where you left off"))

    def _fit(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        self.setMinimumSize(min(560, area.width()), min(440, area.height() - 80))
        self.resize(min(760, area.width() - 48), min(600, area.height() - 80))

    # ---- pages ----

    def _intro_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("WORKSTATION CHECK"), "eyebrow"))
        layout.addWidget(label(tr("Is your desk set up to look after you?"), "title"))
        desk = len(self.checklist.items_for("desktop"))
        laptop = len(self.checklist.items_for("laptop"))
        self.intro_note = label(
            tr("%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at "
               "most. Answer for the place you work most. You can stop at any time: your "
               "answers are kept.").replace("%1", str(desk)).replace("%2", str(laptop)),
            "note", wrap=True)
        layout.addWidget(self.intro_note)
        layout.addSpacing(10)
        form = QGridLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Optional, for the report"))
        self.name_edit.setAccessibleName(tr("Your name"))
        name_label = QLabel(tr("Your &name:"))
        name_label.setBuddy(self.name_edit)
        form.addWidget(name_label, 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(QLabel(tr("You work on:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        self.workstation_buttons = QButtonGroup(self)
        column = QVBoxLayout()
        for key, words in WORKSTATION_WORDS.items():
            radio = QRadioButton(tr(words))
            radio.setProperty("workstation", key)
            radio.setAccessibleName(tr(words))
            self.workstation_buttons.addButton(radio)
            column.addWidget(radio)
        self.workstation_buttons.buttons()[0].setChecked(True)
        form.addLayout(column, 1, 1)
        layout.addLayout(form)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def _question_page(self) -> QWidget:
        page = QWidget()
        self.eyebrow = label("", "eyebrow")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(tr("Progress through the check"))
        self.question = label("", "question", wrap=True)
        self.question.setAccessibleName(tr("Question"))
        self.why = label("", "why", wrap=True)
        self.fix = label("", "fix", wrap=True)
        self.picture = QSvgWidget()
        self.picture.setObjectName("art")  # a light backdrop in the dark theme too
        self.picture.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.picture.setFixedSize(200, 200)
        self.picture.setAccessibleName(tr("Diagram"))
        self.answer_buttons: dict[str, QPushButton] = {}
        answers = QHBoxLayout()
        for value, words in (("yes", QT_TR_NOOP("&Yes")), ("no", QT_TR_NOOP("&No")),
                             ("na", QT_TR_NOOP("Not &applicable"))):
            button = QPushButton(tr(words))
            button.setObjectName("answer")
            button.setAccessibleName(tr(ANSWER_WORDS[value]))
            button.clicked.connect(lambda _=False, v=value: self.give(v))
            self.answer_buttons[value] = button
            answers.addWidget(button)
        answers.addStretch(1)
        self.back_button = QPushButton(tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        later = QPushButton(tr("Save and finish &later"))
        later.clicked.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addSpacing(6)
        text.addWidget(self.why)
        text.addWidget(self.fix)
        text.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(text, 1)
        middle.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(later)
        layout = QVBoxLayout(page)
        layout.addWidget(self.eyebrow)
        layout.addWidget(self.progress)
        layout.addSpacing(8)
        layout.addLayout(middle, 1)
        layout.addLayout(answers)
        layout.addSpacing(8)
        layout.addLayout(nav)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("WORKSTATION CHECK DONE"), "eyebrow"))
        self.result_label = label("", "title", wrap=True)
        layout.addWidget(self.result_label)
        self.changes_label = label("", "note", wrap=True)
        layout.addWidget(self.changes_label)
        self.actions_box = QWidget()
        self.actions_grid = QGridLayout(self.actions_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.actions_box)
        scroll.setAccessibleName(tr("Actions"))
        layout.addWidget(scroll, 1)
        self.fine_label = label("", "note", wrap=True)
        layout.addWidget(self.fine_label)
        layout.addWidget(label(tr("A self-assessment supports, but does not replace, your "
                                   "employer's workstation assessment."), "note", wrap=True))
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("Start a &new check"))
        self.new_button.clicked.connect(self.start_new)
        row.addWidget(self.new_button)
        for fmt, words in (("pdf", QT_TR_NOOP("Export &PDF...")),
                           ("json", QT_TR_NOOP("Export &JSON..."))):
            button = QPushButton(tr(words))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(tr("&Done"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        return page

    # ---- flow ----

    def _choose_workstation(self, key: str) -> None:
        for button in self.workstation_buttons.buttons():
            if button.property("workstation") == key:
                button.setChecked(True)

    def workstation(self) -> str:
        checked = self.workstation_buttons.checkedButton()
        return str(checked.property("workstation")) if checked else "desktop"

    def start(self) -> None:
        name = self.name_edit.text().strip()[:80]
        if self.assessment is None or self.assessment.workstation != self.workstation():
            answers = dict(self.assessment.answers) if self.assessment else {}
            self.assessment = Assessment(
                uid=self.assessment.uid if self.assessment else str(uuid.uuid4()),
                started=self._now(), workstation=self.workstation(), answers=answers, name=name)
        else:
            self.assessment = dataclasses.replace(self.assessment, name=name)
        self.saved.emit(self.assessment)
        self._show_next()

    def give(self, value: str) -> None:
        """Answer the question on screen and move on."""
        item_id = self._current
        assert self.assessment is not None
        self.assessment = model.answer(self.assessment, item_id, value)
        self._history.append(item_id)
        self.saved.emit(self.assessment)
        self._show_next()

    def back(self) -> None:
        if not self._history or self.assessment is None:
            self.pages.setCurrentIndex(0)
            return
        item_id = self._history.pop()
        answers = {k: v for k, v in self.assessment.answers.items() if k != item_id}
        self.assessment = dataclasses.replace(self.assessment, answers=answers)
        self._show_item(self.checklist.item(item_id))

    def _show_next(self) -> None:
        assert self.assessment is not None
        item = model.next_item(self.checklist, self.assessment)
        if item is None:
            self.assessment = model.complete(self.checklist, self.assessment, self._now())
            self.saved.emit(self.assessment)
            self._show_summary()
        else:
            self._show_item(item)

    def _show_item(self, item: model.Item) -> None:
        assert self.assessment is not None
        self._current = item.id
        items = self.checklist.items_for(self.assessment.workstation)
        number = [i.id for i in items].index(item.id) + 1
        group = next(g.title for g in self.checklist.groups if g.id == item.group)
        self.eyebrow.setText(tr("%1  ·  QUESTION %2 OF %3").replace("%1", tr(group).upper())
                             .replace("%2", str(number)).replace("%3", str(len(items))))
        self.progress.setRange(0, len(items))
        self.progress.setValue(number - 1)
        self.question.setText(tr(item.question))
        self.why.setText(tr("Why it matters: %1").replace("%1", tr(item.why)))
        self.fix.setText(tr("If not: %1").replace("%1", tr(item.fix)))
        if item.illustration:
            self.picture.load(QByteArray(self._art(item.illustration)))
            self.picture.show()
        else:
            self.picture.hide()
        self.back_button.setEnabled(bool(self._history) or number > 1)
        self.pages.setCurrentIndex(1)
        self.answer_buttons["yes"].setFocus()

    def _show_summary(self) -> None:
        assert self.assessment is not None
        summary = model.summarize(self.checklist, self.assessment)
        fine, todo = len(summary.fine), len(summary.needs_action)
        self.result_label.setText(tr("%1 of %2 fine. %3")
                            .replace("%1", str(fine)).replace("%2", str(fine + todo))
                            .replace("%3", tr("Here is what to fix:") if todo
                                     else tr("Nothing to fix. Well set up!")))
        self.changes_label.setVisible(self.previous is not None)
        if self.previous is not None:
            changed = model.changes(self.previous, self.assessment)
            self.changes_label.setText(
                fill(tr("%n answers changed since your check on %1.", "", len(changed)),
                     long_date(self.previous.completed or self.previous.started)))
        groups = {g.id: tr(g.title) for g in self.checklist.groups}
        per_group: dict[str, int] = {}
        for item in summary.fine:
            per_group[groups[item.group]] = per_group.get(groups[item.group], 0) + 1
        self.fine_label.setText(tr("Fine: %1").replace(
            "%1", ", ".join(f"{g} {n}" for g, n in per_group.items()) or tr("none yet")))
        self._fill_actions()
        self.pages.setCurrentIndex(2)

    def _fill_actions(self) -> None:
        assert self.assessment is not None
        while self.actions_grid.count():
            child = self.actions_grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, action in enumerate(self.assessment.actions):
            item = self.checklist.item(action.item)
            text = label(tr(item.fix), "note", wrap=True)
            owner = QComboBox()
            owner.setAccessibleName(tr("Who acts on: %1").replace("%1", tr(item.fix)))
            for key, words in OWNER_WORDS.items():
                owner.addItem(tr(words), key)
            owner.setCurrentIndex(owner.findData(action.owner))
            due = QDateEdit(QDate(action.due.year, action.due.month, action.due.day))
            due.setDisplayFormat(tr("d MMM yyyy", "date format (Qt QDate)"))
            due.setCalendarPopup(True)
            due.setAccessibleName(tr("Follow-up date"))
            done = QCheckBox(tr("Done"))
            done.setChecked(action.done is not None)
            owner.currentIndexChanged.connect(
                lambda _=0, i=action.item, w=owner: self._update(i, owner=str(w.currentData())))
            due.dateChanged.connect(lambda d, i=action.item: self._update(i, due=d.toPython()))
            done.toggled.connect(lambda on, i=action.item: self._update(
                i, done=self._now().date() if on else None, clear_done=not on))
            self.actions_grid.addWidget(text, row, 0)
            self.actions_grid.addWidget(owner, row, 1)
            self.actions_grid.addWidget(due, row, 2)
            self.actions_grid.addWidget(done, row, 3)
        self.actions_grid.setColumnStretch(0, 1)

    def _update(self, item_id: str, owner: str | None = None, due: date | None = None,
                done: date | None = None, clear_done: bool = False) -> None:
        assert self.assessment is not None
        self.assessment = model.set_action(self.assessment, item_id, owner=owner, due=due,
                                           done=done, clear_done=clear_done)
        self.saved.emit(self.assessment)

    def start_new(self) -> None:
        """From a finished check's summary: a fresh walkthrough, compared with this one."""
        if self.assessment is not None and self.assessment.completed is not None:
            self.previous = self.assessment
            self._choose_workstation(self.assessment.workstation)
            self.name_edit.setText(self.assessment.name)
        self.assessment = None
        self._history.clear()
        self.start_button.setText(tr("&Start"))
        self.pages.setCurrentIndex(0)

    def show_summary_of(self, assessment: Assessment) -> None:
        """Open straight on a finished assessment, to tick actions off later."""
        self.assessment = assessment
        self._show_summary()

    def _ask_export(self, fmt: str) -> None:
        path = self.ask_path(self, fmt)
        if path and self.assessment is not None:
            self.export.emit(self.assessment, fmt, path)

    @staticmethod
    def ask_path(parent: QWidget, fmt: str) -> str:
        """Where to save the report; a seam tests replace."""
        suffix = tr("PDF report (*.pdf)") if fmt == "pdf" else tr("JSON (*.json)")
        path, _ = QFileDialog.getSaveFileName(parent, tr("Export the workstation check"),
                                              f"workstation-check.{fmt}", suffix)
        return path

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.pages.currentIndex() == 1:
            keys = {Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_A: "na"}
            if event.key() in keys and not event.modifiers():
                self.give(keys[Qt.Key(event.key())])
                return
            if event.key() == Qt.Key.Key_Backspace:
                self.back()
                return
        super().keyPressEvent(event)
