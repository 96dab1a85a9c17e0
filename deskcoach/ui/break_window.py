"""The break window: calm, on top, on the screen with the pointer, and never stealing focus.

It appears without activating, so a keystroke meant for another window never lands here; a
click makes it active, and then Enter (Done), Esc (Snooze) and the buttons' mnemonics work.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.cycle import Status
from deskcoach.ui.text import countdown, tr

PLACEHOLDER_STEPS = "Stand up, reach both arms overhead, and take 10 slow breaths."
SAFETY = "Move gently. Stop if anything hurts, tingles or makes you dizzy."

_STYLE = """
QWidget#breakWindow { background: #f6f8fa; }
QLabel { color: #1f2933; }
QLabel#eyebrow { color: #52606d; font-size: 11pt; letter-spacing: 1px; }
QLabel#title { font-size: 20pt; font-weight: 600; }
QLabel#steps { font-size: 15pt; }
QLabel#countdown { font-size: 34pt; font-weight: 600; color: #1565c0; }
QLabel#safety, QLabel#held { color: #52606d; font-size: 10pt; }
QProgressBar { border: none; background: #dde3ea; height: 6px; border-radius: 3px; }
QProgressBar::chunk { background: #1e88e5; border-radius: 3px; }
QPushButton { padding: 8px 18px; font-size: 11pt; border-radius: 6px;
              border: 1px solid #9aa5b1; background: #ffffff; color: #1f2933; }
QPushButton:focus { border: 2px solid #1565c0; }
QPushButton:disabled { color: #7b8794; background: #eef1f4; border-color: #cbd2d9; }
QPushButton#done { background: #1565c0; color: #ffffff; border-color: #1565c0; }
"""


class BreakWindow(QWidget):
    done = Signal()
    snooze = Signal()
    skip = Signal()

    def __init__(self, snooze_minutes: int = 5) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("breakWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(tr("DeskCoach - time to move"))
        self.setAccessibleName(tr("Movement break"))
        self.setStyleSheet(_STYLE)
        self._closing = False
        self._length = 1

        eyebrow = _label(tr("MOVEMENT BREAK"), "eyebrow")
        title = _label(tr("Time to move"), "title")
        self.steps = _label(tr(PLACEHOLDER_STEPS), "steps", wrap=True)
        self.steps.setAccessibleName(tr("What to do"))
        self.clock = _label("", "countdown")
        self.clock.setAccessibleName(tr("Time left"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Break progress"))
        self.bar.setMaximumHeight(6)
        self.held = _label(tr("The timer waits while you keep working; step away to let it run."),
                           "held", wrap=True)
        self.held.setVisible(False)
        safety = _label(tr(SAFETY), "safety", wrap=True)

        self.done_button = QPushButton(tr("&Done"))
        self.done_button.setObjectName("done")
        self.snooze_button = QPushButton()
        self.skip_button = QPushButton()
        self.done_button.setAccessibleName(tr("Done: finish the break now"))
        self.done_button.setDefault(True)
        self.set_snooze_minutes(snooze_minutes)
        self.done_button.clicked.connect(self.done.emit)
        self.snooze_button.clicked.connect(self.snooze.emit)
        self.skip_button.clicked.connect(self.skip.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(eyebrow)
        layout.addWidget(title)
        layout.addWidget(self.steps)
        layout.addSpacing(8)
        layout.addWidget(self.clock, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.bar)
        layout.addWidget(self.held)
        layout.addSpacing(6)
        layout.addWidget(safety)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setFixedWidth(560)

    def set_snooze_minutes(self, minutes: int) -> None:
        self.snooze_button.setText(tr("S&nooze %1 min").replace("%1", str(minutes)))
        self.snooze_button.setAccessibleName(tr("Snooze the break for %1 minutes")
                                             .replace("%1", str(minutes)))

    def present(self, break_seconds: int) -> None:
        """Show on the pointer's screen, on top, without taking focus."""
        self._length = max(1, break_seconds)
        self._closing = False
        self.bar.setRange(0, self._length)
        self.adjustSize()
        self.setFixedSize(self.size())
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(area.center() - QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()

    def update_status(self, status: Status) -> None:
        left = status.break_seconds_left or 0
        self.clock.setText(countdown(left))
        self.bar.setValue(self._length - min(left, self._length))
        self.held.setVisible(status.held)
        self.snooze_button.setEnabled(status.can_snooze)
        self.skip_button.setEnabled(status.can_skip)
        if status.skips_left is None:
            self.skip_button.setText(tr("&Skip"))
        else:
            self.skip_button.setText(tr("&Skip (%1 left today)")
                                     .replace("%1", str(status.skips_left)))
        self.skip_button.setAccessibleName(self.skip_button.text().replace("&", ""))

    def dismiss(self) -> None:
        self._closing = True
        self.hide()

    def pointer_inside(self) -> bool:
        return self.isVisible() and self.frameGeometry().contains(QCursor.pos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.snooze_button.isEnabled():
                self.snooze.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window by hand snoozes the break when allowed; it never loses it."""
        if self._closing:
            event.accept()
            return
        event.ignore()
        if self.snooze_button.isEnabled():
            self.snooze.emit()


def _label(text: str, name: str, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label
