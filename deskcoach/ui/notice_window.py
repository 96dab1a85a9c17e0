"""The pre-break notice: a small panel in the corner of the pointer's screen, a minute ahead.

Like the break window it appears on top without taking the focus, so typing carries on where
it was. It is a normal window to the desktop, so Alt+Tab (or a click) reaches it; then Tab moves
between its buttons, Enter or Space presses one, the mnemonics work and Esc closes it.
"Start now" starts the break; "In 5 minutes" is the break's snooze, absent in strict mode.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from deskcoach.core.status import Status
from deskcoach.ui import theme
from deskcoach.ui.text import label, minutes_phrase, tr

MARGIN = 24


class NoticeWindow(QWidget):
    start_now = Signal()
    later = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("breakWindow")  # the break window's look
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(tr("DeskCoach - a break is coming"))
        self.setAccessibleName(tr("A movement break is coming"))
        self._restyle()
        theme.signals().changed.connect(self._restyle)
        self.title = label("", "title")
        self.text = label(tr("Finish what you are doing; a short movement break is coming."),
                          "note", wrap=True)
        self.start_button = QPushButton(tr("&Start now"))
        self.start_button.setObjectName("primary")
        self.later_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        self.later_button.clicked.connect(self._later)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.setFixedWidth(420)
        self.set_snooze_minutes(5)

    def _restyle(self) -> None:
        """The break window's look, in the theme of the moment."""
        self.setStyleSheet(theme.break_window_style(theme.current()))

    def set_snooze_minutes(self, minutes: int) -> None:
        self.later_button.setText(tr("&In %n minutes", "", minutes))
        self.later_button.setAccessibleName(tr("Put the break off for %n minutes", "",
                                               minutes))

    def present(self, seconds_ahead: int, status: Status) -> None:
        """Show in the bottom corner of the pointer's screen, on top, without the focus."""
        title = tr("Movement break in %1").replace("%1", minutes_phrase(seconds_ahead))
        self.title.setText(title)
        self.setAccessibleDescription(title)
        self.update_status(status)
        self.start_button.setFocus()
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(area.bottomRight() - QPoint(self.width() + MARGIN, self.height() + MARGIN))
        self.show()
        self.raise_()

    def update_status(self, status: Status) -> None:
        self.later_button.setHidden(status.strict)  # strict mode: no putting off
        self.later_button.setEnabled(status.can_snooze)

    def _start(self) -> None:
        self.hide()
        self.start_now.emit()

    def _later(self) -> None:
        self.hide()
        self.later.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                isinstance(focused, QPushButton) and focused.isVisible() and focused.isEnabled():
            focused.click()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
