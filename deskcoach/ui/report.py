"""The workstation check as a one- or two-page PDF, written with Qt's own PDF writer."""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from deskcoach.core import checklist as model
from deskcoach.core.checklist import Assessment, Checklist
from deskcoach.store.atomic import write_atomic
from deskcoach.ui.checklist_wizard import ANSWER_WORDS, OWNER_WORDS, WORKSTATION_WORDS
from deskcoach.ui.tokens import LIGHT, PRINT_TYPE

SOURCE_NAMES = {
    "HSE": "UK Health and Safety Executive, DSE workstation checklist (Health and Safety "
           "(Display Screen Equipment) Regulations 1992)",
    "OSHA": "US OSHA, Computer Workstations eTool evaluation checklist",
    "EU 90/270/EEC": "EU Council Directive 90/270/EEC on display screen equipment, Annex",
    "CSA Z412": "CSA Z412 Office ergonomics (Canada)",
    "CCOHS": "Canadian Centre for Occupational Health and Safety",
    "Ontario MOL": "Ontario Ministry of Labour computer workstation checklist",
    "ANSI/HFES 100": "ANSI/HFES 100-2007 Human Factors Engineering of Computer Workstations",
    "Research": "Published research on breaks and eye strain, e.g. Talens-Estarelles et al. "
                "2023 (20-20-20 eye breaks) and McLean et al. 2001 (micro-breaks)",
}
DISCLAIMER = ("This self-assessment supports, but does not replace, the workstation "
              "assessment your employer carries out. Report aches, tingling or eye strain to "
              "your manager or assessor.")


def report_html(checklist: Checklist, assessment: Assessment) -> str:
    """The report's body: each group its own table (so a group can be kept on one page),
    columns with headings, and room for the assessor. Always the light colours."""
    a = assessment
    c, t = LIGHT, PRINT_TYPE
    summary = model.summarize(checklist, a)
    e = html.escape
    groups: list[str] = []
    for group in checklist.groups:
        items = [i for i in checklist.items_for(a.workstation) if i.group == group.id]
        if not items:
            continue
        # The section heading rides in the first group's table, so it moves with it.
        section = "" if groups else \
            "<tr><th colspan='3' class='section'>Answers</th></tr>"
        rows = [f"<thead>{section}<tr><th colspan='3' class='group'>{e(group.title)}</th></tr>"
                "<tr><th width='8%'>No.</th><th width='72%'>Question</th>"
                "<th width='20%'>Answer</th></tr></thead>"]
        for item in items:
            answer = a.answers.get(item.id, "")
            mark = {"yes": "ok", "no": "act", "na": "na"}.get(answer, "na")
            rows.append(f"<tr><td>{e(item.id)}</td><td>{e(item.question)}</td>"
                        f"<td class='{mark}'>{e(ANSWER_WORDS.get(answer, 'Not answered'))}"
                        "</td></tr>")
        groups.append(f"<table class='answers' width='100%' cellspacing='0' cellpadding='5'>"
                      f"{''.join(rows)}</table>")
    actions = "".join(
        f"<tr><td>{e(checklist.item(x.item).fix)}</td><td>{e(OWNER_WORDS[x.owner])}</td>"
        f"<td>{x.due:%d %b %Y}</td>"
        f"<td>{'Done ' + format(x.done, '%d %b %Y') if x.done else 'Open'}</td></tr>"
        for x in a.actions) or "<tr><td colspan='4'>Nothing to fix.</td></tr>"
    used = sorted({s for i in checklist.items_for(a.workstation) for s in i.sources})
    sources = "".join(f"<li>{e(SOURCE_NAMES.get(s, s))}</li>" for s in used)
    fine, todo = len(summary.fine), len(summary.needs_action)
    when = a.completed or a.started
    lines = "".join("<tr><td>&nbsp;</td></tr>" for _ in range(5))
    return f"""
<html><head><style>
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {t['body']}pt; color: {c.text}; }}
h1 {{ font-size: {t['title']}pt; margin: 0 0 4pt 0; }}
h2 {{ font-size: {t['heading']}pt; margin: 14pt 0 4pt 0; }}
th {{ text-align: left; font-weight: bold; background: {c.surface_alt};
      border-bottom: 1px solid {c.border}; }}
th.section {{ background: {c.surface}; font-size: {t['heading']}pt; padding-top: 14pt;
             border-bottom: none; }}
th.group {{ background: {c.surface}; font-size: {t['heading']}pt;
           border-bottom: 1.5px solid {c.text}; padding-top: 10pt; }}
td {{ vertical-align: top; border-bottom: 1px solid {c.border}; }}
td.ok {{ color: {c.success}; }} td.act {{ color: {c.danger}; font-weight: bold; }}
td.na {{ color: {c.text_muted}; }}
table.meta td {{ border-bottom: none; }}
table.lines td {{ border-bottom: 1px solid {c.border}; height: 22pt; }}
.muted {{ color: {c.text_muted}; }}
.small {{ color: {c.text_muted}; font-size: {t['small']}pt; }}
</style></head><body>
<h1>Workstation self-assessment</h1>
<table class='meta' width='100%' cellspacing='0' cellpadding='2'>
<tr><td width='22%'><b>Name</b></td><td>{e(a.name or 'not given')}</td></tr>
<tr><td><b>Date</b></td><td>{when:%d %B %Y}</td></tr>
<tr><td><b>Workstation</b></td><td>{e(WORKSTATION_WORDS[a.workstation])}</td></tr>
<tr><td><b>Result</b></td><td>{fine} of {fine + todo} applicable points fine,
{todo} to act on</td></tr></table>
<table class='actions' width='100%' cellspacing='0' cellpadding='5'>
<thead><tr><th colspan='4' class='section'>Actions</th></tr>
<tr><th width='46%'>What to do</th><th width='17%'>Owner</th>
<th width='21%'>Follow up by</th><th width='16%'>Status</th></tr></thead>
{actions}</table>
{''.join(groups)}
<table class='assessor' width='100%' cellspacing='0' cellpadding='5'>
<thead><tr><th class='group'>For the assessor</th></tr></thead>
<tr><td class='muted'>Notes</td></tr>
{lines}
<tr><td><table class='meta' width='100%' cellspacing='0' cellpadding='2'><tr>
<td width='40%'><br><br>Assessor's name<br>______________________</td>
<td width='35%'><br><br>Signature<br>__________________</td>
<td width='25%'><br><br>Date<br>_____________</td></tr></table></td></tr>
</table>
<table class='meta' width='100%' cellspacing='0' cellpadding='0'><tr><td>
<h2>Sources</h2><ul class='small'>{sources}</ul>
<p class='small'>{e(DISCLAIMER)} Generated by DeskCoach; the questions are DeskCoach's own
wording, based on the sources above.</p></td></tr></table>
</body></html>"""


_MARGIN_MM = (18, 16, 18, 14)  # left, top, right, bottom
_HEADER_MM = 9  # the running header above the body, the page number below it


def write_pdf(checklist: Checklist, assessment: Assessment, path: Path) -> None:
    """A4, written to a temporary file and renamed, like every file DeskCoach writes.

    The body is laid out in pages of the writer's own size; a group's table that would
    break across a page starts on the next one instead. Each page gets a running header
    (name, date, workstation) and "Page 1 of 2" in the margin.
    """
    tmp = path.with_name(f".{path.name}.pdf-tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    left, top, right, bottom = _MARGIN_MM
    writer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Workstation self-assessment")
    writer.setCreator("DeskCoach")
    area = writer.pageLayout().paintRectPixels(300)
    band = round(_HEADER_MM / 25.4 * 300)
    body = QSizeF(area.width(), area.height() - 2 * band)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    base = QFont("DejaVu Sans")
    base.setPointSizeF(PRINT_TYPE["body"])
    document.setDefaultFont(base)
    document.setHtml(report_html(checklist, assessment))
    document.setPageSize(body)
    _keep_groups_together(document, body.height())
    pages = document.pageCount()
    painter = QPainter(writer)
    header = _header(assessment)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(PRINT_TYPE["small"])
    for page in range(pages):
        if page:
            writer.newPage()
        painter.setFont(font)
        painter.setPen(QColor(LIGHT.text_muted))
        painter.drawText(QRectF(0, 0, area.width(), band * 0.8),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, header)

        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"Page {page + 1} of {pages}")
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         "Workstation self-assessment, made with DeskCoach")
        painter.save()
        painter.translate(0, band - page * body.height())
        document.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                              body.height()))
        painter.restore()
    painter.end()
    del writer
    data = tmp.read_bytes()
    tmp.unlink()
    write_atomic(path, data)


def _header(a: Assessment) -> str:
    when = a.completed or a.started
    return (f"{a.name or 'Name not given'}  \u00b7  {when:%d %B %Y}  \u00b7  "
            f"{_SHORT_WORKSTATION[a.workstation]}")


_SHORT_WORKSTATION = {"desktop": "Desktop computer", "laptop": "Laptop on its own",
                      "laptop_docked": "Laptop with separate screen and keyboard"}


def _keep_groups_together(document: QTextDocument, page: float) -> None:
    """A table that would run over a page break, and fits on one page, starts a new page."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        box = layout.frameBoundingRect(frame)
        first = int(box.top() // page)
        if box.height() < page and box.bottom() > (first + 1) * page:
            fmt = frame.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(fmt)


def write_json(checklist: Checklist, assessment: Assessment, path: Path) -> None:
    data = json.dumps(model.to_json(checklist, assessment), indent=2, ensure_ascii=False)
    write_atomic(path, data.encode("utf-8") + b"\n")
