"""The break window's player page: what it holds and where each part sits.

A mixin of BreakWindow, kept apart so each module stays small; BreakWindow wires the buttons
and fills the labels. The page's parts keep their sizes all break (see break_parts).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.exercises import GENERAL_CAUTION
from deskcoach.ui.break_parts import keep_space
from deskcoach.ui.figure.player import FigureView
from deskcoach.ui.player_widgets import BreathPacer
from deskcoach.ui.text import QT_TR_NOOP, label, tr

PLACEHOLDER_STEPS = QT_TR_NOOP("Stand up, reach both arms overhead, and take 10 slow breaths.")


class PlayerLayout:
    def _tab_order(self) -> None:
        """Tab: the break's own buttons first, from Done, then the information at the top.
        (Called once the page is in the window: Qt orders only widgets of one window.)"""
        order = (self.done_button, self.swap_button, self.snooze_button, self.skip_button,
                 self.info_button, self.help_button)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def _player_page(self) -> QWidget:
        page = QWidget()
        self.eyebrow = label(tr("MOVEMENT BREAK"), "eyebrow", wrap=True)
        self.title = label(tr("Time to move"), "title", wrap=True)
        self.dose = label("", "dose")
        # Labels that carry the break's content have no accessible name of their own, so a
        # screen reader reads what they say ("Rep 3 of 8", "1:40 left"), not a caption.
        self.steps = label(tr(PLACEHOLDER_STEPS), "steps", wrap=True)
        self.steps.setAccessibleDescription(tr("What to do"))
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pose = FigureView()
        self.pacer = BreathPacer()
        self.count = label("", "count")
        self.count.setMinimumWidth(190)
        self.clock = label("", "left")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Break progress"))
        self.bar.setMaximumHeight(6)
        self.held = label(tr("The timer waits while you keep working; step away to let it run."),
                           "held", wrap=True)
        keep_space(self.held)
        self.held.setVisible(False)
        self.safety = label(tr(GENERAL_CAUTION), "safety", wrap=True)

        self.done_button = QPushButton(tr("&Done"))
        self.done_button.setObjectName("done")
        self.done_button.setAccessibleName(tr("Done: finish the break now"))
        self.done_button.setDefault(True)
        self.swap_button = QPushButton(tr("S&wap exercise"))
        self.swap_button.setAccessibleName(tr("Swap this exercise for another"))
        self.snooze_button = QPushButton()
        self.skip_button = QPushButton()
        self.info_button = QPushButton(tr("Exercise &info"))
        self.info_button.setAccessibleName(tr("This exercise's cautions and who should leave "
                                              "it out"))
        self.help_button = QPushButton(tr("When to get &help"))

        gauge_row = QWidget()
        gauge_row.setFixedHeight(self.pacer.height() + 6)  # room for the pacer, shown or not
        gauges = QHBoxLayout(gauge_row)
        gauges.setContentsMargins(0, 0, 0, 0)
        gauges.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
        gauges.addWidget(self.pacer)
        gauges.addStretch(1)
        keep_space(self.pacer)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.dose)
        right.addSpacing(6)
        right.addWidget(self.steps)
        right.addStretch(1)
        right.addWidget(gauge_row)
        grid = QGridLayout()
        grid.addWidget(self.pose, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        timeline = QHBoxLayout()
        timeline.addWidget(self.bar, 1)
        timeline.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.eyebrow, 1)
        top.addWidget(self.info_button)
        top.addWidget(self.help_button)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(timeline)
        layout.addWidget(self.held)
        layout.addWidget(self.safety)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        return page

