"""File › Print…: a record's own PDF, previewed and printed page by page.

The pages shown and printed are the very pages of the PDF the record leaves the app as
(:func:`mentordesk.services.printed.record_pdf`), drawn by PDFium (``pypdfium2``, the
renderer Chrome uses; a 3 MB wheel where QtPdf would need the 200 MB PySide6-Addons). The
PDF stays in memory: it is never written to a temporary file.

- The PDF is made through the op helper, as a write (signing it may make the mentor's key).
- :class:`RecordPreview` is Qt's print preview; Print there opens the standard print
  dialog (printer, page range, copies). Each page is drawn fitted to the paper, so an A4
  record prints at its own size on A4.
- Printing draws one page at a time on the GUI thread (a printer is painted there only),
  at the printer's resolution up to 300 dpi (about 40 ms a page), with a progress dialog
  and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.ui.widgets import fit_to_screen
from mentordesk.vault.fileio import create_private_file

if TYPE_CHECKING:
    from mentordesk.ui.ops import Ops
    from mentordesk.ui.running import Running

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PREVIEW_DPI = 144  # pages on the screen: sharp at the preview's usual zoom
PRINT_DPI = 300  # the most a page is drawn at for a printer (plenty for text and lines)
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class Printable:
    """A record a page shows and can print: ``kind`` and ``record_id`` as
    :func:`~mentordesk.services.printed.record_pdf` takes them, and its title in words
    ("Progress review: Tomasz Nowak, 3 Dec 2026")."""

    kind: str
    record_id: int
    title: str


class PrintFailed(MentorDeskError):
    """Printing could not be done; the message says what to do."""


# -- the pages of a PDF ------------------------------------------------------------------------
class PdfPages:
    """The pages of one PDF held in memory, drawn as images on demand (GUI thread only)."""

    def __init__(self, data: bytes, title: str) -> None:
        import pypdfium2 as pdfium

        self.title = title
        self._data = data  # PDFium reads the bytes in place: they live as long as the pages
        try:
            self._doc: Any = pdfium.PdfDocument(data)
            # Form fields hold the signature stamps: without forms PDFium leaves them out.
            self._doc.init_forms()
        except pdfium.PdfiumError as exc:
            raise PrintFailed(
                translate(
                    "Printing",
                    "The pages of {0} could not be read for printing ({1}). "
                    "Use Print to PDF… instead.",
                ).format(title, exc)
            ) from exc

    def __len__(self) -> int:
        return len(self._doc) if self._doc is not None else 0

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch), as it is shown (turned pages turned)."""
        width, height = self._doc.get_page_size(index)
        return QSizeF(width, height)

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) drawn at ``dpi``: an image that owns its pixels."""
        import pypdfium2 as pdfium

        page = self._doc[index]
        try:
            # Four bytes a pixel in R, G, B, unused order: Qt's RGBX8888, no conversion.
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                rev_byteorder=True,
                prefer_bgrx=True,
                may_draw_forms=True,
            )
            try:
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                ).copy()  # the copy owns its bytes; the bitmap's go with it
            finally:
                bitmap.close()
        except pdfium.PdfiumError as exc:
            raise PrintFailed(
                translate(
                    "Printing",
                    "Page {0} of {1} could not be drawn ({2}). Use Print to PDF… instead.",
                ).format(index + 1, self.title, exc)
            ) from exc
        finally:
            page.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) to draw, in order: the page range chosen in the print dialog,
    last page first if asked, and copies repeated where the printer cannot make them."""
    pages = list(range(count))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [i for i in pages if ranges.contains(i + 1)]
        elif printer.fromPage() > 0:
            last = printer.toPage() or count
            pages = [i for i in pages if printer.fromPage() <= i + 1 <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = printer.copyCount()
    if copies > 1 and not printer.supportsMultipleCopies():
        if printer.collateCopies():
            pages = pages * copies
        else:
            pages = [i for i in pages for _ in range(copies)]
    return pages


def fitted(size: QSizeF, room: QRectF) -> QRectF:
    """A rectangle of ``size``'s shape, as large as fits in ``room``, centred in it."""
    if size.isEmpty():
        return QRectF(room)
    scaled = size.scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = room.left() + (room.width() - scaled.width()) / 2
    top = room.top() + (room.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())


def is_preview(printer: QPrinter) -> bool:
    """Whether ``printer`` is being painted for the preview on the screen (Qt records the
    preview's pages as pictures), not for paper or a file."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


@dataclass(frozen=True)
class Sent:
    """Pages that went to a printer (``file`` is None) or into a PDF file."""

    pages: int
    printer: str
    file: Path | None


# -- painting the pages ------------------------------------------------------------------------
class PagePainter(QObject):
    """Paints the record's pages on whatever printer Qt hands it: the preview or paper."""

    def __init__(self, pages: PdfPages, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.pages = pages
        self.parent_widget = parent_widget
        self.sent: Sent | None = None
        self.painted = 0  # pages painted by the last paint(), preview or not
        self._shown: dict[int, QImage] = {}  # the preview's pages, kept while it is open

    def paint(self, printer: QPrinter) -> None:
        """Draw the chosen pages on ``printer``: at once for the preview (its images are
        kept while it is open); page by page with progress and Cancel for paper or a file."""
        if is_preview(printer):
            self._paint_preview(printer)
        else:
            self._print(printer)

    def _paint_preview(self, printer: QPrinter) -> None:
        self.painted = 0
        printer.setFullPage(True)  # the PDF's own margins are the record's margins
        painter = QPainter(printer)
        try:
            for done, index in enumerate(chosen_pages(printer, len(self.pages))):
                if done:
                    printer.newPage()
                image = self._shown.get(index)
                if image is None:
                    image = self._shown[index] = self.pages.image(index, PREVIEW_DPI)
                self._draw(painter, printer, index, image)
                self.painted += 1
        finally:
            painter.end()

    def _print(self, printer: QPrinter) -> None:
        self.painted, self.sent = 0, None
        pages = chosen_pages(printer, len(self.pages))
        if not pages:
            raise PrintFailed(
                translate(
                    "Printing",
                    "{0} has %n page(s): choose pages in that range, then print again.",
                    "",
                    len(self.pages),
                ).format(self.pages.title)
            )
        file = Path(printer.outputFileName()) if printer.outputFileName() else None
        if file is not None:
            create_private_file(
                file, exist_ok=True
            )  # Qt writes into it, and the file keeps its mode
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(_not_started(printer, file))
        progress = self._progress(len(pages))
        dpi = min(printer.resolution(), PRINT_DPI)
        whole = cancelled = False
        try:
            for done, index in enumerate(pages):
                progress.setLabelText(
                    translate("Printing", "Printing page {0} of {1}…").format(done + 1, len(pages))
                )
                progress.setValue(done)
                QApplication.processEvents()  # the progress shows, Cancel is seen
                if progress.wasCanceled():
                    cancelled = True
                    printer.abort()  # where the system can drop the job; Qt's PDF engine cannot
                    break
                if done and not printer.newPage():
                    raise PrintFailed(_not_started(printer, file))
                self._draw(painter, printer, index, self.pages.image(index, dpi))
                self.painted += 1
            whole = not cancelled
        finally:
            painter.end()
            progress.close()
            progress.deleteLater()
            if file is not None and not whole:
                file.unlink(missing_ok=True)  # a part-written file is no record
        if cancelled:
            raise _Stopped(self._cancelled(printer, file))
        if file is not None:
            create_private_file(file, exist_ok=True)
        self.sent = Sent(self.painted, printer.printerName(), file)

    def _draw(self, painter: QPainter, printer: QPrinter, index: int, image: QImage) -> None:
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        paper.moveTo(0, 0)  # a full page: the painter's origin is the paper's corner
        painter.drawImage(fitted(self.pages.page_size(index), paper), image)

    def _progress(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(
            translate("Printing", "Printing…"),
            translate("Printing", "Cancel"),
            0,
            total,
            self.parent_widget,
        )
        progress.setWindowTitle(translate("Printing", "Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)  # as the op helper's: none for a quick print
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        return progress

    def _cancelled(self, printer: QPrinter, file: Path | None) -> str:
        if file is not None:
            return translate("Printing", "Printing cancelled; no file was saved.")
        if printer.printerState() == QPrinter.PrinterState.Aborted:
            return translate("Printing", "Printing cancelled; nothing was printed.")
        return translate(
            "Printing",
            "Printing stopped: %n page(s) before Cancel were already sent to {0}.",
            "",
            self.painted,
        ).format(printer.printerName())


class _Stopped(Exception):
    """Printing was cancelled: a note for the status bar, not an error."""


def _not_started(printer: QPrinter, file: Path | None) -> str:
    if file is not None:
        return translate(
            "Printing", "{0} could not be written. Choose another folder, then print again."
        ).format(file)
    return translate(
        "Printing",
        "The printer {0} did not start. Check it is on and connected, then print again.",
    ).format(printer.printerName())


# -- the preview -------------------------------------------------------------------------------
class RecordPreview(QPrintPreviewDialog):
    """Qt's print preview of one record's pages; its Print button opens the print dialog.

    Its words are asked for in the "Printing" context: a ``self.tr()`` missing from the
    catalogue would fall back to Qt's own QPrintPreviewDialog context."""

    def __init__(self, ops: Ops, printable: Printable, data: bytes, parent=None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pages = PdfPages(data, printable.title)  # refused here if the PDF cannot be read
        if len(pages):
            first = pages.page_size(0)
            landscape = first.width() > first.height()
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
        super().__init__(printer, parent)
        self.ops = ops
        self.printable = printable
        self._printer = printer  # kept alive here: Qt's dialog does not own it
        self.pages = pages
        self.painter = PagePainter(pages, self)
        self.setWindowTitle(translate("Printing", "Print preview: {0}").format(printable.title))
        self.paintRequested.connect(self._paint)
        self.no_printer: QLabel | None = None
        if not QPrinterInfo.availablePrinterNames():
            self.no_printer = QLabel(
                translate(
                    "Printing",
                    "No printer is set up on this computer: Print can save these pages as a "
                    "picture in a PDF file. To send the signed record itself, use Print to "
                    "PDF… instead.",
                )
            )
            self.no_printer.setWordWrap(True)
            self.no_printer.setContentsMargins(9, 4, 9, 6)  # Qt's dialog has no margins
            layout = self.layout()
            if layout is not None:
                layout.addWidget(self.no_printer)
        self._name_inputs()
        fit_to_screen(self, 1000, 900)

    def _name_inputs(self) -> None:
        """Qt's tool bar leaves its zoom and page number unnamed for a screen reader."""
        for box in self.findChildren(QComboBox):
            box.setAccessibleName(translate("Printing", "Zoom"))
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QComboBox):
                edit.setAccessibleName(translate("Printing", "Page number"))

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.painter.paint(printer)
        except _Stopped as stopped:
            self.ops.notice.emit(str(stopped))
        except Exception as exc:  # told in one place, never a traceback
            self.ops.report(exc, self, translate("Printing", "Print"))

    def done(self, result: int) -> None:
        super().done(result)
        self.pages.close()


def show_preview(parent: QWidget | None, ops: Ops, printable: Printable, data: bytes) -> None:
    """Preview the pages; when they were printed, say where they went."""
    try:
        dialog = RecordPreview(ops, printable, data, parent)
    except PrintFailed as exc:
        ops.report(exc, parent, translate("Printing", "Print"))
        return
    dialog.exec()
    sent = dialog.painter.sent
    if sent is None:
        return
    if sent.file is not None:
        ops.saved.emit(
            sent.file, translate("Printing", "Printed pages of {0}").format(printable.title)
        )
    else:
        ops.notice.emit(
            translate("Printing", "Sent %n page(s) to {0}.", "", sent.pages).format(sent.printer)
        )


def print_record(parent: QWidget | None, ops: Ops, printable: Printable) -> Running:
    """Make the record's PDF (through the op helper, as a write: signing it may make the
    mentor's key), then preview it, with Print."""
    from mentordesk.services.printed import record_pdf

    kind, record_id = printable.kind, printable.record_id
    return ops.start(
        lambda job: record_pdf(job.db, kind, record_id, job.now),
        write=True,
        title=translate("Printing", "Print"),
        label=translate("Printing", "Preparing {0}…").format(printable.title),
        parent=parent,
        cancellable=False,  # one step: nothing to stop part-way
        done=lambda data: show_preview(parent, ops, printable, data),
    )


__all__ = [
    "PRINT_DPI",
    "PagePainter",
    "PdfPages",
    "PrintFailed",
    "Printable",
    "Sent",
    "chosen_pages",
    "fitted",
    "RecordPreview",
    "print_record",
    "show_preview",
]
