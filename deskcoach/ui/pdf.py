"""HTML to an A4 PDF with Qt's own writer, rendered in memory: the caller writes the bytes,
atomically like every file DeskCoach writes (ui does not touch the store)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def html_pdf_bytes(html_text: str, title: str) -> bytes:
    """Lay `html_text` out on A4 pages and return the PDF's bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("DeskCoach")
    document = QTextDocument()
    document.setHtml(html_text)
    document.print_(writer)  # lays the text out on the writer's pages, in points
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())
