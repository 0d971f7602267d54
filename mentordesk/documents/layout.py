"""The one page layout of every printed record: a title, a few lines about the record,
sections of label/value rows, a signature block, and "page x of y" with the record id.

ReportLab is imported here only, when a PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from mentordesk.documents.model import Section, SignedBy

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

RAG_COLOURS = {"Red": "#c0392b", "Amber": "#d68910", "Green": "#1e8449"}


@dataclass(frozen=True)
class Layout:
    heading: str
    intro: list[str]
    sections: list[Section]
    signatures: list[SignedBy]
    sign_statement: str
    footer: str
    title: str  # PDF metadata
    author: str
    subject: str


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _value(text: str, style: ParagraphStyle) -> Paragraph:
    """A value cell; a RAG rating ("Green — …") gets its colour."""
    from reportlab.platypus import Paragraph

    word = text.split(" ", 1)[0]
    if word in RAG_COLOURS:
        rest = escape(text[len(word) :]).replace("\n", "<br/>")
        return Paragraph(f'<font color="{RAG_COLOURS[word]}"><b>{word}</b></font>{rest}', style)
    return _para(text, style)


def build_pdf(doc: Layout) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as pdf_canvas
    from reportlab.platypus import (
        Image,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9.5, leading=12.5)
    label = ParagraphStyle("label", parent=body, fontName="Helvetica-Bold")
    heading = ParagraphStyle(
        "heading",
        parent=styles["Heading2"],
        fontSize=13,
        spaceBefore=10,
        spaceAfter=4,
        textColor=colors.HexColor("#1f3b5a"),
    )
    typed = ParagraphStyle(
        "typed", parent=body, fontName="Helvetica-Oblique", fontSize=18, leading=22
    )

    class NumberedCanvas(pdf_canvas.Canvas):
        """Writes "page x of y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # Canvas's private page reset; the stubs leave private members out.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.grey)
                self.drawString(18 * mm, 10 * mm, doc.footer)
                self.drawRightString(
                    A4[0] - 18 * mm, 10 * mm, f"Page {self.getPageNumber()} of {total}"
                )
                super().showPage()
            super().save()

    out = BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=doc.title,
        author=doc.author,
        subject=doc.subject,
        creator="MentorDesk",
    )
    story: list[Flowable] = [Paragraph(escape(doc.heading), styles["Title"])]
    story += [_para(line, body) for line in doc.intro]
    width = A4[0] - 36 * mm
    grid = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0d8")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    for section in doc.sections:
        rows = [[_para(k, label), _value(v, body)] for k, v in section.rows]
        story.append(Paragraph(escape(section.title), heading))
        if rows:
            story.append(Table(rows, colWidths=[width * 0.34, width * 0.66], style=grid))
    signature_cells: list[list[Flowable]] = []
    for s in doc.signatures:
        mark: Flowable
        if s.image_png:
            reader = ImageReader(BytesIO(s.image_png))
            w, h = reader.getSize()
            scale = min(70 * mm / w, 22 * mm / h)
            mark = Image(BytesIO(s.image_png), width=w * scale, height=h * scale)
        else:
            mark = _para(s.name, typed)
        signature_cells.append(
            [
                _para(s.role, label),
                mark,
                _para(
                    f"{s.name}\n{s.signed_at.astimezone():%d %B %Y, %H:%M}"
                    + (" (typed name)" if not s.image_png else " (drawn on this device)"),
                    body,
                ),
            ]
        )
    if signature_cells:
        story.append(
            KeepTogether(
                [
                    Paragraph("Signatures", heading),
                    _para(doc.sign_statement, body),
                    Spacer(1, 4 * mm),
                    Table(
                        signature_cells,
                        colWidths=[width * 0.2, width * 0.45, width * 0.35],
                        style=grid,
                    ),
                ]
            )
        )
    template.build(story, canvasmaker=NumberedCanvas)
    return out.getvalue()
