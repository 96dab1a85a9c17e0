"""HTML to an A4 PDF with Qt's own writer, saved like every file DeskCoach writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from deskcoach.store.atomic import write_atomic


def write_html_pdf(html_text: str, title: str, path: Path) -> None:
    """Lay `html_text` out on A4 pages; written to a temporary file, then renamed."""
    tmp = path.with_name(f".{path.name}.pdf-tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("DeskCoach")
    document = QTextDocument()
    document.setHtml(html_text)
    document.print_(writer)  # lays the text out on the writer's pages, in points
    del writer
    data = tmp.read_bytes()
    tmp.unlink()
    write_atomic(path, data)
