"""The 10-second check-in: how it feels now (0-10), the morning question, the weekly body map.

A small window that never takes the keyboard from the app in front (it shows without
activating) and closes itself unanswered after a minute: skipping is always fine.
Colours come from the system palette until the theme tokens land.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.checkins import MAX_NOTE
from deskcoach.core.settings import REGION_NAMES
from deskcoach.ui.text import tr

GIVE_UP_MS = 60_000
REGION_WORDS = {"wrists_hands": "wrists and hands", "circulation": "legs' circulation"}
TITLES = {
    "after_break": ("How does it feel now?",
                    "Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; "
                    "DeskCoach paces each exercise by your answers."),
    "morning": ("How did your body feel when you got up today?",
                "0 is no pain or stiffness, 10 the worst. Your mornings decide when an "
                "exercise gets harder or easier."),
    "weekly": ("Which places ached this week?",
               "Tick each one, then pick how bad it was at worst (0-10). Nothing ached? "
               "Pick 0."),
}


def _labelled(text: str, field: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    return row


def region_words(region: str) -> str:
    """A body region as the window names it: "Wrists and hands", "Lower back"."""
    return REGION_WORDS.get(region, region.replace("_", " ")).capitalize()


class CheckinWindow(QWidget):
    #: answers: one (pain, region or "", exercise or "") per check-in; kind; free-text note
    submitted = Signal(list, str, str)

    def __init__(self, kind: str, exercises: list[tuple[str, str]] | None = None) -> None:
        """`exercises`: (id, name) of the break's exercises, for the after-break question."""
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.kind = kind
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("DeskCoach check-in"))
        self.setAccessibleName(tr("DeskCoach check-in"))
        layout = QVBoxLayout(self)
        title, hint = TITLES[kind]
        heading = QLabel(tr(title))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        note = QLabel(tr(hint))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.exercise = QComboBox()
        if kind == "after_break" and exercises:
            self.exercise.addItem(tr("The whole break"), "")
            for ident, name in exercises:
                self.exercise.addItem(name, ident)
            if len(exercises) == 1:  # a break of one exercise: the answer is about it
                self.exercise.setCurrentIndex(1)
            layout.addLayout(_labelled(tr("&About"), self.exercise))
        self.region = QComboBox()  # optional: where it is felt (the body map asks per region)
        self.region.setAccessibleName(tr("Where (optional)"))
        if kind != "weekly":
            self.region.addItem(tr("Anywhere / in general"), "")
            for region in REGION_NAMES:
                if region != "whole_body":
                    self.region.addItem(tr(region_words(region)), region)
            layout.addLayout(_labelled(tr("&Where"), self.region))
        self.regions: dict[str, QCheckBox] = {}
        if kind == "weekly":
            grid = QGridLayout()
            for n, region in enumerate(r for r in REGION_NAMES if r != "whole_body"):
                box = QCheckBox(tr(region_words(region)))
                self.regions[region] = box
                grid.addWidget(box, n // 4, n % 4)
            layout.addLayout(grid)
        row = QHBoxLayout()
        self.scale = QButtonGroup(self)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setAccessibleName(tr("Pain %1 of 10").replace("%1", str(value)))
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") * 3)
            self.scale.addButton(button, value)
            row.addWidget(button)
        self.scale.idClicked.connect(lambda _value: self._ready())
        layout.addLayout(row)
        self.note = QLineEdit()  # kept with the check-in in the log, and in the export
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(tr("Anything else, such as numbness or tingling? "
                                        "(optional)"))
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.skip = QPushButton(tr("&Skip"))
        self.skip.clicked.connect(self.close)
        self.save = QPushButton(tr("&Save"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._submit)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(GIVE_UP_MS)
        self._give_up.timeout.connect(self.close)
        self._give_up.start()

    def _ready(self) -> None:
        self._give_up.start()  # the user is answering: give them time
        self.save.setEnabled(True)

    def answers(self) -> list[tuple[int, str, str]]:
        pain = self.scale.checkedId()
        if pain < 0:
            return []
        if self.kind == "weekly":
            ticked = [r for r, box in self.regions.items() if box.isChecked()]
            return [(pain, region, "") for region in ticked] or [(pain, "", "")]
        exercise = str(self.exercise.currentData() or "") if self.exercise.count() else ""
        return [(pain, str(self.region.currentData() or ""), exercise)]

    def _submit(self) -> None:
        answers = self.answers()
        if answers:
            self.submitted.emit(answers, self.kind, self.note.text().strip())
        self.close()
