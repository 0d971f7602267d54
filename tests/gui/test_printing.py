"""File › Print…: a record's own PDF pages drawn by PDFium, previewed, printed page by page
in the range chosen, and offered only where a record that can be printed is shown."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPageRanges
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from mentordesk.ui.printing import (
    PagePainter,
    PdfPages,
    Printable,
    PrintFailed,
    RecordPreview,
    Sent,
    show_preview,
)
from tests.gui.conftest import settle

RED, BLUE = (0.85, 0.1, 0.1), (0.1, 0.2, 0.85)
A4 = (595.28, 841.89)
A5_LANDSCAPE = (595.28, 419.53)


def two_pages() -> bytes:
    """An A4 page with a red block, then an A5 landscape page with a blue one."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for size, colour, words in ((A4, RED, "Page one"), (A5_LANDSCAPE, BLUE, "Page two")):
        pdf.setPageSize(size)
        pdf.setFillColorRGB(*colour)
        pdf.rect(100, 100, 200, 150, fill=1, stroke=0)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(100, 300, words)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def colours(image) -> set[str]:
    """Which of red, blue and dark (text) a page image holds, sampled on a grid."""
    found = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = QColor(image.pixel(x, y))
            if c.red() > 180 and c.green() < 80 and c.blue() < 80:
                found.add("red")
            elif c.blue() > 180 and c.red() < 80 and c.green() < 100:
                found.add("blue")
            elif c.red() < 60 and c.green() < 60 and c.blue() < 60:
                found.add("dark")
    return found


@pytest.fixture
def pages(qapp):
    opened = PdfPages(two_pages(), "Test record")
    yield opened
    opened.close()


def test_pages_are_drawn_in_their_own_shape_and_colours(pages):
    assert len(pages) == 2
    first, second = pages.image(0, 72), pages.image(1, 144)
    assert first.width() == pytest.approx(A4[0], abs=1)
    assert first.height() == pytest.approx(A4[1], abs=1)
    assert abs(second.width() / second.height() - A5_LANDSCAPE[0] / A5_LANDSCAPE[1]) < 0.01
    assert second.width() == pytest.approx(A5_LANDSCAPE[0] * 2, abs=1)
    assert colours(first) == {"red", "dark"}
    assert colours(second) == {"blue", "dark"}


def test_a_file_that_is_not_a_pdf_is_refused_in_words(qapp):
    with pytest.raises(PrintFailed, match="The pages of Test record could not be read"):
        PdfPages(b"%PDF-1.7 not really", "Test record")


def test_the_preview_shows_every_page_of_the_pdf(pages, qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painter = PagePainter(pages)
    preview.paintRequested.connect(painter.paint)
    preview.updatePreview()
    assert preview.pageCount() == 2 and painter.painted == 2
    assert painter.sent is None  # a preview is not a print


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_sends_only_the_pages_in_the_chosen_range(pages, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    painter = PagePainter(pages)
    painter.paint(printer)
    assert painter.sent == Sent(1, "", out)
    assert len(pypdf.PdfReader(out).pages) == 1
    printed = PdfPages(out.read_bytes(), "Printed")
    try:
        page = printed.image(0, 50)
    finally:
        printed.close()
    assert "blue" in colours(page) and "red" not in colours(page)  # page two, not one
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_printing_every_page_fits_each_to_the_paper(pages, tmp_path):
    out = tmp_path / "all.pdf"
    painter = PagePainter(pages)
    painter.paint(pdf_printer(out))
    assert painter.sent == Sent(2, "", out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    # Printed on A4 paper: the A4 page fills it, the smaller page is scaled to its width.
    again = PdfPages(out.read_bytes(), "Printed")
    try:
        assert colours(again.image(0, 100)) == {"red", "dark"}
        assert colours(again.image(1, 100)) == {"blue", "dark"}
    finally:
        again.close()


@pytest.fixture
def english(qapp):
    """The English translation installed, as in the app: plurals read "2 pages"."""
    from mentordesk.ui import i18n

    i18n.install_translator(qapp, i18n.ENGLISH)
    yield
    i18n.remove_translator(qapp)


def test_a_range_outside_the_record_is_refused_and_writes_nothing(pages, tmp_path, english):
    out = tmp_path / "none.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)
    with pytest.raises(PrintFailed, match=r"Test record has 2 pages: choose pages in"):
        PagePainter(pages).paint(printer)
    assert not out.exists()


def test_cancel_while_printing_to_a_file_leaves_no_file(
    pages, tmp_path, ops, monkeypatch, message_boxes
):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    notes: list[str] = []
    ops.notice.connect(notes.append)
    preview = RecordPreview(ops, Printable("contract", 1, "Test record"), two_pages())
    out = tmp_path / "cancelled.pdf"
    preview._paint(pdf_printer(out))  # as the preview's Print button does
    assert notes == ["Printing cancelled; no file was saved."]
    assert not out.exists() and preview.painter.sent is None and not message_boxes
    preview.done(0)


def test_after_printing_the_status_bar_says_where_the_pages_went(
    ops, monkeypatch, tmp_path, english
):
    notes: list[str] = []
    saved: list[tuple[Path, str]] = []
    ops.notice.connect(notes.append)
    ops.saved.connect(lambda path, what: saved.append((path, what)))
    record = Printable("contract", 1, "Contract: Test Mentee, version 1")

    def printed_to(sent: Sent):
        def exec_(dialog):
            dialog.painter.sent = sent
            return 1

        return exec_

    monkeypatch.setattr(RecordPreview, "exec", printed_to(Sent(2, "Office laser", None)))
    show_preview(None, ops, record, two_pages())
    assert notes == ["Sent 2 pages to Office laser."]
    out = tmp_path / "pages.pdf"
    monkeypatch.setattr(RecordPreview, "exec", printed_to(Sent(2, "", out)))
    show_preview(None, ops, record, two_pages())
    assert saved == [(out, "Printed pages of Contract: Test Mentee, version 1")]


# -- in the app ------------------------------------------------------------------------------------
@pytest.fixture
def previews(monkeypatch):
    """Every print preview opened, painted once and closed instead of waiting for a click."""
    opened: list[tuple[str, int, int]] = []

    def exec_(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        opened.append((dialog.windowTitle(), widget.pageCount(), len(dialog.pages)))
        dialog.done(0)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    return opened


def file_action(window, text: str):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    return next(a for a in menus["&File"].actions() if a.text() == text)


def test_print_follows_the_contract_chosen(demo_window, demo_vault, qtbot, previews):
    from mentordesk.services import contracts
    from mentordesk.ui.contracts_page import ContractsPage

    window = demo_window
    action = file_action(window, "Pri&nt…")
    assert action is window.print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert not action.isEnabled()  # the dashboard shows no record
    assert "choose a signed contract" in action.statusTip()

    window.sidebar.setCurrentRow(window.row_of("contracts"))
    page = window.page("contracts")
    assert isinstance(page, ContractsPage)
    assert not action.isEnabled()  # nothing chosen yet
    signed = demo_vault.connection.execute(
        "SELECT c.id, c.mentee_id, c.version, m.full_name FROM contract c"
        " JOIN mentee m ON m.id = c.mentee_id WHERE c.status = 'active' ORDER BY c.id"
    ).fetchone()
    cid, mid, version, name = signed
    page.select_contract(cid)
    assert action.isEnabled()
    title = f"Contract: {name}, version {version}"
    assert title in action.statusTip()

    action.trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    settle(qtbot, window.ops)
    shown_title, shown_pages, pdf_pages = previews[0]
    assert shown_title == f"Print preview: {title}"
    assert shown_pages == pdf_pages >= 1  # every page of the record's own PDF

    draft = window.ops.write(lambda job: contracts.revise(job.db, mid)).value
    page.select_contract(draft)
    assert page.selected() is not None and page.selected().id == draft
    assert not action.isEnabled()  # a draft is not a record yet
    action.trigger()
    assert len(previews) == 1

    window.sidebar.setCurrentRow(window.row_of("planner"))
    assert not action.isEnabled()


def test_a_saved_review_prints_from_its_window(demo_window, demo_vault, qtbot, previews):
    from mentordesk.services.reviews import store
    from mentordesk.ui.planner.review_dialog import ReviewDialog

    ops = demo_window.ops
    rid, mid = demo_vault.connection.execute(
        "SELECT id, mentee_id FROM progress_review WHERE is_final = 1 ORDER BY id"
    ).fetchone()
    form = ops.read(lambda job: store.open_form(job.db, mid, job.today, rid)).value
    dialog = ReviewDialog(ops, form, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.isEnabled()
    printable = dialog.printable()
    assert printable is not None and printable.kind == "review" and printable.record_id == rid
    assert printable.title.startswith(f"Progress review: {form.mentee_name}, ")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    settle(qtbot, ops)
    assert previews[0][0] == f"Print preview: {printable.title}"
    assert previews[0][1] == previews[0][2] >= 1

    dialog.accept()

    fresh = ops.read(lambda job: store.open_form(job.db, mid, job.today)).value
    assert fresh.review_id is None  # a new review: nothing to print until it is saved
    new = ReviewDialog(ops, fresh, demo_window)
    qtbot.addWidget(new)
    assert not new.print_button.isEnabled() and new.printable() is None
    new.print_review()
    assert "Save the review first" in new.error.text()
    assert len(previews) == 1


def test_the_signature_stamp_is_drawn_on_the_printed_page(qapp):
    from mentordesk.documents.signing import make_identity, sign_record
    from mentordesk.ui.printing import PdfPages
    from tests.documents.signed import WHEN, built

    record = built()
    pdf = sign_record(record, make_identity("Jane Doe", "", WHEN), reference="MD-R-0004", now=WHEN)
    box = record.boxes["Mentor"]
    pages = PdfPages(pdf, "Progress review")
    image = pages.image(box.page, 72)  # one pixel a point
    height = pages.page_size(box.page).height()
    dark = 0
    for x in range(int(box.x1) + 2, int(box.x2) - 2, 2):
        for y in range(int(height - box.y2) + 2, int(height - box.y1) - 2, 2):
            dark += QColor(image.pixel(x, y)).lightness() < 128
    pages.close()
    assert dark > 50  # the QR code and the stamp's text, not a blank space (0 without forms)
