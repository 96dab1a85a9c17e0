"""Which screen the break appears on, and the calm panel on the others.

`break_screens` = pointer (the screen being looked at: the pointer's), primary, or all: the
break on the pointer's screen and, on every other screen, a small dimmed panel with one line
saying where the break is. The panel is transparent to input, takes no focus and has no
taskbar entry, so whatever is under it keeps working as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskcoach.ui.text import QT_TR_NOOP, tr

PANEL_TEXT = QT_TR_NOOP("A movement break is on your other screen.")


S = TypeVar("S")


def choose(choice: str, screens: Sequence[S], pointer: S | None, primary: S) -> tuple[S, list[S]]:
    """The break's screen under `choice` (pointer | primary | all), and those that get a panel.

    The pointer's screen is unknown when the pointer is on no screen Qt knows of (then the
    primary screen takes the break).
    """
    shown = primary if choice == "primary" or pointer is None else pointer
    others = [s for s in screens if s is not shown] if choice == "all" else []
    return shown, others


def break_screens(choice: str) -> tuple[QScreen, list[QScreen]]:
    """`choose` for this desktop's screens.

    The pointer's screen is found by position, which is right for monitors of one X screen
    (RandR, Wayland, Windows, macOS); X servers run as separate screens (:0.0, :0.1) share
    coordinates, and there the first screen at that position is taken.
    """
    return choose(choice, QGuiApplication.screens(), QGuiApplication.screenAt(QCursor.pos()),
                  QGuiApplication.primaryScreen())


class DimPanel(QWidget):
    """One line on a dimmed panel, centred on a screen the break is not on."""

    def __init__(self) -> None:
        flags = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                 | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus
                 | Qt.WindowType.WindowTransparentForInput)
        super().__init__(None, flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setWindowTitle(tr("DeskCoach - break on another screen"))
        self.setAccessibleName(tr(PANEL_TEXT))
        # Dimmed: the palette's text colour as the ground, its base colour for the words
        # (near black and white in a light theme: calm, and plainly readable).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Text))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setWindowOpacity(0.85)  # where a compositor can show it
        self.line = QLabel(tr(PANEL_TEXT))
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.line.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.line)
        self.setFixedSize(520, 96)

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)  # a screen of another X display screen needs this, not a move
        area = screen.availableGeometry()
        self.move(area.center() - QPoint(self.width() // 2, self.height() // 2))
        self.show()


class Panels:
    """The panels on the other screens while a break is up; made as needed, kept for reuse."""

    def __init__(self) -> None:
        self.shown: list[DimPanel] = []
        self._spare: list[DimPanel] = []

    def show(self, screens: list[QScreen]) -> None:
        self.hide()
        for screen in screens:
            panel = self._spare.pop() if self._spare else DimPanel()
            panel.show_on(screen)
            self.shown.append(panel)

    def hide(self) -> None:
        for panel in self.shown:
            panel.hide()
        self._spare.extend(self.shown)
        self.shown = []
