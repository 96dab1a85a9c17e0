"""The "When to get help" page, shown when a check-in answer matches a warning sign."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from deskcoach.core.redflags import HELP_NOTE, HELP_PAGE
from deskcoach.ui.text import tr


def help_html(matched: list[str]) -> str:
    """The page as rich text; `matched` are the warning signs the answer matched."""
    parts = []
    if matched:
        heading = tr("Your answer matches a warning sign:")
        parts.append(f"<p><b>{escape(heading)}</b></p><ul>")
        parts += [f"<li>{escape(tr(text))}</li>" for text in matched]
        parts.append("</ul>")
    for heading, items in HELP_PAGE:
        parts.append(f"<p><b>{escape(tr(heading))}:</b></p><ul>")
        parts += [f"<li>{escape(tr(item))}</li>" for item in items]
        parts.append("</ul>")
    parts.append(f"<p>{escape(tr(HELP_NOTE))}</p>")
    return "".join(parts)


class HelpPage(QDialog):
    def __init__(self, matched: list[str]) -> None:
        super().__init__(None)
        self.setWindowTitle(tr("When to get help"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.text = QLabel(help_html(matched))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(520, 560)
