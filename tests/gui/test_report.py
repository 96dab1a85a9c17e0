"""The checklist PDF, read back with pdftotext -layout as a person (or an assessor) sees it."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core import checklist as model
from deskcoach.core.checklist import Assessment, Checklist
from deskcoach.store.catalogue import load_checklist
from deskcoach.ui.report import write_pdf

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    loaded, problem = load_checklist()
    assert problem is None
    assert loaded is not None
    return loaded


def _pages(qtbot: QtBot, checklist: Checklist, tmp_path: Path) -> tuple[Assessment, list[str]]:
    a = Assessment(uid="u1", started=NOW, workstation="laptop_docked", name="Ada Example")
    for i, item in enumerate(checklist.items_for(a.workstation)):
        a = model.answer(a, item.id, "no" if i % 5 == 1 else ("na" if i % 7 == 3 else "yes"))
    a = model.complete(checklist, a, NOW)
    pdf = tmp_path / "report.pdf"
    write_pdf(checklist, a, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's "fi" ligatures as two letters
    return a, [page for page in text.split("\f") if page.strip()]


def test_the_report_reads_as_columns_with_headings(qtbot: QtBot, checklist: Checklist,
                                                   tmp_path: Path) -> None:
    a, pages = _pages(qtbot, checklist, tmp_path)
    text = "\n".join(pages)
    assert re.search(r"What to do\s{2,}Owner\s{2,}Follow up by\s{2,}Status", text)
    assert len(re.findall(r"No\.\s{2,}Question\s{2,}Answer", text)) == len(
        {i.group for i in checklist.items_for(a.workstation)})
    # the answer stands apart from its question, in its own column
    assert re.search(r"C2\s+Does the backrest fit into the curve of your lower back\?\s{2,}No\b",
                     text)
    assert re.search(r"Move the backrest.*\s{2,}Me\s{2,}07 Dec 2026\s{2,}Open", text)
    for words in ("Name", "Ada Example", "Date", "23 November 2026", "Workstation",
                  "For the assessor", "Notes", "Assessor's name", "Signature"):
        assert words in text


def test_every_page_has_its_header_and_number_and_groups_stay_whole(
        qtbot: QtBot, checklist: Checklist, tmp_path: Path) -> None:
    a, pages = _pages(qtbot, checklist, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Ada Example · 23 November 2026 · Laptop with separate screen and keyboard" in page
    for group in {i.group for i in checklist.items_for(a.workstation)}:
        ids = [i.id for i in checklist.items_for(a.workstation) if i.group == group]
        holding = {n for n, page in enumerate(pages)
                   for i in ids if re.search(rf"^\s*{i}\s", page, re.M)}
        assert len(holding) == 1, f"group {group} runs over pages {sorted(holding)}"
    # a section heading is on the page where its table starts
    first = next(page for page in pages if re.search(r"^\s*C1\s", page, re.M))
    assert re.search(r"^\s*Answers\s*$", first, re.M)


def test_the_body_text_is_10_to_11_points(qtbot: QtBot, checklist: Checklist,
                                          tmp_path: Path) -> None:
    _pages(qtbot, checklist, tmp_path)
    pdf = tmp_path / "report.pdf"
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    heights = sorted(float(bottom) - float(top) for top, bottom in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes))
    median = heights[len(heights) // 2]
    # a DejaVu Sans word box is 1.164 em tall (ascent + descent)
    assert 10.0 <= median / 1.164 <= 11.0, f"body text is {median / 1.164:.1f} pt"
