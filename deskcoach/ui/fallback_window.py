"""When the desktop has no system tray: a small window with the tray menu's controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskcoach.ui.text import QT_TR_NOOP, label, tr
from deskcoach.ui.tray import Tray

MESSAGE = (QT_TR_NOOP(
    "No system tray was found on this desktop, so DeskCoach shows this small window "
           "instead. Closing it minimises it; use Quit to stop DeskCoach."))


class FallbackWindow(QWidget):
    """Every button sends the same signal as the tray menu entry it stands for."""

    def __init__(self, tray: Tray) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr("DeskCoach"))
        self.setAccessibleName(tr("DeskCoach controls"))
        self.tray = tray
        self.allow_close = False  # set when DeskCoach quits
        self.status = QLabel("")
        self.status.setObjectName("status")  # styled by deskcoach.ui.theme
        self.status.setAccessibleName(tr("Status"))
        note = label(tr(MESSAGE), "muted", wrap=True)
        rows = (((tr("Take a &break now"), tray.take_break.emit),
                 (tr("&Pause 30 min"), lambda: tray.pause.emit("30m")),
                 (tr("&Resume"), tray.resume.emit), (tr("S&kip next"), tray.skip.emit)),
                ((tr("Pro&gress..."), tray.open_progress.emit),
                 (tr("&Checklist..."), tray.open_checklist.emit),
                 (tr("&Settings..."), tray.open_settings.emit),
                 (tr("When to get &help..."), tray.open_help.emit), (tr("&Quit"), tray.quit.emit)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(note)
        self.buttons: dict[str, QPushButton] = {}
        for row in rows:
            line = QHBoxLayout()
            for text, slot in row:
                button = QPushButton(text)
                button.clicked.connect(slot)
                self.buttons[text.replace("&", "")] = button
                line.addWidget(button)
            layout.addLayout(line)
        self.setMinimumWidth(520)

    def update_status(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing would leave no way back to DeskCoach: minimise instead."""
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.showMinimized()
