"""The evidence files of a record being edited (a CPD activity, a piece of KSB evidence):
listed with a thumbnail for each picture (made in memory from the bytes kept in the vault,
never written anywhere), added from files the mentor chooses (read off the GUI thread, each
within the size limit), removed, and a copy saved where the mentor says.

Files added or removed are only noted here; the record's own Save keeps them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.attachments import LIMIT_WORDS, EvidenceFile, NewFile, media_type
from mentordesk.ui.ops import Ops

THUMB = 40
ID_ROLE = Qt.ItemDataRole.UserRole  # ("kept", file id) or ("added", position); None: no file


def size_text(size: int) -> str:
    from mentordesk.documents.cpd_record import size_words

    return size_words(size)


def thumbnail(widget: QWidget, data: bytes | None, size: int = THUMB) -> QIcon:
    """A picture's thumbnail, made from its bytes in memory; any other file (or a picture
    that does not read) shows the file icon."""
    image = QImage()
    if data:
        from PySide6.QtCore import QBuffer, QByteArray
        from PySide6.QtGui import QImageReader

        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        found = reader.size()
        if found.isValid() and max(found.width(), found.height()) > size:
            # decoded at thumbnail size: a photo of many megapixels is never held whole
            reader.setScaledSize(found.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    if image.isNull():
        return widget.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)
    return QIcon(QPixmap.fromImage(scaled))


class EvidenceFiles(QGroupBox):
    """``read_file(db, file_id) -> bytes`` reads a kept file; ``read_evidence(path)`` reads
    a chosen one (refusing one beyond the limit, by name). ``show_error`` shows a message in
    the hosting dialog. ``texts`` gives the Alt-lettered words of the Add, Remove and Save a
    copy buttons, so they fit the dialog's other letters."""

    changed = Signal()

    def __init__(
        self,
        ops: Ops,
        files: list[EvidenceFile],
        read_file: Callable[[Any, int], bytes],
        read_evidence: Callable[[Path], NewFile],
        show_error: Callable[[str], None],
        *,
        added_words: str,
        empty_words: str,
        texts: tuple[str, str, str] | None = None,
        title: str = "",
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = title or self.tr("Evidence files")
        self.setTitle(title)
        self.ops = ops
        self.kept = list(files)
        self.added: list[NewFile] = []
        self.removed: list[int] = []
        self._read_file = read_file
        self._read_evidence = read_evidence
        self._show_error = show_error
        self._added_words = added_words
        self._empty_words = empty_words
        self.thumbs: dict[int, bytes] = {}  # kept pictures' bytes, in memory only
        add, remove, copy = texts or (
            self.tr("&Add files…"),
            self.tr("&Remove file"),
            self.tr("Save a cop&y…"),
        )
        column = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setIconSize(QSize(THUMB, THUMB))
        limit = QLabel(
            note
            or self.tr("Kept encrypted inside the vault, up to {0} a file.").format(LIMIT_WORDS)
        )
        limit.setWordWrap(True)
        row = QHBoxLayout()
        self.add_button = QPushButton(add)
        self.add_button.setToolTip(self.tr("Choose one or more files to keep as evidence"))
        self.remove_button = QPushButton(remove)
        self.copy_button = QPushButton(copy)
        self.copy_button.setToolTip(
            self.tr("Save a copy of the file outside the vault, where you choose (not encrypted)")
        )
        for button in (self.add_button, self.remove_button, self.copy_button):
            row.addWidget(button)
        row.addStretch()
        column.addWidget(self.list, 1)
        column.addWidget(limit)
        column.addLayout(row)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button.clicked.connect(lambda: self.save_copy())
        self.list.currentRowChanged.connect(lambda _row: self._buttons())
        self._read_thumbs()
        self.show_files()

    # -- listing ---------------------------------------------------------------------------
    def _icon(self, key: tuple, data: bytes | None) -> QIcon:
        """A file's thumbnail, made once: adding or removing a file redraws the list only."""
        icons = self.__dict__.setdefault("_icons", {})
        if key not in icons:
            icons[key] = thumbnail(self, data)
        return icons[key]

    def _read_thumbs(self) -> None:
        images = [f.id for f in self.kept if f.is_image]
        if images and self.ops.is_open:
            read = self.ops.read(lambda job: {i: self._read_file(job.db, i) for i in images})
            self.thumbs = read.value if read else {}

    def show_files(self) -> None:
        self.list.clear()
        for f in self.kept:
            item = QListWidgetItem(f"{f.filename} ({size_text(f.size)})")
            item.setData(ID_ROLE, ("kept", f.id))
            item.setToolTip(f"SHA-256 {f.sha256}")
            item.setIcon(self._icon(("kept", f.id), self.thumbs.get(f.id)))
            self.list.addItem(item)
        for n, new in enumerate(self.added):
            item = QListWidgetItem(self._added_words.format(new.filename, size_text(len(new.data))))
            item.setData(ID_ROLE, ("added", n))
            is_image = media_type(new.filename).startswith("image/")
            item.setIcon(self._icon(("added", id(new)), new.data if is_image else None))
            self.list.addItem(item)
        if not self.kept and not self.added:
            item = QListWidgetItem(self._empty_words)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._buttons()

    def current(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _buttons(self) -> None:
        chosen = self.current()
        self.remove_button.setEnabled(chosen is not None)
        self.copy_button.setEnabled(chosen is not None and chosen[0] == "kept")

    # -- adding and removing ---------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), str(Path.home())
        )
        if paths:
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]):
        """Read the chosen files (off the GUI thread); each within the limit is listed, to
        be saved with the record; one too large is named, with the limit, in the dialog."""
        reader = self._read_evidence

        def read(job) -> list[NewFile]:
            out = []
            for n, path in enumerate(paths):
                job.progress(n, len(paths), path.name)
                out.append(reader(path))
            return out

        def done(read_files: list[NewFile]) -> None:
            self.added.extend(read_files)
            self.show_files()
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()

        return self.ops.start(
            read,
            write=False,
            needs_vault=False,
            title=self.tr("Add evidence files"),
            label=self.tr("Reading the files…"),
            parent=self,
            done=done,
            show=self._show_error,
        )

    def remove_selected(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        where, ident = chosen
        if where == "kept":
            self.removed.append(ident)
            self.kept = [f for f in self.kept if f.id != ident]
        else:
            del self.added[ident]
        self.show_files()
        self.changed.emit()

    # -- a copy outside the vault ----------------------------------------------------------
    def save_copy(self, path: Path | None = None):
        """Save a copy of the chosen kept file where the mentor says (asked each time)."""
        chosen = self.current()
        if chosen is None or chosen[0] != "kept":
            return None
        found = [f for f in self.kept if f.id == chosen[1]]
        if not found:
            return None
        kept = found[0]
        if path is None:
            picked, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy of {0}").format(kept.filename),
                str(Path.home() / kept.filename),
            )  # fmt: skip
            if not picked:
                return None
            path = Path(picked)
        target, read_file = path, self._read_file

        def write(job) -> None:
            from mentordesk.vault.fileio import atomic_write

            atomic_write(target, read_file(job.db, kept.id))

        return self.ops.start(
            write,
            write=False,
            title=self.tr("Save a copy"),
            label=self.tr("Saving {0}…").format(target.name),
            cancellable=False,
            parent=self,
            done=lambda _none: self.ops.saved.emit(target, kept.filename),
            show=self._show_error,
        )


__all__ = ["ID_ROLE", "THUMB", "EvidenceFiles", "size_text", "thumbnail"]
