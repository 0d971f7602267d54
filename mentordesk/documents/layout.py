"""The one page layout of every printed record: a title with the record's reference, a few
lines about the record, sections of label/value rows and compact tables, a signature block,
and a footer naming the record by its reference with "Page x of y".

Every text is printed whole: cells wrap, nothing is cut short. ReportLab is imported here
only, when a PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from mentordesk.documents.model import Grid, Section, SignedBy
from mentordesk.documents.reference import long_time

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

RAG_COLOURS = {"Red": "#c0392b", "Amber": "#d68910", "Green": "#1e8449"}
RULE = "#c8d0d8"
INK = "#1f3b5a"


@dataclass(frozen=True)
class Layout:
    heading: str
    reference: str  # how a person quotes this record: "MD-C-0009 · version 2"
    intro: list[str]
    sections: list[Section]
    signatures: list[SignedBy]
    sign_statement: str
    footer: str  # what and whose, before the reference: "Mentoring contract · Ewa Singh"
    title: str  # PDF metadata
    author: str
    subject: str
    # Who signs the PDF after the mentor, in empty signature fields ("Mentee", "Employer"):
    # none for a final record, which is certified "no changes allowed".
    countersigners: tuple[str, ...] = ()
    draft: bool = False  # a record not yet final: its signature says so


@dataclass(frozen=True)
class Box:
    """A place on a page for a signature, in PDF points from the page's bottom left."""

    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float

    def rect(self) -> tuple[int, int, int, int]:
        return (round(self.x1), round(self.y1), round(self.x2), round(self.y2))


@dataclass(frozen=True)
class Built:
    """A record's PDF as built, and where its signatures go: ``boxes["Mentor"]`` for the
    mentor's stamp, one more per countersigner."""

    data: bytes
    boxes: dict[str, Box]
    draft: bool = False


MENTOR_FIELD = "Mentor"
STAMP_HEIGHT_MM = 16
FIELD_HEIGHT_MM = 24


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


class _Styles:
    """The paragraph styles of every record, made once per PDF."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

        ink = colors.HexColor(INK)
        base = getSampleStyleSheet()["BodyText"]
        self.body = ParagraphStyle("body", parent=base, fontSize=9, leading=10.5, spaceBefore=0)
        self.intro = ParagraphStyle("intro", parent=self.body, spaceAfter=1.5)
        self.label = ParagraphStyle("label", parent=self.body, fontName="Helvetica-Bold")
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=9.4)
        self.key = ParagraphStyle("key", parent=self.small, spaceAfter=2)
        self.small_bold = ParagraphStyle("small_bold", parent=self.small, fontName="Helvetica-Bold")
        bold = ParagraphStyle("bold", parent=self.body, fontName="Helvetica-Bold", textColor=ink)
        self.title = ParagraphStyle("title", parent=bold, fontSize=16, leading=19)
        self.reference = ParagraphStyle("ref", parent=bold, alignment=TA_RIGHT)
        self.heading = ParagraphStyle(
            "heading", parent=bold, fontSize=11, leading=13, spaceBefore=5, spaceAfter=2
        )
        self.typed = ParagraphStyle(
            "typed", parent=self.body, fontName="Helvetica-Oblique", fontSize=15, leading=18
        )


def _table_style(*extra: tuple) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _section(section: Section, width: float, st: _Styles) -> list[Flowable]:
    """A heading, its note, its rows, then its grid; the heading starts a new page unless
    it fits at this page's foot with what it introduces (up to the first row)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer, Table

    def rows_table(pairs: list[tuple[str, str]]) -> Table:
        cells = [[_para(k, st.label), _value(v, st.body)] for k, v in pairs]
        widths = [width * 0.22, width * 0.78]
        return Table(cells, colWidths=widths, style=_table_style(), splitInRow=1)

    def grid_table(grid: Grid, rows: list[tuple[str, ...]]) -> Table:
        cells = [[_para(c, st.small_bold) for c in grid.columns]]
        cells += [[_value(c, st.small) for c in row] for row in rows]
        style = _table_style(
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        )
        widths = [width * w for w in grid.widths]
        # A row taller than a page splits across pages (a long write-up in a narrow cell).
        return Table(cells, colWidths=widths, style=style, repeatRows=1, splitInRow=1)

    lead: list[Flowable] = [_para(section.title, st.heading)]
    if section.note:
        lead.append(_para(section.note, st.key))
    body: list[Flowable] = []
    first: list[Flowable] = []  # what must stand under the heading on its page
    if section.rows:
        body.append(rows_table(section.rows))
        first = [rows_table(section.rows[:1])]
    if section.chart is not None:
        chart = section.chart(width)
        body.append(chart)
        first = first or [chart]
    grid = section.grid
    if grid:
        if section.rows or section.chart is not None:
            body.append(Spacer(1, 2 * mm))
        key = [_para(grid.key, st.key)] if grid.key else []
        body += [*key, grid_table(grid, grid.rows)]
        first = first or [*key, grid_table(grid, grid.rows[:1])]
    needed = sum(_height(f, width) for f in lead + first)
    if section.chart is None:
        needed = min(needed, 60 * mm - 2)  # a long row may split
    return [CondPageBreak(needed + 2), *lead, *body]  # a chart may not


def _height(flowable: Flowable, width: float) -> float:
    """The height a flowable takes in the text column, with its space before and after."""
    _w, h = flowable.wrap(width, 10_000)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _signatures(doc: Layout, width: float, st: _Styles) -> list[Flowable]:
    """Who signed, side by side (up to three a row), each with their mark, name and time."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, Table

    if not doc.signatures:
        return []
    cells: list[list[Flowable] | str] = []
    for s in doc.signatures:
        mark: Flowable
        if s.image_png:
            w, h = ImageReader(BytesIO(s.image_png)).getSize()
            scale = min(50 * mm / w, 14 * mm / h)
            mark = Image(BytesIO(s.image_png), width=w * scale, height=h * scale, hAlign="LEFT")
        else:
            mark = _para(s.name, st.typed)
        how = "typed name" if not s.image_png else "drawn on this device"
        when = long_time(s.signed_at)
        signer = f"{s.name}\n" if s.image_png else ""  # a typed mark is the name itself
        cells.append([_para(s.role, st.label), mark, _para(f"{signer}{when} ({how})", st.small)])
    across = 2 if len(cells) == 4 else min(len(cells), 3)
    rows = [cells[i : i + across] for i in range(0, len(cells), across)]
    rows[-1] += [""] * (across - len(rows[-1]))  # an empty cell where a row ends early
    table = Table(rows, colWidths=[width / across] * across, style=_table_style())
    return [_para("Signatures", st.heading), _para(doc.sign_statement, st.intro), table]


def _place(
    name: str, width: float, height: float, boxes: dict[str, Box], outline: bool = False
) -> Flowable:
    """An empty space of ``width`` × ``height`` that notes where on which page it landed
    (with a dashed outline where someone is to sign)."""
    from reportlab.platypus import Flowable as Base

    class Place(Base):
        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            boxes[name] = Box(self.canv.getPageNumber() - 1, x, y, x + width, y + height)
            if outline:
                self.canv.saveState()
                self.canv.setStrokeColor(RULE)
                self.canv.setDash(3, 2)
                self.canv.rect(0, 0, width, height)
                self.canv.restoreState()

    return Place()


def _signing_space(doc: Layout, width: float, st: _Styles, boxes: dict[str, Box]) -> list[Flowable]:
    """The last part of every record: room for the mentor's digital signature stamp and,
    for a copy sent for countersignature, an empty field per countersigner."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    parts: list[Flowable] = [
        Spacer(1, 2 * mm),
        _place(MENTOR_FIELD, width, STAMP_HEIGHT_MM * mm, boxes),
    ]
    if doc.countersigners:
        parts += [
            Spacer(1, 2 * mm),
            _para(
                "Countersignatures: sign in the field under your role with your own digital "
                "ID (in Adobe Reader, click the field). Only signing is allowed; any other "
                "change shows as a change.",
                st.small,
            ),
        ]
        across = len(doc.countersigners)
        cell = width / across
        labels = [_para(f"{who}:", st.small_bold) for who in doc.countersigners]
        places = [
            _place(who, cell - 8, FIELD_HEIGHT_MM * mm, boxes, outline=True)
            for who in doc.countersigners
        ]
        parts.append(Table([labels, places], colWidths=[cell] * across, style=_table_style()))
    return parts


def page_template(out: BytesIO, title: str, author: str, subject: str) -> Any:
    """The A4 page every printed record and sheet is set on: its margins and metadata."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=13 * mm,
        title=title,
        author=author,
        subject=subject,
        creator="MentorDesk",
    )


def build_pdf(doc: Layout) -> Built:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as pdf_canvas
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    footer = f"{doc.footer} · {doc.reference}"

    class NumberedCanvas(pdf_canvas.Canvas):
        """Writes the footer with "Page x of y" once the number of pages is known."""

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
                self.drawString(15 * mm + 6, 8 * mm, footer)
                self.drawRightString(
                    A4[0] - 15 * mm - 6, 8 * mm, f"Page {self.getPageNumber()} of {total}"
                )
                super().showPage()
            super().save()

    out = BytesIO()
    template = page_template(out, doc.title, doc.author, doc.subject)
    width = template.width - 12  # inside the frame's own padding of 6 points a side
    st = _Styles()
    flush = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    story: list[Flowable] = [
        Table(
            [[_para(doc.heading, st.title), _para(doc.reference, st.reference)]],
            colWidths=[width * 0.6, width * 0.4],
            style=TableStyle(flush),
        ),
        Spacer(1, 1.5 * mm),
    ]
    story += [_para(line, st.intro) for line in doc.intro]
    for section in doc.sections:
        story += _section(section, width, st)
    boxes: dict[str, Box] = {}
    # Who signed and the digital signature's stamp stay together on the last page.
    story.append(KeepTogether(_signatures(doc, width, st) + _signing_space(doc, width, st, boxes)))
    template.build(story, canvasmaker=NumberedCanvas)
    return Built(out.getvalue(), boxes, doc.draft)
