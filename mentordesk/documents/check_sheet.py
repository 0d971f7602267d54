"""The one-page sheet "How to check a MentorDesk record", for whoever receives a signed record:
what Adobe Reader shows and how to trust the mentor's certificate there, the pyHanko command
for anyone without MentorDesk, and what the stamp's QR code holds.

Its words are the user guide's page ``resources/guide/08-checking-records.md``, so that the
sheet and Help say the same. That page keeps to a small part of Markdown, which is all this
module reads: ``#`` the title, ``##`` a heading, paragraphs, ``-`` and ``1.`` lists (their
lines go on indented), fenced code blocks, and ``**bold**`` and ```code``` within a line.

The sheet holds no user data. ReportLab is imported only when it is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

GUIDE_PAGE = "08-checking-records"  # the guide page (file name without .md) the sheet prints
TITLE = "How to check a MentorDesk record"
INK = "#1f3b5a"  # the records' ink and rule colours (documents/layout.py)
RULE = "#c8d0d8"
SHADE = "#eef2f6"
FONT_SIZES = (9.5, 9.0, 8.5, 8.0)  # the largest that keeps the sheet on one page is used


@dataclass
class Block:
    kind: str  # "title", "heading", "para", "bullet", "number", "code"
    lines: list[str] = field(default_factory=list)
    number: str = ""  # of a numbered item: "3."


def source_path() -> Path:
    from mentordesk import paths

    return paths.resources_dir() / "guide" / f"{GUIDE_PAGE}.md"


def blocks_of(markdown: str) -> list[Block]:
    """The blocks of the sheet's Markdown, in order."""
    blocks: list[Block] = []
    current: Block | None = None
    in_code = False
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if in_code:
            if line.startswith("```"):
                in_code, current = False, None
            else:
                assert current is not None
                current.lines.append(line)
            continue
        if line.startswith("```"):
            current = Block("code")
            blocks.append(current)
            in_code = True
            continue
        if not line:
            current = None
            continue
        numbered = re.match(r"(\d+\.)\s+(.*)", line)
        if line.startswith("## "):
            current = None
            blocks.append(Block("heading", [line[3:].strip()]))
        elif line.startswith("# "):
            current = None
            blocks.append(Block("title", [line[2:].strip()]))
        elif line.startswith("- "):
            current = Block("bullet", [line[2:].strip()])
            blocks.append(current)
        elif numbered:
            current = Block("number", [numbered.group(2)], numbered.group(1))
            blocks.append(current)
        elif current is not None and (current.kind == "para" or raw.startswith(" ")):
            current.lines.append(line.strip())
        else:
            current = Block("para", [line.strip()])
            blocks.append(current)
    return blocks


def inline(text: str) -> str:
    """One block's text as ReportLab markup: ``code`` in Courier, **bold** in bold."""
    parts = text.split("`")
    out = []
    for n, part in enumerate(parts):
        part = escape(part)
        if n % 2:  # between backticks
            out.append(f'<font face="Courier-Bold" color="{INK}">{part}</font>')
        else:
            out.append(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", part))
    return "".join(out)


def _story(blocks: list[Block], size: float, width: float) -> list[Flowable]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, XPreformatted

    ink = colors.HexColor(INK)
    base = getSampleStyleSheet()["BodyText"]
    lead = size * 1.2
    body = ParagraphStyle("body", parent=base, fontSize=size, leading=lead, spaceAfter=lead * 0.4)
    item = ParagraphStyle(
        "item", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=lead * 0.25
    )
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold", textColor=ink)
    title = ParagraphStyle("title", parent=bold, fontSize=16, leading=19, spaceAfter=0)
    aside = ParagraphStyle("aside", parent=bold, alignment=TA_RIGHT, spaceAfter=0)
    heading = ParagraphStyle(
        "heading", parent=bold, fontSize=size + 2, leading=size + 4, spaceBefore=3, spaceAfter=2
    )
    code = ParagraphStyle("code", parent=body, fontName="Courier-Bold", textColor=ink)

    story: list[Flowable] = []
    for block in blocks:
        text = " ".join(block.lines)
        if block.kind == "title":
            head = [[Paragraph(escape(text), title), Paragraph("Signed PDF records", aside)]]
            flush: list[Any] = [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            widths = [width * 0.7, width * 0.3]
            story += [Table(head, colWidths=widths, style=TableStyle(flush)), Spacer(1, 2 * mm)]
        elif block.kind == "heading":
            story.append(Paragraph(inline(text), heading))
        elif block.kind == "bullet":
            story.append(Paragraph(inline(text), item, bulletText="•"))
        elif block.kind == "number":
            story.append(Paragraph(inline(text), item, bulletText=block.number))
        elif block.kind == "code":
            box = Table(
                [[XPreformatted(escape("\n".join(block.lines)), code)]],
                colWidths=[width],
                style=TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(SHADE)),
                        ("BOX", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
            )
            story += [box, Spacer(1, lead * 0.5)]
        else:
            story.append(Paragraph(inline(text), body))
    return story


def _build(blocks: list[Block], size: float) -> tuple[bytes, int]:
    """The sheet at body text ``size``, and how many pages it took."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from mentordesk import __version__
    from mentordesk.documents.layout import page_template

    footer = f"{TITLE} · MentorDesk {__version__}"
    pages = 0

    def on_page(canvas: Any, _doc: Any) -> None:
        nonlocal pages
        pages += 1
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm + 6, 8 * mm, footer)
        canvas.restoreState()

    out = BytesIO()
    template = page_template(
        out,
        TITLE,
        "MentorDesk",
        "Checking a signed MentorDesk record: Adobe Reader, pyHanko, MentorDesk",
    )
    width = template.width - 12  # inside the frame's own padding of 6 points a side
    template.build(_story(blocks, size, width), onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue(), pages


def build_check_sheet(markdown: str | None = None) -> bytes:
    """The sheet as PDF bytes: one A4 page, at the largest type that fits on one.

    ``markdown`` is the guide page's text; by default it is read from the shipped guide.
    """
    text = source_path().read_text(encoding="utf-8") if markdown is None else markdown
    blocks = blocks_of(text)
    pdf = b""
    for size in FONT_SIZES:
        pdf, pages = _build(blocks, size)
        if pages == 1:
            break
    return pdf


def save_check_sheet(path: Path) -> None:
    """Write the sheet to ``path`` whole or not at all, readable only by its owner (0600)."""
    from mentordesk.vault.fileio import atomic_write

    atomic_write(Path(path), build_check_sheet())
